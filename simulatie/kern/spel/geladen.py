"""A case that loaded cleanly with its rule book, and playing a session on it.

Every state — now, after move 17, at the end of round 2 — is the fold of a prefix of
the session's moves over the case. Resume, replay and the debrief all use `staat_na`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..bestanden.problemen import Problem
from ..model.casus import Casus
from ..model.sessie import Sessie, casus_hash
from ..model.zetten import Zet
from ..regels.regels import Regelboek
from .stap import SessieStaat, fold, new_session, step


@dataclass(frozen=True)
class GeladenCasus:
    """A case that loaded cleanly, with the rules that apply to it."""

    casus: Casus
    regelboek: Regelboek
    bestand: Path
    waarschuwingen: tuple[Problem, ...] = ()


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
