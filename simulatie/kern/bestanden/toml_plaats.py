"""Where a key sits in a TOML text: from a data path to a line and column.

tomllib returns plain dicts without positions and pydantic reports a `loc` path, so
to say "file:line:column" we scan the text and remember where every key, table header
and array element starts — also inside inline tables `{ … }` and arrays `[ … ]`. The
scan is forgiving: it only needs to be right for text that tomllib already accepted,
and on anything else it keeps what it found so far instead of raising.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass

from .problemen import DataPath

_KEY_PART = re.compile(r"[A-Za-z0-9_\-]+|\"(?:\\.|[^\"\\\n])*\"|'[^'\n]*'")
_STRINGS = (  # longest opening first; a closing run of 3-5 quotes keeps up to 2 in the text
    ('"""', re.compile(r'"""(?:\\.|[^\\])*?"{3,5}', re.S)),
    ("'''", re.compile(r"'''.*?'{3,5}", re.S)),
    ('"', re.compile(r'"(?:\\.|[^"\\\n])*"')),
    ("'", re.compile(r"'[^'\n]*'")),
)
_SCALAR_END = re.compile(r"[,\]}\n#]")


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, where the key (or array element) starts
    value_column: int | None = None  # 1-based, where its value starts
    value_offset: int | None = None  # index of the value's first character in the text


class TomlPlaces:
    """An index from data paths to positions for one TOML text, built when first asked."""

    def __init__(self, text: str) -> None:
        # A byte-order mark (Windows editors) is no character an editor shows, and the
        # scanner would stop at it and find nothing.
        text = text.removeprefix("\ufeff")
        self.text = text
        self._positions: dict[DataPath, Position] | None = None
        self._starts: list[int] | None = None

    @property
    def _line_starts(self) -> list[int]:
        if self._starts is None:  # as the positions: only a file with a problem needs them
            self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        return self._starts

    @property
    def positions(self) -> dict[DataPath, Position]:
        if self._positions is None:  # most files load cleanly and never need the scan
            scanner = _Scanner(self)
            try:
                scanner.scan()
            except (ValueError, IndexError, RecursionError):
                pass  # not TOML we understand: keep the positions found so far
            self._positions = scanner.positions
        return self._positions

    def where(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character index."""
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def find(self, path: DataPath) -> Position | None:
        """The position of `path`, or of its longest prefix that was found."""
        for end in range(len(path), -1, -1):
            position = self.positions.get(tuple(path[:end]))
            if position is not None:
                return position
        return None

    def exact(self, path: DataPath) -> Position | None:
        return self.positions.get(tuple(path))

    def value_text(self, path: DataPath) -> str | None:
        """A number, date or word at `path` as it is written (`166.000`, not 166.0)."""
        position = self.exact(path)
        if position is None or position.value_offset is None:
            return None
        end = _SCALAR_END.search(self.text, position.value_offset)
        return self.text[position.value_offset : end.start() if end else None].strip()

    def in_string(self, path: DataPath, offset: int) -> tuple[int, int] | None:
        """Line and column of character `offset` of the string value at `path`.

        Counts characters as tomllib does: an escape is one character, a line-ending
        backslash and the whitespace after it are none, and the newline right after
        an opening triple quote is dropped.
        """
        position = self.exact(path)
        if position is None or position.value_offset is None:
            return None
        text, i = self.text, position.value_offset
        quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else text[i : i + 1]
        basic = quote.startswith('"')
        i += len(quote)
        if len(quote) == 3 and text.startswith("\n", i):
            i += 1
        elif len(quote) == 3 and text.startswith("\r\n", i):
            i += 2
        count = 0
        while i < len(text):
            if basic and text[i] == "\\":
                after, width = _escape(text, i)
                if count + width > offset:
                    break  # the escape itself is the character asked for
                i, count = after, count + width
            elif count >= offset:
                break
            else:  # tomllib reads a CRLF inside a multi-line string as one newline
                i, count = i + (2 if text.startswith("\r\n", i) else 1), count + 1
        return self.where(i)


def _escape(text: str, i: int) -> tuple[int, int]:
    """Index after the backslash escape at text[i], and how many characters it makes."""
    j = i + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if text.startswith(("\n", "\r\n"), j):  # line-ending backslash: joins the lines
        while j < len(text) and text[j] in " \t\r\n":
            j += 1
        return j, 0
    return i + {"u": 6, "U": 10}.get(text[i + 1 : i + 2], 2), 1


