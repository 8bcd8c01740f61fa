"""`simulatie valideer`: check case files, rules files and move scripts, all errors at once.

Loading already reports every located error in a file. On top of that this looks at
what a case means for play — can both sides reach a deal, does trading pay, can each
rule ever fire — and plays every script against its case. Errors make the exit code
1; warnings are advice for a better negotiation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..analyse.akkoorden import deal_lines
from ..analyse.ruimte import Ruimte, ruimte
from ..bestanden.mappen import REGELS_BESTAND, bundled_folder
from ..model.casus import Casus
from ..uitvoer.headless import broken_hint, play
from ..bestanden.mappen import ignored_files, meant_name, same_file
from ..catalogus.dubbel import ignored, ignored_for_bundled, shadows, used_file
from ..catalogus.laden import (
    AlgemeneRegels,
    Catalogus,
    from_gelezen,
    load_algemeen,
    load_folder,
    not_a_folder,
)
from ..analyse.speelbaarheid import playability, silent_general
from ..bestanden.lezen import read_toml, validate_model
from ..bestanden.problemen import LoadFailed, Problem, did_you_mean
from ..model.sessie import Sessie
from ..model.zetten import BRIEF_LIJST, VOORSTEL_SOORTEN, Zet
from ..spel.geladen import GeladenCasus
from ..spel.stap import IllegalZet, SessieStaat, check_keuzes, new_session


@dataclass(frozen=True)
class Uitslag:
    problems: list[Problem]
    files: int
    soorten: Counter[str] = field(default_factory=Counter)
    akkoorden: list[str] = field(default_factory=list)  # per case: ideals and best deal

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


def kind_of(data: dict) -> str:
    """What a TOML file is meant to be: "script", "regels" or "casus"."""
    if "zetten" in data or ("spelers" in data and "casus" in data):
        return "script"
    if data and set(data) <= {"regels", "verboden"} and "id" not in data:
        return "regels"
    return "casus"


class _Run:
    """One validation: the files, what they loaded to, and the problems found."""

    def __init__(self, extra: Path | None) -> None:
        self.extra = extra
        self.problems: list[Problem] = []
        self.algemeen = self._general_rules()
        self.cases: list[GeladenCasus] = []
        self.rule_files: list[tuple[Path, AlgemeneRegels]] = []
        self.scripts: list[Path] = []
        self.spaces: dict[Path, Ruimte] = {}
        self.soorten: Counter[str] = Counter()
        self.akkoorden: list[str] = []
        self._bundled: list[GeladenCasus] | None = None
        self._bundled_ids: dict[str, Path] = {}

    def _general_rules(self) -> AlgemeneRegels:
        try:
            return load_algemeen(bundled_folder() / REGELS_BESTAND)
        except LoadFailed as failed:
            self.problems += failed.problems
            return AlgemeneRegels()

    def bundled(self) -> list[GeladenCasus]:
        if self._bundled is None:
            self._bundled = list(load_folder(bundled_folder(), self.algemeen).casussen.values())
            self._bundled_ids = {g.casus.id: g.bestand for g in self._bundled}
        return self._bundled

    def space(self, geladen: GeladenCasus) -> Ruimte:
        if geladen.bestand not in self.spaces:
            self.spaces[geladen.bestand] = ruimte(geladen.casus, geladen.regelboek)
        return self.spaces[geladen.bestand]

    def file(self, path: Path) -> list[Problem]:
        gelezen = read_toml(path)
        kind = kind_of(gelezen.data)
        self.soorten[kind] += 1
        if kind == "script":
            self.scripts.append(path)
            return []
        if kind == "regels":
            self.rule_files.append((path, load_algemeen(path)))
            return []
        geladen = from_gelezen(path, gelezen, self.algemeen)
        self.cases.append(geladen)
        self.akkoorden += deal_lines(geladen, self.space(geladen))
        problems = list(playability(geladen, self.space(geladen)))
        if not path.name.endswith(".toml"):
            problems.insert(0, Problem(str(path), (
                "in een map met casussen negeert het spel dit bestand: het leest alleen "
                f"bestanden die op .toml eindigen. Hernoem het naar {meant_name(path)}."),
                severity="waarschuwing"))
        return problems

    def clashes(self) -> list[Problem]:
        """Ids that two files hold: the game plays one of them and ignores the others.

        A copy of a bundled case, byte for byte, is that case and no clash: a checkout's
        `casussen/` beside an installed game holds exactly such copies.
        """
        self.bundled()
        by_id: dict[str, list[Path]] = {}
        for geladen in self.cases:
            files = by_id.setdefault(geladen.casus.id, [])
            if all(f.resolve() != geladen.bestand.resolve() for f in files):
                files.append(geladen.bestand)
        problems = []
        for casus_id, files in by_id.items():
            bundled = self._bundled_ids.get(casus_id)
            if bundled is not None:
                problems += [ignored_for_bundled(f, casus_id) for f in files
                             if not same_file(f, bundled)]
            elif len(files) > 1:
                used = used_file(casus_id, files)
                others = [f for f in files if f != used]
                problems += [ignored(f, casus_id, str(used)) for f in others]
                problems.append(shadows(used, casus_id, others))
        return problems

    def catalogus(self) -> Catalogus:
        """Cases a script may name: the validated ones, the own folder, the bundled ones."""
        catalogus = Catalogus()
        folder = load_folder(self.extra, self.algemeen) if self.extra else Catalogus()
        catalogus.problemen.update(folder.problemen)  # for "that case is there, but broken"
        for geladen in (*self.cases, *folder.casussen.values(), *self.bundled()):
            catalogus.casussen.setdefault(geladen.casus.id, geladen)
        return catalogus


def validate(paths: Iterable[Path], extra: Path | None = None) -> Uitslag:
    """Check every file; cases load first so scripts and rules files can use them."""
    paths = list(paths)
    files = list(dict.fromkeys(expand(paths)))
    run = _Run(extra if extra is not None and extra.is_dir() else None)
    if extra is not None and not extra.is_dir():
        run.problems.append(Problem(str(extra), f"--casussen: {not_a_folder(extra)}"))
    for folder in paths:
        if folder.is_dir() and not any(f.is_relative_to(folder) for f in files):
            run.problems.append(Problem(str(folder), "in deze map staan geen .toml-bestanden."))
    for path in files:
        run.problems += _guarded(path, partial(run.file, path))
    run.problems += run.clashes()
    run.problems += _ignored(paths, files)
    if run.scripts:
        catalogus = run.catalogus()
        for path in run.scripts:
            run.problems += _guarded(path, partial(validate_script, path, catalogus))
    for path, regels in run.rule_files:
        unique = {g.bestand.resolve(): g for g in (*run.cases, *run.bundled())}
        spaces = [s for g in unique.values() if (s := run.space(g)).onberekend is None]
        run.problems += _guarded(path, partial(_silent, path, regels, spaces))
    order = {str(f): n for n, f in enumerate(files)}
    run.problems.sort(key=lambda p: (order.get(p.file, -1), p.line or 0, p.column or 0))
    return Uitslag(run.problems, len(files), run.soorten, run.akkoorden)


def _ignored(paths: list[Path], files: list[Path]) -> list[Problem]:
    """Files in the given folders that look like cases but that the game does not read."""
    folders = {p for p in paths if p.is_dir()} | {f.parent for f in files if f not in paths}
    return [Problem(str(path), (
        "het spel leest alleen bestanden die op .toml eindigen en negeert dit bestand. Is "
        f"het een casus, hernoem het dan naar {meant_name(path)}."), severity="waarschuwing")
        for folder in sorted(folders) for path in ignored_files(folder)]


def _silent(path: Path, regels: AlgemeneRegels, spaces: list[Ruimte]) -> list[Problem]:
    return list(silent_general(path, regels, spaces))


def _guarded(path: Path, check: Callable[[], list[Problem]]) -> list[Problem]:
    """A failing check must not stop the other files: it becomes a problem of this one."""
    try:
        return check()
    except LoadFailed as failed:
        return _located_all(path, failed.problems)
    except Exception as error:  # noqa: BLE001 — one file must never spoil the whole run
        return [Problem(str(path), f"interne fout bij het controleren ({type(error).__name__}: "
                                   f"{error}); meld dit bij de makers van het spel.")]


def _located_all(path: Path, problems: list[Problem]) -> list[Problem]:
    """Give a line to problems that name a data path but no place (e.g. an unknown case)."""
    if all(p.line is not None or not p.path for p in problems):
        return problems
    try:
        gelezen = read_toml(path)
    except LoadFailed:
        return problems
    return [gelezen.located(p.path, p.message, p.severity)
            if p.line is None and p.path and p.file == str(path) else p for p in problems]


# --- scripts ---------------------------------------------------------------------------------

def validate_script(path: Path, catalogus: Catalogus) -> list[Problem]:
    """Every proposal checked on its own, then the moves played in order."""
    gelezen = read_toml(path)
    sessie = validate_model(gelezen, Sessie)
    geladen = catalogus.casussen.get(sessie.casus)
    if geladen is None:
        known = sorted(catalogus.casussen)
        return [gelezen.located(("casus",), (
            f"onbekende casus '{sessie.casus}'.{did_you_mean(sessie.casus, known)} "
            f"Beschikbaar: {', '.join(known) or 'geen'}.{broken_hint(catalogus, sessie.casus)}"))]
    problems = []
    staat = new_session(geladen.casus, geladen.regelboek, sessie.spelers)
    for index, zet in enumerate(sessie.zetten):
        if zet.keuzes is None or zet.soort not in VOORSTEL_SOORTEN:
            continue  # options on another kind of move: playing it says so
        try:
            check_keuzes(staat, zet.keuzes)
        except IllegalZet as error:
            where = ("zetten", index) + _keuzes_place(geladen.casus, zet.keuzes)
            problems.append(gelezen.located(where, f"zet {index + 1} ({zet.soort}): {error}"))
    afloop = play(catalogus, sessie, str(path))
    reported = {p.path[1] for p in problems}
    if afloop.fout is not None and afloop.gespeeld not in reported:
        zet = sessie.zetten[afloop.gespeeld]
        where = ("zetten", afloop.gespeeld) + _zet_place(afloop.staat, zet)
        problems.append(gelezen.located(where, afloop.fout))
    return problems


def _zet_place(staat: SessieStaat, zet: Zet) -> tuple[str, ...]:
    """The field of an illegal move to point at: who moved, or what it quoted."""
    ronde = staat.ronde
    if zet.soort != "rolwissel" and not ronde.afgelopen and zet.rol != ronde.aan_zet:
        return ("rol",)
    if zet.keuzes is not None and zet.soort not in VOORSTEL_SOORTEN:
        return ("keuzes",)
    lijst = BRIEF_LIJST.get(zet.soort)
    if zet.item is not None and lijst is None and zet.soort != "rolwissel":
        return ("item",)
    if zet.item is not None and lijst and zet.rol is not None:
        if zet.item not in {i.id for i in getattr(staat.casus.brief(zet.rol, ronde.nummer), lijst)}:
            return ("item",)
    return ()


def _keuzes_place(casus: Casus, keuzes: dict[str, str]) -> tuple[str, ...]:
    for punt, optie in keuzes.items():
        if punt not in casus.onderhandelpunten or optie not in casus.onderhandelpunten[punt].opties:
            return ("keuzes", punt)
    return ("keuzes",)


def summary(uitslag: Uitslag) -> str:
    soorten = ", ".join(f"{n} {_SOORT[k][n != 1]}" for k, n in sorted(uitslag.soorten.items()))
    checked = f"{uitslag.files} bestand(en) gecontroleerd" + (f" ({soorten})" if soorten else "")
    errors, warnings = len(uitslag.errors), len(uitslag.warnings)
    if not errors and not warnings:
        return f"Alles in orde: {checked}."
    return f"{errors} fout(en) en {warnings} waarschuwing(en); {checked}."


_SOORT = {"casus": ("casus", "casussen"), "regels": ("regelbestand", "regelbestanden"),
          "script": ("script", "scripts")}
