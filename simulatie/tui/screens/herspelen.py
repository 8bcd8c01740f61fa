"""Replay for trainers: a saved session move by move, with everything both players saw.

Every position is the fold of the first k moves; loading the save folded them all once,
so opening, stepping and jumping cost no replay. The trainer sees both briefs, the
proposal on the table with both scores, the feedback as it stood, and writes notes
that are saved in the file without touching the moves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Footer, Markdown, Static, TabbedContent, TabPane

from simulatie.kern.model import woorden
from simulatie.kern.model.score import score
from simulatie.kern.opslag import GeladenSessie, afgerond, notitie_for
from simulatie.kern.spel import RondeVerslag, SessieStaat, verslag

from ..messages import NotitieGeschreven
from ..tabellen import tabel_rijen
from ..tekst import getal, opmaak
from ..uitspraken import vraag_afloop
from ..weergave import (ERNST_TEKEN, brief_markdown, eigen_brief, keuzes_regels, over_label,
                        rol_naam, tijd_tekst, zet_kort)
from ..widgets.kop import Kop
from ..widgets.akkoordanalyse import AkkoordAnalyse
from ..widgets.rondetabel import RondeTabel
from .basis import Scherm
from .feedback import voorkeuren_tekst
from .notitie import NotitieScherm

LAATSTE_RONDES = 3  # earlier rounds named in the log; the rest are counted
GEWIJZIGD = "Casus gewijzigd sinds deze sessie: alleen herspelen."
KLEUR = {"compliment": "$success", "tip": "$accent", "waarschuwing": "$warning"}


def staten(geladen: GeladenSessie) -> list[SessieStaat]:
    """The state at every position: before any move, then after each one.

    Loading the save folded them already; they are taken, not stepped again.
    """
    return list(geladen.verloop.staten())


class HerspeelScherm(Scherm):
    HELP = """\
## Sessie herspelen
Loop een bewaarde sessie zet voor zet na. Als trainer zie je alles: het gesprek tot
en met deze zet, wat er op tafel ligt met de score van **beide** kanten, en de
feedback zoals die op dat moment zou zijn, en bij elke voorkeur die een speler
uitsprak wat de brief echt zei (**Gezegd en gemeend**).

- **←** / **→** een zet terug of verder, **Home** / **End** naar het begin of het einde
- **1**–**9** naar het begin van die ronde, **[** / **]** de vorige of volgende ronde
- **n** een notitie bij deze zet schrijven (wordt meteen in het bestand bewaard; de
  zetten veranderen niet)
- **z** zet voor zet, **b** beide briefs naast elkaar, **o** de rondes naast elkaar
- **Escape** terug

