"""The saved sessions: resume one, replay one, or mark several of one case and compare.

The list comes from `opslag.list_saves`, read in a thread so a full folder never blocks
the keys. A save that will not open is listed apart with its reason; it never hides the
others and is never written to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.catalogus import Catalogus
from simulatie.kern.opslag import SaveInfo, list_saves, load

from .. import catalogus as cat
from ..messages import SaveGekozen
from ..tekst import opmaak
from ..weergave import probleem_kort, tijd_tekst
from ..widgets.kop import Kop
from .basis import Scherm

SAVE = "save:"  # option ids: SAVE + index into `infos`
UITLEG = {
    "hervatten": "Kies een onafgemaakte sessie om verder te spelen.",
    "herspelen": "Kies een sessie om zet voor zet terug te kijken, of markeer er een "
                 "paar van dezelfde casus (spatie) om te vergelijken (v).",
}


class BewaardScherm(Scherm):
    HELP = """\
## Bewaarde sessies
Het spel bewaart elke zet meteen in de map met sessies. Hier kies je er een.

- **Sessie hervatten** toont de sessies die nog niet zijn afgerond. **Enter** zet de
  spelers terug waar ze waren: eerst geeft de speler die aan zet is het toetsenbord
  over. Is de casus sindsdien gewijzigd, dan kun je de sessie alleen terugkijken.
- **Sessie herspelen** toont alle sessies. **Enter** opent er een om zet voor zet na te
  lopen. Met de **spatiebalk** markeer je sessies van dezelfde casus (bijvoorbeeld de
  tafels van een workshop); **v** zet ze naast elkaar.

