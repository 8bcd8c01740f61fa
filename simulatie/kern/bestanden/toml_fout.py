"""tomllib's errors in Dutch, on their line and column, with a hint of what to type.

tomllib puts the place only inside its English message ("… (at line 3, column 9)") and
names the symptom, not the slip: a decimal comma reads as "expected newline", a quote
that is never closed as "illegal character". Here the message becomes Dutch and the
text around the place is read to name the likely slip and what to write instead.
"""

from __future__ import annotations

import re

from .toml_plaats import TomlPlaces
from .problemen import Problem

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
SMART_QUOTES = "“”„‟‘’‚‛«»"
_DECIMAL_COMMA = re.compile(r"(?<![\w.])(\d+),(\d+)(?![\w.])")
_THOUSANDS = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{3}){2,}(?![\w.])")


def toml_problem(name: str, message: str, text: str | None = None) -> Problem:
    """tomllib's error in Dutch, on the line and column its message names.

    For an error at the very end (an unclosed `[[kop`, a missing value) tomllib names no
    line; it goes on the end of the last line, where it is.
    """
    match = _AT.search(message)
    line, column = (int(match.group(1)), int(match.group(2))) if match else (None, None)
    if match is None and text is not None and _END in message:
        lines = text.split("\n")
        line, column = len(lines), len(lines[-1]) + 1
    plain = _AT.sub("", message).replace(_END, "").strip()
    dutch = next((nl for en, nl in _TOML_NL if plain.startswith(en)), None)
    said = f"TOML-fout: {dutch}." if dutch else f"TOML-fout ({plain})."
    hint = _hint(plain, text, line, column) if line is not None and text is not None else ""
    return Problem(name, said + hint, line=line, column=column)


def _hint(plain: str, text: str, line: int, column: int | None) -> str:
    """What the facilitator probably typed, and what to type instead (or nothing)."""
    lines = text.split("\n")
    here = lines[line - 1].rstrip("\r") if line <= len(lines) else ""
    upto = here[: (column or 1) - 1]
    if any(q in here for q in SMART_QUOTES):
        return (" Op deze regel staan gekrulde aanhalingstekens (“…” of ‘…’, uit een "
                "tekstverwerker); TOML kent alleen rechte: \"…\" of '…'.")
    if plain.startswith(("Cannot declare", "Cannot overwrite a value", "Cannot redefine")):
        first = _first_place(text, line)
        if first is None:
            return ""
        return f" De eerste staat op regel {first}; voeg ze samen of haal er één weg."
    if plain.startswith("Expected newline or end of document"):
        return _after_value(here, upto)
    if plain.startswith("Illegal character") and upto.count('"') % 2 == 1:
        return (" Het aanhalingsteken dat deze tekst opent, wordt op deze regel niet "
                "gesloten: zet een \" aan het eind van de tekst (tekst over meer regels: "
                "tussen \"\"\" en \"\"\").")
    if plain.startswith("Unclosed array") and _closed_later(text, line, column):
        return (" Waarschijnlijk mist hier een komma: zet een , tussen twee elementen van "
                "de lijst, zoals [\"a\", \"b\"].")
    if _DECIMAL_COMMA.search(here) and not plain.startswith("Unclosed array"):
        return _decimal_comma(here)
    return ""


def _after_value(here: str, upto: str) -> str:
    """A value that goes on after it ended: a decimal comma, a thousands dot or quotes."""
    if _THOUSANDS.search(here):
        number = _THOUSANDS.search(here).group()  # type: ignore[union-attr]
        plain = number.replace(".", "")
        return (f" Een punt is in TOML een decimaalteken, geen scheiding van duizendtallen: "
                f"schrijf {plain} of {underscored(plain)}.")
    if _DECIMAL_COMMA.search(here):
        return _decimal_comma(here)
    key, _, value = here.partition("=")
    value = value.strip()
    if value.startswith('"') and value.count('"') > 2:
        return (" De tekst bevat zelf een \", en daar houdt de tekst op. Zet de tekst tussen "
                "enkele aanhalingstekens: " + f"{key.strip()} = '{value[1:-1]}'."
                if value.endswith('"') else
                " De tekst bevat zelf een \", en daar houdt de tekst op. Zet de tekst tussen "
                "enkele aanhalingstekens ('…') of schrijf \\\" voor een \" in de tekst.")
    return " Staat er nog iets achter de waarde? Zet elke sleutel = waarde op een eigen regel."


def _decimal_comma(here: str) -> str:
    match = _DECIMAL_COMMA.search(here)
    assert match is not None
    return (f" Een decimaal getal schrijf je in TOML met een punt: {match.group(1)}."
            f"{match.group(2)} in plaats van {match.group()}.")


def underscored(digits: str) -> str:
    """`166000` → `166_000`: TOML allows underscores between digits, for readability."""
    sign, digits = ("-", digits[1:]) if digits.startswith("-") else ("", digits)
    groups: list[str] = []
    while len(digits) > 3:
        digits, groups = digits[:-3], [digits[-3:], *groups]
    return sign + "_".join([digits, *groups])


_NEXT_KEY = re.compile(r"^\s*(?:\[|[\w\"'.-]+\s*=)")


def _closed_later(text: str, line: int, column: int | None) -> bool:
    """The array's `]` follows before the next key or table: then a comma is missing
    between two elements, not the closing bracket."""
    lines = text.split("\n")
    rest = [lines[line - 1][(column or 1) - 1 :]]
    for later in lines[line:]:
        if _NEXT_KEY.match(later):
            break
        rest.append(later)
    return "]" in "\n".join(rest)


def _first_place(text: str, line: int) -> int | None:
    """Where the table or key declared again on `line` was declared first."""
    lines = text.split("\n")
    through = TomlPlaces("\n".join(lines[:line]))
    before = TomlPlaces("\n".join(lines[: line - 1]))
    here = sorted((p for p, pos in through.positions.items() if pos.line == line),
                  key=len, reverse=True)
    for path in here:
        # `[[a]]` after `[a]`: the new array element is not in the text before, `a` is.
        for candidate in (path, path[:-1]) if path and isinstance(path[-1], int) else (path,):
            first = before.exact(candidate)
            if first is not None:
                return first.line
    return None
