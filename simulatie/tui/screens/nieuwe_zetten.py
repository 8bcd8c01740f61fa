"""The dialogue screen's moves beyond talk and offers: answer or decline a question,
state a preference, tell a secret, and read what you know of the other side.

A mixin of `DialoogScherm`, so that screen keeps its own job. What each move may carry
comes from the core (`legal_zetten`); these only open the form and pass on the move.
"""

from __future__ import annotations

from simulatie.kern.spel import MogelijkeZet, SessieStaat, legal_zetten

from .antwoord import AntwoordScherm, WeigerScherm
from .kennis import KennisScherm
from .onthul import OnthulScherm
from .voorkeur import VoorkeurScherm

# The keys of these moves; the list of moves shows them beside the labels.
TOETSEN = {"antwoord": "t", "weiger": "n", "voorkeur": "k", "onthul": "o"}
SCHERMEN = {"antwoord": AntwoordScherm, "voorkeur": VoorkeurScherm, "onthul": OnthulScherm}

HELP = """\
- **t** de vraag van de ander beantwoorden (uit je brief, met een geheim of in eigen
  woorden), **n** zichtbaar geen antwoord geven
- **k** zeggen wat een punt je waard is (je brief stelt het ware voor; je mag ervan
  afwijken), **o** een geheim vertellen
- **i** wat je nu weet van de ander: wat je verteld is, hun voorkeuren, hun antwoorden
"""


class NieuweZetten:
    """Actions for the moves of `TOETSEN` and for 'wat je weet'; needs `nu` and `_speel`."""

    nu: SessieStaat

    def mogelijk(self, soort: str) -> MogelijkeZet | None:
        """What the move `soort` may carry now, or None when it is not legal."""
        return next((m for m in legal_zetten(self.nu) if m.soort == soort), None)

    def open_zet(self, soort: str) -> None:
        mogelijk = self.mogelijk(soort)
        if mogelijk is None:
            return
        if soort == "weiger":
            assert mogelijk.vraag is not None
            scherm = WeigerScherm(self.nu, mogelijk.vraag)
        else:
            scherm = SCHERMEN[soort](self.nu, mogelijk)
        self.app.push_screen(scherm, self._speel)  # type: ignore[attr-defined]

    def action_kennis(self) -> None:
        """Only for who took the keyboard at the last handover, as 'Mijn brief'."""
        rol = getattr(self.app, "toetsenbord", None)  # type: ignore[attr-defined]
        if rol is None:
            self.app.notify("Geef eerst het toetsenbord over.",  # type: ignore[attr-defined]
                            title="Wat je weet")
            return
        self.app.push_screen(KennisScherm(self.nu, rol))  # type: ignore[attr-defined]
