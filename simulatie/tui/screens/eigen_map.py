"""Choose a facilitator's own folder of cases, shown beside the bundled ones."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from .basis import Modaal


@dataclass(frozen=True)
class EigenMap:
    """The folder chosen; `map` None means: only the bundled cases."""

    map: Path | None


def check_map(tekst: str) -> tuple[Path | None, str | None]:
    """The folder typed in, or why it cannot be one (in Dutch). Empty means no own folder."""
    tekst = tekst.strip()
    if not tekst:
        return None, None
    map_ = Path(tekst).expanduser()
    if map_.is_dir():
        return map_, None
    if map_.exists():
        return None, "Dit is een bestand. Kies de map waar de casussen in staan."
    return None, f"De map {map_} bestaat niet."


class EigenMapScherm(Modaal):
    """Dismisses with an `EigenMap`, or None on Escape."""

    HELP = """\
## Eigen map
Typ het pad van een map met je eigen casussen (`*.toml`) en druk op **Enter**. Ze staan
dan in de lijst naast de meegeleverde casussen. Laat het veld leeg om alleen de
meegeleverde casussen te zien.

De keuze geldt tot je het spel afsluit. Start je het spel met
`simulatie --casussen MAP`, dan staat die map hier al ingevuld.
"""

    def __init__(self, huidig: Path | None) -> None:
        super().__init__()
        self.huidig = huidig

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialoogvenster breed") as venster:
            venster.border_title = "Eigen map met casussen"
            yield Static("De casussen in deze map staan naast de meegeleverde. Leeg: alleen "
                         "de meegeleverde casussen.", classes="uitleg")
            yield Input(str(self.huidig or ""), placeholder="bijvoorbeeld ~/casussen",
                        id="map")
            yield Static(id="fout", markup=False)
            with Horizontal(classes="knoppen"):
                yield Button("Laden", id="laden", variant="primary")
                yield Button("Terug", id="terug")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#laden")
    def _laden(self) -> None:
        map_, fout = check_map(self.query_one(Input).value)
        if fout is not None:
            self.query_one("#fout", Static).update(fout)
            self.query_one(Input).focus()
            return
        self.dismiss(EigenMap(map_))

    @on(Input.Changed)
    def _getypt(self) -> None:
        self.query_one("#fout", Static).update("")

    @on(Button.Pressed, "#terug")
    def _terug(self) -> None:
        self.dismiss(None)
