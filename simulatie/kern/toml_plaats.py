"""Where a key sits in a TOML text: from a data path to a line and column.

tomllib returns plain dicts without positions and pydantic reports a `loc` path, so
to say "file:line:column" we scan the text once and remember where every key and
table header starts. The scan is forgiving: it only needs to be right for files that
tomllib already accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Path = tuple[str | int, ...]

_BARE = re.compile(r"[A-Za-z0-9_\-]+")


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, where the key starts
    value_column: int | None = None  # 1-based, where its value starts


def _split_key(text: str) -> tuple[list[str], int]:
    """Split a dotted key at the start of `text`; return its parts and its length."""
    parts: list[str] = []
    i = 0
    while i < len(text):
        while i < len(text) and text[i] in " \t":
            i += 1
        if i < len(text) and text[i] in "\"'":
            quote = text[i]
            end = text.find(quote, i + 1)
            while quote == '"' and end > 0 and text[end - 1] == "\\":
                end = text.find(quote, end + 1)
            if end < 0:
                break
            parts.append(text[i + 1 : end])
            i = end + 1
        else:
            match = _BARE.match(text, i)
            if not match:
                break
            parts.append(match.group())
            i = match.end()
        while i < len(text) and text[i] in " \t":
            i += 1
        if i < len(text) and text[i] == ".":
            i += 1
            continue
        break
    return parts, i


class TomlPlaces:
    """An index from data paths to positions for one TOML text."""

    def __init__(self, text: str) -> None:
        self.positions: dict[Path, Position] = {}
        self._arrays: dict[Path, int] = {}
        self._scan(text)

    def _resolve(self, keys: list[str]) -> Path:
        """Insert the current index after every array-of-tables prefix."""
        path: list[str | int] = []
        for key in keys:
            path.append(key)
            count = self._arrays.get(tuple(path))
            if count is not None:
                path.append(count - 1)
        return tuple(path)

    def _scan(self, text: str) -> None:
        table: Path = ()
        in_multiline: str | None = None
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_multiline:
                if raw.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            line = raw.lstrip()
            indent = len(raw) - len(line)
            if not line or line.startswith("#"):
                continue
            if line.startswith("[["):
                keys, _ = _split_key(line[2:])
                base = self._resolve(keys[:-1]) + tuple(keys[-1:])
                self._arrays[base] = self._arrays.get(base, 0) + 1
                table = base + (self._arrays[base] - 1,)
                self.positions.setdefault(base, Position(number, indent + 1))
                self.positions[table] = Position(number, indent + 1)
                continue
            if line.startswith("["):
                keys, _ = _split_key(line[1:])
                table = self._resolve(keys)
                self.positions[table] = Position(number, indent + 1)
                continue
            keys, length = _split_key(line)
            if not keys or length >= len(line) or line[length] != "=":
                continue
            value = line[length + 1 :].lstrip()
            value_column = indent + len(line) - len(value) + 1
            self.positions[table + tuple(keys)] = Position(number, indent + 1, value_column)
            for quote in ('"""', "'''"):
                if value.startswith(quote) and value.count(quote) == 1:
                    in_multiline = quote

    def find(self, path: Path) -> Position | None:
        """The position of `path`, or of its longest prefix that was found."""
        for end in range(len(path), -1, -1):
            position = self.positions.get(tuple(path[:end]))
            if position is not None:
                return position
        return None

    def exact(self, path: Path) -> Position | None:
        return self.positions.get(tuple(path))
