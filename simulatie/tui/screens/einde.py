"""End of the session: every round side by side, so the pair sees what changed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from simulatie.kern.spel import SessieStaat, verslagen

from ..messages import NaarStart
from ..tabellen import tabel_rijen
from ..widgets.kop import Kop
from ..widgets.rondetabel import RondeTabel
from .basis import Scherm


class SessieEindeScherm(Scherm):
    HELP = """\
## Sessie-einde
Elke kolom is een ronde. Vergelijk wat jullie afspraken, hoe ieder scoorde en hoeveel
complimenten, tips en waarschuwingen er kwamen — vooral na de rolwissel: hoe keek je
vanaf de andere kant naar dezelfde afspraak?

Onderaan staat per feedbackregel in welke ronde ze afging. De sessie is bewaard als
afgerond: een trainer kan haar zet voor zet terugkijken via **Sessie herspelen**.

Pijltjes scrollen door de tabel. **n** gaat naar het begin, **Ctrl+Q** (of **q**) sluit af.
"""
    BINDINGS = [Binding("n", "nieuw", "Naar het begin"),
                Binding("q", "app.quit", "Afsluiten", show=False)]
    OPDRACHTEN = (("Naar het begin", "Terug naar het startscherm", "nieuw"),)

    def __init__(self, staat: SessieStaat) -> None:
        super().__init__()
        self.staat = staat

    def compose(self) -> ComposeResult:
        staat = self.staat
        self.sub_title = f"{staat.casus.gemeente} · sessie-einde"
        yield Kop()
        with Vertical(id="einde"):
            yield Static("[b]De rondes naast elkaar[/b]", id="einde-kop")
            yield RondeTabel(id="rondes")
            with Horizontal(classes="knoppen"):
                yield Button("Naar het begin", id="nieuw", variant="primary")
                yield Button("Afsluiten", id="afsluiten")
        yield Footer()

    def on_mount(self) -> None:
        staat = self.staat
        tabel = self.query_one(RondeTabel)
        gespeeld = [v for v in verslagen(staat) if v.ronde.afgelopen]
        tabel.vul([f"Ronde {v.ronde.nummer}" for v in gespeeld], tabel_rijen(staat, gespeeld))
        tabel.focus()

    @on(Button.Pressed, "#nieuw")
    def action_nieuw(self) -> None:
        self.post_message(NaarStart())

    @on(Button.Pressed, "#afsluiten")
    def _afsluiten(self) -> None:
        self.run_action("app.quit")
