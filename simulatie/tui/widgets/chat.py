"""The conversation of the current round as a chat: who said what."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from simulatie.kern.model import Zet
from simulatie.kern.spel import SessieStaat

from ..uitspraken import VRAAG_STATUS
from ..weergave import SOORT_KORT, speler_label, zet_tekst


class Bericht(Static):
    """One move in the chat; gemeente and swo get their own side and colour."""

    def __init__(self, staat: SessieStaat, zet: Zet) -> None:
        rol = zet.rol or "gemeente"
        super().__init__(zet_tekst(staat.casus, zet, staat.ronde.nummer), markup=False,
                         classes=f"bericht {rol} {zet.soort}")
        self.border_title = Content(speler_label(staat, rol))
        self.border_subtitle = SOORT_KORT[zet.soort]


class Chat(VerticalScroll, can_focus=True):
    """Shows the moves of the round in `staat`; only new moves are added."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._ronde = 0
        self._getoond = 0

    def toon(self, staat: SessieStaat) -> None:
        ronde = staat.ronde
        if ronde.nummer != self._ronde or len(ronde.zetten) < self._getoond:
            self.remove_children()
            self._ronde, self._getoond = ronde.nummer, 0
        nieuw = ronde.zetten[self._getoond:]
        if not nieuw and self._getoond == 0 and not self.children:
            self.mount(Static("Nog niets gezegd. De gemeente opent het gesprek.",
                              classes="leeg"))
        if nieuw:
            self.query(".leeg").remove()
            self.mount_all(Bericht(staat, zet) for zet in nieuw)
            self._getoond = len(ronde.zetten)
            self.call_after_refresh(self.scroll_end, animate=False)
        self._vraag_status(staat)

    def _vraag_status(self, staat: SessieStaat) -> None:
        """A question's label says what became of it: answered, declined, passed by."""
        berichten = list(self.query(Bericht))
        for vraag in staat.ronde.uitwisseling.vragen:
            if 0 < vraag.zet <= len(berichten):
                berichten[vraag.zet - 1].border_subtitle = VRAAG_STATUS[vraag.status]
