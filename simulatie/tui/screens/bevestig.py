"""A yes/no question over the current screen (quit, stop, accept)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from .basis import Modaal


class BevestigScherm(Modaal):
    """Asks one question; dismisses with True (yes) or False (no, Escape)."""

    HELP = """\
## Bevestigen
Kies **{ja}** of **{nee}** met Tab en Enter, of met de muis.
Escape betekent: nee, terug.
"""
    BINDINGS = [("escape", "nee", "Terug"), ("j", "ja", "Ja"), ("n", "nee", "Nee")]
    # (left/right to move between the buttons come from Modaal)

    def __init__(self, vraag: str, uitleg: str = "", ja: str = "Ja", nee: str = "Nee",
                 id: str | None = None, enter_ja: bool = False) -> None:
        """`enter_ja`: Enter says yes. Only where yes loses nothing (quitting a saved
        session); elsewhere Enter keeps the safe answer, and the dialog says so."""
        super().__init__(id=id)
        self.vraag, self.uitleg, self.ja, self.nee = vraag, uitleg, ja, nee
        self.enter_ja = enter_ja
        self.HELP = self.HELP.format(ja=ja, nee=nee)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster"):
            yield Static(self.vraag, classes="vraag", markup=False)
            if self.uitleg:
                yield Static(self.uitleg, classes="uitleg", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button(self.ja, id="ja", variant="primary" if self.enter_ja else "default")
                yield Button(self.nee, id="nee", variant="default" if self.enter_ja else "primary")
            standaard = self.ja if self.enter_ja else self.nee
            yield Static(f"Enter: {standaard} · j: {self.ja} · n of Escape: {self.nee}",
                         classes="toetsen", markup=False)

    def on_mount(self) -> None:
        self.query_one("#ja" if self.enter_ja else "#nee", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "ja")

    def action_ja(self) -> None:
        self.dismiss(True)

    def action_nee(self) -> None:
        self.dismiss(False)
