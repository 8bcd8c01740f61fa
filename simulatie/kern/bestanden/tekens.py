"""Control characters in a file's texts: refused on the character itself.

A terminal obeys control characters: `\\u001b]0;…\\u0007` in a case title renames the
window the moment the case list shows it, other sequences recolour or clear the screen.
TOML lets a file write them as escapes, so they are looked for after parsing, in every
text and every key. Newline and tab stay allowed in texts (a summary has paragraphs).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from .toml_plaats import TomlPlaces
from .problemen import Problem

TOEGESTAAN = "\n\t"


def control_at(text: str, allowed: str = TOEGESTAAN) -> int | None:
    """Index of the first control character in `text` that is not `allowed`."""
    for index, char in enumerate(text):
        if char not in allowed and unicodedata.category(char) == "Cc":
            return index
    return None


def shown(char: str) -> str:
    """A control character as a facilitator can find it in the file: its escape."""
    return f"\\u{ord(char):04x}"


def printable(text: str) -> str:
    """`text` with every control character written as its escape, safe to print."""
    if control_at(text, "") is None:
        return text
    return "".join(shown(c) if unicodedata.category(c) == "Cc" else c for c in text)


def control_problems(name: str, data: object, places: TomlPlaces) -> list[Problem]:
    return list(_walk(name, data, (), places))


def _walk(name: str, value: object, path: tuple, places: TomlPlaces) -> Iterator[Problem]:
    if isinstance(value, dict):
        for key, inner in value.items():
            index = control_at(key, "")
            if index is not None:
                yield _problem(name, places, path + (key,), key, index, in_key=True)
                continue
            yield from _walk(name, inner, path + (key,), places)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _walk(name, inner, path + (index,), places)
    elif isinstance(value, str):
        index = control_at(value)
        if index is not None:
            yield _problem(name, places, path, value, index)


def _problem(name: str, places: TomlPlaces, path: tuple, text: str, index: int,
             in_key: bool = False) -> Problem:
    where = "deze sleutel" if in_key else "deze tekst"
    message = (f"{where} bevat een stuurteken ({shown(text[index])}, teken {index + 1}); een "
               "terminal voert dat uit in plaats van het te tonen. Haal het weg"
               + ("." if in_key else "; alleen een nieuwe regel en een tab mogen in tekst."))
    inside = None if in_key else places.in_string(path, index)
    position = places.find(path)
    line, column = inside or ((position.line, position.column) if position else (None, None))
    return Problem(name, message, path, line, column)  # `format_path` escapes the key
