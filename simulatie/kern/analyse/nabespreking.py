"""The debrief of a round: where the agreement landed against what was possible.

A trainer's question after a round: how good was this agreement? Against the exact
analysis of the case (`analyse.py`) this gives the points left on the table (the best
joint score above both bottom lines minus the agreement's), whether the agreement is
Pareto-efficient and, if not, a deal better for both with the issues to change, each
side's share of the surplus over the bottom lines, each side's concession over the
round (its own score of its first proposal minus that of where it ended), and per issue
who gave in and what that issue meant to each side. After a round without agreement it
says so and says nothing about an agreement.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..model import woorden
from ..model.casus import Brief, Casus
from ..model.score import score
from ..model.zetten import VOORSTEL_SOORTEN
from ..spel.stap import RondeStaat, other
from .analyse import Akkoord, Analyse, briefs_voor
from .getallen import getal, procent
from .voorkeuren import Voorkeuroordeel, voorkeuroordelen

VERSCHIL = 10  # points of weight share from which a concession is dear or cheap
LABEL = {rol: naam.lower() for rol, naam in woorden.ROLLEN.items()}


@dataclass(frozen=True)
class Voorstel:
    """A proposal of the round, for the picture: who, when, and both scores."""

    zet: int  # 1-based move number in the round
    rol: str
    gemeente: float
    swo: float


@dataclass(frozen=True)
class Nabespreking:
    akkoord: Akkoord | None  # the agreement, or None
    beste: Akkoord | None  # the best joint deal above both bottom lines (else of all)
    op_tafel: float | None  # joint points left on the table
    pareto: bool | None  # the agreement is Pareto-efficient
    beter: Akkoord | None  # a deal better for both, when it is not
    ruil: tuple[str, ...]  # what to change for that deal: "Looptijd: 4 jaar → 6 jaar"
    surplus: Mapping[str, float] | None  # each side's share of the gains over bottom lines
    concessie: Mapping[str, float | None]  # own first proposal minus own end position
    voorstellen: tuple[Voorstel, ...]
    regels: tuple[str, ...]  # the debrief in Dutch, line by line
    # Each preference statement beside the round's brief (`voorkeuren.py`); its own
    # section, absent when nobody stated one; it needs no analysis of the deal space.
    voorkeuren: tuple[Voorkeuroordeel, ...] = ()


def _weights(casus: Casus, briefs: Mapping[str, Brief]) -> dict[str, dict[str, float]]:
    """Each issue's weight as a share (0–1) of each side's total."""
    shares = {}
    for rol in woorden.ROLLEN:
        brief = briefs[rol]
        total = sum(brief.gewichten.values()) or 1.0
        shares[rol] = {p: brief.gewichten.get(p, 0.0) / total for p in casus.onderhandelpunten}
    return shares


def proposals(casus: Casus, ronde: RondeStaat) -> tuple[Voorstel, ...]:
    """Every proposal and counter-proposal of the round, in order, with both scores."""
    briefs = briefs_voor(casus, ronde.nummer)
    found = []
    for nummer, zet in enumerate(ronde.zetten, start=1):
        if zet.soort in VOORSTEL_SOORTEN and zet.keuzes and zet.rol:
            found.append(Voorstel(nummer, zet.rol, score(briefs["gemeente"], zet.keuzes),
                                  score(briefs["swo"], zet.keuzes)))
    return tuple(found)


def nabespreking(casus: Casus, ronde: RondeStaat, analyse: Analyse | None) -> Nabespreking:
    """The debrief of this round (running or ended) against the analysis of its case,
    made with the briefs of this round (`briefs_voor`), as `analyse` must be."""
    briefs = briefs_voor(casus, ronde.nummer)
    dance = proposals(casus, ronde)
    first = _first_proposals(ronde)
    end = _end_positions(ronde)
    concessie = {rol: (None if rol not in first or rol not in end else
                       score(briefs[rol], first[rol]) - score(briefs[rol], end[rol]))
                 for rol in woorden.ROLLEN}
    lines: list[str] = []
    best = None if analyse is None else (analyse.beste_som_zone or analyse.beste_som)
    akkoord = None
    if ronde.akkoord is None:
        lines.append("Deze ronde eindigde zonder akkoord." if ronde.afgelopen
                     else "Er is (nog) geen akkoord.")
        if analyse is not None and analyse.beste_samen is not None:
            nash = analyse.beste_samen
            lines.append(f"Mogelijk was onder meer: gemeente {getal(nash.gemeente)}, "
                         f"sociaalwerkorganisatie {getal(nash.swo)} (het Nash-akkoord).")
        result = Nabespreking(None, best, None, None, None, (), None, concessie, dance, ())
    else:
        keuzes = dict(ronde.akkoord)
        akkoord = Akkoord(keuzes, score(briefs["gemeente"], keuzes),
                           score(briefs["swo"], keuzes))
        result = _agreement(casus, briefs, akkoord, analyse, best, concessie, dance, lines)
    lines += _concession_lines(casus, briefs, first, end, concessie, ronde.akkoord is not None)
    return Nabespreking(result.akkoord, result.beste, result.op_tafel, result.pareto,
                        result.beter, result.ruil, result.surplus, concessie, dance, tuple(lines),
                        voorkeuroordelen(casus, ronde))


def _agreement(casus: Casus, briefs: Mapping[str, Brief], akkoord: Akkoord, analyse: Analyse | None, best: Akkoord | None,
               concessie: Mapping[str, float | None], dance: tuple[Voorstel, ...],
               lines: list[str]) -> Nabespreking:
    lines.append(f"Akkoord: gemeente {getal(akkoord.gemeente)}, sociaalwerkorganisatie "
                 f"{getal(akkoord.swo)}, samen {getal(akkoord.samen)}.")
    if analyse is None or best is None:
        return Nabespreking(akkoord, None, None, None, None, (), None, concessie, dance, ())
    left = round(best.samen - akkoord.samen, 1)
    lines.append(f"Het beste gezamenlijke akkoord gaf samen {getal(best.samen)} "
                 f"(gemeente {getal(best.gemeente)}, sociaalwerkorganisatie {getal(best.swo)}): "
                 + ("er bleef niets op tafel liggen." if left <= 0 else
                    f"er {'bleef' if _points(left).endswith(' punt') else 'bleven'} "
                    f"{_points(left)} op tafel liggen."))
    better = _better_for_both(analyse, akkoord)
    ruil: tuple[str, ...] = ()
    if better is None:
        lines.append("Het akkoord is Pareto-efficiënt: geen ander akkoord is voor allebei beter.")
    else:
        ruil = tuple(_changes(casus, akkoord.keuzes, better.keuzes))
        lines.append(f"Het akkoord is niet Pareto-efficiënt: gemeente {getal(better.gemeente)}, "
                     f"sociaalwerkorganisatie {getal(better.swo)} was voor allebei beter, met: "
                     + "; ".join(ruil) + ".")
    surplus = _surplus(briefs, akkoord)
    if surplus is None:
        under = [LABEL[r] for r in woorden.ROLLEN
                 if getattr(akkoord, r) < briefs[r].ondergrens]
        lines.append("Het akkoord ligt onder de ondergrens van de " + " en de ".join(under) + ".")
    else:
        lines.append(f"Van de winst boven de ondergrenzen kreeg de gemeente "
                     f"{procent(surplus['gemeente'], 0)}, de sociaalwerkorganisatie "
                     f"{procent(surplus['swo'], 0)}.")
    return Nabespreking(akkoord, best, left, better is None, better, ruil, surplus, concessie,
                        dance, ())


def _better_for_both(analyse: Analyse, akkoord: Akkoord) -> Akkoord | None:
    """A frontier deal that beats the agreement: strictly for both if one exists, the
    largest smaller gain first; else one that is better for one and equal for the other."""
    beating = [u for u in analyse.grens if u.gemeente >= akkoord.gemeente
               and u.swo >= akkoord.swo and (u.gemeente, u.swo) != (akkoord.gemeente, akkoord.swo)]
    if not beating:
        return None
    return max(beating, key=lambda u: (min(u.gemeente - akkoord.gemeente, u.swo - akkoord.swo),
                                       u.samen))


def _changes(casus: Casus, van: Mapping[str, str], naar: Mapping[str, str]) -> list[str]:
    lines = []
    for punt_id, punt in casus.onderhandelpunten.items():
        if van[punt_id] != naar[punt_id]:
            lines.append(f"{punt.titel}: {punt.opties[van[punt_id]].titel} → "
                         f"{punt.opties[naar[punt_id]].titel}")
    return lines


def _surplus(briefs: Mapping[str, Brief], akkoord: Akkoord) -> dict[str, float] | None:
    gains = {rol: getattr(akkoord, rol) - briefs[rol].ondergrens for rol in woorden.ROLLEN}
    if min(gains.values()) < 0:
        return None
    total = sum(gains.values())
    return {rol: (g / total if total else 0.5) for rol, g in gains.items()}


def _first_proposals(ronde: RondeStaat) -> dict[str, Mapping[str, str]]:
    first: dict[str, Mapping[str, str]] = {}
    for zet in ronde.zetten:
        if zet.soort in VOORSTEL_SOORTEN and zet.keuzes and zet.rol:
            first.setdefault(zet.rol, zet.keuzes)
    return first


def _end_positions(ronde: RondeStaat) -> dict[str, Mapping[str, str]]:
    """Where each side ended: the agreement if there is one, else its last proposal."""
    last: dict[str, Mapping[str, str]] = {}
    for zet in ronde.zetten:
        if zet.soort in VOORSTEL_SOORTEN and zet.keuzes and zet.rol:
            last[zet.rol] = zet.keuzes
    if ronde.akkoord is not None:
        return {rol: ronde.akkoord for rol in last}
    return last


def _concession_lines(casus: Casus, briefs: Mapping[str, Brief], first: Mapping[str, Mapping[str, str]],
                      end: Mapping[str, Mapping[str, str]],
                      concessie: Mapping[str, float | None], agreed: bool) -> list[str]:
    """Per side its concession over the round, then per issue where it gave in."""
    shares = _weights(casus, briefs)
    lines = []
    for rol in woorden.ROLLEN:
        amount = concessie.get(rol)
        if amount is None:
            continue
        where = "het akkoord" if agreed else "haar laatste voorstel"
        if abs(amount) < 0.05:
            lines.append(f"De {LABEL[rol]} gaf niets toe: {where} scoort voor haar even hoog "
                         "als haar eerste voorstel.")
        else:
            lines.append(f"De {LABEL[rol]} gaf {_points(amount)} toe: {where} scoort voor haar "
                         f"{_points(amount)} minder dan haar eerste voorstel.")
        brief = briefs[rol]
        for punt_id, punt in casus.onderhandelpunten.items():
            van, naar = first[rol][punt_id], end[rol][punt_id]
            waarden = brief.waarden.get(punt_id, {})
            if van == naar or waarden.get(naar, 0.0) >= waarden.get(van, 0.0):
                continue
            mine, theirs = shares[rol][punt_id], shares[other(rol)][punt_id]
            lines.append(f"  De {LABEL[rol]} gaf toe op {punt.titel.lower()} — "
                         f"{procent(mine, 0)} voor haar, {procent(theirs, 0)} voor de "
                         f"{LABEL[other(rol)]}: {_verdict(mine, theirs)}.")
    return lines


def _points(x: float) -> str:
    return f"{getal(x)} {'punt' if getal(x) in ('1', '-1') else 'punten'}"


def _verdict(mine: float, theirs: float) -> str:
    if 100 * (mine - theirs) >= VERSCHIL:
        return "een dure concessie"
    if 100 * (theirs - mine) >= VERSCHIL:
        return "een goedkope concessie, die de ander veel waard is"
    return "een concessie van ongeveer gelijk gewicht"


def cijfers(nabespreking: Nabespreking) -> tuple[float | None, bool | None]:
    """For comparing rounds: the agreement's joint score as a share of the best joint
    score, and whether it is Pareto-efficient (both None without an agreement)."""
    akkoord, beste = nabespreking.akkoord, nabespreking.beste
    if akkoord is None or beste is None or not beste.samen:
        return None, None
    return akkoord.samen / beste.samen, nabespreking.pareto
