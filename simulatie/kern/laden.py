"""Loading case files and the general rules file, with errors that point at a line.

Every failure becomes a list of `Problem`s naming the file, line, column, the data
path and what is wrong, in Dutch. A folder loads file by file: one broken case never
keeps the others from loading.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pydantic

from . import feiten
from .casus import Casus, RegelBestand
from .controle import check_casus
from .mappen import REGELS_BESTAND, bundled_folder, case_files
from .problemen import LoadFailed, Problem, os_reason
from .pydantic_nl import explain_all
from .regels import GLOBAL_WORDS, Compiled, Regelboek, RuleProblem, compile_items
from .toml_plaats import TomlPlaces

M = TypeVar("M", bound=pydantic.BaseModel)
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


@dataclass(frozen=True)
class GeladenCasus:
    """A case that loaded cleanly, with the rules that apply to it."""

    casus: Casus
    regelboek: Regelboek
    bestand: Path
    waarschuwingen: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class AlgemeneRegels:
    regels: tuple[Compiled, ...] = ()
    verboden: tuple[Compiled, ...] = ()


@dataclass
class Catalogus:
    """What a folder of cases gave: the playable ones and the broken ones."""

    casussen: dict[str, GeladenCasus] = field(default_factory=dict)
    problemen: dict[Path, list[Problem]] = field(default_factory=dict)


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
             severity: str = "fout") -> Problem:
    position = places.find(path)
    line = position.line if position else None
    column = position.column if position else None
    return Problem(name, message, tuple(path), line, column, severity)  # type: ignore[arg-type]


def _rule_problem(name: str, places: TomlPlaces, problem: RuleProblem) -> Problem:
    """Put a condition's problem on the line and column inside the `als` string."""
    inside = None if problem.offset is None else places.in_string(problem.path, problem.offset)
    if inside is None:
        return located(name, places, problem.path, problem.message)
    return Problem(name, problem.message, problem.path, *inside)


def load_model(path: Path, model: type[M]) -> M:
    """Any TOML file validated as `model`, or `LoadFailed` with located problems."""
    text, data = read_toml(path)
    return _validate(str(path), text, data, model)[0]


def _validate(name: str, text: str, data: dict, model: type[M]) -> tuple[M, TomlPlaces]:
    places = TomlPlaces(text)
    try:
        return model.model_validate(data), places
    except pydantic.ValidationError as error:
        details = _without_echoes(error.errors(include_url=False))
        raise LoadFailed([located(name, places, path, message)
                          for path, message in explain_all(details, model)]) from None


def _without_echoes(details: list) -> list:
    """Drop a list's "too short" when one of its items failed: pydantic counts only the
    valid items, so the one real mistake would be reported twice."""
    def echoed(short: dict) -> bool:
        loc = tuple(short["loc"])
        return any(tuple(d["loc"][: len(loc)]) == loc and len(d["loc"]) > len(loc)
                   for d in details)

    return [d for d in details if not (d["type"] == "too_short" and echoed(d))]


def load_algemeen(path: Path) -> AlgemeneRegels:
    """The general rules file that holds for every case."""
    text, data = read_toml(path)
    bestand, places = _validate(str(path), text, data, RegelBestand)
    names = {f.name: f.type for f in feiten.FEITEN}
    regels, bad = compile_items(bestand.regels, "regels", names, GLOBAL_WORDS, "algemeen")
    verboden, bad2 = compile_items(bestand.verboden, "verboden", feiten.ban_fact_names(names),
                                   GLOBAL_WORDS, "algemeen")
    if bad or bad2:
        raise LoadFailed([_rule_problem(str(path), places, p) for p in bad + bad2])
    return AlgemeneRegels(tuple(regels), tuple(verboden))


def load_casus(path: Path, algemeen: AlgemeneRegels) -> GeladenCasus:
    """One case file, checked completely, or `LoadFailed` listing every problem."""
    return casus_from_toml(path, *read_toml(path), algemeen)


def casus_from_toml(path: Path, text: str, data: dict, algemeen: AlgemeneRegels) -> GeladenCasus:
    """`load_casus` for a file already read (the validator reads each file once)."""
    name = str(path)
    if not data:
        raise LoadFailed([Problem(name, "het bestand is leeg. Begin een nieuwe casus met "
                                        "'simulatie nieuw NAAM'.")])
    if "zetten" in data or {"casus", "spelers"} <= set(data):
        raise LoadFailed([Problem(name, "dit is een script of opgeslagen sessie, geen casus; "
                                        "bewaar het buiten de map met casussen.")])
    casus, places = _validate(name, text, data, Casus)
    problems = [located(name, places, p, m) for p, m in check_casus(casus)]
    names = feiten.case_fact_names(casus)
    words = GLOBAL_WORDS | {o for p in casus.onderhandelpunten.values() for o in p.opties}
    options = {punt_id: punt.opties for punt_id, punt in casus.onderhandelpunten.items()}
    regels, bad = compile_items(casus.regels, "regels", names, words, casus.id, options)
    verboden, bad2 = compile_items(casus.verboden, "verboden", feiten.ban_fact_names(names),
                                   words, casus.id, options)
    problems += [_rule_problem(name, places, p) for p in bad + bad2]
    if problems:  # shape, cross-field and rule problems together: fix them in one go
        raise LoadFailed(problems)
    regelboek = Regelboek(algemeen.regels + tuple(regels), algemeen.verboden + tuple(verboden))
    return GeladenCasus(casus, regelboek, path)


def load_folder(folder: Path, algemeen: AlgemeneRegels | None = None) -> Catalogus:
    """Every `*.toml` case in `folder`; broken files are kept apart with their problems."""
    catalogus = Catalogus()
    if algemeen is None:
        try:
            algemeen = load_algemeen(bundled_folder() / REGELS_BESTAND)
        except LoadFailed as failed:
            catalogus.problemen[bundled_folder() / REGELS_BESTAND] = failed.problems
            algemeen = AlgemeneRegels()
    for path in case_files(folder):
        try:
            geladen = load_casus(path, algemeen)
        except LoadFailed as failed:
            catalogus.problemen[path] = failed.problems
            continue
        if geladen.casus.id in catalogus.casussen:
            first = catalogus.casussen[geladen.casus.id].bestand.name
            catalogus.problemen[path] = [Problem(str(path), (
                f"de id '{geladen.casus.id}' wordt al gebruikt door {first}."), ("id",))]
            continue
        catalogus.casussen[geladen.casus.id] = geladen
    return catalogus


def not_a_folder(path: Path) -> str:
    """Why `--casussen PATH` gives no cases: no such folder, or a file where a folder goes."""
    if path.exists():
        return "dit is een bestand; geef de map met casussen, niet één casus."
    return "deze map bestaat niet."


def load_catalogus(extra: Path | None = None) -> Catalogus:
    """The bundled cases, plus a facilitator's own folder beside them when given."""
    catalogus = load_folder(bundled_folder())
    if extra is None or extra.resolve() == bundled_folder().resolve():
        return catalogus
    if not extra.is_dir():
        catalogus.problemen[extra] = [Problem(str(extra), not_a_folder(extra))]
        return catalogus
    own = load_folder(extra)
    catalogus.problemen.update(own.problemen)
    for casus_id, geladen in own.casussen.items():
        if casus_id in catalogus.casussen:
            catalogus.problemen[geladen.bestand] = [Problem(str(geladen.bestand), (
                f"de id '{casus_id}' bestaat al bij de meegeleverde casussen; kies een "
                "andere id."), ("id",))]
        else:
            catalogus.casussen[casus_id] = geladen
    return catalogus
