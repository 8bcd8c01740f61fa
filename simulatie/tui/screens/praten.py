"""Say something: a question, interest or argument from your brief, or your own words."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from simulatie.kern.model import BRIEF_LIJST, SOORTEN, Zet, woorden
from simulatie.kern.spel import SessieStaat

from ..tekst import opmaak, schoon
from ..weergave import eigen_brief, eigen_oordeel, gebruikte_items, speler_label
from ..widgets.keuzelijst import Keuzelijst
from ..widgets.veld import Veld
from .basis import Modaal

KOPPEN = {
    "vraag": "Welke vraag stel je?",
    "belang": "Welk belang deel je?",
    "argument": "Welk argument breng je in?",
    "verwerp": "Waarom wijs je het voorstel af?",
}


class PraatScherm(Modaal):
    """Dismisses with the `Zet` to play, or None on Escape."""

    HELP = """\
## Iets zeggen
Kies met de pijltjes een punt uit **je eigen brief** en druk op Enter. Een ✓ betekent
dat je het deze ronde al zei. Of typ het in **eigen woorden** en druk op Enter; kies
er dan eventueel een onderwerp bij, zodat de feedback weet waar het over ging.
**Escape** gaat terug zonder iets te zeggen.
"""

    def __init__(self, staat: SessieStaat, soort: str) -> None:
        super().__init__()
        self.staat, self.soort = staat, soort
        self.rol = staat.ronde.aan_zet

    def compose(self) -> ComposeResult:
        items = getattr(self.staat.casus.brief(self.rol, self.staat.ronde.nummer), BRIEF_LIJST[self.soort])
        gezegd = gebruikte_items(self.staat.ronde, self.rol, self.soort)
        with Vertical(classes="dialoogvenster breed") as venster:
            venster.border_title = opmaak("$soort · $wie", soort=SOORTEN[self.soort],
                                          wie=speler_label(self.staat, self.rol))
            yield Static(KOPPEN[self.soort], classes="vraag")
            tafel = self.staat.ronde.op_tafel
            if self.soort == "verwerp" and tafel is not None:  # as the accept dialog says it
                yield Static(eigen_oordeel(eigen_brief(self.staat, self.rol), tafel.keuzes),
                             classes="uitleg", id="oordeel")
            if items:
                yield Label("Uit je brief:")
                yield OptionList(*(Option(("✓ " if i.id in gezegd else "  ") + i.tekst, id=i.id)
                                   for i in items), id="items", markup=False)
            yield Label("Of in je eigen woorden:")
            yield Veld(placeholder="typ en druk op Enter", id="tekst", max_length=400,
                        compact=True)
            yield Keuzelijst(((t, k) for k, t in woorden.ONDERWERPEN.items()),
                         prompt="Onderwerp (niet verplicht)", id="onderwerp", compact=True)
            yield Static("", id="fout", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button("Zeg het", id="zeg", variant="primary")
                yield Button("Terug", id="terug")

    def on_mount(self) -> None:
        self.query_one("#items, #tekst").focus()

    @on(OptionList.OptionSelected, "#items")
    def _item(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Zet(soort=self.soort, rol=self.rol, item=event.option.id))

    @on(Input.Submitted, "#tekst")
    def _tekst(self) -> None:
        self._zeg_tekst()

    @on(Button.Pressed, "#zeg")
    def _zeg(self) -> None:
        if self.query_one("#tekst", Input).value.strip():
            self._zeg_tekst()
            return
        lijst = self.query("#items").first(OptionList) if self.query("#items") else None
        option = lijst.highlighted_option if lijst else None
        if option is None:
            self.query_one("#fout", Static).update("Kies een punt uit je brief of typ iets.")
            return
        self.dismiss(Zet(soort=self.soort, rol=self.rol, item=option.id))

    @on(Button.Pressed, "#terug")
    def _terug(self) -> None:
        self.dismiss(None)

    def _zeg_tekst(self) -> None:
        tekst = schoon(self.query_one("#tekst", Input).value).strip()
        if not tekst:
            self.query_one("#fout", Static).update("Typ eerst wat je wilt zeggen.")
            return
        onderwerp = self.query_one("#onderwerp", Select).value
        self.dismiss(Zet(soort=self.soort, rol=self.rol, tekst=tekst,
                         onderwerp=None if onderwerp is Select.NULL else onderwerp))
