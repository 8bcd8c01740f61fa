"""Answer the other side's question, or say visibly that you will not.

The question stays at the top while you choose. What the brief offers comes from the
core (`legal_zetten`): first the items on the question's topic, then the other answer
sources, then your secrets (answering with one tells it), and your own words last.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from simulatie.kern.model import Zet
from simulatie.kern.spel import MogelijkeZet, SessieStaat, Vraag

from ..tekst import opmaak, schoon
from ..weergave import speler_label
from ..widgets.veld import Veld
from .basis import Modaal

PAST = "past bij de vraag"
GEHEIM = "geheim, je vertelt het"


def vraag_regel(staat: SessieStaat, vraag: Vraag) -> Content:
    """'Anna (Gemeente) vraagt: …': the open question as the answering side reads it."""
    return opmaak("[b]$wie vraagt:[/b] $tekst", wie=speler_label(staat, vraag.door),
                  tekst=vraag.tekst)


class AntwoordScherm(Modaal):
    """Dismisses with an `antwoord` or `weiger` Zet, or None on Escape."""

    HELP = """\
## Een vraag beantwoorden
Bovenaan staat de vraag van de ander. Kies met de pijltjes een antwoord uit **je eigen
brief** en druk op Enter: wat bij de vraag past staat bovenaan. Met een **geheim**
antwoorden vertelt het: de ander leest het daarna onder "Wat je weet van de ander".
Of typ je antwoord in **eigen woorden** en druk op Enter.

**Geen antwoord** zegt zichtbaar dat je er nu niet op ingaat (dat ziet de ander in het
gesprek). Doe je een andere zet, dan blijft de vraag onbeantwoord. **Escape** gaat terug.
"""

    def __init__(self, staat: SessieStaat, mogelijk: MogelijkeZet) -> None:
        super().__init__()
        assert mogelijk.vraag is not None
        self.staat, self.mogelijk, self.vraag = staat, mogelijk, mogelijk.vraag
        self.rol = staat.ronde.aan_zet

    def _opties(self) -> list[Option]:
        onderwerp = self.vraag.onderwerp
        opties = []
        for item in self.mogelijk.items:
            past = onderwerp is not None and item.onderwerp == onderwerp
            opties.append(Option(Content.assemble(("● " if past else "  "), item.tekst,
                                                  (f"  ({PAST})", "dim") if past else ""),
                                 id=f"item:{item.id}"))
        for geheim in self.mogelijk.geheimen:
            opties.append(Option(Content.assemble("  ", geheim.tekst, (f"  ({GEHEIM})", "dim")),
                                 id=f"geheim:{geheim.id}"))
        return opties

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster breed") as venster:
            venster.border_title = opmaak("Antwoord · $wie",
                                          wie=speler_label(self.staat, self.rol))
            yield Static(vraag_regel(self.staat, self.vraag), classes="vraag", id="open-vraag")
            opties = self._opties()
            if opties:
                yield Label("Uit je brief:")
                yield OptionList(*opties, id="antwoorden")
            yield Label("Of in je eigen woorden:")
            yield Veld(placeholder="typ je antwoord en druk op Enter", id="tekst",
                       max_length=400, compact=True)
            yield Static("", id="fout", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button("Antwoord", id="zeg", variant="primary")
                yield Button("Geen antwoord", id="weiger")
                yield Button("Terug", id="terug")

    def on_mount(self) -> None:
        self.query_one("#antwoorden, #tekst").focus()

    def _zet(self, optie_id: str) -> Zet:
        soort, _, waarde = optie_id.partition(":")
        if soort == "geheim":
            return Zet(soort="antwoord", rol=self.rol, geheim=waarde)
        return Zet(soort="antwoord", rol=self.rol, item=waarde)

    @on(OptionList.OptionSelected, "#antwoorden")
    def _gekozen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._zet(event.option.id or ""))

    @on(Input.Submitted, "#tekst")
    def _getypt(self) -> None:
        self._eigen_woorden()

    @on(Button.Pressed, "#zeg")
    def _zeg(self) -> None:
        if self.query_one("#tekst", Input).value.strip():
            self._eigen_woorden()
            return
        lijst = self.query("#antwoorden").first(OptionList) if self.query("#antwoorden") else None
        optie = lijst.highlighted_option if lijst is not None else None
        if optie is None:
            self.query_one("#fout", Static).update("Kies een antwoord uit je brief of typ er een.")
            return
        self.dismiss(self._zet(optie.id or ""))

    @on(Button.Pressed, "#weiger")
    def _weiger(self) -> None:
        self.dismiss(Zet(soort="weiger", rol=self.rol,
                         tekst=schoon(self.query_one("#tekst", Input).value).strip()))

    @on(Button.Pressed, "#terug")
    def _terug(self) -> None:
        self.dismiss(None)

    def _eigen_woorden(self) -> None:
        tekst = schoon(self.query_one("#tekst", Input).value).strip()
        if not tekst:
            self.query_one("#fout", Static).update("Typ eerst je antwoord.")
            return
        self.dismiss(Zet(soort="antwoord", rol=self.rol, tekst=tekst))


class WeigerScherm(Modaal):
    """Not answering, visibly: dismisses with a `weiger` Zet (a reason is optional)."""

    HELP = """\
## Geen antwoord geven
Je zegt hiermee zichtbaar dat je nu niet op de vraag ingaat; de ander ziet dat in het
gesprek. Een reden mag, hoeft niet: typ hem en druk op Enter, of druk meteen op Enter.
**Escape** gaat terug.
"""

    def __init__(self, staat: SessieStaat, vraag: Vraag) -> None:
        super().__init__()
        self.staat, self.vraag = staat, vraag
        self.rol = staat.ronde.aan_zet

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster breed") as venster:
            venster.border_title = opmaak("Geen antwoord · $wie",
                                          wie=speler_label(self.staat, self.rol))
            yield Static(vraag_regel(self.staat, self.vraag), classes="vraag", id="open-vraag")
            yield Label("Waarom niet? (niet verplicht)")
            yield Veld(placeholder="bijvoorbeeld: daar kom ik later op terug", id="reden",
                       max_length=400, compact=True)
            with Horizontal(classes="knoppen"):
                yield Button("Geen antwoord", id="weiger", variant="primary")
                yield Button("Terug", id="terug")

    def on_mount(self) -> None:
        self.query_one("#reden").focus()

    @on(Input.Submitted, "#reden")
    @on(Button.Pressed, "#weiger")
    def _weiger(self) -> None:
        self.dismiss(Zet(soort="weiger", rol=self.rol,
                         tekst=schoon(self.query_one("#reden", Input).value).strip()))

    @on(Button.Pressed, "#terug")
    def _terug(self) -> None:
        self.dismiss(None)
