"""End of a round: the outcome, the feedback with its sources, values, both scores."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.markup import escape
from textual.widgets import Button, Footer, Static

from simulatie.kern.model import Zet, woorden
from simulatie.kern.spel import RondeVerslag, SessieStaat, verslag

from ..weergave import ERNST_TEKEN, keuzes_regels, speler_label
from ..widgets.kop import Kop
from ..widgets.balken import Balken
from .basis import Scherm

KLEUR = {"compliment": "$success", "tip": "$accent", "waarschuwing": "$warning"}


class FeedbackScherm(Scherm):
    HELP = """\
## Einde van de ronde
Hier zie je hoe de ronde afliep, welke **feedback** het spel geeft (met de bron waar
die op rust), wat de afspraak betekent voor de **publieke waarde**, en nu de ronde
voorbij is ook **beide scores** tegenover de ondergrens.

- **r** speel opnieuw met gewisselde rollen: wie de gemeente was, speelt nu de
  sociaalwerkorganisatie, en andersom
- **f** rond de sessie af en vergelijk de rondes
"""
    BINDINGS = [Binding("r", "rolwissel", "Rolwissel"),
                Binding("f", "afronden", "Sessie afronden")]
    OPDRACHTEN = (
        ("Speel opnieuw met gewisselde rollen", "Rolwissel: de volgende ronde", "rolwissel"),
        ("Sessie afronden", "Alle rondes naast elkaar", "afronden"),
    )

    def compose(self) -> ComposeResult:
        staat = self.spel.staat
        assert staat is not None
        v = verslag(staat, staat.ronde)
        self.sub_title = f"Einde ronde {v.ronde.nummer}"
        yield Kop()
        with VerticalScroll(id="verslag"):
            yield Static(_uitkomst(staat, v), id="uitkomst")
            yield Static(_scores(staat, v), id="scores", classes="blok")
            yield Static(_feedback(v), id="feedback", classes="blok")
            yield Balken(v.dimensies, id="balken", classes="blok")
        with Horizontal(classes="knoppen"):
            yield Button("Speel opnieuw met gewisselde rollen", id="rolwissel",
                         variant="primary")
            yield Button("Sessie afronden", id="afronden")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#scores").border_title = "Scores"
        self.query_one("#feedback").border_title = "Feedback"
        self.query_one("#balken").border_title = "Publieke waarde"
        # The report may be longer than the screen: the arrows scroll it.
        self.query_one("#verslag").focus()

    @on(Button.Pressed, "#rolwissel")
    def action_rolwissel(self) -> None:
        self.spel.probeer(Zet(soort="rolwissel"))

    @on(Button.Pressed, "#afronden")
    def action_afronden(self) -> None:
        self.spel.sessie_afronden()


def _uitkomst(staat: SessieStaat, v: RondeVerslag) -> str:
    ronde = v.ronde
    kop = f"[b]Ronde {ronde.nummer}: {woorden.UITKOMSTEN[ronde.uitkomst]}[/b]"
    if ronde.akkoord:
        regels = [escape(r) for r in keuzes_regels(staat.casus, ronde.akkoord)]
        return "\n".join([kop, "Jullie spraken af:", *(f"  • {r}" for r in regels)])
    return kop + "\nEr is geen afspraak gemaakt."


def _scores(staat: SessieStaat, v: RondeVerslag) -> str:
    regels = []
    for rol in ("gemeente", "swo"):
        grens = v.ondergrenzen[rol]
        wie = escape(speler_label(staat, rol, v.ronde))
        punten, laatste = v.scores[rol], v.voorstel_scores[rol]
        if v.ronde.akkoord and punten is not None:
            oordeel = ("[$success]✔ ondergrens gehaald[/]" if v.boven_ondergrens[rol]
                       else "[$error]✘ onder de ondergrens[/]")
            regels.append(f"{wie}: [b]{punten:g}[/b] punten · ondergrens {grens:g} · {oordeel}")
        elif laatste is None:
            regels.append(f"{wie}: geen voorstel gedaan · ondergrens {grens:g}")
        else:  # no agreement: no score, and the last proposal never reads like one
            regels.append(f"{wie}: geen akkoord · het laatste voorstel (niet aanvaard) "
                          f"gaf {laatste:g} · ondergrens {grens:g}")
    return "\n".join(regels)


def _feedback(v: RondeVerslag) -> str:
    if not v.feedback:
        return "Geen feedback bij deze ronde."
    regels = []
    for item in v.feedback:
        regel = item.regel
        ernst = f"[{KLEUR[regel.ernst]}]{ERNST_TEKEN[regel.ernst]} {woorden.ERNST[regel.ernst]}[/]"
        regels.append(f"{ernst}: {escape(regel.bericht.strip())}\n"
                      f"   [dim]Bron: {escape(regel.bron)}[/dim]")
    return "\n\n".join(regels)
