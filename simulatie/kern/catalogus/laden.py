"""Loading case files and the general rules file, with errors that point at a line.

Every failure becomes a list of `Problem`s naming the file, line, column, the data
path and what is wrong, in Dutch. A folder loads file by file: one broken case never
keeps the others from loading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..bestanden.lezen import Gelezen, load_model, read_toml, validate_model
from ..bestanden.mappen import (
    REGELS_BESTAND, bundled_folder, case_files, ignored_files, meant_name, same_file,
)
from ..bestanden.problemen import LoadFailed, Problem
from ..bestanden.tekens import control_problems
from ..bestanden.toml_plaats import TomlPlaces
from ..model import woorden
from ..model.casus import Casus, RegelBestand, vul_rolwissel
from ..regels import feiten
from ..regels.regels import GLOBAL_WORDS, Compiled, Regelboek, RuleProblem, compile_items
from ..spel.geladen import GeladenCasus
from .controle import check_casus
from .dubbel import ignored, ignored_for_bundled, shadows, used_file

@dataclass(frozen=True)
class AlgemeneRegels:
    regels: tuple[Compiled, ...] = ()
    verboden: tuple[Compiled, ...] = ()


@dataclass
class Catalogus:
    """What a folder of cases gave: the playable ones and the broken ones."""

    casussen: dict[str, GeladenCasus] = field(default_factory=dict)
    problemen: dict[Path, list[Problem]] = field(default_factory=dict)
    # Files that loaded but deserve a second look: a shadowed copy, a doubtful negotiation.
    waarschuwingen: dict[Path, list[Problem]] = field(default_factory=dict)


def _rule_problem(gelezen: Gelezen, problem: RuleProblem) -> Problem:
    """A condition's problem on its character inside the `als` string."""
    return gelezen.located(problem.path, problem.message, offset=problem.offset)


def load_algemeen(path: Path) -> AlgemeneRegels:
    """The general rules file that holds for every case."""
    gelezen = read_toml(path)
    bestand = validate_model(gelezen, RegelBestand, controls=True)
    names = {f.name: f.type for f in feiten.FEITEN}
    regels, bad = compile_items(bestand.regels, "regels", names, GLOBAL_WORDS, "algemeen")
    verboden, bad2 = compile_items(bestand.verboden, "verboden", feiten.ban_fact_names(names),
                                   GLOBAL_WORDS, "algemeen")
    if bad or bad2:
        raise LoadFailed([_rule_problem(gelezen, p) for p in bad + bad2])
    return AlgemeneRegels(tuple(regels), tuple(verboden))


def load_casus(path: Path, algemeen: AlgemeneRegels) -> GeladenCasus:
    """One case file, checked completely, or `LoadFailed` listing every problem."""
    return from_gelezen(path, read_toml(path), algemeen)


def casus_from_toml(path: Path, text: str, data: dict, algemeen: AlgemeneRegels) -> GeladenCasus:
    """`load_casus` for a text already parsed (tests and benchmarks build cases so)."""
    return from_gelezen(path, Gelezen(str(path), text, data, TomlPlaces(text)), algemeen)


def from_gelezen(path: Path, gelezen: Gelezen, algemeen: AlgemeneRegels) -> GeladenCasus:
    """`load_casus` for a file already read (the validator reads each file once)."""
    name, data = str(path), gelezen.data
    if not data:
        raise LoadFailed([Problem(name, "het bestand is leeg. Begin een nieuwe casus met "
                                        "'simulatie nieuw NAAM'.")])
    if "zetten" in data or {"casus", "spelers"} <= set(data):
        raise LoadFailed([Problem(name, "dit is een script of opgeslagen sessie, geen casus; "
                                        "bewaar het buiten de map met casussen.")])
    # A round-2 variant names only what changes: fill it from the round-1 brief before
    # checking the shape, but look for control characters in what the file really says.
    controls = control_problems(gelezen.naam, data, gelezen.plaatsen)
    try:
        casus = validate_model(replace(gelezen, data=vul_rolwissel(data)), Casus)
    except LoadFailed as failed:
        raise LoadFailed(controls + failed.problems) from None
    if controls:
        raise LoadFailed(controls)
    problems = [gelezen.located(p, m) for p, m in check_casus(casus)]
    names = feiten.case_fact_names(casus)
    words = GLOBAL_WORDS | {o for p in casus.onderhandelpunten.values() for o in p.opties}
    options: dict[str, Iterable[str]] = {
        punt_id: punt.opties for punt_id, punt in casus.onderhandelpunten.items()}
    # A case rule may name the case's secrets: `"partners" in swo_onthulde`.
    for rol in woorden.ROLLEN:
        geheimen = [g.id for ronde in (1, 2) for g in casus.brief(rol, ronde).geheimen]
        words |= set(geheimen)
        options[f"{rol}_onthulde"] = geheimen
    regels, bad = compile_items(casus.regels, "regels", names, words, casus.id, options)
    verboden, bad2 = compile_items(casus.verboden, "verboden", feiten.ban_fact_names(names),
                                   words, casus.id, options)
    problems += [_rule_problem(gelezen, p) for p in bad + bad2]
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
    by_id: dict[str, list[GeladenCasus]] = {}
    for path in case_files(folder):
        try:
            geladen = load_casus(path, algemeen)
        except LoadFailed as failed:
            catalogus.problemen[path] = failed.problems
            continue
        by_id.setdefault(geladen.casus.id, []).append(geladen)
    for casus_id, group in by_id.items():
        _add_one(catalogus, casus_id, group)
    for path in ignored_files(folder):
        catalogus.problemen[path] = [Problem(str(path), (
            f"het spel leest alleen bestanden die op .toml eindigen en negeert dit bestand. "
            f"Is het een casus, hernoem het dan naar {meant_name(path)}."),
            severity="waarschuwing")]
    return catalogus


def _add_one(catalogus: Catalogus, casus_id: str, group: list[GeladenCasus]) -> None:
    """Of the files with one id, the one the game uses; the others named as ignored."""
    used = used_file(casus_id, [g.bestand for g in group])
    catalogus.casussen[casus_id] = next(g for g in group if g.bestand == used)
    others = [g.bestand for g in group if g.bestand != used]
    for other in others:
        catalogus.problemen[other] = [ignored(other, casus_id, used.name)]
    if others:
        catalogus.waarschuwingen.setdefault(used, []).append(shadows(used, casus_id, others))


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
    catalogus.waarschuwingen.update(own.waarschuwingen)
    for casus_id, geladen in own.casussen.items():
        bundled = catalogus.casussen.get(casus_id)
        if bundled is None:
            catalogus.casussen[casus_id] = geladen
        elif not same_file(geladen.bestand, bundled.bestand):  # a copy is the same case
            catalogus.problemen[geladen.bestand] = [ignored_for_bundled(geladen.bestand, casus_id)]
    return catalogus
