"""The header bar, safe on screens that close at once (hot seat: Enter, Enter)."""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.dom import NoScreen
from textual.events import Mount
from textual.widgets import Header
from textual.widgets._header import HeaderTitle


class Kop(Header):
    """Textual's Header, but a title update after its screen closed is ignored.

    Header's own title watcher only expects `NoScreen`; when a screen is dismissed
    before its header finished mounting, the title is already gone (`NoMatches`) and
    the app would stop. A player pressing Enter twice in a row can cause that.
    """

    def _on_mount(self, event: Mount) -> None:
        event.prevent_default()  # replaces Header._on_mount

        async def set_title() -> None:
            try:
                self.query_one(HeaderTitle).update(self.format_title())
            except (NoMatches, NoScreen):
                pass  # the screen is gone: nothing left to update

        self.watch(self.app, "title", set_title)
        self.watch(self.app, "sub_title", set_title)
        self.watch(self.screen, "title", set_title)
        self.watch(self.screen, "sub_title", set_title)
