"""Hot seat: two players, one keyboard, and the one door to private information.

A handover screen names the player who is to take the keyboard; only once they confirm
may their own brief, score or bottom line show, and never the other's. The app hands
the keyboard over at the start of every round (the provider reads first, then the
municipality, who opens the talk) and after every move. The round-end feedback is the
pair's debrief and needs no handover.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App
from textual.screen import Screen

from .messages import BriefGevraagd

if TYPE_CHECKING:
    from simulatie.kern.spel import SessieStaat


class Toetsenbord(App[None]):
    """The handover part of the app (mixed into `SimulatieApp`)."""

    staat: SessieStaat | None
    toetsenbord: str | None  # role that took the keyboard at the last handover

    def deel_briefs_uit(self) -> None:
        """A round starts: each player reads their own brief, the provider first.

        The municipality opens the talk, so it reads last and keeps the keyboard.
        """
        self.geef_toetsenbord("swo", brief=True,
                              daarna=lambda: self.geef_toetsenbord("gemeente", brief=True))

    def geef_toetsenbord(self, rol: str, brief: bool,
                         daarna: Callable[[], None] | None = None) -> None:
        """Hot seat: the one door to private information.

        A handover screen names the player of `rol`; only once they confirm that they
        hold the keyboard may their own brief, score or bottom line show (with `brief`,
        their brief at once). A handover not yet taken gives way to this one.
        """
        from .screens.overdracht import OverdrachtScherm

        assert self.staat is not None
        self.toetsenbord = None
        while isinstance(self.screen, OverdrachtScherm) or self._is_brief(self.screen):
            self.pop_screen()
        naam = self.staat.spelers[self.staat.ronde.speler(rol)]

        def genomen(_: object) -> None:
            self.toetsenbord = rol
            if brief:
                self._toon_brief(rol, daarna)
            elif daarna is not None:
                daarna()

        self.push_screen(OverdrachtScherm(naam, rol, brief), genomen)

    def _toon_brief(self, rol: str, daarna: Callable[[], None] | None = None) -> None:
        from .screens.brief import BriefScherm

        assert self.staat is not None
        naam = self.staat.spelers[self.staat.ronde.speler(rol)]
        self.push_screen(BriefScherm(self.staat.casus, rol, naam, self.staat.ronde.nummer),
                         lambda _: daarna() if daarna is not None else None)

    @staticmethod
    def _is_brief(screen: Screen) -> bool:
        return type(screen).__name__ == "BriefScherm"  # not imported: see the module doc

    def on_brief_gevraagd(self, _: BriefGevraagd) -> None:
        """'Mijn brief' during play: only the brief of who took the keyboard last."""
        if self.toetsenbord is None or self.staat is None:
            self.notify("Geef eerst het toetsenbord over.", title="Geen brief")
            return
        self._toon_brief(self.toetsenbord)
