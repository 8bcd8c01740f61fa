"""What the feedback screen and the debrief show about a round."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model.score import score
from ..regels.feiten import round_facts
from ..regels.regels import Feedback, dimension_totals
from .stap import RondeStaat, SessieStaat


@dataclass(frozen=True)
class RondeVerslag:
    """Everything the feedback screen and the debrief show about one round."""

    ronde: RondeStaat
    feedback: tuple[Feedback, ...]
    dimensies: dict[str, int]
    scores: dict[str, float | None]  # per rol
    boven_ondergrens: dict[str, bool]


def verslag(staat: SessieStaat, ronde: RondeStaat) -> RondeVerslag:
    facts = round_facts(staat.casus, ronde)
    feedback = tuple(staat.regelboek.feedback(facts))
    keuzes = ronde.akkoord or ronde.laatste_voorstel
    scores: dict[str, float | None] = {}
    boven: dict[str, bool] = {}
    for rol in ("gemeente", "swo"):
        brief = staat.casus.brief(rol)
        scores[rol] = score(brief, keuzes) if keuzes else None
        boven[rol] = ronde.akkoord is not None and score(brief, ronde.akkoord) >= brief.ondergrens
    return RondeVerslag(ronde, feedback, dimension_totals(feedback), scores, boven)


def verslagen(staat: SessieStaat) -> Iterator[RondeVerslag]:
    for ronde in staat.rondes:
        yield verslag(staat, ronde)
