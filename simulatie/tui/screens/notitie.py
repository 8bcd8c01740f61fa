"""A trainer's note at one move of a replayed session."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from ..tekst import schoon
from ..widgets.veld import Veld
from .basis import Modaal


class NotitieScherm(Modaal):
    """Dismisses with the new text ('' removes the note), or None on Escape."""

    HELP = """\
## Notitie bij een zet
Schrijf wat je bij deze zet in de nabespreking wilt zeggen en druk op **Enter**. De
notitie wordt meteen in het bestand van de sessie bewaard; de zetten zelf veranderen
niet. Een lege notitie haalt de notitie weg. **Escape** gaat terug zonder te bewaren.
"""

    def __init__(self, nummer: int, wat: str, tekst: str) -> None:
        super().__init__()
        self.nummer, self.wat, self.tekst = nummer, wat, tekst

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster breed") as venster:
            venster.border_title = f"Notitie bij zet {self.nummer}"
            yield Static(self.wat, classes="uitleg", markup=False)
            yield Veld(self.tekst, placeholder="typ je notitie en druk op Enter", id="tekst",
                       max_length=1000)
            with Horizontal(classes="knoppen"):
                yield Button("Bewaar", id="bewaar", variant="primary")
                yield Button("Terug", id="terug")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#bewaar")
    def _bewaar(self) -> None:
        self.dismiss(schoon(self.query_one(Input).value).strip())

    @on(Button.Pressed, "#terug")
    def _terug(self) -> None:
        self.dismiss(None)
