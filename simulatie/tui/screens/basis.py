"""What every screen of the game has: a Dutch help text and its palette commands."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from textual.actions import parse
from textual.screen import ModalScreen, Screen

Opdracht = tuple[str, str, str]  # title, help line, action string


class _Hulp:
    HELP: ClassVar[str] = ""
    """Markdown shown by F1: what this screen is for and which keys work."""

    OPDRACHTEN: ClassVar[tuple[Opdracht, ...]] = ()
    """Commands the palette offers on this screen (when their action is allowed)."""

    def opdrachten(self) -> Iterator[Opdracht]:
        for titel, uitleg, action in self.OPDRACHTEN:
            _, name, params = parse(action)
            if self.check_action(name, params) is not False:  # type: ignore[attr-defined]
                yield titel, uitleg, action


class Scherm(_Hulp, Screen):
    """A full screen of the game. It shows what it is given and tells the app what
    happened through `simulatie.tui.messages`, never through the app's attributes."""


class Modaal(_Hulp, ModalScreen):
    """A dialog over the current screen; Escape closes it without an answer."""

    BINDINGS = [
        ("escape", "sluit", "Terug"),
        # Buttons side by side: let the arrows walk them as well as Tab.
        ("left", "app.focus_previous", "Vorige"),
        ("right", "app.focus_next", "Volgende"),
    ]

    def action_sluit(self) -> None:
        self.dismiss(None)
