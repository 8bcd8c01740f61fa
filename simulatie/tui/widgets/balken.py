"""Public-value dimensions as bars around a middle line (values may be negative)."""

from __future__ import annotations

from collections.abc import Mapping

from textual.widgets import Static

from simulatie.kern.model import woorden

from ..weergave import balk


class Balken(Static):
    """One line per dimension: name, bar, signed number."""

    def __init__(self, dimensies: Mapping[str, int], **kwargs) -> None:
        super().__init__(self._tekst(dimensies), **kwargs)

    @staticmethod
    def _tekst(dimensies: Mapping[str, int]) -> str:
        regels = ["[dim]Opgeteld uit de effecten van de feedback hierboven.[/dim]"]
        for dim, naam in woorden.DIMENSIES.items():
            waarde = dimensies.get(dim, 0)
            kleur = "$success" if waarde > 0 else "$error" if waarde < 0 else "$foreground-muted"
            regels.append(f"{naam:<27} [{kleur}]{balk(waarde)}[/] {waarde:+d}")
        return "\n".join(regels)
