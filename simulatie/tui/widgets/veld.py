"""A one-line text field that keeps what people type as they typed it, within a limit.

Textual's Input refuses a paste that would pass `max_length` as a whole, silently.
Here a paste (or a key) is cleaned of control characters and cut to fit, and the
player is told that the rest was cut: nothing is lost without a word.
"""

from __future__ import annotations

from textual.widgets import Input

from ..tekst import schoon


class Veld(Input):
    """Input that strips control characters and cuts what does not fit, saying so."""

    def replace(self, text: str, start: int, end: int) -> None:
        text = schoon(text)
        if self.max_length:
            vervangen = abs(end - start)
            ruimte = max(0, self.max_length - (len(self.value) - vervangen))
            if len(text) > ruimte:
                weg = len(text) - ruimte
                text = text[:ruimte]
                tekens = "teken is" if weg == 1 else "tekens zijn"
                self.notify(f"Hier passen {self.max_length} tekens: de laatste {weg} {tekens} "
                            "weggelaten.", title="Tekst ingekort", severity="warning")
        super().replace(text, start, end)
