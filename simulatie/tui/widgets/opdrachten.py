"""The command palette (Ctrl+P), in Dutch down to its 'nothing found' line."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

GEEN = "Geen opdracht gevonden"


class Opdrachten(CommandPalette):
    """Textual's palette; only the line shown when a search finds nothing differs.

    Textual writes that English line in a private method, so this copies it with the
    Dutch text. textual is pinned exactly (pyproject.toml); a test types a search that
    finds nothing and reads the line, so an upgrade that changes the method shows.
    """

    def _start_no_matches_countdown(self, search_value: str) -> None:
        self._stop_no_matches_countdown()

        def toon() -> None:
            if search_value:  # an empty search lists what there is: nothing to say then
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(GEEN, style="not bold")), disabled=True,
                           id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, toon)
