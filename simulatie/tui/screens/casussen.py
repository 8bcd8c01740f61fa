"""Pick a case: the playable ones with their public description, the broken files apart.

Facilitators work here too: F5 reads the case folders again (after editing a file),
`m` chooses their own folder, and `f` (behind a confirm) shows both briefs with the
deal analysis of `valideer --akkoorden` for the highlighted case. Files that do not
load sit in the 'Niet te laden' panel with every located error; the playable cases
stay playable.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from .. import catalogus as cat
from .. import casuslijst
from ..casuslijst import CasusKaart, CasusLijst
from ..messages import LijstGetoond, MapGekozen
from ..widgets.kop import Kop
from .basis import Scherm

if TYPE_CHECKING:
    from simulatie.kern.catalogus import Catalogus
    from simulatie.kern.spel import GeladenCasus

    from ..opstart import Casusbron

    from ..opstart import Casusbron
    from .eigen_map import EigenMap


class CasusKiezenScherm(Scherm):
    HELP = """\
## Casus kiezen
Links staan de casussen, rechts lees je waar elke casus over gaat en waarover
onderhandeld wordt. Kies met de pijltjes en **Enter**. **Escape** gaat terug.

Bestanden met fouten staan onderin bij **Niet te laden**, elke fout met bestand, regel
en kolom (`kapot.toml:4:1`), het veld en wat er mis is.

**Voor facilitatoren:**
- **F5** leest de casussen opnieuw van schijf: pas een bestand aan in je editor en
  druk op F5. De speelbare casussen blijven gewoon te kiezen.
- **m** kiest je eigen map met casussen; die staan dan naast de meegeleverde. Dat geldt
  tot je het spel afsluit; met `simulatie --casussen MAP` start je er meteen mee.
- **f** opent **Voor de begeleider**: beide briefs naast elkaar, de idealen, het
  Nash-akkoord en het beste gezamenlijke akkoord van de gemarkeerde casus, en welke
  regels daarop afgaan (wat `simulatie valideer --akkoorden` laat zien). Eerst vraagt
  het spel of je door wilt: de spelers mogen dit niet zien.