Onder **Niet te openen** staan bestanden die kapot zijn of niet meer passen, met de
reden; het spel verandert ze niet. Rechts lees je het hele probleem, met regel en
kolom. **Escape** gaat terug naar het begin.
"""
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Terug"),
        Binding("space", "markeer", "Markeren"),
        Binding("v", "vergelijk", "Vergelijken"),
    ]
    OPDRACHTEN = (
        ("Sessie openen", "Open de gemarkeerde sessie", "open"),
        ("Markeren voor vergelijken", "Markeer of ontmarkeer deze sessie", "markeer"),
        ("Vergelijken", "De gemarkeerde sessies naast elkaar", "vergelijk"),
    )

    def __init__(self, modus: str, saves_dir: Path, catalogus: Callable[[], Catalogus]) -> None:
        """`catalogus` gives the loaded cases, waiting for them while they load."""
        super().__init__()
        self.modus, self.saves_dir, self.catalogus = modus, saves_dir, catalogus
        self.sub_title = f"Sessie {modus}"
        self.infos: list[SaveInfo] = []
        self.gemarkeerd: set[int] = set()

    def compose(self) -> ComposeResult:
        yield Kop()
        with Vertical(id="bewaard"):
            yield Static(f"[b]Sessie {self.modus}[/b] · {UITLEG[self.modus]}", id="bewaard-kop")
            with Horizontal(id="bewaard-keuze"):
                yield OptionList(id="saves")
                with VerticalScroll(id="savedetail"):
                    yield Static(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        lijst = self.query_one("#saves", OptionList)
        lijst.border_title = "Bewaarde sessies"
        lijst.focus()
        self._toon("Sessies laden…")
        self._laad()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("markeer", "vergelijk"):
            return self.modus == "herspelen"
        return True

    # -- filling the list -----------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _laad(self) -> None:
        infos = list_saves(self.saves_dir, self.catalogus())
        self.app.call_from_thread(self._vul, infos)

    def _vul(self, infos: list[SaveInfo]) -> None:
        if not self.is_attached:  # the players went back before the list was read
            return
        self.infos = infos
        lijst = self.query_one("#saves", OptionList)
        lijst.clear_options()
        goed = [n for n, i in enumerate(infos) if i.loads]
        kapot = [n for n, i in enumerate(infos) if not i.loads]
        if self.modus == "hervatten":
            self._sectie(lijst, None, [n for n in goed if infos[n].playable])
            self._sectie(lijst, "Casus gewijzigd: alleen herspelen",
                         [n for n in goed if infos[n].casus_gewijzigd and not infos[n].afgerond])
        else:
            self._sectie(lijst, None, goed)
        self._sectie(lijst, "Niet te openen", kapot)
        if not lijst.option_count:
            lijst.add_option(Option(Content.styled("Geen sessies", "dim"), disabled=True))
        lijst.border_subtitle = "↑↓ en Enter"
        lijst.highlighted = _first_enabled(lijst)
        if lijst.highlighted is None:
            self._toon(self._leeg())

    def _sectie(self, lijst: OptionList, kop: str | None, nummers: list[int]) -> None:
        if not nummers:
            return
        if kop is not None:
            if lijst.option_count:
                lijst.add_option(None)
            stijl = "bold $error" if kop == "Niet te openen" else "bold $warning"
            lijst.add_option(Option(Content.styled(kop, stijl), disabled=True))
        for n in nummers:
            lijst.add_option(Option(self._label(n), id=f"{SAVE}{n}"))

    def _label(self, n: int) -> Content:
        info = self.infos[n]
        if not info.loads:
            reden = probleem_kort(info.problemen[0].message) if info.problemen else ""
            return Content.assemble((info.bestand.name, "bold"), "\n", (reden, "$error"))
        teken = ("☑ " if n in self.gemarkeerd else "☐ ") if self.modus == "herspelen" else ""
        spelers = " & ".join(info.spelers or ())
        inspring = "  " if teken else ""
        stand = (f"{inspring}ronde {info.ronde} · {info.zetten} zetten · "
                 f"{tijd_tekst(info.laatste_zet, kort=True)}")
        delen: list[str | tuple[str, str]] = [
            teken, (f"{self._gemeente(info)} · {spelers}", "bold"), "\n", (stand, "dim")]
        if info.afgerond and self.modus == "herspelen":  # when resuming, sections say it
            delen += ["\n", (f"{inspring}afgerond", "$success")]
        if info.casus_gewijzigd and self.modus == "herspelen":
            delen += ["\n", (f"{inspring}casus gewijzigd", "$warning")]
        return Content.assemble(*delen)

    def _gemeente(self, info: SaveInfo) -> str:
        """Short enough for the list at 80 columns; the detail gives the case's title."""
        geladen = self.catalogus().casussen.get(info.casus or "")
        return geladen.casus.gemeente if geladen else info.titel or ""

    def _leeg(self) -> Content:
        waar = str(self.saves_dir)
        if self.modus == "hervatten" and any(i.afgerond for i in self.infos):
            return opmaak("Geen onafgemaakte sessies in [b]$waar[/b]. Afgeronde sessies kun je "
                          "terugkijken via [b]Sessie herspelen[/b].", waar=waar)
        return opmaak("Nog geen bewaarde sessies in [b]$waar[/b]. Het spel bewaart een sessie "
                      "vanaf de eerste zet.", waar=waar)

    # -- the detail pane ------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#saves")
    def _gemarkeerd(self, event: OptionList.OptionHighlighted) -> None:
        n = _nummer(event.option.id)
        if n is not None:
            self._toon(self._beschrijving(self.infos[n]))

    def _beschrijving(self, info: SaveInfo) -> Content:
        naam = cat.name(info.bestand, [self.saves_dir])
        if not info.loads:
            regels = [Content(f"• {cat.relative(p, [self.saves_dir])}") for p in info.problemen]
            kop = opmaak("[b $error]Niet te openen: $naam[/]", naam=naam)
            if info.casus and info.spelers:
                kop += Content(f"\nCasus {info.casus}, spelers {' en '.join(info.spelers)}.")
            return Content("\n").join([kop, Content(""), *regels, Content(""),
                                       Content("Het bestand blijft zoals het is.")])
        regels = [
            opmaak("[b]$titel[/b]", titel=info.titel or ""),
            Content(f"Spelers: {' en '.join(info.spelers or ())}"),
            Content(f"Stand: ronde {info.ronde}, {info.zetten} zetten"),
            Content(f"Laatste zet: {tijd_tekst(info.laatste_zet)}"),
            Content(f"Bestand: {naam}"),
            Content(""),
            self._status(info),
        ]
        regels += [opmaak("[$warning]⚠ $melding[/]", melding=p.message) for p in info.problemen
                   if p.path != ("casus",)]  # the changed case: the status says it
        return Content("\n").join(regels)

    def _status(self, info: SaveInfo) -> Content:
        if info.casus_gewijzigd:
            return Content.from_markup("[$warning]De casus is gewijzigd sinds deze sessie: je "
                                       "kunt haar alleen herspelen.[/]")
        if info.afgerond:
            return Content("Afgerond door de spelers. Enter: zet voor zet terugkijken.")
        if self.modus == "hervatten":
            return Content.from_markup("Nog niet afgerond. [b]Enter[/b]: verder spelen.")
        return Content("Nog niet afgerond. Enter: zet voor zet terugkijken.")

    def _toon(self, tekst: str | Content) -> None:
        self.query_one("#detail", Static).update(tekst)

    # -- actions --------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#saves")
    def _gekozen(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        n = self._huidig()
        if n is None:
            return
        info = self.infos[n]
        if not info.loads:
            self.notify("Dit bestand is niet te openen; rechts staat waarom.",
                        title="Niet te openen", severity="warning")
            return
        geladen = self._open(info)
        if geladen is None:
            return
        self.post_message(SaveGekozen([geladen], hervatten=self.modus == "hervatten"))

    def _open(self, info: SaveInfo):
        try:
            return load(info.bestand, self.catalogus())
        except LoadFailed as failed:  # changed on disk since the list was read
            self.notify("\n".join(cat.relative(p, [self.saves_dir])
                                  for p in failed.problems),
                        title="Niet te openen", severity="error")
            return None

    def action_markeer(self) -> None:
        n = self._huidig()
        if n is None or not self.infos[n].loads:
            return
        self.gemarkeerd ^= {n}
        self.query_one("#saves", OptionList).replace_option_prompt(f"{SAVE}{n}", self._label(n))

    def action_vergelijk(self) -> None:
        gekozen = [self.infos[n] for n in sorted(self.gemarkeerd)]
        if len(gekozen) < 2:
            self.notify("Markeer eerst met de spatiebalk minstens twee sessies van "
                        "dezelfde casus.", title="Vergelijken", severity="warning")
            return
        casussen = {i.casus for i in gekozen}
        if len(casussen) > 1:
            self.notify("Vergelijken kan alleen met sessies van dezelfde casus; nu gemarkeerd: "
                        + ", ".join(sorted(c or "?" for c in casussen)) + ".",
                        title="Vergelijken", severity="warning")
            return
        geladen = [self._open(i) for i in gekozen]
        if all(g is not None for g in geladen):
            self.post_message(SaveGekozen(geladen, hervatten=False))  # type: ignore[arg-type]

    def _huidig(self) -> int | None:
        option = self.query_one("#saves", OptionList).highlighted_option
        return _nummer(option.id) if option else None


def _nummer(option_id: str | None) -> int | None:
    if option_id and option_id.startswith(SAVE):
        return int(option_id.removeprefix(SAVE))
    return None


def _first_enabled(lijst: OptionList) -> int | None:
    return next((n for n in range(lijst.option_count)
                 if not lijst.get_option_at_index(n).disabled), None)
