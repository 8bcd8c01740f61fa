"""Reading a TOML file the game was given: size limit, BOM, UTF-8, the parse, and where.

Every failure becomes a `Problem` naming the file, line and column, in Dutch.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .problemen import LoadFailed, Problem, Severity, os_reason
from .toml_plaats import TomlPlaces

MAX_BYTES = 5_000_000
_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_END = "(at end of document)"
_TOML_NL = (
    ("Cannot overwrite a value", "deze sleutel heeft al een waarde (dubbele sleutel?)"),
    ("Cannot declare", "deze tabel is al eerder gedeclareerd (dubbele [kop]?)"),
    ("Expected '=' after a key", "na een sleutel hoort '=' en dan een waarde"),
    ("Invalid value", "ongeldige waarde (tekst hoort tussen aanhalingstekens)"),
    ("Unterminated string", "tekst zonder afsluitend aanhalingsteken"),
    ("Illegal character", "ongeldig teken"),
    ("Unclosed array", "lijst zonder afsluitende ]"),
    ("Unclosed inline table", "tabel zonder afsluitende }"),
    ("Invalid statement", "ongeldige regel: verwacht 'sleutel = waarde' of een [kop]"),
    ("Invalid initial character for a key part", "een sleutel begint met een ongeldig teken"),
    ("Expected newline or end of document", "na een waarde hoort een nieuwe regel"),
    ("Unescaped '\\' in a string", "een losse backslash in tekst; schrijf \\\\ of zet de "
                                    "tekst tussen enkele aanhalingstekens"),
    ("Invalid hex value", "ongeldige \\u-code in tekst"),
    ("Escaped character is not a Unicode scalar value", "ongeldige \\u-code in tekst"),
    ("Expected ']' at the end", "een [kop] sluit af met ]"),
    ("Expected ']]' at the end", "een [[kop]] sluit af met ]]"),
    ("Expected \"'", "tekst zonder afsluitend aanhalingsteken"),
    ("Invalid date or datetime", "ongeldige datum of tijd"),
    ("Duplicate inline table key", "deze sleutel staat twee keer in dezelfde { … }"),
    ("Cannot mutate immutable namespace", "deze tabel is al als { … } of lijst geschreven en "
                                          "kan niet meer worden aangevuld"),
    ("Cannot redefine namespace", "deze tabel is al eerder gedeclareerd"),
    ("Found invalid character", "ongeldig teken"),
)


def read_toml(path: Path) -> tuple[str, dict]:
    """The text and data of a TOML file, or `LoadFailed` with a located reason."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LoadFailed([Problem(name, "bestand niet gevonden.")]) from None
    except IsADirectoryError:
        raise LoadFailed([Problem(name, "dit is een map, geen bestand.")]) from None
    except OSError as error:
        raise LoadFailed([Problem(name, f"kan het bestand niet lezen: {os_reason(error)}.")]) from None
    if len(raw) > MAX_BYTES:
        raise LoadFailed([Problem(name, f"het bestand is te groot ({_mb(len(raw))}; hoogstens "
                                        f"{_mb(MAX_BYTES)}). Is dit wel een casus?")])
    try:
        text = raw.decode("utf-8-sig")  # Windows editors may start with a byte-order mark
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - raw.rfind(b"\n", 0, error.start)
        raise LoadFailed([Problem(name, "het bestand is geen geldige UTF-8-tekst; sla het op "
                                        "als UTF-8.", line=line, column=column)]) from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LoadFailed([toml_problem(name, str(error), text)]) from None
    except RecursionError:
        raise LoadFailed([Problem(name, "het bestand is te diep genest.")]) from None
    except ValueError:  # Python refuses to read an integer of thousands of digits
        raise LoadFailed([_long_number(name, text)]) from None


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def _long_number(name: str, text: str) -> Problem:
    match = re.search(r"\d{1000,}", text)
    line = text.count("\n", 0, match.start()) + 1 if match else None
    column = match.start() - text.rfind("\n", 0, match.start()) if match else None
    return Problem(name, "TOML-fout: een getal met duizenden cijfers is te lang.", line=line,
                   column=column)


def toml_problem(name: str, message: str, text: str | None = None) -> Problem:
    """tomllib's error in Dutch, on the line and column its message names.

    For an error at the very end (an unclosed `[[kop`, a missing value) tomllib names no
    line; with the file's `text` it goes on the end of the last line, where it is.
    """
    match = _AT.search(message)
    line, column = (int(match.group(1)), int(match.group(2))) if match else (None, None)
    if match is None and text is not None and _END in message:
        lines = text.split("\n")
        line, column = len(lines), len(lines[-1]) + 1
    plain = _AT.sub("", message).replace(_END, "").strip()
    dutch = next((nl for en, nl in _TOML_NL if plain.startswith(en)), None)
    text = f"TOML-fout: {dutch}." if dutch else f"TOML-fout ({plain})."
    return Problem(name, text, line=line, column=column)


def located(name: str, places: TomlPlaces, path: tuple, message: str,
             severity: Severity = "fout") -> Problem:
    position = places.find(path)
    line = position.line if position else None
    column = position.column if position else None
    return Problem(name, message, tuple(path), line, column, severity)
