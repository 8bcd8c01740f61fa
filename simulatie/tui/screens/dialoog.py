"""The round itself: the chat, whose turn it is, and the moves allowed now."""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from simulatie.kern import spel
from simulatie.kern.model import SOORTEN, Zet
from simulatie.kern.model.score import score
from simulatie.kern.spel import SessieStaat

from ..weergave import keuzes_regels, rol_naam, speler_label
from ..widgets.kop import Kop
from ..widgets.chat import Chat
from .basis import Opdracht, Scherm
from .bevestig import BevestigScherm
from .brief import BriefScherm
from .praten import PraatScherm
from .voorstel import VoorstelScherm
from .wie_kijkt import WieKijktScherm

# One key per kind of move; the list on screen shows them beside the labels.
TOETSEN = {"vraag": "v", "belang": "e", "argument": "g", "voorstel": "p",
           "tegenvoorstel": "p", "accepteer": "a", "verwerp": "w", "stop": "s"}


class DialoogScherm(Scherm):
    HELP = """\
## Het gesprek
Links het gesprek van deze ronde, rechts wat je **nu** kunt doen. Wie aan zet is staat
bovenaan; geef het toetsenbord aan die speler.

- **v** een vraag stellen, **e** een belang delen, **g** een argument inbrengen
  (uit je brief of in eigen woorden)
- **p** een voorstel of tegenvoorstel doen
- **a** het voorstel op tafel accepteren, **w** het afwijzen met een argument
- **s** stoppen zonder akkoord
- **b** je eigen brief teruglezen (het spel vraagt eerst wie er kijkt)

Je kunt ook met de pijltjes een zet kiezen en op Enter drukken.

Elke zet wordt meteen bewaard. Valt het spel uit of sluiten jullie af, dan gaan jullie
later verder via **Sessie hervatten** op het startscherm. Lukt bewaren niet (schijf
vol, map alleen-lezen), dan staat er **⚠ niet bewaard** in de statusregel; spelen kan
gewoon door.
"""
    BINDINGS = [
        Binding("v", "zet('vraag')", "Vraag", show=False),
        Binding("e", "zet('belang')", "Belang", show=False),
        Binding("g", "zet('argument')", "Argument", show=False),
        Binding("p", "voorstel", "Voorstel", show=False),
        Binding("a", "zet('accepteer')", "Accepteer", show=False),
        Binding("w", "zet('verwerp')", "Wijs af", show=False),
        Binding("s", "zet('stop')", "Stop", show=False),
        Binding("b", "brief", "Mijn brief"),
    ]

    def compose(self) -> ComposeResult:
        yield Kop()
        yield Static(id="status")
        with Horizontal(id="dialoog"):
            yield Chat(id="chat")
            with Vertical(id="zijkant"):
                yield OptionList(id="zetten")
                yield Static(id="tafel")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "staat", self._toon)
        self.query_one("#zetten").focus()

    @property
    def staat(self) -> SessieStaat:
        assert self.spel.staat is not None
        return self.spel.staat

    def _toon(self, staat: SessieStaat | None) -> None:
        if staat is None or staat.ronde.afgelopen:
            return
        ronde = staat.ronde
        self.sub_title = f"{staat.casus.gemeente} · ronde {ronde.nummer}"
        niet_bewaard = "  ·  [$warning]⚠ niet bewaard[/]" if self.spel.bewaar_fout else ""
        self.query_one("#status", Static).update(
            f"Ronde {ronde.nummer}  ·  aan zet: [b]{escape(speler_label(staat, ronde.aan_zet))}"
            f"[/b]  ·  nog {staat.zetten_over()} zetten{niet_bewaard}")
        self.query_one(Chat).toon(staat)
        self._toon_zetten(staat)
        self._toon_tafel(staat)

    def _toon_zetten(self, staat: SessieStaat) -> None:
        lijst = self.query_one("#zetten", OptionList)
        naam = staat.spelers[staat.ronde.speler(staat.ronde.aan_zet)]
        lijst.border_title = f"Wat doe je, {naam}?"
        lijst.set_options(Option(f"[b]{TOETSEN[s]}[/b]  {SOORTEN[s]}", id=s)
                          for s in spel.legal_soorten(staat))
        lijst.highlighted = 0

    def _toon_tafel(self, staat: SessieStaat) -> None:
        tafel = staat.ronde.op_tafel
        widget = self.query_one("#tafel", Static)
        if tafel is None:
            widget.border_title = "Op tafel"
            widget.update("Nog geen voorstel op tafel.")
            return
        naam = staat.spelers[staat.ronde.speler(tafel.door)]
        widget.border_title = f"Op tafel: voorstel van {naam}"
        widget.update("\n".join(keuzes_regels(staat.casus, tafel.keuzes)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.spel.staat is None:
            return True
        if action == "zet":
            return parameters[0] in spel.legal_soorten(self.staat)
        if action == "voorstel":
            return bool({"voorstel", "tegenvoorstel"} & set(spel.legal_soorten(self.staat)))
        return True

    def opdrachten(self) -> Iterator[Opdracht]:
        yield from super().opdrachten()
        yield ("Mijn brief", "Je eigen brief teruglezen", "brief")
        for soort in spel.legal_soorten(self.staat):
            action = "voorstel" if soort in ("voorstel", "tegenvoorstel") else f"zet('{soort}')"
            wie = rol_naam(self.staat.ronde.aan_zet).lower()
            yield SOORTEN[soort], f"Zet van de {wie}", action

    @on(OptionList.OptionSelected, "#zetten")
    def _gekozen(self, event: OptionList.OptionSelected) -> None:
        soort = event.option.id or ""
        if soort in ("voorstel", "tegenvoorstel"):
            self.action_voorstel()
        else:
            self.action_zet(soort)

    def action_zet(self, soort: str) -> None:
        rol = self.staat.ronde.aan_zet
        if soort in ("vraag", "belang", "argument", "verwerp"):
            self.app.push_screen(PraatScherm(self.staat, soort), self._speel)
        elif soort == "accepteer":
            self._vraag_akkoord(rol)
        elif soort == "stop":
            vraag = BevestigScherm("Stoppen zonder akkoord?",
                                   "De ronde eindigt dan zonder afspraak.",
                                   ja="Stoppen", nee="Doorpraten")
            self.app.push_screen(vraag, lambda ja: ja and self._speel(Zet(soort="stop", rol=rol)))

    def _vraag_akkoord(self, rol: str) -> None:
        tafel = self.staat.ronde.op_tafel
        assert tafel is not None
        brief = self.staat.casus.brief(rol)
        punten = score(brief, tafel.keuzes)
        uitleg = "\n".join([*keuzes_regels(self.staat.casus, tafel.keuzes), "",
                            f"Voor jou: {punten:g} punten (ondergrens {brief.ondergrens:g})."])
        vraag = BevestigScherm("Akkoord met dit voorstel?", uitleg,
                               ja="Akkoord", nee="Nog niet")
        self.app.push_screen(vraag,
                             lambda ja: ja and self._speel(Zet(soort="accepteer", rol=rol)))

    def action_voorstel(self) -> None:
        soorten = spel.legal_soorten(self.staat)
        soort = "tegenvoorstel" if "tegenvoorstel" in soorten else "voorstel"
        self.app.push_screen(VoorstelScherm(self.staat, soort), self._speel)

    def _speel(self, zet: Zet | None) -> None:
        if zet is not None:
            self.spel.probeer(zet)

    def action_brief(self) -> None:
        self.app.push_screen(WieKijktScherm(self.staat), self._toon_brief)

    def _toon_brief(self, rol: str | None) -> None:
        if rol:
            naam = self.staat.spelers[self.staat.ronde.speler(rol)]
            self.app.push_screen(BriefScherm(self.staat.casus, rol, naam))
