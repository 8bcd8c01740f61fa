"""The round itself: the chat, whose turn it is, and the moves allowed now.

Hot seat: this screen only ever shows after a handover to the player to move (see
`SimulatieApp.geef_toetsenbord`), so the forms it opens may show that player's own
score. It reads the state it is given; moves go to the app as `ZetGekozen`.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from simulatie.kern.model import SOORTEN, VOORSTEL_SOORTEN, Zet
from simulatie.kern.spel import SessieStaat, legal_soorten, legal_zetten

from ..messages import BriefGevraagd, ZetGekozen
from ..tekst import opmaak
from ..weergave import eigen_brief, eigen_oordeel, keuzes_regels, rol_naam, speler_label
from ..widgets.chat import Chat
from ..widgets.kop import Kop
from ..widgets.open_vraag import OpenVraag
from .basis import Opdracht, Scherm
from .bevestig import BevestigScherm
from . import nieuwe_zetten
from .nieuwe_zetten import NieuweZetten
from .praten import PraatScherm
from .voorstel import VoorstelScherm

# One key per kind of move; the list on screen shows them beside the labels.
TOETSEN = {"vraag": "v", "belang": "e", "argument": "g", "voorstel": "p",
           "tegenvoorstel": "p", "accepteer": "a", "verwerp": "w", "stop": "s",
           **nieuwe_zetten.TOETSEN}
PRATEN = ("vraag", "belang", "argument", "verwerp")  # moves said in words: `PraatScherm`


class DialoogScherm(NieuweZetten, Scherm):
    HELP = """\
## Het gesprek
Links het gesprek van deze ronde, rechts wat je **nu** kunt doen. Wie aan zet is staat
bovenaan. Na elke zet geef je het toetsenbord aan de ander: het spel vraagt erom.

- **v** een vraag stellen, **e** een belang delen, **g** een argument inbrengen
  (uit je brief of in eigen woorden)
