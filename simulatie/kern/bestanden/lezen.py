"""The one reader for every file the game reads: case files, the general rules, saves
and scripts.

Each step that can fail turns the failure into a located Dutch `Problem`: too big or not
readable (the system's reason in Dutch), not UTF-8 (at the first bad byte), not TOML (at
the place the parser names, with a hint of what to type), a control character in a text (on
the character itself), not the right shape (each pydantic error on the line of its key).
Callers add only what they alone know, such as a save's closing line.

The parser is tomli: the code of Python's own `tomllib`, with the same messages and the
same TOML 1.0, but compiled, so a 10,000-move save parses in 0,07 s instead of 0,17 s
(`bench/bench_opslag.py`). Light: pydantic is imported only when a model is validated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import tomli

from .problemen import DataPath, LoadFailed, Problem, Severity, os_reason
from .tekens import control_problems
from .toml_fout import toml_problem
from .toml_plaats import TomlPlaces

if TYPE_CHECKING:
    import pydantic

M = TypeVar("M", bound="pydantic.BaseModel")

# One limit for every file. The biggest honest file is a long save: 10,000 moves with
# free text stay well under it; a case file is a few dozen kB. Above it, it is not ours.
MAX_BYTES = 20_000_000
_BOM = b"\xef\xbb\xbf"  # Windows editors like to start a UTF-8 file with it


@dataclass(frozen=True)
class Gelezen:
    """A TOML file that parsed: its name, its text, its data and where each key sits."""

    naam: str
    tekst: str
    data: dict
    plaatsen: TomlPlaces

    def located(self, path: DataPath, message: str, severity: Severity = "fout",
                offset: int | None = None) -> Problem:
        return located(self.naam, self.plaatsen, path, message, severity, offset)


class Afgebroken(LoadFailed):
    """The file stops in the middle of a character: cut off, rather than mis-encoded."""


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, or `LoadFailed` saying in Dutch why not."""
    name = str(path)
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)  # never more: a huge file costs nothing
    except FileNotFoundError:
        raise LoadFailed([Problem(name, "het bestand bestaat niet (meer).")]) from None
    except IsADirectoryError:
        raise LoadFailed([Problem(name, "dit is een map, geen bestand.")]) from None
    except OSError as error:
        reason = f"kan het bestand niet lezen: {os_reason(error)}."
        raise LoadFailed([Problem(name, reason)]) from None
    if len(raw) > MAX_BYTES:
        raise LoadFailed([Problem(name, f"het bestand is te groot (meer dan {_mb(MAX_BYTES)}); "
                                        "een casus, regelbestand of sessie is veel kleiner. Is "
                                        "dit wel een bestand van het spel?")])
    return raw


def decode(raw: bytes, name: str) -> str:
    """The UTF-8 text (without a byte-order mark), or `LoadFailed` at the first bad byte."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise LoadFailed([Problem(name, "het bestand is opgeslagen als UTF-16; sla het op "
                                        "als UTF-8.")])
    if _looks_binary(raw):
        raise LoadFailed([Problem(name, "het bestand bevat binaire gegevens: dit is geen "
                                        "tekstbestand van het spel (of het is beschadigd).")])
    raw = raw.removeprefix(_BOM)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - raw.rfind(b"\n", 0, error.start)
        if error.reason == "unexpected end of data":
            raise Afgebroken([Problem(name, "het bestand houdt op midden in een teken: het is "
                                            "onvolledig (afgebroken bij het opslaan of "
                                            "kopiëren?).", line=line, column=column)]) from None
        raise LoadFailed([Problem(name, "het bestand is geen geldige UTF-8-tekst (is het "
                                        "opgeslagen als ANSI of Latin-1?); sla het op als UTF-8.",
                                  line=line, column=column)]) from None


def _looks_binary(raw: bytes) -> bool:
    """Text has no NUL and next to no control bytes; random or binary data has plenty."""
    sample = raw[:4096]
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r" or byte == 127)
    return b"\x00" in sample or controls * 20 > len(sample)


def read_text(path: Path) -> str:
    """The text of a file: size limit, Dutch OS errors, BOM and UTF-8 checked."""
    return decode(read_bytes(path), str(path))


def parse(name: str, text: str) -> Gelezen:
    """The TOML data of `text`, or `LoadFailed` at tomllib's place with a hint."""
    try:
        data = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        raise LoadFailed([toml_problem(name, str(error), text)]) from None
    except RecursionError:
        raise LoadFailed([Problem(name, "het bestand is te diep genest.")]) from None
    except ValueError:  # Python refuses to read an integer of thousands of digits
        raise LoadFailed([_long_number(name, text)]) from None
    return Gelezen(name, text, data, TomlPlaces(text))


def read_toml(path: Path) -> Gelezen:
    """Read, decode and parse one TOML file."""
    return parse(str(path), read_text(path))


def validate_model(gelezen: Gelezen, model: type[M], controls: bool = False) -> M:
    """The data as `model`, or `LoadFailed` with every problem on its line and column.

    `controls`: also refuse control characters in texts and keys (a terminal obeys them
    when the text is shown); newline and tab stay allowed in texts. Case and rules files
    ask for it; saves and scripts hold players' own words, which are shown made safe.
    """
    import pydantic  # here, not at the top: the app's first screen reads no model

    from .pydantic_nl import explain_all

    problems = control_problems(gelezen.naam, gelezen.data, gelezen.plaatsen) if controls else []
    try:
        result = model.model_validate(gelezen.data)
    except pydantic.ValidationError as error:
        details = _without_echoes(error.errors(include_url=False))
        problems += [gelezen.located(path, message)
                     for path, message in explain_all(details, model, gelezen.plaatsen)]
    if problems:
        raise LoadFailed(problems)  # control characters first, then pydantic's field order
    return result


def load_model(path: Path, model: type[M], controls: bool = False) -> M:
    """Any TOML file validated as `model`, or `LoadFailed` with located problems."""
    return validate_model(read_toml(path), model, controls)


def located(name: str, places: TomlPlaces, path: DataPath, message: str,
            severity: Severity = "fout", offset: int | None = None) -> Problem:
    """A problem on the line and column of `path`, or of the nearest part of it found.

    `offset`: a character inside the string at `path` (a word in a condition); the
    problem then sits on that character.
    """
    inside = None if offset is None else places.in_string(tuple(path), offset)
    position = places.find(path)
    line, column = inside or ((position.line, position.column) if position else (None, None))
    return Problem(name, message, tuple(path), line, column, severity)


def _without_echoes(details: list) -> list:
    """Drop a list's "too short" when one of its items failed: pydantic counts only the
    valid items, so the one real mistake would be reported twice."""
    def echoed(short: dict) -> bool:
        loc = tuple(short["loc"])
        return any(tuple(d["loc"][: len(loc)]) == loc and len(d["loc"]) > len(loc)
                   for d in details)

    return [d for d in details if not (d["type"] == "too_short" and echoed(d))]


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def _long_number(name: str, text: str) -> Problem:
    match = re.search(r"\d{1000,}", text)
    line = text.count("\n", 0, match.start()) + 1 if match else None
    column = match.start() - text.rfind("\n", 0, match.start()) if match else None
    return Problem(name, "TOML-fout: een getal met duizenden cijfers is te lang.", line=line,
                   column=column)
