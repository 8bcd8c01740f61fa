"""The debrief of a round against what the case allowed: text and the picture.

Used on the feedback screen (after the round, both players may see it), in replay (at
each move) and wherever a round is looked back on. The analysis of the case is worked
out once per widget, right after the screen first paints (so the screen appears as fast
as without it; the debrief follows a frame later); `toon` moves it to another state of a
round.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Static

from simulatie.kern.analyse import Analyse, Ruimte, analyse, ruimte
from simulatie.kern.analyse.nabespreking import nabespreking
from simulatie.kern.analyse.plaatje import Plaatje, density, plaatje
from simulatie.kern.model.casus import Casus
from simulatie.kern.regels import Regelboek
from simulatie.kern.spel import RondeStaat

from .akkoordruimte import Akkoordruimte

BEZIG = "De akkoordruimte wordt doorgerekend…"
LEEG = Plaatje(((),), True, (), (0.0, 0.0), None, (), None)


class Nabespreking(Vertical):
    """Where the round landed: the debrief lines above the deal-space picture."""

    DEFAULT_CSS = """
    Nabespreking { height: auto; }
    Nabespreking > #nabespreking-tekst { height: auto; }
    """

    def __init__(self, casus: Casus, regelboek: Regelboek, ronde: RondeStaat, **kwargs) -> None:
        super().__init__(**kwargs)
        self.casus, self.regelboek, self.ronde = casus, regelboek, ronde
        self.space: Ruimte | None = None
        self.analyse: Analyse | None = None
        self.klaar = False  # the analysis is in and shown

    def compose(self) -> ComposeResult:
        yield Static(BEZIG, id="nabespreking-tekst")
        yield Akkoordruimte(LEEG)  # axes only until the analysis is in: no relayout then

    def on_mount(self) -> None:
        self.call_after_refresh(self._reken)

    def _reken(self) -> None:
        self.space = ruimte(self.casus, self.regelboek)
        self.analyse = analyse(self.casus, self.regelboek, tellen=False, space=self.space)
        self.dichtheid = density(self.space, self.casus) if self.analyse is not None else None
        if self.analyse is None:
            self.query_one(Akkoordruimte).remove()
        self.klaar = True
        self.toon(self.ronde)

    def _plaatje(self):
        assert self.space is not None and self.analyse is not None
        return plaatje(self.casus, self.space, self.analyse, self.ronde, self.dichtheid)

    def _tekst(self) -> str:
        if self.space is None:
            return BEZIG
        if self.analyse is None:
            return escape(f"Geen nabespreking: {self.space.onberekend}")
        return "\n".join(escape(line) for line in
                         nabespreking(self.casus, self.ronde, self.analyse).regels)

    def toon(self, ronde: RondeStaat) -> None:
        """Show the debrief of this state of a round (replay: after each move)."""
        self.ronde = ronde
        self.query_one("#nabespreking-tekst", Static).update(self._tekst())
        if self.analyse is not None:
            for picture in self.query(Akkoordruimte):
                picture.plaatje = self._plaatje()
                picture.refresh()
