"""For the facilitator, before play: what `simulatie valideer --akkoorden` prints for one
case, in the app. Both briefs side by side per issue, each side's ideal, the Nash and
Kalai–Smorodinsky points and the best joint deal, and which rules fire on each.

This screen shows BOTH briefs, so it opens only from the case list (never during a
round) and only after a confirm whose safe answer is no (`BEVESTIG`). The text comes
from the one producer the command line uses (`analyse.akkoorden.facilitator_lines`); it
is worked out in a thread, so a large case never freezes the screen.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Static

from simulatie.kern.analyse.akkoorden import facilitator_lines
from simulatie.kern.spel import GeladenCasus

from ..widgets.kop import Kop
from .basis import Scherm

TITEL = "Voor de begeleider"
BEVESTIG = "Alleen voor de begeleider: dit scherm toont beide briefs. Doorgaan?"
UITLEG = ("Laat de spelers niet meekijken: je ziet de gewichten, waarden en ondergrenzen van "
          "beide kanten, en welke akkoorden het best uitpakken.")
BEZIG = "De akkoordruimte wordt doorgerekend…"


class BegeleiderScherm(Scherm):
    HELP = """\
## Voor de begeleider
Wat `simulatie valideer --akkoorden` voor deze casus laat zien, om een casus te
testen of een ronde voor te bereiden:

- hoeveel akkoorden er mogen en hoeveel beide ondergrenzen halen;
- het ideaal van elke kant, het Nash-akkoord, het Kalai–Smorodinsky-akkoord en het
  hoogste gezamenlijke akkoord, met de keuzes (klaar om in een script te plakken) en
  welke algemene en eigen regels erop afgaan als het meteen aanvaard wordt;
- de briefs naast elkaar per punt: wie weegt wat zwaarder, en waar te ruilen valt.

Dit scherm toont **beide briefs**: laat de spelers niet meekijken.
Scroll met de pijltjes of Page Up/Down. **Escape** gaat terug naar de casussen.
"""
    DEFAULT_CSS = """
    #begeleider-scroll { height: 1fr; padding: 0 1; }
    """
    AUTO_FOCUS = "#begeleider-scroll"
    BINDINGS = [Binding("escape", "app.pop_screen", "Terug")]
    OPDRACHTEN = (("Terug naar de casussen", "Sluit het scherm voor de begeleider",
                   "app.pop_screen"),)

    def __init__(self, geladen: GeladenCasus, bestand: str) -> None:
        """`bestand`: how to name the case's file (relative to its folder)."""
        super().__init__()
        self.geladen, self.bestand = geladen, bestand
        self.klaar = False  # the text is in and shown
        self.sub_title = f"{TITEL} · {geladen.casus.gemeente}"

    def compose(self) -> ComposeResult:
        yield Kop()
        with VerticalScroll(id="begeleider-scroll"):
            yield Static(BEZIG, id="begeleider")
        yield Footer()

    def on_mount(self) -> None:
        self._reken()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _reken(self) -> None:
        try:
            lines = facilitator_lines(self.geladen, self.bestand)
        except Exception as error:  # noqa: BLE001 — say it on screen, never crash the app
            lines = [f"Doorrekenen mislukt ({type(error).__name__}: {error}); meld dit bij "
                     "de makers van het spel."]
        self.app.call_from_thread(self._toon, lines)

    def _toon(self, lines: list[str]) -> None:
        self.query_one("#begeleider", Static).update(opgemaakt(lines))
        self.klaar = True


def opgemaakt(lines: list[str]) -> Content:
    """The command line's text, with the case line and each named deal in bold."""
    parts = []
    for line in lines:
        depth = len(line) - len(line.lstrip(" "))
        bold = depth == 0 or (depth == 2 and not line.lstrip().startswith("("))
        first, _, rest = line.partition("\n")  # a deal's line carries its keuzes below
        parts.append(Content.assemble((first, "bold") if bold else first,
                                      *(("\n", rest) if rest else ())))
    return Content("\n").join(parts)
