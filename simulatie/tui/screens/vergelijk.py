"""Several saves of one case side by side: the tables of a workshop, round by round."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, Static

from simulatie.kern.opslag import GeladenSessie
from simulatie.kern.spel import verslag

from ..tabellen import Kolom, vergelijk_rijen
from ..tekst import opmaak
from ..widgets.kop import Kop
from ..widgets.rondetabel import RondeTabel
from .basis import Scherm


def kolommen(saves: list[GeladenSessie]) -> tuple[list[str], list[Kolom]]:
    """Column heads ('Tafel 2 · R1') and columns: every round with moves, table by table."""
    koppen, alle = [], []
    for tafel, geladen in enumerate(saves, start=1):
        staat = geladen.staat
        for ronde in staat.rondes:
            if ronde.zetten:
                loopt = "" if ronde.afgelopen else " (loopt)"
                koppen.append(f"Tafel {tafel} · R{ronde.nummer}{loopt}")
                alle.append(Kolom(staat, verslag(staat, ronde)))
    return koppen, alle


class VergelijkScherm(Scherm):
    HELP = """\
## Sessies vergelijken
Elke kolom is een ronde van een tafel (een bewaarde sessie) op dezelfde casus. Zie in
één oogopslag wat elke tafel afsprak, hoe gemeente en sociaalwerkorganisatie daarbij
scoorden, hoeveel complimenten, tips en waarschuwingen er kwamen, en welke
feedbackregels bij welke tafel afgingen.

Bovenaan staat welke spelers en welk bestand bij elke tafel horen. De pijltjes
scrollen door de tabel; **Escape** gaat terug.
"""
    BINDINGS = [Binding("escape", "app.pop_screen", "Terug")]

    def __init__(self, saves: list[GeladenSessie]) -> None:
        super().__init__()
        self.saves = saves
        casus = saves[0].staat.casus
        self.sub_title = f"Vergelijken · {casus.gemeente} · {len(saves)} sessies"

    def compose(self) -> ComposeResult:
        yield Kop()
        with Vertical(id="vergelijk"):
            yield Static(self._legenda(), id="legenda")
            yield RondeTabel(id="vergelijking")
        yield Footer()

    def _legenda(self) -> Content:
        casus = self.saves[0].staat.casus
        regels = [opmaak("[b]$titel[/b] — $n sessies naast elkaar", titel=casus.titel,
                         n=len(self.saves))]
        for tafel, geladen in enumerate(self.saves, start=1):
            regels.append(opmaak("Tafel $tafel: $spelers  [dim]$bestand[/dim]", tafel=tafel,
                                 spelers=" & ".join(geladen.sessie.spelers),
                                 bestand=geladen.bestand.name))
        return Content("\n").join(regels)

    def on_mount(self) -> None:
        koppen, alle = kolommen(self.saves)
        tabel = self.query_one(RondeTabel)
        tabel.vul(koppen, vergelijk_rijen(alle))
        tabel.focus()
