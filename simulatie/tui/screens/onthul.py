"""Tell the other side one of your secrets: from then on it knows it (this round)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from simulatie.kern.model import Zet
from simulatie.kern.spel import MogelijkeZet, SessieStaat

from ..tekst import opmaak
from ..weergave import speler_label
from .basis import Modaal


class OnthulScherm(Modaal):
    """Dismisses with an `onthul` Zet, or None on Escape."""

    HELP = """\
## Een geheim vertellen
Hier staan de geheimen uit je brief die je deze ronde nog niet vertelde. Kies er een
met de pijltjes en druk op Enter: de ander leest het in het gesprek en daarna onder
"Wat je weet van de ander". Vertellen kan niet ongedaan worden. **Escape** gaat terug.
"""

    def __init__(self, staat: SessieStaat, mogelijk: MogelijkeZet) -> None:
        super().__init__()
        self.staat, self.geheimen = staat, mogelijk.geheimen
        self.rol = staat.ronde.aan_zet

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster breed") as venster:
            venster.border_title = opmaak("Geheim vertellen · $wie",
                                          wie=speler_label(self.staat, self.rol))
            yield Static("Welk geheim vertel je de ander?", classes="vraag")
            yield OptionList(*(Option(g.tekst, id=g.id) for g in self.geheimen),
                             id="geheimen", markup=False)
            yield Static("De ander weet het daarna; terugnemen kan niet.", classes="uitleg")
            with Horizontal(classes="knoppen"):
                yield Button("Vertel het", id="vertel", variant="primary")
                yield Button("Terug", id="terug")

    def on_mount(self) -> None:
        self.query_one("#geheimen").focus()

    @on(OptionList.OptionSelected, "#geheimen")
    def _gekozen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Zet(soort="onthul", rol=self.rol, geheim=event.option.id))

    @on(Button.Pressed, "#vertel")
    def _vertel(self) -> None:
        optie = self.query_one("#geheimen", OptionList).highlighted_option
        if optie is not None:
            self.dismiss(Zet(soort="onthul", rol=self.rol, geheim=optie.id))

    @on(Button.Pressed, "#terug")
    def _terug(self) -> None:
        self.dismiss(None)
