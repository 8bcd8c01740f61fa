"""The command line's plumbing: argparse in Dutch, and output that is safe to print.

argparse takes its words from gettext without shipping Dutch, so a workshop laptop
would greet a typo with English. This parser says the same things in Dutch.

What the commands print comes from case files, saves and players (a title, a name, a
note), so it all passes through one sanitiser on its way out (`inert_output`), and a
reader that stops early (`| head`) ends the command quietly (`pipe_closed`).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn, TextIO

from .kern.bestanden.zichtbaar import inert  # light: no pydantic

_ERRORS = (
    (re.compile(r"the following arguments are required: (.*)"), r"dit ontbreekt nog: \1"),
    (re.compile(r"argument (\S+): invalid choice: '([^']*)' \(choose from (.*)\)"),
     r"onbekende keuze '\2' bij \1; kies uit: \3"),
    (re.compile(r"unrecognized arguments: (.*)"), r"onbekende argumenten: \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 heeft een waarde nodig"),
    (re.compile(r"argument (\S+): expected at least one argument"), r"\1 heeft minstens één waarde nodig"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), r"\1: ongeldige waarde \3"),
    (re.compile(r"ambiguous option: (.*)"), r"dubbelzinnige optie: \1"),
)


def in_dutch(message: str) -> str:
    for pattern, replacement in _ERRORS:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


class DutchFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        # argparse passes prefix="" when it builds a subcommand's name: keep that.
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class DutchParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and errors are Dutch; subcommands inherit it."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", DutchFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {in_dutch(message)}\n")


class InertStream(io.TextIOBase):
    """A text stream that writes everything through `inert`: newlines and tabs stay,
    every other control character is shown as its escape and steers no terminal."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(inert(text, lines=True))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # read-only on TextIOBase
        return getattr(self.stream, "encoding", "utf-8")


@contextmanager
def inert_output() -> Iterator[None]:
    """Standard output and error through `InertStream` while the block runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = InertStream(sys.stdout), InertStream(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def pipe_closed() -> int:
    """The exit code after the reader closed the pipe; and no second error at exit.

    Python flushes standard output once more on the way out, which would fail again
    and print "Exception ignored"; pointing it at the null device keeps that quiet.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (a test's capture)
        pass
    return 1
