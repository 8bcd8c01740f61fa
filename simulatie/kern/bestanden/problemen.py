"""A problem found in a file, with its place, and how to say it in Dutch."""

from __future__ import annotations

import difflib
import errno
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

# Where in a file's data a problem sits: keys and list indexes, e.g. ("rollen", "swo", 0).
DataPath = tuple[str | int, ...]
Severity = Literal["fout", "waarschuwing"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) in one file, located as precisely as we can."""

    file: str
    message: str
    path: DataPath = ()
    line: int | None = None
    column: int | None = None
    severity: Severity = "fout"

    @property
    def place(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    @property
    def dotted_path(self) -> str:
        return format_path(self.path)

    def __str__(self) -> str:
        where = f" [{self.dotted_path}]" if self.path else ""
        label = "" if self.severity == "fout" else "waarschuwing: "
        return f"{self.place}:{where} {label}{self.message}"


def format_path(path: DataPath) -> str:
    """`('rollen', 'gemeente', 'vragen', 0)` → `rollen.gemeente.vragen[1]` (1-based)."""
    from .zichtbaar import inert  # a key may hold a control character: never print it raw

    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + inert(str(part))
    return text


def closest(word: object, candidates: Iterable[object]) -> str | None:
    """The candidate most like `word`, if one is close enough to be a typo of it."""
    options = [str(c) for c in candidates]
    close = difflib.get_close_matches(str(word), options, n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: object, candidates: Iterable[object]) -> str:
    """A Dutch hint naming the closest candidate, or an empty string."""
    close = closest(word, candidates)
    return f" Bedoelde je '{close}'?" if close else ""


_OS_REDENEN = {
    errno.ENOENT: "het bestand of de map bestaat niet (meer)",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.EEXIST: "er staat al een bestand met die naam",
    errno.EACCES: "geen toestemming (geen leesrecht of geen schrijfrecht)",
    errno.EPERM: "geen toestemming (geen leesrecht of geen schrijfrecht)",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    getattr(errno, "EDQUOT", -2): "je schijfquotum is op",  # not on Windows
    errno.ENAMETOOLONG: "de naam is te lang",
}


def os_reason(error: BaseException) -> str:
    """Why a file operation failed, in Dutch: the system's own text is English.

    The one table for reading and for writing; an unknown error keeps the system's text.
    """
    reason = _OS_REDENEN.get(getattr(error, "errno", None) or -1)
    return reason or getattr(error, "strerror", None) or str(error) or type(error).__name__


class LoadFailed(Exception):
    """A file could not be loaded; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
