"""`simulatie valideer`: check case files, rules files and move scripts, all errors at once.

Besides loading (which already reports located errors), this looks at what a file
means for play: bottom lines nobody can reach, rules that can never fire on the case,
scripted proposals that break the rules of play.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import woorden
from .analyse import analyse
from .casus import Casus
from .feiten import voorstel_facts
from .headless import play
from .laden import (
    REGELS_BESTAND, AlgemeneRegels, Catalogus, GeladenCasus, bundled_folder, load_algemeen,
    load_casus, load_model, read_toml,
)
from .problemen import LoadFailed, Problem
from .regels import Compiled
from .sessie import Sessie
from .toml_plaats import TomlPlaces

MAX_EVALUATIONS = 400_000  # cap on the "can this rule ever fire?" search


@dataclass(frozen=True)
class Uitslag:
    problems: list[Problem]
    files: int

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "fout"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "waarschuwing"]


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, folders as every `*.toml` below them (hidden folders skipped)."""
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*.toml")):
                if not any(part.startswith(".") for part in file.relative_to(path).parts):
                    yield file
        else:
            yield path


def _kind(data: dict) -> str:
    if "zetten" in data:
        return "script"
    if "id" in data or "rollen" in data or "onderhandelpunten" in data:
        return "casus"
    return "regels" if "regels" in data or "verboden" in data else "casus"


def validate(paths: Iterable[Path]) -> Uitslag:
    """Check every file; cases are loaded first so scripts can be played against them."""
    files = list(dict.fromkeys(expand(paths)))
    problems: list[Problem] = []
    algemeen = _general_rules(problems)
    catalogus = Catalogus()
    scripts: list[Path] = []
    for path in files:
        try:
            _, data = read_toml(path)
        except LoadFailed as failed:
            problems += failed.problems
            continue
        kind = _kind(data)
        if kind == "script":
            scripts.append(path)
        elif kind == "regels":
            problems += _check(lambda p=path: load_algemeen(p))
        else:
            problems += _validate_casus(path, algemeen, catalogus)
    for path in scripts:
        problems += _validate_script(path, _with_bundled(catalogus, algemeen))
    return Uitslag(problems, len(files))


def _general_rules(problems: list[Problem]) -> AlgemeneRegels:
    try:
        return load_algemeen(bundled_folder() / REGELS_BESTAND)
    except LoadFailed as failed:
        problems += failed.problems
        return AlgemeneRegels()


def _check(load) -> list[Problem]:  # type: ignore[no-untyped-def]
    try:
        load()
    except LoadFailed as failed:
        return failed.problems
    return []


def _validate_casus(path: Path, algemeen: AlgemeneRegels, catalogus: Catalogus) -> list[Problem]:
    try:
        geladen = load_casus(path, algemeen)
    except LoadFailed as failed:
        return failed.problems
    catalogus.casussen.setdefault(geladen.casus.id, geladen)
    return list(playability_warnings(geladen))


def _with_bundled(catalogus: Catalogus, algemeen: AlgemeneRegels) -> Catalogus:
    merged = Catalogus(dict(catalogus.casussen))
    for path in sorted(bundled_folder().glob("*.toml")):
        try:
            geladen = load_casus(path, algemeen)
        except LoadFailed:
            continue
        merged.casussen.setdefault(geladen.casus.id, geladen)
    return merged


def _validate_script(path: Path, catalogus: Catalogus) -> list[Problem]:
    try:
        sessie = load_model(path, Sessie)
        afloop = play(catalogus, sessie, str(path))
    except LoadFailed as failed:
        return failed.problems
    if afloop.fout is None:
        return []
    text, _ = read_toml(path)
    position = TomlPlaces(text).find(("zetten", afloop.gespeeld))
    return [Problem(str(path), afloop.fout, ("zetten", afloop.gespeeld),
                    position.line if position else None, position.column if position else None)]


def _warn(geladen: GeladenCasus, path: tuple, message: str) -> Problem:
    text = geladen.bestand.read_text(encoding="utf-8")
    position = TomlPlaces(text).find(path)
    return Problem(str(geladen.bestand), message, path, position.line if position else None,
                   position.column if position else None, "waarschuwing")


