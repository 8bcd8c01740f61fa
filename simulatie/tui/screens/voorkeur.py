"""Say what an issue is worth to you: how heavily it weighs, which option you like best.

The list shows, per issue, what your brief says (the true statement, from the core's
`legal_zetten`); the two lists below start from it for the highlighted issue, and you may
change either or leave one out. Whether a statement is true is judged by the core; the
other side only ever hears it as said.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from simulatie.kern.model import Zet, woorden
from simulatie.kern.spel import MogelijkeZet, SessieStaat, Voorkeur

from ..tekst import opmaak
from ..uitspraken import voorkeur_tekst
from ..weergave import speler_label
from ..widgets.keuzelijst import Keuzelijst
from .basis import Modaal

NIET = "niet"  # the value of "say nothing about this part"


class VoorkeurScherm(Modaal):
    """Dismisses with a `voorkeur` Zet, or None on Escape."""

    HELP = """\
## Een voorkeur uitspreken
Kies met de pijltjes een onderhandelpunt. Per punt staat erbij wat **je brief** zegt:
hoe zwaar het voor je weegt en welke optie je het liefst hebt. Daaronder kun je dat
aanpassen: je mag de ander ook iets anders vertellen dan je brief zegt, of één van de
twee weglaten. Onderaan staat wat je zegt. **Enter** op een punt of **Ctrl+S** zegt het,
**Escape** gaat terug. De ander hoort je uitspraak zoals je hem doet; of hij klopte,
komt pas in de nabespreking.
"""
    BINDINGS = [Binding("ctrl+s", "zeg", "Zeg het")]
    DEFAULT_CSS = """
    VoorkeurScherm #voorkeur-keuzes { height: auto; }
    VoorkeurScherm #punten { max-height: 8; }
    VoorkeurScherm #voorkeur-keuzes Select { width: 1fr; }
    """

    def __init__(self, staat: SessieStaat, mogelijk: MogelijkeZet) -> None:
        super().__init__()
        self.staat = staat
        self.rol = staat.ronde.aan_zet
        self.waar = {v.punt: v for v in mogelijk.voorkeuren}
        self.punt = next(iter(self.waar), "")

    def _waar_tekst(self, voorkeur: Voorkeur) -> str:
        optie = voorkeur.favorieten[0] if voorkeur.favorieten else None
        return voorkeur_tekst(self.staat.casus, voorkeur.punt, voorkeur.gewicht, optie)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster breed") as venster:
            venster.border_title = opmaak("Voorkeur · $wie",
                                          wie=speler_label(self.staat, self.rol))
            yield Static("Wat zeg je over een punt? Volgens je brief:", classes="vraag")
            yield OptionList(*(Option(Content(self._waar_tekst(v)), id=p)
                               for p, v in self.waar.items()), id="punten")
            yield Label("Aanpassen mag (Tab):")
            with Horizontal(id="voorkeur-keuzes"):
                yield Keuzelijst([(t, g) for g, t in woorden.GEWICHTEN.items()]
                                 + [("gewicht niet zeggen", NIET)],
                                 allow_blank=False, id="gewicht", compact=True)
                yield Keuzelijst([("optie", NIET)], allow_blank=False, id="optie",
                                 compact=True)
            yield Static("", id="zegt", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button("Zeg het", id="zeg", variant="primary")
                yield Button("Terug", id="terug")

    def on_mount(self) -> None:
        self.query_one("#punten").focus()
        self._kies_punt(self.punt)

    @on(OptionList.OptionHighlighted, "#punten")
    def _punt(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.punt:
            self._kies_punt(event.option.id)

    def _kies_punt(self, punt: str) -> None:
        """The lists start from what the brief says on this issue."""
        self.punt = punt
        waar = self.waar[punt]
        opties = self.staat.casus.onderhandelpunten[punt].opties
        gewicht = self.query_one("#gewicht", Select)
        gewicht.value = waar.gewicht
        optie = self.query_one("#optie", Select)
        optie.set_options([*((f"liefst {o.titel}", oid) for oid, o in opties.items()),
                           ("optie niet zeggen", NIET)])
        optie.value = waar.favorieten[0] if waar.favorieten else NIET
        self._toon()

    @on(Select.Changed)
    def _veranderd(self) -> None:
        self._toon()

    def _gekozen(self) -> tuple[str | None, str | None]:
        gewicht = self.query_one("#gewicht", Select).value
        optie = self.query_one("#optie", Select).value
        return (None if gewicht in (NIET, Select.NULL) else str(gewicht),
                None if optie in (NIET, Select.NULL) else str(optie))

    def _toon(self) -> None:
        gewicht, optie = self._gekozen()
        zegt = self.query_one("#zegt", Static)
        if gewicht is None and optie is None:
            zegt.update("Je zegt niets: kies een gewicht, een optie of allebei.")
            return
        zegt.update("Je zegt: " + voorkeur_tekst(self.staat.casus, self.punt, gewicht, optie))

    @on(OptionList.OptionSelected, "#punten")
    @on(Button.Pressed, "#zeg")
    def action_zeg(self) -> None:
        gewicht, optie = self._gekozen()
        if gewicht is None and optie is None:
            self._toon()
            return
        self.dismiss(Zet(soort="voorkeur", rol=self.rol, punt=self.punt, gewicht=gewicht,
                         optie=optie))

    @on(Button.Pressed, "#terug")
    def _terug(self) -> None:
        self.dismiss(None)
