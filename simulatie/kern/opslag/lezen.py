"""Reading a save back: the session, folded again on its case, or why not.

Loading only reads. Every way a file can be wrong becomes a Dutch `Problem` in
`LoadFailed`, on the line and column where it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..bestanden.lezen import (
    Afgebroken, Gelezen, decode, located, parse, read_bytes, validate_model,
)
from ..bestanden.problemen import LoadFailed, Problem, did_you_mean
from ..bestanden.toml_plaats import TomlPlaces
from ..bestanden.zichtbaar import has_controls, inert
from ..catalogus.laden import Catalogus
from ..model.sessie import FORMAAT_VERSIE, Sessie, casus_hash
from ..spel.geladen import GeladenCasus
from ..spel.stap import SessieStaat
from ..spel.verloop import Fout, Verloop
from .schrijven import SLOT

Cases = Catalogus | Mapping[str, GeladenCasus] | GeladenCasus


@dataclass(frozen=True)
class GeladenSessie:
    """A save that loaded: the session, its fold and the case it was played on.

    `verloop` holds every state the load computed, so a replay steps no move again.
    `casus_gewijzigd`: moves made against an older case may be replayed, not continued.
    """

    sessie: Sessie
    verloop: Verloop
    casus: GeladenCasus
    bestand: Path
    casus_gewijzigd: bool = False
    waarschuwingen: tuple[Problem, ...] = ()

    @property
    def staat(self) -> SessieStaat:
        """The state after the last move."""
        return self.verloop.laatste


@dataclass(frozen=True)
class _Bestand:
    sessie: Sessie
    naam: str
    places: TomlPlaces


def load(path: Path | str, cases: Cases, *, alle_staten: bool = True) -> GeladenSessie:
    """The session saved at `path`, replayed on its case; `LoadFailed` says why not.
    `alle_staten=False`: keep only the end state, for a reader that needs no other."""
    bestand = _read(Path(path))
    return _replay(bestand, _find_casus(bestand, _as_cases(cases)), Path(path), alle_staten)


def _as_cases(cases: Cases) -> Mapping[str, GeladenCasus]:
    if isinstance(cases, Catalogus):
        return cases.casussen
    if isinstance(cases, GeladenCasus):
        return {cases.casus.id: cases}
    return cases


def _read(path: Path) -> _Bestand:
    """The save through the game's one reader, plus what only a save has: a closing
    line, and a format version that decides how to read the rest."""
    name = str(path)
    raw = read_bytes(path)
    if not raw.strip():
        raise LoadFailed([Problem(name, "het bestand is leeg: er is nooit een zet in "
                                        "opgeslagen (afgebroken bij het aanmaken?).")])
    try:
        text = decode(raw, name)
    except Afgebroken as failed:  # a character cut in half at the very end
        cut = failed.problems[0]
        raise LoadFailed([_afgebroken(name, cut.line, cut.column)]) from None
    gelezen = _parse(text, name)
    _check_versie(gelezen.data, name, gelezen.plaatsen)
    # Players' names and remarks are theirs: control characters are not refused here.
    sessie = validate_model(replace(gelezen, data=_inert_texts(gelezen.data)), Sessie)
    return _Bestand(sessie, name, gelezen.plaatsen)


def _inert_texts(data: dict) -> dict:
    """The save's texts with their control characters made visible (see `zichtbaar`): a
    name or a note put in by hand must not steer the terminal that shows it. Free text
    (a move's `tekst`, the notes) keeps its newlines; names and the case id stay one line.
    The other fields are ids and choices, which the model itself holds to a pattern."""
    data = dict(data)
    for key in ("casus", "casus_hash"):
        if isinstance(data.get(key), str):
            data[key] = inert(data[key])
    if isinstance(data.get("spelers"), list):
        data["spelers"] = [inert(n) if isinstance(n, str) else n for n in data["spelers"]]
    if isinstance(data.get("notities"), dict):
        data["notities"] = {inert(str(k)): inert(v, lines=True) if isinstance(v, str) else v
                            for k, v in data["notities"].items()}
    if isinstance(data.get("zetten"), list):
        data["zetten"] = [_inert_zet(zet) for zet in data["zetten"]]
    return data


def _inert_zet(zet: object) -> object:
    if isinstance(zet, dict) and isinstance(zet.get("tekst"), str) and has_controls(
            zet["tekst"], lines=True):
        return {**zet, "tekst": inert(zet["tekst"], lines=True)}
    return zet


def _parse(text: str, name: str) -> Gelezen:
    complete = _is_complete(text)
    try:
        gelezen = parse(name, text)
    except LoadFailed as failed:
        if not complete:  # a parse error in a cut-off file is the cut, not a typo
            problem = failed.problems[0]
            line = problem.line or text.count("\n") + 1
            raise LoadFailed([_afgebroken(name, line, problem.column)]) from None
        raise
    # A newer format may end otherwise.
    if not complete and not _is_newer(gelezen.data.get("versie")):
        raise LoadFailed([_afgebroken(name, text.count("\n") + 1)])
    return gelezen


def _is_complete(text: str) -> bool:
    end = text.rstrip()
    return end == SLOT or end.endswith("\n" + SLOT)


def _afgebroken(name: str, line: int | None = None, column: int | None = None) -> Problem:
    return Problem(name, f"het bestand is onvolledig: de slotregel '{SLOT}' ontbreekt, dus "
                         "het opslaan of kopiëren is waarschijnlijk halverwege afgebroken. Heb "
                         "je het bestand zelf bewerkt, zet die regel dan terug als laatste "
                         "regel.", line=line, column=column)


def _is_newer(versie: object) -> bool:
    return isinstance(versie, int) and not isinstance(versie, bool) and versie > FORMAAT_VERSIE


def _check_versie(data: dict, name: str, places: TomlPlaces) -> None:
    """The version decides how to read the rest, so it is checked before anything else."""
    versie = data.get("versie")
    if versie is None:
        raise LoadFailed([located(name, places, ("versie",),
                                   "'versie' ontbreekt: zonder formaatversie is dit geen "
                                   "opgeslagen sessie.")])
    if _is_newer(versie):
        raise LoadFailed([located(name, places, ("versie",), (
            f"dit bestand is gemaakt met een nieuwere versie van het programma (formaat "
            f"{versie}; deze versie leest tot en met formaat {FORMAAT_VERSIE}). Werk het "
            "programma bij om deze sessie te openen."))])
    if isinstance(versie, bool) or not isinstance(versie, int) or versie < 1:
        raise LoadFailed([located(name, places, ("versie",),
                                   f"'versie' moet een heel getal vanaf 1 zijn, niet {versie!r}.")])
    # Older formats would be upgraded here, one version step at a time; there are none yet.


def _find_casus(bestand: _Bestand, cases: Mapping[str, GeladenCasus]) -> GeladenCasus:
    wanted = bestand.sessie.casus
    if wanted in cases:
        return cases[wanted]
    known = sorted(cases)
    choice = f" Beschikbaar: {', '.join(known)}." if known else " Er zijn geen casussen geladen."
    raise LoadFailed([located(bestand.naam, bestand.places, ("casus",), (
        f"de casus '{wanted}' bestaat niet (meer) in de casusmap; deze sessie kan pas weer "
        f"open als die casus terug is.{did_you_mean(wanted, known)}{choice}"))])


def _replay(bestand: _Bestand, geladen: GeladenCasus, path: Path,
            alle_staten: bool = True) -> GeladenSessie:
    """Fold every move; a move the (possibly changed) case no longer allows is named."""
    sessie = bestand.sessie
    gewijzigd = bool(sessie.casus_hash) and sessie.casus_hash != casus_hash(geladen.casus)
    verloop = geladen.verloop(sessie, alle_staten=alle_staten)
    fout = verloop.fout
    if fout is not None:
        raise LoadFailed([_illegal(bestand, fout, gewijzigd)])
    waarschuwingen = _note_problems(bestand)
    if gewijzigd:
        waarschuwingen.insert(0, located(bestand.naam, bestand.places, ("casus",), (
            f"de casus '{sessie.casus}' is gewijzigd sinds deze sessie is opgeslagen. Alle "
            f"{len(sessie.zetten)} zetten passen nog, dus je kunt de sessie terugkijken, maar "
            "niet verder spelen."), "waarschuwing"))
    return GeladenSessie(sessie, verloop, geladen, path, gewijzigd, tuple(waarschuwingen))


def _illegal(bestand: _Bestand, fout: Fout, gewijzigd: bool) -> Problem:
    index, reden = fout.index, fout.reden
    wat = f"zet {fout.nummer} ({fout.zet.soort} in ronde {fout.staat.ronde.nummer})"
    if gewijzigd:
        message = (f"de casus '{bestand.sessie.casus}' is gewijzigd sinds het opslaan, en "
                   f"daardoor kan {wat} niet meer: {reden}")
    else:
        message = f"{wat} mag niet volgens de spelregels (met de hand bewerkt?): {reden}"
    return located(bestand.naam, bestand.places, ("zetten", index), message)


def _note_problems(bestand: _Bestand) -> list[Problem]:
    """A note on a move that does not exist is kept, but the trainer should know."""
    aantal = len(bestand.sessie.zetten)
    return [
        located(bestand.naam, bestand.places, ("notities", sleutel), (
            f"de notitie bij '{sleutel}' hoort bij geen zet (de sessie heeft {aantal} "
            "zetten); ze blijft bewaard maar wordt niet getoond."), "waarschuwing")
        for sleutel in bestand.sessie.notities
        if not (sleutel.isdigit() and 1 <= int(sleutel) <= aantal)
    ]