Is de casus gewijzigd sinds de sessie, dan staat dat bovenaan: je kunt de sessie dan
alleen terugkijken, niet verder spelen. Notities kunnen wel.
"""
    BINDINGS = [
        Binding("left", "stap(-1)", "Vorige", priority=True),
        Binding("right", "stap(1)", "Volgende", priority=True),
        Binding("home", "naar(0)", "Begin", show=False, priority=True),
        Binding("end", "naar_einde", "Einde", show=False, priority=True),
        Binding("left_square_bracket", "ronde_stap(-1)", "Vorige ronde", show=False),
        Binding("right_square_bracket", "ronde_stap(1)", "Volgende ronde", show=False),
        *(Binding(str(n), f"ronde({n})", f"Ronde {n}", show=False) for n in range(1, 10)),
        Binding("n", "notitie", "Notitie"),
        Binding("z", "tab('stand')", "Zetten", show=False),
        Binding("b", "tab('briefs')", "Briefs"),
        Binding("o", "tab('rondes')", "Rondes"),
        Binding("escape", "app.pop_screen", "Terug"),
    ]
    OPDRACHTEN = (
        ("Volgende zet", "Een zet verder (→)", "stap(1)"),
        ("Vorige zet", "Een zet terug (←)", "stap(-1)"),
        ("Naar het begin", "Voor de eerste zet (Home)", "naar(0)"),
        ("Naar het einde", "Na de laatste zet (End)", "naar_einde"),
        ("Notitie bij deze zet", "Schrijf een notitie voor de nabespreking (n)", "notitie"),
        ("Briefs naast elkaar", "Beide geheime briefs (b)", "tab('briefs')"),
        ("Rondes naast elkaar", "Alle rondes van deze sessie (o)", "tab('rondes')"),
        ("Zet voor zet", "Terug naar het gesprek (z)", "tab('stand')"),
    )

    positie: reactive[int] = reactive(0, init=False)

    def __init__(self, geladen: GeladenSessie) -> None:
        super().__init__()
        self.geladen = geladen
        self.staten = staten(geladen)
        # Round number -> the position where it starts (after its role swap).
        self.ronde_begin: dict[int, int] = {}
        for k, staat in enumerate(self.staten):
            self.ronde_begin.setdefault(staat.ronde.nummer, k)
        self._verslagen: dict[int, RondeVerslag] = {}
        self._eerder: dict[int, str] = {}  # round number -> its line of earlier rounds
        self._briefs_voor: tuple[str, ...] | None = None
        casus = geladen.staat.casus
        self.sub_title = f"Herspelen · {casus.gemeente} · {' & '.join(geladen.sessie.spelers)}"

    @property
    def aantal(self) -> int:
        return len(self.geladen.sessie.zetten)

    def compose(self) -> ComposeResult:
        yield Kop()
        with TabbedContent(id="herspeel"):
            with TabPane("Zet voor zet", id="stand"):
                yield Static(id="positie")
                if self.geladen.casus_gewijzigd:
                    yield Static(f"⚠ {GEWIJZIGD}", id="banner")
                with Horizontal(id="replay"):
                    with VerticalScroll(id="verloop"):
                        yield Static(id="log")
                    with VerticalScroll(id="rechts"):
                        yield Static(id="optafel", classes="blok")
                        yield Static(id="fb", classes="blok")
                        yield Static(id="gezegd", classes="blok")
                        staat = self.geladen.staat
                        yield AkkoordAnalyse(staat.casus, staat.regelboek, self.staten[0].ronde,
                                           id="akkoordanalyse", classes="blok")
                yield Static(id="notitie", classes="blok")
            with TabPane("Briefs naast elkaar", id="briefs"):
                with Horizontal(id="beide-briefs"):
                    for rol in ("gemeente", "swo"):
                        with VerticalScroll(id=f"brief-{rol}", classes="brief"):
                            yield Markdown(id=f"md-{rol}")
            with TabPane("Rondes naast elkaar", id="rondes"):
                yield RondeTabel(id="rondetabel")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#akkoordanalyse").border_title = "Waar het akkoord landde"
        self._toon(self.positie)
        for warning in self.geladen.waarschuwingen:
            if warning.path != ("casus",):  # the banner says that one
                self.notify(warning.message, title="Let op", severity="warning")

    # -- moving through the session -------------------------------------------------

    def action_stap(self, delta: int) -> None:
        self.positie = max(0, min(self.aantal, self.positie + delta))

    def action_naar(self, k: int) -> None:
        self.positie = max(0, min(self.aantal, k))

    def action_naar_einde(self) -> None:
        self.positie = self.aantal

    def action_ronde(self, nummer: int) -> None:
        if nummer in self.ronde_begin:
            self.positie = self.ronde_begin[nummer]
        else:
            self.notify(f"Deze sessie heeft {len(self.ronde_begin)} ronde(s).",
                        title=f"Geen ronde {nummer}")

    def action_ronde_stap(self, delta: int) -> None:
        huidige = self.staten[self.positie].ronde.nummer
        doel = max(1, min(len(self.ronde_begin), huidige + delta))
        self.positie = self.ronde_begin[doel]

    def action_tab(self, naam: str) -> None:
        self.query_one(TabbedContent).active = naam

    def watch_positie(self, positie: int) -> None:
        self._toon(positie)

    # -- what the trainer sees --------------------------------------------------------

    def _toon(self, k: int) -> None:
        staat = self.staten[k]
        self.query_one("#positie", Static).update(self._positie_tekst(k, staat))
        verloop = self.query_one("#verloop", VerticalScroll)
        verloop.border_title = f"Gesprek ronde {staat.ronde.nummer}"
        self.query_one("#log", Static).update(self._log(k, staat))
        # After the new text is laid out: the current move is the last line of the log.
        verloop.call_after_refresh(verloop.scroll_end, animate=False, immediate=False)
        self._toon_tafel(staat)
        self._toon_feedback(k, staat)
        self._toon_gezegd(staat)
        self.query_one(AkkoordAnalyse).toon(staat.ronde)  # the debrief at this move
        self._toon_notitie(k)
        self._toon_briefs(staat)

    def _positie_tekst(self, k: int, staat: SessieStaat) -> Content:
        ronde = staat.ronde
        delen = [opmaak("[b]Zet $k van $n[/b]", k=k, n=self.aantal),
                 Content(f"ronde {ronde.nummer}")]
        if k:
            delen.append(Content(tijd_tekst(self.geladen.sessie.zetten[k - 1].tijd)))
        if ronde.afgelopen:
            delen.append(Content(woorden.UITKOMSTEN[ronde.uitkomst].lower()))
        elif k:
            delen.append(Content(f"aan zet: {self._wie(staat, ronde.aan_zet)}"))
        if k == self.aantal and afgerond(self.geladen.sessie, staat):
            delen.append(Content("sessie afgerond"))
        return Content("  ·  ").join(delen)

    def _wie(self, staat: SessieStaat, rol: str) -> str:
        """'Bram (swo)': short, so a line still fits at 80 columns."""
        return f"{staat.spelers[staat.ronde.speler(rol)]} ({rol})"

    def _log(self, k: int, staat: SessieStaat) -> Table:
        """The round so far as a two-column grid, so long moves wrap under their text."""
        ronde = staat.ronde
        eerste = self.ronde_begin[ronde.nummer]  # moves of this round are eerste+1, …
        log = Table.grid(padding=(0, 1), expand=True)
        log.add_column(width=4, justify="right", no_wrap=True)
        log.add_column(ratio=1)
        if ronde.nummer > 1:
            log.add_row("", Text(self._eerdere_rondes(staat), style="dim"))
        if not ronde.zetten:
            gemeente = staat.spelers[ronde.gemeente_speler]
            log.add_row("", Text(f"Ronde {ronde.nummer} begint: {gemeente} is de gemeente en "
                                 "opent het gesprek.", style="dim"))
        for j, zet in enumerate(ronde.zetten):
            nummer = eerste + j + 1
            wie = self._wie(staat, zet.rol or "gemeente")
            tekst = Text.assemble((wie, "bold"), "  ", zet_kort(staat.casus, zet, ronde.nummer),
                                  (vraag_afloop(ronde, j + 1), "dim"))
            huidig = nummer == k
            log.add_row(("▶" if huidig else "") + str(nummer), tekst,
                        style="reverse" if huidig else None)
            notitie = notitie_for(self.geladen.sessie, nummer)
            if notitie:
                log.add_row("✎", Text(notitie), style="italic")
        return log

    def _eerdere_rondes(self, staat: SessieStaat) -> str:
        """The rounds before this one, on one short line: the last few by name, the rest
        counted. Kept per round, so a long session costs no more per step than a short."""
        nummer = staat.ronde.nummer
        if nummer not in self._eerder:
            eerder = staat.eerdere
            delen = [f"ronde {r.nummer}: {woorden.UITKOMSTEN[r.uitkomst].lower()}"
                     for r in eerder[-LAATSTE_RONDES:]]
            if len(eerder) > LAATSTE_RONDES:
                delen.insert(0, f"{len(eerder) - LAATSTE_RONDES} eerdere rondes")
            self._eerder[nummer] = " · ".join(delen)
        return self._eerder[nummer]

    def _toon_tafel(self, staat: SessieStaat) -> None:
        ronde = staat.ronde
        widget = self.query_one("#optafel", Static)
        if ronde.op_tafel is not None:
            keuzes, titel = ronde.op_tafel.keuzes, (
                f"Op tafel · van {self._wie(staat, ronde.op_tafel.door)}")
        elif ronde.akkoord is not None:
            keuzes, titel = ronde.akkoord, "Akkoord"
        elif ronde.laatste_voorstel is not None:
            keuzes, titel = ronde.laatste_voorstel, "Laatste voorstel (niet aangenomen)"
        else:
            widget.border_title = "Op tafel"
            widget.update("Nog geen voorstel op tafel.")
            return
        widget.border_title = Content(titel)
        regels = [Content(r) for r in keuzes_regels(staat.casus, keuzes)]
        regels.append(Content(""))
        for rol in ("gemeente", "swo"):  # a trainer's view: both sides
            brief = eigen_brief(staat, rol)  # as the round report scores it
            punten = score(brief, keuzes)
            oordeel = ("[$success]✔[/]" if punten >= brief.ondergrens else "[$error]✘[/]")
            regels.append(opmaak(f"$wie: [b]$punten[/b] {oordeel} [dim](grens $grens)[/dim]",
                                 wie=self._wie(staat, rol), punten=getal(punten),
                                 grens=getal(brief.ondergrens)))
        widget.update(Content("\n").join(regels))

    def _toon_feedback(self, k: int, staat: SessieStaat) -> None:
        widget = self.query_one("#fb", Static)
        v = self._verslag(k, staat)
        widget.border_title = ("Feedback einde ronde" if staat.ronde.afgelopen
                               else "Feedback tot hier")
        if not v.feedback:
            widget.update("[dim]Nog geen feedback.[/dim]")
            return
        regels = []
        for item in v.feedback:
            regel = item.regel
            # The rule's id too: a trainer looks it up in the rules file.
            regels.append(opmaak(f"[{KLEUR[regel.ernst]}]$teken[/]$over $bericht [dim]($id)[/dim]",
                                 teken=ERNST_TEKEN[regel.ernst], id=regel.id,
                                 over=over_label(item, afgelopen=staat.ronde.afgelopen),
                                 bericht=" ".join(regel.bericht.split())))
        dims = [f"{woorden.DIMENSIES[d].lower()} {w:+d}" for d, w in v.dimensies.items() if w]
        if dims:
            regels.append(opmaak("[dim]Publieke waarde: $dims[/dim]", dims=", ".join(dims)))
        widget.update(Content("\n").join(regels))

    def _toon_gezegd(self, staat: SessieStaat) -> None:
        """The preference statements so far beside the briefs: a trainer sees both."""
        widget = self.query_one("#gezegd", Static)
        tekst = voorkeuren_tekst(staat.casus, staat.ronde)
        widget.display = tekst is not None
        widget.border_title = "Gezegd en gemeend"
        widget.update(tekst or "")

    def _verslag(self, k: int, staat: SessieStaat) -> RondeVerslag:
        if k not in self._verslagen:
            self._verslagen[k] = verslag(staat, staat.ronde)
        return self._verslagen[k]

    def _toon_notitie(self, k: int) -> None:
        widget = self.query_one("#notitie", Static)
        if k == 0:
            widget.border_title = "Notitie"
            widget.update("[dim]Ga met → naar een zet om er een notitie bij te schrijven.[/dim]")
            return
        widget.border_title = f"Notitie bij zet {k}"
        tekst = notitie_for(self.geladen.sessie, k)
        widget.update(Content(tekst) if tekst else "[dim]Geen notitie. n: schrijf er een.[/dim]")

    def _toon_briefs(self, staat: SessieStaat) -> None:
        if self.query_one(TabbedContent).active != "briefs":
            return  # a brief is dozens of widgets: made when the tab is looked at
        namen = tuple(staat.spelers[staat.ronde.speler(rol)] for rol in ("gemeente", "swo"))
        # Same players in the same seats with the same briefs (even rounds may have a
        # variant): nothing to redo.
        sleutel = (*namen, str(staat.ronde.nummer % 2))
        if sleutel == self._briefs_voor:
            return
        self._briefs_voor = sleutel
        for rol, naam in zip(("gemeente", "swo"), namen):
            self.query_one(f"#brief-{rol}").border_title = Content(f"{rol_naam(rol)}: {naam}")
            self.query_one(f"#md-{rol}", Markdown).update(
                brief_markdown(staat.casus, rol, naam, staat.ronde.nummer))

    @on(TabbedContent.TabActivated, pane="#briefs")
    def _briefs(self) -> None:
        self._toon_briefs(self.staten[self.positie])

    @on(TabbedContent.TabActivated, pane="#rondes")
    def _rondes(self) -> None:
        tabel = self.query_one(RondeTabel)
        if tabel.row_count:
            return
        eind = self.staten[-1]
        gespeeld = [verslag(eind, r) for r in eind.rondes if r.zetten]
        koppen = [f"Ronde {v.ronde.nummer}" + ("" if v.ronde.afgelopen else " (loopt)")
                  for v in gespeeld]
        tabel.vul(koppen, tabel_rijen(eind, gespeeld))

    # -- trainer notes ----------------------------------------------------------------

    def action_notitie(self) -> None:
        k = self.positie
        if k == 0:
            self.notify("Ga eerst met → naar een zet.", title="Notitie")
            return
        staat = self.staten[k]
        zet = self.geladen.sessie.zetten[k - 1]
        wat = zet_kort(staat.casus, zet, staat.ronde.nummer)
        if zet.rol:
            wat = f"{self._wie(staat, zet.rol)}: {wat}"
        self.app.push_screen(NotitieScherm(k, wat, notitie_for(self.geladen.sessie, k)),
                             lambda tekst: self._bewaar_notitie(k, tekst))

    def _bewaar_notitie(self, k: int, tekst: str | None) -> None:
        if tekst is None or tekst == notitie_for(self.geladen.sessie, k):
            return
        self.post_message(NotitieGeschreven(self.geladen, k, tekst))  # the app writes it

    def notitie_bewaard(self, notities: Mapping[str, str]) -> None:
        """The app wrote a note: these are the save's notes now."""
        sessie = self.geladen.sessie.model_copy(update={"notities": dict(notities)})
        self.geladen = replace(self.geladen, sessie=sessie)
        self._toon(self.positie)
