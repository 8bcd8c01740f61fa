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
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.vraag, self.uitleg, self.ja, self.nee = vraag, uitleg, ja, nee
        self.HELP = self.HELP.format(ja=ja, nee=nee)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster"):
            yield Static(self.vraag, classes="vraag", markup=False)
            if self.uitleg:
                yield Static(self.uitleg, classes="uitleg", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button(self.ja, id="ja", variant="primary")
                yield Button(self.nee, id="nee")

    def on_mount(self) -> None:
        self.query_one("#nee", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "ja")

    def action_ja(self) -> None:
        self.dismiss(True)

    def action_nee(self) -> None:
        self.dismiss(False)
