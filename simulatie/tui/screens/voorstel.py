"""The proposal form: an option per issue, their last proposal beside it, your own score."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Label, Select, Static

from simulatie.kern.model import Zet
from simulatie.kern.model.score import score
from simulatie.kern.spel import IllegalZet, SessieStaat, check_keuzes, other

from ..weergave import ideaal, laatste_voorstel_van, optie_titel, speler_label
from ..widgets.keuzelijst import Keuzelijst
from ..widgets.kop import Kop
from .basis import Scherm


class VoorstelScherm(Scherm):
    """Dismisses with the proposal `Zet`, or None when the player goes back."""

    HELP = """\
## Voorstel doen
Kies bij elk onderhandelpunt een optie (Enter opent de keuzelijst, Tab gaat naar het
volgende punt). Rechts staat het laatste voorstel van de **andere kant**; ✓ betekent
dat je daarin meegaat.

Onderaan zie je **jouw eigen score** voor dit voorstel en je ondergrens. De score van
de ander zie je niet: die moet je in het gesprek ontdekken.

**Ctrl+S** of de knop doet het voorstel, **Escape** gaat terug.
"""
    BINDINGS = [Binding("ctrl+s", "indienen", "Voorstel doen"),
                Binding("escape", "terug", "Terug")]
    OPDRACHTEN = (("Voorstel doen", "Dien dit voorstel in", "indienen"),)

    def __init__(self, staat: SessieStaat, soort: str) -> None:
        super().__init__()
        self.staat, self.soort = staat, soort
        self.rol = staat.ronde.aan_zet
        self.brief = staat.casus.brief(self.rol)
        self.hun = laatste_voorstel_van(staat.ronde, other(self.rol))
        titel = "Tegenvoorstel" if soort == "tegenvoorstel" else "Voorstel"
        self.sub_title = f"{titel} van {speler_label(staat, self.rol)}"

    def _begin(self) -> dict[str, str]:
        """Start from their last proposal, else your own, else your ideal."""
        eigen = laatste_voorstel_van(self.staat.ronde, self.rol)
        return dict(self.hun or eigen or ideaal(self.brief))

    def compose(self) -> ComposeResult:
        begin = self._begin()
        yield Kop()
        nog_niet = "" if self.hun else " · de andere kant deed nog geen voorstel"
        yield Static(f"[b]{self.sub_title}[/b] · kies per punt een optie{nog_niet}",
                     id="voorstel-kop")
        with VerticalScroll(id="punten"):
            for pid, punt in self.staat.casus.onderhandelpunten.items():
                with Horizontal(classes="punt"):
                    yield Label(punt.titel, classes="punt-titel", markup=False)
                    yield Keuzelijst(((o.titel, oid) for oid, o in punt.opties.items()),
                                 value=begin[pid], allow_blank=False, compact=True,
                                 id=f"punt-{pid}")
                    yield Static("", id=f"hun-{pid}", classes="hun", markup=False)
        yield Static(id="score")
        yield Static("", id="fout", markup=False)
        with Horizontal(classes="knoppen"):
            yield Button("Voorstel doen", id="indienen", variant="primary")
            yield Button("Terug", id="terug")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Select).focus()
        self._ververs()

    def keuzes(self) -> dict[str, str]:
        return {pid: str(self.query_one(f"#punt-{pid}", Select).value)
                for pid in self.staat.casus.onderhandelpunten}

    @on(Select.Changed)
    def _ververs(self) -> None:
        keuzes = self.keuzes()
        for pid, optie in keuzes.items():
            hun = self.query_one(f"#hun-{pid}", Static)
            if self.hun:
                teken = "✓" if self.hun[pid] == optie else " "
                hun.update(f"{teken} zij: {optie_titel(self.staat.casus, pid, self.hun[pid])}")
        punten, grens = score(self.brief, keuzes), self.brief.ondergrens
        oordeel = ("[$success]boven je ondergrens[/]" if punten >= grens
                   else "[$error]onder je ondergrens[/]")
        self.query_one("#score", Static).update(
            f"Jouw score: [b]{punten:g}[/b] van 100 · ondergrens {grens:g} · {oordeel}")
        self.query_one("#fout", Static).update("")

    @on(Button.Pressed, "#indienen")
    def action_indienen(self) -> None:
        keuzes = self.keuzes()
        if self.hun and self.soort == "tegenvoorstel" and keuzes == dict(self.hun):
            self.query_one("#fout", Static).update(
                "Dit is precies hun voorstel: accepteer het dan (a) in het gesprek.")
            return
        try:
            check_keuzes(self.staat, keuzes)
        except IllegalZet as error:
            self.query_one("#fout", Static).update(str(error))
            self.app.bell()
            return
        self.dismiss(Zet(soort=self.soort, rol=self.rol, keuzes=keuzes))

    @on(Button.Pressed, "#terug")
    def action_terug(self) -> None:
        self.dismiss(None)
