"""The proposal form: an option per issue, their last proposal beside it, your own score."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Footer, Label, Select, Static

from simulatie.kern.model import Zet
from simulatie.kern.spel import IllegalZet, SessieStaat, check_keuzes, other

from ..tekst import opmaak
from ..weergave import eigen_brief, eigen_oordeel, laatste_voorstel_van, optie_titel, speler_label
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

Onderaan zie je **jouw eigen score** voor dit voorstel en je ondergrens, zodra je bij
elk punt een optie koos. De score van de ander zie je niet: die moet je in het gesprek
ontdekken.

**Ctrl+S** of de knop doet het voorstel, **Escape** gaat terug.
"""
    BINDINGS = [Binding("ctrl+s", "indienen", "Voorstel doen"),
                Binding("escape", "terug", "Terug")]
    OPDRACHTEN = (("Voorstel doen", "Dien dit voorstel in", "indienen"),)

    def __init__(self, staat: SessieStaat, soort: str) -> None:
        super().__init__()
        self.staat, self.soort = staat, soort
        self.rol = staat.ronde.aan_zet
        self.brief = eigen_brief(staat, self.rol)  # scored as the round report will
        self.hun = laatste_voorstel_van(staat.ronde, other(self.rol))
        titel = "Tegenvoorstel" if soort == "tegenvoorstel" else "Voorstel"
        self.sub_title = f"{titel} van {speler_label(staat, self.rol)}"

    def _begin(self) -> dict[str, str]:
        """Start from their last proposal, else your own, else from nothing.

        Never from your ideal: that would show your best option on every issue before
        you chose to say it (the neighbour sees the screen too).
        """
        eigen = laatste_voorstel_van(self.staat.ronde, self.rol)
        return dict(self.hun or eigen or {})

    def compose(self) -> ComposeResult:
        begin = self._begin()
        yield Kop()
        nog_niet = "" if self.hun else " · de andere kant deed nog geen voorstel"
        yield Static(opmaak(f"[b]$kop[/b] · kies per punt een optie{nog_niet}",
                            kop=self.sub_title), id="voorstel-kop")
        with VerticalScroll(id="punten"):
            for pid, punt in self.staat.casus.onderhandelpunten.items():
                with Horizontal(classes="punt"):
                    yield Label(punt.titel, classes="punt-titel", markup=False)
                    yield Keuzelijst(((Content(o.titel), oid) for oid, o in punt.opties.items()),
                                     value=begin.get(pid, Select.NULL), prompt="kies…",
                                     compact=True, id=f"punt-{pid}")
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
        """The option chosen per issue; issues still without one are left out."""
        waarden = {pid: self.query_one(f"#punt-{pid}", Select).value
                   for pid in self.staat.casus.onderhandelpunten}
        return {pid: str(w) for pid, w in waarden.items() if w is not Select.NULL}

    @on(Select.Changed)
    def _ververs(self) -> None:
        keuzes = self.keuzes()
        for pid, optie in keuzes.items():
            hun = self.query_one(f"#hun-{pid}", Static)
            if self.hun:
                teken = "✓" if self.hun[pid] == optie else " "
                hun.update(f"{teken} zij: {optie_titel(self.staat.casus, pid, self.hun[pid])}")
        open_ = len(self.staat.casus.onderhandelpunten) - len(keuzes)
        self.query_one("#score", Static).update(
            eigen_oordeel(self.brief, keuzes) if not open_ else
            f"Nog {open_} {'punt' if open_ == 1 else 'punten'} zonder optie: kies er een "
            "om je score te zien.")
        self.query_one("#fout", Static).update("")

    @on(Button.Pressed, "#indienen")
    def action_indienen(self) -> None:
        keuzes = self.keuzes()
        if len(keuzes) < len(self.staat.casus.onderhandelpunten):
            self.query_one("#fout", Static).update("Kies bij elk punt een optie.")
            self.app.bell()
            return
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
