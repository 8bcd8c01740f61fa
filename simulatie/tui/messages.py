"""What screens tell the app: past-tense messages, handled in `app.py`.

A screen never changes the session, writes a file or sets the app's attributes itself;
it posts one of these and the app acts. New kinds of move need no new message: they
travel as a `Zet` in `ZetGekozen`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from simulatie.kern.model import Zet
    from simulatie.kern.opslag import GeladenSessie
    from simulatie.kern.spel import GeladenCasus


class ZetGekozen(Message):
    """A player chose a move (a role swap included); the app tries to play it."""

    def __init__(self, zet: Zet) -> None:
        super().__init__()
        self.zet = zet


class SpelersGekozen(Message):
    """Two names and a case: the app starts round 1 with `spelers[0]` as municipality."""

    def __init__(self, geladen: GeladenCasus, spelers: tuple[str, str]) -> None:
        super().__init__()
        self.geladen, self.spelers = geladen, spelers


class SessieAfgerond(Message):
    """The players finished the session after a round's feedback."""


class NaarStart(Message):
    """The players want the start screen again."""


class SaveGekozen(Message):
    """Saves were chosen: one to resume, or one or more of one case to replay."""

    def __init__(self, saves: list[GeladenSessie], hervatten: bool) -> None:
        super().__init__()
        self.saves, self.hervatten = saves, hervatten


class NotitieGeschreven(Message):
    """A trainer wrote (or, with '', removed) the note at move `nummer` of a save."""

    def __init__(self, geladen: GeladenSessie, nummer: int, tekst: str) -> None:
        super().__init__()
        self.geladen, self.nummer, self.tekst = geladen, nummer, tekst


class MapGekozen(Message):
    """A facilitator chose their own folder of cases (None: only the bundled ones)."""

    def __init__(self, map: Path | None) -> None:
        super().__init__()
        self.map = map


class BriefGevraagd(Message):
    """'Mijn brief' during play: the app shows the brief of who holds the keyboard."""


class BewaardGevraagd(Message):
    """The players want the list of saves, to resume (`hervatten`) or replay (`herspelen`)."""

    def __init__(self, modus: str) -> None:
        super().__init__()
        self.modus = modus


class CasussenGevraagd(Message):
    """The players want to pick a case (a new session)."""


class LijstGetoond(Message):
    """The case list from the cache has painted: now the cases may load behind it."""
