"""A case that loaded cleanly with its rule book, and playing a session on it.

Every state — now, after move 17, at the end of round 2 — is the fold of a prefix of
the session's moves over the case. Resume, replay and the debrief all use `staat_na`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model.casus import Casus
from ..model.sessie import Sessie, casus_hash
from ..model.zetten import Zet
from ..regels.regels import Regelboek
from .stap import SessieStaat, step
from .verloop import Verloop


@dataclass(frozen=True)
class GeladenCasus:
    """A case that loaded cleanly, with the rules that apply to it."""

    casus: Casus
    regelboek: Regelboek
    bestand: Path

    def verloop(self, sessie: Sessie, *, alle_staten: bool = True) -> Verloop:
        """The session's moves folded over this case (lazily: nothing is stepped yet);
        `alle_staten=False` keeps the newest state only (see `Verloop`)."""
        return Verloop.nieuw(self.casus, self.regelboek, sessie.spelers, sessie.zetten,
                             alle_staten=alle_staten)


def start(geladen: GeladenCasus, spelers: tuple[str, str]) -> Sessie:
    return Sessie(casus=geladen.casus.id, casus_hash=casus_hash(geladen.casus), spelers=spelers)


def staat_na(geladen: GeladenCasus, sessie: Sessie, aantal: int | None = None) -> SessieStaat:
    """The state after the first `aantal` moves (all moves when None)."""
    verloop = geladen.verloop(sessie)
    return verloop.staat(None if aantal is None else min(aantal, len(sessie.zetten)))


def speel(geladen: GeladenCasus, sessie: Sessie, staat: SessieStaat,
          zet: Zet) -> tuple[Sessie, SessieStaat]:
    """Play one move: the longer session and its new state (`IllegalZet` if not allowed)."""
    nieuwe_staat = step(staat, zet)
    return sessie.model_copy(update={"zetten": sessie.zetten + (zet,)}), nieuwe_staat