- **p** een voorstel of tegenvoorstel doen
- **a** het voorstel op tafel accepteren, **w** het afwijzen met een argument
- **s** stoppen zonder akkoord
""" + nieuwe_zetten.HELP + """\
- **b** je eigen brief teruglezen

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
        Binding("t", "zet('antwoord')", "Antwoord", show=False),
        Binding("n", "zet('weiger')", "Geen antwoord", show=False),
        Binding("k", "zet('voorkeur')", "Voorkeur", show=False),
        Binding("o", "zet('onthul')", "Geheim", show=False),
        Binding("b", "brief", "Mijn brief"),
        Binding("i", "kennis", "Wat je weet"),
    ]

    staat: var[SessieStaat | None] = var(None, always_update=True, init=False)
    bewaar_fout: var[str | None] = var(None, init=False)

    def __init__(self, staat: SessieStaat, bewaar_fout: str | None = None) -> None:
        super().__init__()
        self.set_reactive(DialoogScherm.staat, staat)
        self.set_reactive(DialoogScherm.bewaar_fout, bewaar_fout)

    def compose(self) -> ComposeResult:
        yield Kop()
        yield Static(id="status")
        with Horizontal(id="dialoog"):
            yield Chat(id="chat")
            with Vertical(id="zijkant"):
                yield OpenVraag(id="open-vraag")
                yield OptionList(id="zetten")
                yield Static(id="tafel")
        yield Footer()

    AUTO_FOCUS = "#zetten"

    def on_mount(self) -> None:
        self._toon()

    def watch_staat(self) -> None:
        self._toon()

    def watch_bewaar_fout(self) -> None:
        self._toon()

    @property
    def nu(self) -> SessieStaat:
        assert self.staat is not None
        return self.staat

    def _toon(self) -> None:
        staat = self.staat
        if staat is None or staat.ronde.afgelopen or not self.query("#zetten"):
            return  # nothing to show, or not composed yet (on_mount shows it)
        ronde = staat.ronde
        self.sub_title = f"{staat.casus.gemeente} · ronde {ronde.nummer}"
        niet_bewaard = "  ·  [$warning]⚠ niet bewaard[/]" if self.bewaar_fout else ""
        self.query_one("#status", Static).update(opmaak(
            "Ronde $ronde  ·  aan zet: [b]$wie[/b]  ·  nog $over zetten" + niet_bewaard,
            ronde=ronde.nummer, wie=speler_label(staat, ronde.aan_zet),
            over=staat.zetten_over()))
        self.query_one(Chat).toon(staat)
        self.query_one(OpenVraag).toon(staat)
        self._toon_zetten(staat)
        self._toon_tafel(staat)

    def _toon_zetten(self, staat: SessieStaat) -> None:
        lijst = self.query_one("#zetten", OptionList)
        naam = staat.spelers[staat.ronde.speler(staat.ronde.aan_zet)]
        lijst.border_title = opmaak("Wat doe je, $naam?", naam=naam)
        lijst.set_options(Option(opmaak("[b]$toets[/b]  $wat", toets=TOETSEN.get(s, " "),
                                        wat=SOORTEN.get(s, s)),
                                 id=s)
                          for s in (m.soort for m in legal_zetten(staat)))
        lijst.highlighted = 0

    def _toon_tafel(self, staat: SessieStaat) -> None:
        tafel = staat.ronde.op_tafel
        widget = self.query_one("#tafel", Static)
        if tafel is None:
            widget.border_title = "Op tafel"
            widget.update("Nog geen voorstel op tafel.")
            return
        naam = staat.spelers[staat.ronde.speler(tafel.door)]
        widget.border_title = opmaak("Op tafel: voorstel van $naam", naam=naam)
        widget.update(Content("\n".join(keuzes_regels(staat.casus, tafel.keuzes))))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.staat is None:
            return True
        if action == "zet":
            return parameters[0] in {m.soort for m in legal_zetten(self.nu)}
        if action == "voorstel":
            return bool(set(VOORSTEL_SOORTEN) & set(legal_soorten(self.nu)))
        return True

    def opdrachten(self) -> Iterator[Opdracht]:
        yield from super().opdrachten()
        yield ("Mijn brief", "Je eigen brief teruglezen", "brief")
        yield ("Wat je weet van de ander", "Wat de ander je deze ronde vertelde", "kennis")
        for soort in (m.soort for m in legal_zetten(self.nu)):
            action = "voorstel" if soort in VOORSTEL_SOORTEN else f"zet('{soort}')"
            wie = rol_naam(self.nu.ronde.aan_zet).lower()
            yield SOORTEN.get(soort, soort), f"Zet van de {wie}", action

    @on(OptionList.OptionSelected, "#zetten")
    def _gekozen(self, event: OptionList.OptionSelected) -> None:
        soort = event.option.id or ""
        if soort in VOORSTEL_SOORTEN:
            self.action_voorstel()
        else:
            self.action_zet(soort)

    def action_zet(self, soort: str) -> None:
        rol = self.nu.ronde.aan_zet
        if soort in nieuwe_zetten.TOETSEN:
            self.open_zet(soort)
        elif soort in PRATEN:
            self.app.push_screen(PraatScherm(self.nu, soort), self._speel)
        elif soort == "accepteer":
            self._vraag_akkoord(rol)
        elif soort == "stop":
            vraag = BevestigScherm("Stoppen zonder akkoord?",
                                   "De ronde eindigt dan zonder afspraak.",
                                   ja="Stoppen", nee="Doorpraten")
            self.app.push_screen(vraag, lambda ja: ja and self._speel(Zet(soort="stop", rol=rol)))
        else:  # a kind of move the core knows and this screen has no form for yet
            self.notify(f"De zet '{SOORTEN.get(soort, soort)}' kan hier nog niet.",
                        title="Nog niet in het spel", severity="warning")

    def _vraag_akkoord(self, rol: str) -> None:
        tafel = self.nu.ronde.op_tafel
        assert tafel is not None
        uitleg = "\n".join([*keuzes_regels(self.nu.casus, tafel.keuzes), "",
                            eigen_oordeel(eigen_brief(self.nu, rol), tafel.keuzes).plain])
        vraag = BevestigScherm("Akkoord met dit voorstel?", uitleg,
                               ja="Akkoord", nee="Nog niet")
        self.app.push_screen(vraag,
                             lambda ja: ja and self._speel(Zet(soort="accepteer", rol=rol)))

    def action_voorstel(self) -> None:
        soorten = legal_soorten(self.nu)
        soort = "tegenvoorstel" if "tegenvoorstel" in soorten else "voorstel"
        self.app.push_screen(VoorstelScherm(self.nu, soort), self._speel)

    def _speel(self, zet: Zet | None) -> None:
        if zet is not None:
            self.post_message(ZetGekozen(zet))

    def action_brief(self) -> None:
        self.post_message(BriefGevraagd())