def _key_text(part: str) -> str:
    """A key as tomllib reads it: quotes off, and escapes in a basic-string key decoded."""
    if part.startswith('"') and "\\" in part:
        return tomllib.loads(f"k = {part}")["k"]
    return part[1:-1] if part[0] in "\"'" else part


class _Scanner:
    """One pass over the text: headers, `key = value` lines and nested values."""

    def __init__(self, places: TomlPlaces) -> None:
        self.places = places
        self.text = places.text
        self.i = 0
        self.positions: dict[DataPath, Position] = {}
        self.arrays: dict[DataPath, int] = {}  # count of [[tables]] seen per path

    def scan(self) -> None:
        table: DataPath = ()
        while True:
            self.skip_blank()
            if self.i >= len(self.text):
                return
            start = self.i
            if self.text.startswith("[[", start):
                self.i += 2
                keys = self.key()
                base = self.resolve(keys[:-1]) + tuple(keys[-1:])
                self.arrays[base] = self.arrays.get(base, 0) + 1
                table = base + (self.arrays[base] - 1,)
                self.mark_parents(table, start)
                self.mark(table, start)
            elif self.text.startswith("[", start):
                self.i += 1
                table = self.resolve(self.key())
                self.mark_parents(table, start)
                self.mark(table, start)
            else:
                self.pair(table)
            self.skip_line()

    def resolve(self, keys: list[str]) -> DataPath:
        """Insert the current index after every array-of-tables prefix."""
        path: list[str | int] = []
        for key in keys:
            path.append(key)
            count = self.arrays.get(tuple(path))
            if count is not None:
                path.append(count - 1)
        return tuple(path)

    def mark(self, path: DataPath, start: int, value: int | None = None) -> None:
        line, column = self.places.where(start)
        value_column = None if value is None else self.places.where(value)[1]
        self.positions[path] = Position(line, column, value_column, value)

    def mark_parents(self, path: DataPath, start: int) -> None:
        """Tables opened implicitly (`[a.b]` opens `a`) point at their first mention."""
        for end in range(1, len(path)):
            if path[:end] not in self.positions:
                self.mark(path[:end], start)

    def pair(self, table: DataPath) -> None:
        """`key = value`: a dotted key, then the value with everything inside it."""
        start = self.i
        keys = self.key()
        self.skip_spaces()
        if not keys or not self.text.startswith("=", self.i):
            raise ValueError("expected key = value")
        self.i += 1
        self.skip_spaces()
        path = table + tuple(keys)
        self.mark_parents(path, start)
        self.value(path, start)

    def key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_spaces()
            match = _KEY_PART.match(self.text, self.i)
            if not match:
                return parts
            parts.append(_key_text(match.group()))
            self.i = match.end()
            self.skip_spaces()
            if not self.text.startswith(".", self.i):
                return parts
            self.i += 1

    def value(self, path: DataPath, start: int) -> None:
        self.mark(path, start, self.i)
        char = self.text[self.i]
        if char == "{":
            self.inline_table(path)
        elif char == "[":
            self.array(path)
        elif char in "\"'":
            self.string()
        else:
            end = _SCALAR_END.search(self.text, self.i)
            stop = end.start() if end else len(self.text)
            if stop == self.i:
                raise ValueError("empty value")
            self.i = stop

    def string(self) -> None:
        for opening, pattern in _STRINGS:
            if self.text.startswith(opening, self.i):
                match = pattern.match(self.text, self.i)
                if not match:
                    raise ValueError("unterminated string")
                self.i = match.end()
                return

    def inline_table(self, path: DataPath) -> None:
        self.i += 1
        while True:
            self.skip_blank()
            if self.text[self.i] == "}":
                self.i += 1
                return
            if self.text[self.i] == ",":
                self.i += 1
                continue
            self.pair(path)

    def array(self, path: DataPath) -> None:
        self.i += 1
        index = 0
        while True:
            self.skip_blank()
            if self.text[self.i] == "]":
                self.i += 1
                return
            if self.text[self.i] == ",":
                self.i += 1
                continue
            self.value(path + (index,), self.i)
            index += 1

    def skip_spaces(self) -> None:
        while self.i < len(self.text) and self.text[self.i] in " \t":
            self.i += 1

    def skip_blank(self) -> None:
        """Whitespace, newlines and comments."""
        while self.i < len(self.text):
            char = self.text[self.i]
            if char in " \t\r\n":
                self.i += 1
            elif char == "#":
                self.skip_line()
            else:
                return

    def skip_line(self) -> None:
        end = self.text.find("\n", self.i)
        self.i = len(self.text) if end < 0 else end + 1
