"""Rounds side by side in a table: the session end, a replay's overview, a comparison."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import DataTable


class RondeTabel(DataTable):
    """A first column of row names, then one column per round."""

    def __init__(self, **kwargs) -> None:
        super().__init__(zebra_stripes=True, cursor_type="row", **kwargs)

    def vul(self, koppen: Sequence[str], rijen: Sequence[Sequence[str]]) -> None:
        self.clear(columns=True)
        self.add_column("", key="wat")
        for n, kop in enumerate(koppen):
            self.add_column(Text(kop), key=str(n))
        for rij in rijen:  # cells hold names and case text: shown as written, never markup
            self.add_row(*(Text(cel) for cel in rij))
