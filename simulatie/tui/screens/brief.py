"""One player's private brief: situation, interests, questions and their own values."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Footer, Markdown

from simulatie.kern.model import Casus

from ..weergave import brief_markdown, rol_naam
from ..widgets.kop import Kop
from .basis import Scherm


class BriefScherm(Scherm):
    """Shows only the brief of `rol`; closing it hides it again."""

    HELP = """\
## Jouw brief
Dit is **alleen voor jou**. Je leest je functie, je situatie, je belangen, vragen en
argumenten die je in het gesprek kunt gebruiken, en wat elke uitkomst jou waard is.
Je **ondergrens**: een akkoord met minder punten is voor jou slechter dan geen akkoord.

Scroll met de pijltjes of Page Up/Down. **Enter** of **Escape** verbergt de brief.
"""
    AUTO_FOCUS = "#brieftekst"  # not on_mount: a handover may close before it mounts
    BINDINGS = [Binding("enter", "verberg", "Verberg brief"),
                Binding("escape", "verberg", "Verberg brief", show=False)]
    OPDRACHTEN = (("Brief verbergen", "Klaar met lezen: verberg de brief", "verberg"),)

    def __init__(self, casus: Casus, rol: str, naam: str, ronde: int = 1) -> None:
        super().__init__()
        self.casus, self.rol, self.naam, self.ronde = casus, rol, naam, ronde
        self.sub_title = f"Brief · {naam} ({rol_naam(rol)})"

    def compose(self) -> ComposeResult:
        yield Kop()
        with VerticalScroll(id="brieftekst"):
            yield Markdown(brief_markdown(self.casus, self.rol, self.naam, self.ronde))
            yield Button("Klaar: verberg mijn brief", id="verberg", variant="primary")
        yield Footer()

    def on_button_pressed(self) -> None:
        self.action_verberg()

    def action_verberg(self) -> None:
        self.dismiss(True)
