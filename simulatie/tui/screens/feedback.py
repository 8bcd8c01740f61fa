"""End of a round: the outcome, the feedback with its sources, values, both scores."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Footer, Static

from simulatie.kern.analyse.nabespreking import nabespreking
from simulatie.kern.model import Zet, woorden
from simulatie.kern.model.casus import Casus
from simulatie.kern.spel import RondeStaat, RondeVerslag, SessieStaat, verslag

from ..messages import SessieAfgerond, ZetGekozen
from ..tekst import getal, opmaak
from ..weergave import ERNST_TEKEN, keuzes_regels, over_label, speler_label
from ..widgets.kop import Kop
from ..widgets.balken import Balken
from ..widgets.akkoordanalyse import AkkoordAnalyse
from .basis import Scherm

KLEUR = {"compliment": "$success", "tip": "$accent", "waarschuwing": "$warning"}


class FeedbackScherm(Scherm):
    HELP = """\
## Einde van de ronde
Hier zie je hoe de ronde afliep, welke **feedback** het spel geeft (met de bron waar
die op rust), wat de afspraak betekent voor de **publieke waarde**, en nu de ronde
voorbij is ook **beide scores** tegenover de ondergrens. Zei iemand in de ronde wat een
punt weegt of welke optie de favoriet is, dan staat onder **Gezegd en gemeend** wat de
brief echt zei: klopt, overdreven, afgezwakt of een valse favoriet. Feedback die alleen
over het laatste voorstel gaat, terwijl niemand dat aanvaardde, staat erbij gemarkeerd.

- **r** speel opnieuw met gewisselde rollen: wie de gemeente was, speelt nu de
  sociaalwerkorganisatie, en andersom, elk met een tweede versie van de brief als de
  casus die heeft
- **f** rond de sessie af en vergelijk de rondes
"""
    AKKOORDANALYSE = True  # the debrief against the deal space (bench: with and without)
    BINDINGS = [Binding("r", "rolwissel", "Rolwissel"),
                Binding("f", "afronden", "Sessie afronden")]
    OPDRACHTEN = (
        ("Speel opnieuw met gewisselde rollen", "Rolwissel: de volgende ronde", "rolwissel"),
        ("Sessie afronden", "Alle rondes naast elkaar", "afronden"),
    )

    def __init__(self, staat: SessieStaat) -> None:
        super().__init__()
        self.staat = staat
        self.verslag = verslag(staat, staat.ronde)
        self.sub_title = f"Einde ronde {staat.ronde.nummer}"

    def compose(self) -> ComposeResult:
        staat, v = self.staat, self.verslag
        yield Kop()
        # The feedback first: at 80×24 it is what the pair reads, the rest scrolls below.
        with VerticalScroll(id="verslag"):
            yield Static(opmaak("[b]Ronde $n: $uitkomst[/b]", n=v.ronde.nummer,
                                uitkomst=woorden.UITKOMSTEN[v.ronde.uitkomst]), id="uitkomst")
            for sectie in self.secties():
                sectie.add_class("blok")
                yield sectie
        yield Static("", id="meer")
        with Horizontal(classes="knoppen"):
            yield Button("Speel opnieuw met gewisselde rollen", id="rolwissel",
                         variant="primary")
            yield Button("Sessie afronden", id="afronden")
        yield Footer()

    def secties(self) -> list[Widget]:
        """The blocks of the report, in reading order; a new section is one more here."""
        staat, v = self.staat, self.verslag
        secties: list[tuple[str, str, Widget]] = [
            ("feedback", "Feedback", Static(_feedback(v))),
            ("afspraak", "Afspraak", Static(_afspraak(staat, v))),
            ("scores", "Scores", Static(_scores(staat, v))),
            ("balken", "Publieke waarde", Balken(v.dimensies)),
        ]
        gezegd = voorkeuren_tekst(staat.casus, v.ronde)
        if gezegd is not None:  # only after a round in which someone stated a preference
            secties.insert(3, ("voorkeuren", "Gezegd en gemeend", Static(gezegd)))
        nabespreking = _nabespreking(staat)
        if nabespreking is not None:
            secties.append(("nabespreking", "Nabespreking", Static(nabespreking)))
        if self.AKKOORDANALYSE:  # the round is over: both players may see it; it is tall,
            # so it comes last, below what really happened and the debrief questions
            secties.append(("akkoordanalyse", "Waar het akkoord landde",
                            AkkoordAnalyse(staat.casus, staat.regelboek, v.ronde)))
        for naam, titel, widget in secties:
            widget.id, widget.border_title = naam, titel
        return [widget for _, _, widget in secties]

    def on_mount(self) -> None:
        # The report is longer than a small screen: the arrows and Page Down scroll it.
        verslag = self.query_one("#verslag", VerticalScroll)
        verslag.focus()
        self.watch(verslag, "scroll_y", self._meer)
        self.watch(verslag, "virtual_size", self._meer)

    def _meer(self) -> None:
        """Say under the report that there is more below, while there is."""
        verslag = self.query_one("#verslag", VerticalScroll)
        meer = verslag.scroll_y < verslag.max_scroll_y
        self.query_one("#meer", Static).update(
            "↓ er staat meer onder: pijltjes of Page Down" if meer else "")

    @on(Button.Pressed, "#rolwissel")
    def action_rolwissel(self) -> None:
        self.post_message(ZetGekozen(Zet(soort="rolwissel")))

    @on(Button.Pressed, "#afronden")
    def action_afronden(self) -> None:
        self.post_message(SessieAfgerond())


def _afspraak(staat: SessieStaat, v: RondeVerslag) -> Content:
    if not v.ronde.akkoord:
        return Content("Er is geen afspraak gemaakt.")
    regels = keuzes_regels(staat.casus, v.ronde.akkoord)
    return Content("\n".join(f"• {r}" for r in regels))


def _scores(staat: SessieStaat, v: RondeVerslag) -> Content:
    """Both scores: the round is over, so this is the pair's debrief (no hot seat)."""
    regels = []
    for rol in ("gemeente", "swo"):
        grens = getal(v.ondergrenzen[rol])
        wie = speler_label(staat, rol, v.ronde)
        punten, laatste = v.scores[rol], v.voorstel_scores[rol]
        if v.ronde.akkoord and punten is not None:
            oordeel = ("[$success]✔ ondergrens gehaald[/]" if v.boven_ondergrens[rol]
                       else "[$error]✘ onder de ondergrens[/]")
            regels.append(opmaak(f"$wie: [b]$punten[/b] punten · ondergrens $grens · {oordeel}",
                                 wie=wie, punten=getal(punten), grens=grens))
        elif laatste is None:
            regels.append(opmaak("$wie: geen voorstel gedaan · ondergrens $grens",
                                 wie=wie, grens=grens))
        else:  # no agreement: no score, and the last proposal never reads like one
            regels.append(opmaak("$wie: geen akkoord · het laatste voorstel (niet aanvaard) "
                                 "gaf $punten · ondergrens $grens",
                                 wie=wie, punten=getal(laatste), grens=grens))
    return Content("\n").join(regels)


