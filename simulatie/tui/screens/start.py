"""The first screen: start, resume or replay a session, or quit."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from ..messages import BewaardGevraagd, CasussenGevraagd
from ..widgets.kop import Kop
from .basis import Scherm

WELKOM = """\
[b]Oefen de inkoopdialoog in het sociaal domein[/b]

Twee spelers, één toetsenbord. De een speelt de gemeente, de ander de \
sociaalwerkorganisatie. Elk krijgt een eigen, geheime brief. Praat, doe voorstellen, \
kom tot een akkoord of niet — en wissel daarna van rol."""


class StartScherm(Scherm):
    HELP = """\
## Start
Kies met de pijltjes en Enter, of druk op de letter:

- **n** Nieuwe sessie: kies een casus en twee spelers.
- **h** Sessie hervatten: verder met een sessie die nog niet is afgerond.
- **r** Sessie herspelen: een bewaarde sessie zet voor zet nalopen (voor trainers),
  of sessies van dezelfde casus naast elkaar zetten.
- **Ctrl+Q** (of **q**) Afsluiten.

Het spel bewaart elke zet meteen in de map met sessies (standaard `saves/`, of wat je
met `--saves` opgeeft). Vanaf de opdrachtregel kan het ook: `simulatie hervat BESTAND`
en `simulatie herspeel BESTAND...`.
"""
    BINDINGS = [
        Binding("n", "nieuw", "Nieuw"),
        Binding("h", "bewaard('hervatten')", "Hervatten"),
        Binding("r", "bewaard('herspelen')", "Herspelen"),
        Binding("q", "app.quit", "Afsluiten", show=False),
    ]
    OPDRACHTEN = (
        ("Nieuwe sessie", "Kies een casus en twee spelers", "nieuw"),
        ("Sessie hervatten", "Verder met een bewaarde sessie", "bewaard('hervatten')"),
        ("Sessie herspelen", "Een bewaarde sessie nalopen", "bewaard('herspelen')"),
    )

    def compose(self) -> ComposeResult:
        yield Kop()
        with Vertical(id="start"):
            with Center():
                yield Static(WELKOM, id="welkom")
            with Center():
                yield OptionList(
                    Option("Nieuwe sessie", id="nieuw"),
                    Option("Sessie hervatten", id="hervatten"),
                    Option("Sessie herspelen", id="herspelen"),
                    Option("Afsluiten", id="afsluiten"),
                    id="menu",
                )
        yield Footer()

    @on(OptionList.OptionSelected, "#menu")
    def _gekozen(self, event: OptionList.OptionSelected) -> None:
        keuze = event.option.id
        if keuze == "nieuw":
            self.action_nieuw()
        elif keuze == "afsluiten":
            self.run_action("app.quit")
        else:
            self.action_bewaard(keuze or "")

    def action_nieuw(self) -> None:
        self.post_message(CasussenGevraagd())

    def action_bewaard(self, modus: str) -> None:
        self.post_message(BewaardGevraagd(modus))
