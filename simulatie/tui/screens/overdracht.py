"""Hot seat: hand the keyboard over before a private brief appears."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.widgets import Button, Footer, Static

from ..weergave import rol_naam
from ..widgets.kop import Kop
from .basis import Scherm


class OverdrachtScherm(Scherm):
    """Nothing private on it: safe for both players to see."""

    HELP = """\
## Toetsenbord overgeven
Jullie spelen om de beurt op één toetsenbord. Wat hierna komt is **geheim** voor de
ander: geef het toetsenbord aan de genoemde speler. Die drukt op **Enter** om de eigen
brief te lezen; de ander kijkt even weg.
"""
    BINDINGS = [Binding("enter", "verder", "Toon mijn brief")]
    OPDRACHTEN = (("Toon mijn brief", "Ik heb het toetsenbord: laat mijn brief zien", "verder"),)

    def __init__(self, naam: str, rol: str) -> None:
        super().__init__()
        self.naam, self.rol = naam, rol
        self.sub_title = "Toetsenbord overgeven"

    def compose(self) -> ComposeResult:
        yield Kop()
        with Vertical(id="overdracht"):
            with Center():
                yield Static(f"Geef het toetsenbord aan {self.naam} ({rol_naam(self.rol)})",
                             id="overdracht-kop", markup=False)
            yield Static(f"Wat nu komt is alleen voor {self.naam}. De ander kijkt even weg.",
                         markup=False)
            with Center():
                yield Button(f"Ik ben {self.naam}: toon mijn brief", id="verder",
                             variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        self.action_verder()

    def action_verder(self) -> None:
        self.dismiss(True)
