"""argparse in Dutch: the help, the usage line and the errors a user can run into.

argparse takes its words from gettext without shipping Dutch, so a workshop laptop
would greet a typo with English. This parser says the same things in Dutch.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

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
