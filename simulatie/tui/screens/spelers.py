"""Two names and who starts as the municipality."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Footer, Input, Label, RadioButton, RadioSet, Static

from simulatie.kern.spel import GeladenCasus

from ..messages import SpelersGekozen
from ..tekst import schoon
from ..widgets.kop import Kop
from ..widgets.veld import Veld
from .basis import Scherm


def check_namen(a: str, b: str) -> str | None:
    """The Dutch reason two names cannot be used, or None when they can."""
    if not a or not b:
        return "Vul voor beide spelers een naam in."
    if a.casefold() == b.casefold():
        return "Kies twee verschillende namen, zodat je ziet wie aan de beurt is."
    return None


class SpelersScherm(Scherm):
    HELP = """\
## Spelers
Vul de namen van de twee spelers in en kies wie in ronde 1 de **gemeente** speelt.
De ander speelt de **sociaalwerkorganisatie**. Na elke ronde kun je van rol wisselen.

Tab springt naar het volgende veld; **Enter** in een naamveld of de knop start de sessie.
**Escape** gaat terug naar de casussen.
"""
    # Tab moves on at once (priority): keys typed right after it go to the next field,
    # however fast they come (a burst such as "Anna<Tab>Bram" from a script or a paste).
    BINDINGS = [Binding("escape", "app.pop_screen", "Terug"),
                Binding("tab", "app.focus_next", show=False, priority=True),
                Binding("shift+tab", "app.focus_previous", show=False, priority=True),
                Binding("enter", "naar_tweede", show=False, priority=True)]
    OPDRACHTEN = (("Sessie starten", "Begin ronde 1 met deze spelers", "start"),)

    def __init__(self, geladen: GeladenCasus) -> None:
        super().__init__()
        self.geladen = geladen
        self.sub_title = f"Spelers · {geladen.casus.gemeente}"

    def compose(self) -> ComposeResult:
        yield Kop()
        with Center(), Vertical(id="spelers"):
            yield Static("[b]Wie spelen er?[/b]", classes="vraag")
            for n, voorbeeld in ((1, "Anna"), (2, "Bram")):
                with Horizontal(classes="naamregel"):
                    yield Label(f"Speler {n}")
                    yield Veld(placeholder=f"naam, bijvoorbeeld {voorbeeld}", id=f"naam{n}",
                                max_length=40, compact=True)
            yield Label("Wie speelt in ronde 1 de gemeente?")
            with RadioSet(id="begint", compact=True):
                yield RadioButton("Speler 1 is de gemeente", value=True, id="speler1")
                yield RadioButton("Speler 2 is de gemeente", id="speler2")
            yield Static("", id="fout", markup=False)
            with Center():
                yield Button("Start de sessie", id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#naam1", Input).focus()

    @on(Input.Changed)
    def _namen_gewijzigd(self) -> None:
        a, b = self._namen()
        self.query_one("#speler1", RadioButton).label = Content(f"{a or 'Speler 1'} is de gemeente")
        self.query_one("#speler2", RadioButton).label = Content(f"{b or 'Speler 2'} is de gemeente")
        self.query_one("#fout", Static).update("")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "naar_tweede":  # Enter in the first name, the second still empty
            return self.focused is self.query_one("#naam1") and not self._namen()[1]
        return True

    def action_naar_tweede(self) -> None:
        # Enter in the first name moves on, as a form on paper would; a priority binding,
        # so that what is typed right after Enter lands in the second name too; and
        # `set_focus` at once, where a widget's `focus()` would wait for the next idle.
        self.set_focus(self.query_one("#naam2", Input))

    @on(Input.Submitted)
    def _enter(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#start")
    def action_start(self) -> None:
        a, b = self._namen()
        fout = check_namen(a, b)
        if fout:
            self.query_one("#fout", Static).update(fout)
            return
        # Round 1 gives player index 0 the municipality, so put that player first.
        spelers = (a, b) if self.query_one("#speler1", RadioButton).value else (b, a)
        self.post_message(SpelersGekozen(self.geladen, spelers))

    def _namen(self) -> tuple[str, str]:
        return (schoon(self.query_one("#naam1", Input).value).strip(),
                schoon(self.query_one("#naam2", Input).value).strip())
