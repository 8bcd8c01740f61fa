"""The debrief of a round against what the case allowed: text and the picture.

Used on the feedback screen (after the round, both players may see it), in replay (at
each move) and wherever a round is looked back on. The analysis of the case is worked
out once per case and rule book (`_UITGEREKEND`: every feedback screen of a session and
the replay reuse it), right after the screen first paints (so the screen appears as fast
as without it; the debrief follows a frame later); `toon` moves it to another state of a
round.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Static

from simulatie.kern.analyse import Analyse, Ruimte, analyse, ruimte
from simulatie.kern.analyse.analyse import briefs_voor
from simulatie.kern.analyse.nabespreking import nabespreking
from simulatie.kern.analyse.plaatje import Plaatje, density, plaatje
from simulatie.kern.model.casus import Casus
from simulatie.kern.regels import Regelboek
from simulatie.kern.spel import RondeStaat

from .akkoordruimte import Akkoordruimte

BEZIG = "De akkoordruimte wordt doorgerekend…"
BEWAARD = 4  # cases whose analysis is kept: a session, a replay, a comparison or two

# (id of the case, id of the rule book) -> (case, rule book, space, per brief parity).
# The objects are kept with their ids, so an id is never reused while its entry lives;
# a reloaded case is a new object and gets its own entry.
_UITGEREKEND: dict[tuple[int, int], tuple[Casus, Regelboek, Ruimte, dict[int, tuple]]] = {}


def _uitgerekend(casus: Casus, regelboek: Regelboek) -> tuple[Ruimte, dict[int, tuple]]:
    """The deal space of this case and rule book, and its analyses per brief parity (to
    be filled), worked out once."""
    key = (id(casus), id(regelboek))
    if key not in _UITGEREKEND:
        while len(_UITGEREKEND) >= BEWAARD:
            del _UITGEREKEND[next(iter(_UITGEREKEND))]  # the oldest first
        _UITGEREKEND[key] = (casus, regelboek, ruimte(casus, regelboek), {})
    _, _, space, per_brief = _UITGEREKEND[key]
    return space, per_brief


def _al_uitgerekend(casus: Casus, regelboek: Regelboek, nummer: int) -> tuple[Ruimte, dict[int, tuple]] | None:
    """The same, only when the analysis for this round's briefs is already worked out."""
    found = _UITGEREKEND.get((id(casus), id(regelboek)))
    if found is None or nummer % 2 not in found[3]:
        return None
    return found[2], found[3]


def voorbereid(casus: Casus, regelboek: Regelboek, nummer: int) -> None:
    """Work out the analysis of this round's briefs ahead (the app does so in a thread
    while the round is played), so the round's feedback screen draws it in its first frame."""
    space, per_brief = _uitgerekend(casus, regelboek)
    if nummer % 2 not in per_brief:
        result = analyse(casus, regelboek, tellen=False, space=space,
                         briefs=briefs_voor(casus, nummer))
        cells = density(space, casus, nummer) if result is not None else None
        per_brief[nummer % 2] = (result, cells)


LEEG = Plaatje(((),), True, (), (0.0, 0.0), None, (), None)


class AkkoordAnalyse(Vertical):
    """Where the round landed: the debrief lines above the deal-space picture."""

    DEFAULT_CSS = """
    AkkoordAnalyse { height: auto; }
    AkkoordAnalyse > #akkoordanalyse-tekst { height: auto; }
    """

    def __init__(self, casus: Casus, regelboek: Regelboek, ronde: RondeStaat, **kwargs) -> None:
        super().__init__(**kwargs)
        self.casus, self.regelboek, self.ronde = casus, regelboek, ronde
        self.space: Ruimte | None = None
        self.analyse: Analyse | None = None
        self.klaar = False  # the analysis is in and shown
        self._per_brief: dict[int, tuple] = {}
        self.dichtheid = None

    def compose(self) -> ComposeResult:
        known = _al_uitgerekend(self.casus, self.regelboek, self.ronde.nummer)
        if known is not None:  # worked out before (an earlier round, the replay): draw it
            # now, in the screen's first frame, rather than in a second one
            self.space, self._per_brief = known
            self._bereken(self.ronde.nummer)
            self.klaar = True
            yield Static(self._tekst(), id="akkoordanalyse-tekst")
            if self.analyse is not None:
                yield Akkoordruimte(self._plaatje())
            return
        yield Static(BEZIG, id="akkoordanalyse-tekst")
        yield Akkoordruimte(LEEG)  # axes only until the analysis is in: no relayout then

    def on_mount(self) -> None:
        if not self.klaar:
            self.call_after_refresh(self._reken)

    def _reken(self) -> None:
        self.space, self._per_brief = _uitgerekend(self.casus, self.regelboek)
        self._bereken(self.ronde.nummer)
        if self.analyse is None:
            self.query_one(Akkoordruimte).remove()
        self.klaar = True
        self.toon(self.ronde)

    def _bereken(self, nummer: int) -> None:
        """The analysis with the briefs of this round (round 2 may have other ones)."""
        assert self.space is not None
        voorbereid(self.casus, self.regelboek, nummer)
        self.analyse, self.dichtheid = self._per_brief[nummer % 2]

    def _plaatje(self):
        assert self.space is not None and self.analyse is not None
        return plaatje(self.casus, self.space, self.analyse, self.ronde, self.dichtheid)

    def _tekst(self) -> str:
        if self.space is None:
            return BEZIG
        if self.analyse is None:
            return escape(f"Niet doorgerekend: {self.space.onberekend}")
        return "\n".join(escape(line) for line in
                         nabespreking(self.casus, self.ronde, self.analyse).regels)

    def toon(self, ronde: RondeStaat) -> None:
        """Show the debrief of this state of a round (replay: after each move)."""
        self.ronde = ronde
        if self.space is not None:
            self._bereken(ronde.nummer)
        self.query_one("#akkoordanalyse-tekst", Static).update(self._tekst())
        if self.analyse is not None:
            for picture in self.query(Akkoordruimte):
                picture.plaatje = self._plaatje()
                picture.refresh()
