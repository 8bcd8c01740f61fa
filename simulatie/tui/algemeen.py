"""What works on every screen: help (F1), quitting (Ctrl+Q), the theme, the palette."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.command import CommandPalette
from textual.screen import Screen

from .screens.basis import Scherm
from .screens.bevestig import BevestigScherm
from .widgets.opdrachten import Opdrachten

if TYPE_CHECKING:
    from simulatie.kern.model import Sessie


class Algemeen(App[None]):
    """The app-wide actions (mixed into `SimulatieApp`)."""

    sessie: Sessie | None
    bewaar_fout: str | None

    def action_hulp(self) -> None:
        from .screens.hulp import HulpScherm

        if not isinstance(self.screen, HulpScherm):
            self.push_screen(HulpScherm(self.screen))

    async def action_quit(self) -> None:
        if isinstance(self.screen, BevestigScherm) and self.screen.id == "afsluiten":
            return
        # Enter quits where nothing is lost: no moves yet, or every move is saved.
        niets_kwijt = self.sessie is None or not self.sessie.zetten or self.bewaar_fout is None
        vraag = BevestigScherm("Wil je het spel afsluiten?", self._bewaard_uitleg(),
                               ja="Afsluiten", nee="Blijven", id="afsluiten",
                               enter_ja=niets_kwijt)
        self.push_screen(vraag, lambda ja: self.exit() if ja else None)

    def _bewaard_uitleg(self) -> str:
        if self.sessie is None or not self.sessie.zetten or self.sessie.afgerond:
            return ""
        if self.bewaar_fout is not None:
            return (f"Let op: de laatste zetten zijn niet bewaard ({self.bewaar_fout}). "
                    "Wie nu afsluit, verliest ze.")
        return "Elke zet is bewaard: via 'Sessie hervatten' spelen jullie later verder."

    def action_thema(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(Opdrachten(placeholder="Zoek een opdracht…",
                                        id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Dutch commands: first what this screen can do, then the app-wide ones."""
        if isinstance(screen, Scherm):
            for titel, uitleg, action in screen.opdrachten():
                yield SystemCommand(titel, uitleg, _runner(screen, action))
        yield SystemCommand("Hulp", "Uitleg bij dit scherm (F1)", self.action_hulp)
        yield SystemCommand("Thema wisselen", "Wissel tussen licht en donker", self.action_thema)
        yield SystemCommand("Afsluiten", "Het spel afsluiten (vraagt eerst)", self.action_quit)


def _runner(screen: Screen, action: str):
    async def run() -> None:
        await screen.run_action(action)

    return run
