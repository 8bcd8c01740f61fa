"""Resume or replay a saved session. Saving comes later; the screen is already here."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, ListView, Static

from ..widgets.kop import Kop
from .basis import Scherm

UITLEG = {
    "hervatten": "Kies een bewaarde sessie om verder te spelen.",
    "herspelen": "Kies een bewaarde sessie om zet voor zet terug te kijken.",
}


class BewaardScherm(Scherm):
    HELP = """\
## Bewaarde sessies
Hier staan de sessies die het spel heeft bewaard. Bewaren komt in een volgende
versie; tot dan is de lijst leeg. **Escape** gaat terug naar het begin.
"""
    BINDINGS = [Binding("escape", "app.pop_screen", "Terug")]

    def __init__(self, modus: str) -> None:
        super().__init__()
        self.modus = modus
        self.sub_title = f"Sessie {modus}"

    def compose(self) -> ComposeResult:
        yield Kop()
        with Vertical(id="bewaard"):
            yield Static(f"[b]Sessie {self.modus}[/b]\n{UITLEG[self.modus]}")
            yield ListView(id="lijst")
            yield Static("Nog geen bewaarde sessies: bewaren komt in een volgende versie.",
                         id="leeg")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#lijst").display = False
