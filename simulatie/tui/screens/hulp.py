"""F1: a short Dutch explanation of the screen the player is on."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Markdown

from .basis import Modaal

ALGEMEEN = """\
---
**Overal:** F1 hulp · Ctrl+P opdrachten zoeken · Ctrl+Q afsluiten ·
Tab en Shift+Tab springen tussen onderdelen · de muis werkt ook.
Escape of F1 sluit deze hulp.
"""


class HulpScherm(Modaal):
    """Shows the HELP text of the screen below it."""

    HELP = "## Hulp\nDit is de hulp. Escape of Enter sluit haar."
    BINDINGS = [("escape", "sluit", "Sluiten"), ("f1", "sluit", "Sluiten")]

    def __init__(self, onder: Screen) -> None:
        super().__init__()
        self.tekst = getattr(onder, "HELP", "") or "Geen hulp bij dit scherm."

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster breed", id="hulp"):
            with VerticalScroll(id="hulptekst"):
                yield Markdown(self.tekst + "\n" + ALGEMEEN)
            yield Button("Sluiten", id="sluit", variant="primary")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)