"""
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Terug"),
        Binding("enter", "kies", "Kies casus", show=True, priority=False),
        # Not in the footer: at 80 columns it would push out ^q and f1, and the facilitators
        # who reload find F5 in the help (f1) and the palette.
        Binding("f5", "herlaad", "Casussen herladen", show=False),
        Binding("ctrl+r", "herlaad", "Casussen herladen", show=False),
        Binding("m", "eigen_map", "Eigen map"),
        Binding("f", "begeleider", "Begeleider"),
    ]
    OPDRACHTEN = (
        ("Casus kiezen", "Speel de gemarkeerde casus", "kies"),
        ("Casussen herladen", "Lees de casussen opnieuw van schijf (F5)", "herlaad"),
        ("Eigen map kiezen", "Kies een map met eigen casussen, naast de meegeleverde (m)",
         "eigen_map"),
        ("Voor de begeleider", "Beide briefs en de akkoordruimte van de gemarkeerde casus (f)",
         "begeleider"),
    )

    def __init__(self, bron: Casusbron, klaar: bool) -> None:
        """`bron`: where the cases come from; `klaar`: whether their load has finished
        (the app calls `geladen` when it does)."""
        super().__init__()
        self.bron, self._klaar = bron, klaar
        self._eigen = bron.eigen  # the own folder this screen shows (or is loading)
        self.sub_title = "Kies een casus"
        self._getoond: CasusLijst | None = None  # the list on screen, None before the first
        self._voorlopig = False  # the list on screen came from the cache; the load follows

    def compose(self) -> ComposeResult:
        yield Kop()
        with Horizontal(id="casuskeuze"):
            yield OptionList(id="casussen")
            with VerticalScroll(id="casusdetail"):
                yield Static("Casussen laden…", id="detail")
        with VerticalScroll(id="problemen"):
            yield Static(id="problemenlijst")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        lijst = self.query_one("#casussen", OptionList)
        lijst.border_title = "Casussen"
        lijst.focus()
        self.query_one("#problemen").display = False
        self.geladen(self._klaar)

    def geladen(self, klaar: bool = True) -> None:
        """The app says the cases have loaded (or, at mount, whether they have)."""
        self._klaar = klaar
        lijst = self.bron.lijst
        if klaar:
            if self._getoond is not None and not self._voorlopig:
                return  # loaded cases on screen already (another folder chosen meanwhile)
            if lijst is None:  # the loading thread failed: load here, so its error shows
                lijst = casuslijst.from_catalogus(self.bron.catalogus, self.bron.mappen)
            self._vul(lijst)
        elif lijst is not None and self._getoond is None:  # from the cache: see app.py
            self._vul(lijst, voorlopig=True)
            self.call_after_refresh(self.post_message, LijstGetoond())  # painted: load now

    # -- the list and the panel -----------------------------------------------------

    def _vul(self, casussen: CasusLijst, voorlopig: bool = False) -> None:
        """Show `casussen`, keeping the highlight on the same case when it is still there."""
        self._voorlopig = voorlopig
        if casussen == self._getoond:
            return  # the cached list was right: leave the screen as the player sees it
        self._getoond = casussen
        lijst = self.query_one("#casussen", OptionList)
        was = lijst.highlighted_option.id if lijst.highlighted_option else None
        lijst.clear_options()
        lijst.add_options(_optie(kaart) for kaart in casussen.kaarten)
        lijst.border_subtitle = "↑↓ en Enter"
        self._toon_problemen(casussen)
        if not casussen.kaarten:
            waar = ", ".join(str(m) for m in self.bron.mappen)
            self._toon(Content.assemble(("Geen casussen", "bold $primary"), "\n\n",
                                        f"In {waar} staat geen speelbare casus."))
            return
        ids = [kaart.id for kaart in casussen.kaarten]
        lijst.highlighted = ids.index(was) if was in ids else 0
        self._toon(casussen.kaarten[lijst.highlighted].detail)

    def _toon_problemen(self, casussen: CasusLijst) -> None:
        paneel = self.query_one("#problemen", VerticalScroll)
        paneel.display = bool(casussen.problemen)
        if not casussen.problemen:
            return
        paneel.border_title = f"Niet te laden: {_bestanden(casussen.foutbestanden)}"
        paneel.border_subtitle = "herstel en druk F5"
        self.query_one("#problemenlijst", Static).update(Content("\n").join(casussen.problemen))

    @on(OptionList.OptionHighlighted, "#casussen")
    def _gemarkeerd(self, event: OptionList.OptionHighlighted) -> None:
        kaart = self._getoond.kaart(event.option.id) if self._getoond else None
        if kaart is not None:
            self._toon(kaart.detail)

    def _toon(self, tekst: Content | str) -> None:
        self.query_one("#detail", Static).update(tekst)

    # -- choosing -----------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#casussen")
    def _gekozen(self) -> None:
        self.action_kies()

    def action_kies(self) -> None:
        from .spelers import SpelersScherm

        option = self.query_one("#casussen", OptionList).highlighted_option
        # From the cached list the core may still be loading: `catalogus` waits for it.
        geladen = self.bron.catalogus.casussen.get(option.id or "") if option else None
        if geladen is not None:
            self.app.push_screen(SpelersScherm(geladen))

    # -- facilitators: both briefs, reload, own folder -----------------------------------

    def action_begeleider(self) -> None:
        """Both briefs of the highlighted case, after a confirm that defaults to no."""
        from .begeleider import BEVESTIG, UITLEG  # on demand: it loads the analysis
        from .bevestig import BevestigScherm

        option = self.query_one("#casussen", OptionList).highlighted_option
        geladen = self.bron.catalogus.casussen.get(option.id or "") if option else None
        if geladen is None:
            self.notify("Kies eerst een casus in de lijst.", title="Voor de begeleider")
            return
        vraag = BevestigScherm(BEVESTIG, UITLEG, ja="Doorgaan", nee="Terug",
                               id="begeleider-bevestig")
        self.app.push_screen(vraag, lambda ja: self._begeleider(geladen, ja))

    def _begeleider(self, geladen: GeladenCasus, ja: bool | None) -> None:
        from .begeleider import BegeleiderScherm

        if ja:
            self.app.push_screen(BegeleiderScherm(geladen, cat.name(geladen.bestand,
                                                                    self.bron.mappen)))

    def action_herlaad(self) -> None:
        if not self._klaar:
            self.notify("De casussen worden nog geladen.", title="Even geduld")
            return
        self.query_one("#casussen", OptionList).border_subtitle = "herladen…"
        self._herlaad(self._eigen)

    @work(thread=True, exclusive=True, group="herladen", exit_on_error=False)
    def _herlaad(self, eigen: Path | None) -> Catalogus:
        """Read the folders in a thread: the list stays usable meanwhile."""
        nieuw, lijst = self.bron.lees(eigen)
        worker = get_current_worker()
        self.app.call_from_thread(self._herladen, worker, eigen, nieuw, lijst)
        return nieuw

    def _herladen(self, worker: Worker, eigen: Path | None, nieuw: Catalogus,
                  lijst: CasusLijst) -> None:
        if worker.is_cancelled or eigen != self._eigen:
            return  # a newer reload (or another folder) is on its way
        oud = self.bron.vervang(nieuw, lijst)
        self._vul(lijst)
        self.notify(verschil(oud, nieuw, self.bron.mappen), title="Casussen herladen",
                    severity="warning" if nieuw.problemen else "information", markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "herladen" and event.worker.error is not None:
            self.query_one("#casussen", OptionList).border_subtitle = "↑↓ en Enter"
            self.notify(f"Herladen mislukt: {event.worker.error}", title="Casussen herladen",
                        severity="error")

    def action_eigen_map(self) -> None:
        from .eigen_map import EigenMapScherm

        self.app.push_screen(EigenMapScherm(self._eigen), self._eigen_map_gekozen)

    def _eigen_map_gekozen(self, keuze: EigenMap | None) -> None:
        if keuze is None:
            return
        self._eigen = keuze.map
        self.post_message(MapGekozen(keuze.map))
        self.query_one("#casussen", OptionList).border_subtitle = "herladen…"
        self._herlaad(keuze.map)


def _optie(kaart: CasusKaart) -> Option:
    label = Content.assemble((kaart.gemeente, "bold"), "\n", (kaart.titel, "dim"))
    return Option(label, id=kaart.id)


def _bestanden(aantal: int) -> str:
    return "1 bestand" if aantal == 1 else f"{aantal} bestanden"


def verschil(oud: Catalogus, nieuw: Catalogus, mappen: list[Path]) -> str:
    """What a reload found, and what changed since the last time, for a notification."""
    aantal = "1 casus" if len(nieuw.casussen) == 1 else f"{len(nieuw.casussen)} casussen"
    fouten = _bestanden(len(nieuw.problemen)) + " met fouten" if nieuw.problemen else "geen fouten"
    regels = [f"{aantal}, {fouten}."]
    bestanden_oud = {g.bestand for g in oud.casussen.values()}
    bestanden_nieuw = {g.bestand for g in nieuw.casussen.values()}
    for label, paden in (("Nieuw", bestanden_nieuw - bestanden_oud),
                         ("Weg", bestanden_oud - bestanden_nieuw - set(nieuw.problemen)),
                         ("Nu met fouten", set(nieuw.problemen) - set(oud.problemen))):
        if paden:
            regels.append(f"{label}: {', '.join(sorted(cat.name(p, mappen) for p in paden))}.")
    return "\n".join(regels)