def _feedback(v: RondeVerslag) -> Content:
    if not v.feedback:
        return Content("Geen feedback bij deze ronde.")
    regels = []
    for item in v.feedback:
        regel = item.regel
        regels.append(opmaak(f"[{KLEUR[regel.ernst]}]$teken $ernst[/]$over: $bericht\n"
                             "   [dim]Bron: $bron[/dim]", teken=ERNST_TEKEN[regel.ernst],
                             ernst=woorden.ERNST[regel.ernst], over=over_label(item, afgelopen=True),
                             bericht=" ".join(regel.bericht.split()), bron=regel.bron))
    return Content("\n\n").join(regels)


def voorkeuren_tekst(casus: Casus, ronde: RondeStaat) -> Content | None:
    """Each preference statement of the round so far beside the speaker's brief (both
    sides: only for after the round, or for a trainer). None when nobody stated one."""
    oordelen = nabespreking(casus, ronde, None).voorkeuren
    if not oordelen:
        return None
    return Content("\n").join(
        opmaak("[$success]✔[/] $regel" if o.waar else "[$warning]✘[/] $regel", regel=o.regel)
        for o in oordelen)


def _nabespreking(staat: SessieStaat) -> Content | None:
    """What really happened and the questions for the debrief: only once the round is over."""
    casus = staat.casus
    delen = []
    if casus.wat_er_echt_gebeurde.strip():
        delen.append(opmaak("[b]Wat er echt gebeurde[/b]\n$tekst",
                            tekst=casus.wat_er_echt_gebeurde.strip()))
    if casus.debriefvragen:
        vragen = [opmaak("  $n. $vraag", n=n, vraag=vraag)
                  for n, vraag in enumerate(casus.debriefvragen, 1)]
        delen.append(Content("\n").join([opmaak("[b]Vragen voor de nabespreking[/b]"), *vragen]))
    return Content("\n\n").join(delen) if delen else None
