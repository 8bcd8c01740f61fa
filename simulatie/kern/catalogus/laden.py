"""Loading case files and the general rules file, with errors that point at a line.

Every failure becomes a list of `Problem`s naming the file, line, column, the data
path and what is wrong, in Dutch. A folder loads file by file: one broken case never
keeps the others from loading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pydantic

from ..bestanden.lezen import located, read_toml
from ..bestanden.mappen import REGELS_BESTAND, bundled_folder, case_files
from ..bestanden.problemen import LoadFailed, Problem
from ..bestanden.pydantic_nl import explain_all
from ..bestanden.toml_plaats import TomlPlaces
from ..model import woorden
from ..model.casus import Casus, RegelBestand
from ..regels import feiten
from ..regels.regels import GLOBAL_WORDS, Compiled, Regelboek, RuleProblem, compile_items
from ..spel.geladen import GeladenCasus
from .controle import check_casus

M = TypeVar("M", bound=pydantic.BaseModel)


@dataclass(frozen=True)
class AlgemeneRegels:
    regels: tuple[Compiled, ...] = ()
    verboden: tuple[Compiled, ...] = ()


@dataclass
class Catalogus:
    """What a folder of cases gave: the playable ones and the broken ones."""

    casussen: dict[str, GeladenCasus] = field(default_factory=dict)
    problemen: dict[Path, list[Problem]] = field(default_factory=dict)


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
    options: dict[str, Iterable[str]] = {
        punt_id: punt.opties for punt_id, punt in casus.onderhandelpunten.items()}
    # A case rule may name the case's secrets: `"partners" in swo_onthulde`.
    for rol in woorden.ROLLEN:
        geheimen = [g.id for g in casus.brief(rol).geheimen]
        words |= set(geheimen)
        options[f"{rol}_onthulde"] = geheimen
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
