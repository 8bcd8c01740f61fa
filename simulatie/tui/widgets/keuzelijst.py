"""A Select whose open list says 'Lijst sluiten' in the footer instead of English."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay


class _Lijst(SelectOverlay):
    BINDINGS = [Binding("escape", "dismiss", "Lijst sluiten")]


class Keuzelijst(Select):
    """Textual's Select; only the footer text of its open list differs."""

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield _Lijst(type_to_search=self._type_to_search).data_bind(compact=Select.compact)
