"""Control characters in a file's texts: refused on the character itself.

A terminal obeys control characters (`zichtbaar` says which characters count): `\\u001b]0;…\\u0007` in a case title renames the
window the moment the case list shows it, other sequences recolour or clear the screen.
TOML lets a file write them as escapes, so they are looked for after parsing, in every
text and every key. Newline and tab stay allowed in texts (a summary has paragraphs).
"""

from __future__ import annotations

from collections.abc import Iterator

from .problemen import Problem
from .toml_plaats import TomlPlaces
from .zichtbaar import inert, is_control


def control_at(text: str, lines: bool = True) -> int | None:
    """Index of the first character in `text` that could steer a terminal (see
    `zichtbaar`); with `lines`, newline and tab are text, not control."""
    return next((i for i, char in enumerate(text) if is_control(char, lines)), None)


def control_problems(name: str, data: object, places: TomlPlaces) -> list[Problem]:
    return list(_walk(name, data, (), places))


def _walk(name: str, value: object, path: tuple, places: TomlPlaces) -> Iterator[Problem]:
    if isinstance(value, dict):
        for key, inner in value.items():
            index = control_at(key, lines=False)
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
    message = (f"{where} bevat een stuurteken ({inert(text[index])}, teken {index + 1}); een "
               "terminal voert dat uit in plaats van het te tonen. Haal het weg"
               + ("." if in_key else "; alleen een nieuwe regel en een tab mogen in tekst."))
    inside = None if in_key else places.in_string(path, index)
    position = places.find(path)
    line, column = inside or ((position.line, position.column) if position else (None, None))
    return Problem(name, message, path, line, column)  # `format_path` escapes the key
