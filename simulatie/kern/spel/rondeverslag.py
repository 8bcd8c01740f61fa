"""What the feedback screen and the debrief show about a round."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import woorden
from ..model.kennis import aanvaardbaar
from ..model.score import score
from ..regels.feiten import round_facts
from ..regels.gespreksfeiten import judged_briefs
from ..regels.regels import Feedback, dimension_totals
from .stap import RondeStaat, SessieStaat


@dataclass(frozen=True)
class RondeVerslag:
    """Everything the feedback screen and the debrief show about one round.

    Scores are each side's own, by the brief it is judged by: its table with what the
    other side revealed to it. `scores` holds the agreement only; a round without one
    has the last proposal's scores apart, in `voorstel_scores`, so that a rejected
    proposal never reads like an agreement.
    """

    ronde: RondeStaat
    feedback: tuple[Feedback, ...]
    dimensies: dict[str, int]
    scores: dict[str, float | None]  # per rol: the agreement's
    boven_ondergrens: dict[str, bool]  # per rol: the agreement reaches its bottom line
    voorstel_scores: dict[str, float | None]  # per rol: the last, unaccepted proposal's
    ondergrenzen: dict[str, float]  # per rol, as the round used them


def verslag(staat: SessieStaat, ronde: RondeStaat) -> RondeVerslag:
    briefs = judged_briefs(staat.casus, ronde)
    facts = round_facts(staat.casus, ronde, briefs)
    feedback = tuple(staat.regelboek.feedback(facts))
    scores: dict[str, float | None] = {}
    voorstel: dict[str, float | None] = {}
    boven: dict[str, bool] = {}
    for rol in woorden.ROLLEN:
        brief = briefs[rol]
        akkoord, laatste = ronde.akkoord, ronde.laatste_voorstel
        eigen = scores[rol] = score(brief, akkoord) if akkoord else None
        voorstel[rol] = score(brief, laatste) if laatste and not akkoord else None
        boven[rol] = akkoord is not None and eigen is not None and aanvaardbaar(
            brief, akkoord) and eigen >= brief.ondergrens
    grenzen = {rol: briefs[rol].ondergrens for rol in woorden.ROLLEN}
    return RondeVerslag(ronde, feedback, dimension_totals(feedback), scores, boven,
                        voorstel, grenzen)


def verslagen(staat: SessieStaat) -> Iterator[RondeVerslag]:
    for ronde in staat.rondes:
        yield verslag(staat, ronde)
