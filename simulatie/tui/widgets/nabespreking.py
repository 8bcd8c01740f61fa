"""The debrief of a round against what the case allowed: text and the picture.

Used on the feedback screen (after the round, both players may see it), in replay (at
each move) and wherever a round is looked back on. The analysis of the case is worked
out once per widget; `toon` moves it to another state of a round.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Static

from simulatie.kern.analyse import analyse, ruimte
from simulatie.kern.analyse.nabespreking import nabespreking
from simulatie.kern.analyse.plaatje import density, plaatje
from simulatie.kern.model.casus import Casus
from simulatie.kern.regels import Regelboek
from simulatie.kern.spel import RondeStaat

from .akkoordruimte import Akkoordruimte


class Nabespreking(Vertical):
    """Where the round landed: the debrief lines above the deal-space picture."""

    DEFAULT_CSS = """
    Nabespreking { height: auto; }
    Nabespreking > #nabespreking-tekst { height: auto; }
    """

    def __init__(self, casus: Casus, regelboek: Regelboek, ronde: RondeStaat, **kwargs) -> None:
        super().__init__(**kwargs)
        self.casus = casus
        self.space = ruimte(casus, regelboek)
        self.analyse = analyse(casus, regelboek, tellen=False, space=self.space)
        self.dichtheid = density(self.space, casus) if self.analyse is not None else None
        self.ronde = ronde

    def compose(self) -> ComposeResult:
        yield Static(self._tekst(), id="nabespreking-tekst")
        if self.analyse is not None:
            yield Akkoordruimte(plaatje(self.casus, self.space, self.analyse, self.ronde,
                                         self.dichtheid))

    def _tekst(self) -> str:
        if self.analyse is None:
            return escape(f"Geen nabespreking: {self.space.onberekend}")
        return "\n".join(escape(line) for line in
                         nabespreking(self.casus, self.ronde, self.analyse).regels)

    def toon(self, ronde: RondeStaat) -> None:
        """Show the debrief of this state of a round (replay: after each move)."""
        self.ronde = ronde
        self.query_one("#nabespreking-tekst", Static).update(self._tekst())
        if self.analyse is not None:
            picture = self.query_one(Akkoordruimte)
            picture.plaatje = plaatje(self.casus, self.space, self.analyse, ronde, self.dichtheid)
            picture.refresh()
