"""Before a brief is reopened during play: who is looking? Only their brief shows."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from simulatie.kern.spel import SessieStaat, other

from ..weergave import speler_label
from .basis import Modaal


class WieKijktScherm(Modaal):
    """Dismisses with the role whose brief may show, or None."""

    HELP = """\
## Wie kijkt er?
Een brief is geheim. Kies wie er nu naar het scherm kijkt: alleen de brief van die
speler verschijnt. **Escape** gaat terug zonder brief.
"""

    def __init__(self, staat: SessieStaat) -> None:
        super().__init__()
        self.staat = staat

    def compose(self) -> ComposeResult:
        aan_zet = self.staat.ronde.aan_zet
        with Vertical(classes="dialoogvenster"):
            yield Static("Wie kijkt er naar de brief?", classes="vraag")
            yield Static("Alleen de brief van wie je kiest verschijnt.", classes="uitleg")
            with Horizontal(classes="knoppen"):
                for rol in (aan_zet, other(aan_zet)):
                    yield Button(speler_label(self.staat, rol), id=rol,
                                 variant="primary" if rol == aan_zet else "default")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id)
