"""What a case allows: each side's ideal, the best joint agreement, the zone of deals.

Used to check that a case rewards a good dialogue: the best joint agreement should
score clearly higher for both sides than taking the other side's opening offer.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogus.controle import MAX_DOORREKENEN, all_keuzes, combinations
from ..model.casus import Casus
from ..model.score import score
from ..regels.feiten import case_facts, voorstel_facts
from ..regels.regels import Regelboek


@dataclass(frozen=True)
class Akkoord:
    """A possible deal: an option on every issue, and what it scores for each side.

    Not to be confused with a round's `uitkomst`, which says how the round ended.
    """

    keuzes: dict[str, str]
    gemeente: float
    swo: float


@dataclass(frozen=True)
class Analyse:
    ideaal: dict[str, Akkoord]  # each role's best proposal (its obvious opening)
    beste_samen: Akkoord | None  # highest Nash product above both bottom lines
    haalbaar: int  # allowed agreements that beat both bottom lines
    totaal: int  # allowed agreements


def _allowed(casus: Casus, regelboek: Regelboek, keuzes: dict[str, str]) -> bool:
    return not regelboek.banned(voorstel_facts(casus, keuzes) | case_facts(casus))


def analyse(casus: Casus, regelboek: Regelboek) -> Analyse | None:
    """Enumerate every allowed agreement; None when there are too many to enumerate."""
    if combinations(casus) > MAX_DOORREKENEN:
        return None
    gemeente, swo = casus.brief("gemeente"), casus.brief("swo")
    outcomes = [
        Akkoord(k, score(gemeente, k), score(swo, k))
        for k in all_keuzes(casus) if _allowed(casus, regelboek, k)
    ]
    return summarise(casus, outcomes)


def summarise(casus: Casus, outcomes: list[Akkoord]) -> Analyse:
    """Ideals, best joint agreement and the zone of deals among these allowed outcomes."""
    gemeente, swo = casus.brief("gemeente"), casus.brief("swo")
    if not outcomes:
        return Analyse({}, None, 0, 0)
    ideaal = {
        "gemeente": max(outcomes, key=lambda u: (u.gemeente, u.swo)),
        "swo": max(outcomes, key=lambda u: (u.swo, u.gemeente)),
    }
    good = [u for u in outcomes if u.gemeente >= gemeente.ondergrens and u.swo >= swo.ondergrens]
    best = max(
        good,
        key=lambda u: ((u.gemeente - gemeente.ondergrens) * (u.swo - swo.ondergrens), u.gemeente + u.swo),
        default=None,
    )
    return Analyse(ideaal, best, len(good), len(outcomes))
