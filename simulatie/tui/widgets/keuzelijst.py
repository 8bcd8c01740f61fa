"""A Select whose open list says 'Lijst sluiten' in the footer instead of English."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay


class _Lijst(SelectOverlay):
    BINDINGS = [Binding("escape", "dismiss", "Lijst sluiten")]


class Keuzelijst(Select):
    """Textual's Select; the footer text of its open list is Dutch, and an open list with
    nothing chosen yet starts on its first option, so Enter, Enter chooses one."""

    def watch_expanded(self, expanded: bool) -> None:
        if expanded and self.value is Select.NULL and self._allow_blank:
            lijst = self.query_one(_Lijst)
            if lijst.option_count > 1:
                lijst.highlighted = 1  # the blank prompt is option 0

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield _Lijst(type_to_search=self._type_to_search).data_bind(compact=Select.compact)
