"""The one fold of a session: a case with its rule book, plus its moves.

Loading a save, playing a script headless, validating a script and the replay screen all
ask the same questions of a list of moves: what is the state after move k, and which
move, if any, is the first the rules do not allow, and why. `Verloop` answers them,
computing each state once and only when it is first asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model.casus import Casus
from ..model.zetten import Zet
from ..regels.regels import Regelboek
from .bulk import without_collector
from .stap import IllegalZet, SessieStaat, new_session, step


@dataclass(frozen=True)
class Fout:
    """The first move that cannot be played: where it stands, the state before it, why."""

    index: int  # 0-based position in the moves; the players count from 1
    zet: Zet
    staat: SessieStaat  # the state the move was tried on
    reden: str  # the Dutch reason of its `IllegalZet`

    @property
    def nummer(self) -> int:
        return self.index + 1


class Verloop:
    """The states of a session, move by move, computed lazily and kept.

    `staat(k)` is the state after the first k moves. The fold stops at the first illegal
    move: `fout` names it, and no state after it exists. A `Verloop` never changes what
    it answered; `speel` gives a new one with one more move, sharing the states so far.

    With `alle_staten=False` only the newest state is kept: for a reader that wants the
    end alone (the export), 10,000 moves then need 1 state in memory instead of 10,001,
    and `staat(k)` answers only for the k folded so far.
    """

    def __init__(self, begin: SessieStaat, zetten: Iterable[Zet] = (), *,
                 alle_staten: bool = True) -> None:
        self.zetten: tuple[Zet, ...] = tuple(zetten)
        self._staten: list[SessieStaat] = [begin]  # all, or only the newest
        self._gespeeld = 0  # moves folded so far
        self._alle = alle_staten
        self._fout: Fout | None = None

    @classmethod
    def nieuw(cls, casus: Casus, regelboek: Regelboek, spelers: tuple[str, str],
              zetten: Iterable[Zet] = (), *, alle_staten: bool = True) -> Verloop:
        """A session from its first move on: round 1, player A the municipality."""
        return cls(new_session(casus, regelboek, spelers), zetten, alle_staten=alle_staten)

    def _tot(self, aantal: int) -> None:
        """Fold on until `aantal` moves are played, or the first illegal one is met."""
        if self._gespeeld >= aantal or self._fout is not None:
            return
        staat = self._staten[-1]
        with without_collector():  # the states hold no cycles: nothing for it to free
            try:
                while self._gespeeld < aantal:
                    zet = self.zetten[self._gespeeld]
                    try:
                        staat = step(staat, zet)
                    except IllegalZet as error:
                        self._fout = Fout(self._gespeeld, zet, staat, str(error))
                        break
                    self._gespeeld += 1
                    if self._alle:
                        self._staten.append(staat)
            finally:  # also when something else stops the fold: count and state agree
                if not self._alle:
                    self._staten[0] = staat

    def staat(self, aantal: int | None = None) -> SessieStaat:
        """The state after the first `aantal` moves (all when None).

        Past the first illegal move there is no state: its `IllegalZet` is raised.
        """
        aantal = len(self.zetten) if aantal is None else aantal
        if not 0 <= aantal <= len(self.zetten):
            raise IndexError(f"{aantal} moves asked of a session of {len(self.zetten)}")
        self._tot(aantal)
        if aantal > self._gespeeld:
            assert self._fout is not None
            raise IllegalZet(self._fout.reden)
        if self._alle:
            return self._staten[aantal]
        if aantal != self._gespeeld:
            raise IndexError(f"only the state after {self._gespeeld} moves is kept")
        return self._staten[0]

    @property
    def fout(self) -> Fout | None:
        """The first move that cannot be played, or None when all of them can."""
        self._tot(len(self.zetten))
        return self._fout

    @property
    def gespeeld(self) -> int:
        """How many moves play, from the start up to the first illegal one."""
        self._tot(len(self.zetten))
        return self._gespeeld

    @property
    def laatste(self) -> SessieStaat:
        """The state after every move that plays (before the first illegal one)."""
        return self.staat(self.gespeeld)

    def staten(self) -> tuple[SessieStaat, ...]:
        """Every state: before any move, then after each move that plays."""
        if not self._alle:
            raise ValueError("this fold keeps only its newest state")
        self._tot(len(self.zetten))
        return tuple(self._staten)

    def speel(self, zet: Zet) -> Verloop:
        """This session with `zet` added, or `IllegalZet` when it cannot be played.

        Only the new move is stepped: the states so far are shared, not recomputed.
        """
        fout = self.fout
        if fout is not None:
            raise IllegalZet(f"Zet {fout.nummer} kan niet, dus deze sessie gaat niet verder: "
                             f"{fout.reden}")
        nieuwe_staat = step(self._staten[-1], zet)
        verder = Verloop(self._staten[0], self.zetten + (zet,), alle_staten=self._alle)
        verder._staten = [*self._staten, nieuwe_staat] if self._alle else [nieuwe_staat]
        verder._gespeeld = self._gespeeld + 1
        return verder


def fold(staat: SessieStaat, zetten: Iterable[Zet]) -> SessieStaat:
    """The state after playing `zetten` from `staat`; `IllegalZet` at the first bad one."""
    verloop = Verloop(staat, zetten, alle_staten=False)
    if verloop.fout is not None:
        raise IllegalZet(verloop.fout.reden)
    return verloop.laatste