def playability_warnings(geladen: GeladenCasus) -> Iterator[Problem]:
    """Doubts that do not stop a case from loading but spoil it as a negotiation."""
    casus = geladen.casus
    result = analyse(casus, geladen.regelboek)
    if result is None:
        yield _warn(geladen, ("onderhandelpunten",), "te veel combinaties van opties om alle "
                    "akkoorden door te rekenen; de speelbaarheid is niet gecontroleerd.")
        return
    if result.totaal == 0:
        yield _warn(geladen, ("verboden",), "de verboden sluiten elk voorstel uit.")
        return
    for rol, label in woorden.ROLLEN.items():
        brief = casus.brief(rol)
        if max(getattr(u, rol) for u in result.ideaal.values()) < brief.ondergrens:
            yield _warn(geladen, ("rollen", rol, "ondergrens"), (
                f"de {label.lower()} haalt met geen enkel toegestaan akkoord de ondergrens "
                f"{brief.ondergrens:g}."))
    if result.beste_samen is None:
        yield _warn(geladen, ("rollen",), "geen enkel akkoord haalt beide ondergrenzen: elke "
                    "ronde eindigt zonder akkoord. Verlaag een ondergrens of pas waarden aan.")
    yield from _silent_rules(geladen)


def _silent_rules(geladen: GeladenCasus) -> Iterator[Problem]:
    """Rules that fire on none of the situations this case can produce (a search)."""
    casus = geladen.casus
    waiting = list(geladen.regelboek.regels)
    budget = MAX_EVALUATIONS
    for facts in _situations(casus):
        for compiled in list(waiting):
            budget -= 1
            if geladen.regelboek._holds(compiled, facts):
                waiting.remove(compiled)
        if not waiting or budget <= 0:
            break
    if budget <= 0:
        return
    for compiled in waiting:
        yield _silent(geladen, compiled)


def _silent(geladen: GeladenCasus, compiled: Compiled) -> Problem:
    if compiled.herkomst == "algemeen":
        return Problem(str(geladen.bestand), (
            f"de algemene regel '{compiled.item.id}' kan in deze casus nooit afgaan (geen "
            "optie of onderwerp maakt haar voorwaarde waar)."), severity="waarschuwing")
    index = geladen.casus.regels.index(compiled.item)  # type: ignore[arg-type]
    return _warn(geladen, ("regels", index, "als"), (
        f"regel '{compiled.item.id}' kan in deze casus nooit afgaan."))


def _situations(casus: Casus) -> Iterator[dict[str, object]]:
    """Facts for every agreement in a few dialogue shapes, and for rounds without one."""
    from .controle import all_keuzes

    for dialogue in _dialogues(casus):
        yield _case_facts(casus) | voorstel_facts(casus, None) | dialogue | {
            "uitkomst": "geen_akkoord", "akkoord": False, "afgelopen": True,
            "heeft_voorstel": False, "eerste_voorstel_zet": None, "eerste_voorstel_door": None,
            "aantal_voorstellen": 0.0}
    for keuzes in all_keuzes(casus):
        proposal = voorstel_facts(casus, keuzes)
        for dialogue in _dialogues(casus):
            for uitkomst in ("akkoord", "geen_akkoord"):
                yield _case_facts(casus) | proposal | dialogue | {
                    "uitkomst": uitkomst, "akkoord": uitkomst == "akkoord",
                    "afgelopen": True, "heeft_voorstel": True}


def _case_facts(casus: Casus) -> dict[str, object]:
    return {"casus": casus.id, "doelen": casus.doelen, "domein": casus.domein,
            "inwoners": float(casus.inwoners)}


def _dialogues(casus: Casus) -> Iterator[dict[str, object]]:
    everything = tuple(sorted(woorden.ONDERWERPEN))
    for ronde in (1.0, 2.0):
        for topics, zetten in (((), 2.0), (everything, float(casus.max_zetten))):
            yield {
                "ronde": ronde, "aantal_zetten": zetten, "aantal_voorstellen": 1.0,
                "eerste_voorstel_zet": zetten, "eerste_voorstel_door": "gemeente",
                "besproken": topics, "besproken_voor_voorstel": topics,
                "gemeente_vroeg": topics, "swo_vroeg": topics,
                "gemeente_deelde": topics, "swo_deelde": topics,
            }


def summary(uitslag: Uitslag) -> str:
    errors, warnings = len(uitslag.errors), len(uitslag.warnings)
    if not errors and not warnings:
        return f"Alles in orde: {uitslag.files} bestand(en) gecontroleerd."
    return (f"{errors} fout(en) en {warnings} waarschuwing(en) in {uitslag.files} "
            "bestand(en) gecontroleerd.")

