"""The question the player to move may answer, shown above the moves while it is open."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from simulatie.kern.spel import SessieStaat

from ..tekst import opmaak
from ..weergave import speler_label


class OpenVraag(Static):
    """Hidden while no question of the other side waits for the player to move."""

    DEFAULT_CSS = """
    OpenVraag { border: round $accent; padding: 0 1; height: auto; max-height: 6; }
    OpenVraag.-geen { display: none; }
    """

    def toon(self, staat: SessieStaat) -> None:
        ronde = staat.ronde
        vraag = ronde.uitwisseling.open_vraag
        if vraag is None or vraag.door == ronde.aan_zet or ronde.afgelopen:
            self.add_class("-geen")
            return
        self.remove_class("-geen")
        self.border_title = opmaak("Vraag van $wie", wie=speler_label(staat, vraag.door))
        self.update(Content(vraag.tekst))  # what a player typed: never markup
