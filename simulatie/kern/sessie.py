"""A session is a case, two players and the list of moves: nothing more is stored.

Every state — now, after move 17, at the end of round 2 — is the fold of a prefix of
`zetten` over the case. Resume, replay and the debrief all use `staat_na`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import Field

from .casus import Casus, Model, Tekst
from .feiten import round_facts
from .laden import GeladenCasus
from .regels import Feedback, dimension_totals
from .score import score
from .spel import RondeStaat, SessieStaat, fold, new_session, step
from .zetten import Zet

FORMAAT_VERSIE = 1


class Sessie(Model):
    """What gets saved: the case, the players and every move in order."""

    versie: int = FORMAAT_VERSIE
    casus: str
    casus_hash: str = ""
    spelers: tuple[Tekst, Tekst]
    # Set when the pair chose 'Sessie afronden'; written only then, so older saves stay valid.
    afgerond: bool = False
    zetten: tuple[Zet, ...] = ()
    notities: dict[str, str] = Field(default_factory=dict)  # trainer notes per move number


def casus_hash(casus: Casus) -> str:
    """A short fingerprint of the case content, to notice a case changed after a save.

    Defaults stay out, so a new optional field in the case model does not make every
    saved session look as if its case had changed.
    """
    return hashlib.sha256(casus.model_dump_json(exclude_defaults=True).encode()).hexdigest()[:16]


def start(geladen: GeladenCasus, spelers: tuple[str, str]) -> Sessie:
    return Sessie(casus=geladen.casus.id, casus_hash=casus_hash(geladen.casus), spelers=spelers)


def staat_na(geladen: GeladenCasus, sessie: Sessie, aantal: int | None = None) -> SessieStaat:
    """The state after the first `aantal` moves (all moves when None)."""
    begin = new_session(geladen.casus, geladen.regelboek, sessie.spelers)
    zetten = sessie.zetten if aantal is None else sessie.zetten[:aantal]
    return fold(begin, zetten)


def speel(geladen: GeladenCasus, sessie: Sessie, staat: SessieStaat, zet: Zet) -> tuple[Sessie, SessieStaat]:
    """Play one move: the longer session and its new state (`IllegalZet` if not allowed)."""
    nieuwe_staat = step(staat, zet)
    return sessie.model_copy(update={"zetten": sessie.zetten + (zet,)}), nieuwe_staat


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
