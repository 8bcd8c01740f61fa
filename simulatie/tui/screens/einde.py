"""End of the session: every round side by side, so the pair sees what changed."""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, DataTable, Footer, Static

from simulatie.kern import woorden
from simulatie.kern.sessie import RondeVerslag, verslagen
from simulatie.kern.spel import SessieStaat

from ..weergave import optie_titel, rol_naam
from ..widgets.kop import Kop
from .basis import Scherm


MEERVOUD = {"compliment": "Complimenten", "tip": "Tips", "waarschuwing": "Waarschuwingen"}


class SessieEindeScherm(Scherm):
    HELP = """\
## Sessie-einde
Elke kolom is een ronde. Vergelijk wat jullie afspraken, hoe ieder scoorde en hoeveel
complimenten, tips en waarschuwingen er kwamen — vooral na de rolwissel: hoe keek je
vanaf de andere kant naar dezelfde afspraak?

Pijltjes scrollen door de tabel. **n** begint een nieuwe sessie, **q** sluit af.
"""
    BINDINGS = [Binding("n", "nieuw", "Naar het begin"),
                Binding("q", "app.quit", "Afsluiten", show=False)]
    OPDRACHTEN = (("Naar het begin", "Terug naar het startscherm", "nieuw"),)

    def compose(self) -> ComposeResult:
        staat = self.spel.staat
        assert staat is not None
        self.sub_title = f"{staat.casus.gemeente} · sessie-einde"
        yield Kop()
        with Vertical(id="einde"):
            yield Static("[b]De rondes naast elkaar[/b]", id="einde-kop")
            yield DataTable(id="rondes", zebra_stripes=True, cursor_type="row")
            with Horizontal(classes="knoppen"):
                yield Button("Naar het begin", id="nieuw", variant="primary")
                yield Button("Afsluiten", id="afsluiten")
        yield Footer()

    def on_mount(self) -> None:
        staat = self.spel.staat
        assert staat is not None
        tabel = self.query_one(DataTable)
        gespeeld = [v for v in verslagen(staat) if v.ronde.afgelopen]
        tabel.add_column("", key="wat")
        for v in gespeeld:
            tabel.add_column(f"Ronde {v.ronde.nummer}", key=str(v.ronde.nummer))
        for label, *cellen in tabel_rijen(staat, gespeeld):
            tabel.add_row(label, *cellen)
        tabel.focus()

    @on(Button.Pressed, "#nieuw")
    def action_nieuw(self) -> None:
        self.spel.terug_naar_start()

    @on(Button.Pressed, "#afsluiten")
    def _afsluiten(self) -> None:
        self.run_action("app.quit")


def tabel_rijen(staat: SessieStaat, gespeeld: list[RondeVerslag]) -> list[list[str]]:
    """Rows of the comparison: who played what, the agreement, scores, feedback counts."""
    rijen = []
    for rol in ("gemeente", "swo"):
        rijen.append([rol_naam(rol)] + [staat.spelers[v.ronde.speler(rol)] for v in gespeeld])
    rijen.append(["Uitkomst"] + [woorden.UITKOMSTEN[v.ronde.uitkomst] for v in gespeeld])
    for pid, punt in staat.casus.onderhandelpunten.items():
        rijen.append([punt.titel] + [
            optie_titel(staat.casus, pid, v.ronde.akkoord[pid]) if v.ronde.akkoord else "–"
            for v in gespeeld])
    for speler, naam in enumerate(staat.spelers):
        rijen.append([f"Score {naam}"] + [_score(v, v.ronde.rol_van(speler)) for v in gespeeld])
    for ernst, naam in MEERVOUD.items():
        rijen.append([naam] + [
            str(Counter(f.regel.ernst for f in v.feedback)[ernst]) for v in gespeeld])
    return rijen


def _score(v: RondeVerslag, rol: str) -> str:
    if not v.ronde.akkoord:
        return "geen akkoord"
    teken = "✔" if v.boven_ondergrens[rol] else "✘"
    return f"{v.scores[rol]:g} {teken} als {rol}"
