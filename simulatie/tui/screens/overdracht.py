"""Hot seat: hand the keyboard over before a private brief appears."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.content import Content
from textual.widgets import Button, Footer, Static

from ..weergave import rol_naam
from ..widgets.kop import Kop
from .basis import Scherm


class OverdrachtScherm(Scherm):
    """Nothing private on it: safe for both players to see."""

    HELP = """\
## Toetsenbord overgeven
Jullie spelen om de beurt op één toetsenbord. Wat hierna komt is **geheim** voor de
ander: je eigen brief, je score en je ondergrens. Geef het toetsenbord aan de genoemde
speler; die drukt op **Enter**, de ander kijkt even weg. Dit scherm komt na elke zet
en aan het begin van elke ronde.
"""
    AUTO_FOCUS = "#verder"  # not on_mount: a handover may close before it mounts
    BINDINGS = [Binding("enter", "verder", "Ik heb het toetsenbord")]
    OPDRACHTEN = (("Ik heb het toetsenbord", "Verder als de genoemde speler", "verder"),)

    def __init__(self, naam: str, rol: str, brief: bool = True) -> None:
        super().__init__()
        self.naam, self.rol, self.brief = naam, rol, brief
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
                wat = "toon mijn brief" if self.brief else "mijn beurt"
                yield Button(Content(f"Ik ben {self.naam}: {wat}"), id="verder",
                             variant="primary")
        yield Footer()

    def on_button_pressed(self) -> None:
        self.action_verder()

    def action_verder(self) -> None:
        self.dismiss(True)
