"""Names typed in one burst (a script, a paste, a fast typist) land in the right fields."""

from __future__ import annotations

import pytest
from textual import events

from tui_hulp import KLEIN, naar_spelers, op_scherm, wacht_op


def _burst(app, text: str) -> None:
    """Every key at once, as a terminal delivers a burst: none waits for the one before."""
    names = {"\t": "tab", "\r": "enter"}
    for char in text:
        app.post_message(events.Key(names.get(char, char), None if char in names else char))


@pytest.mark.parametrize("tussen", ["\t", "\r"])
async def test_the_second_name_goes_in_the_second_field(app, tussen):
    async with app.run_test(size=KLEIN) as pilot:
        await naar_spelers(pilot)
        _burst(app, f"Anna{tussen}Bram")
        naam1, naam2 = app.screen.query_one("#naam1"), app.screen.query_one("#naam2")
        await wacht_op(pilot, lambda: len(naam1.value) + len(naam2.value) >= 8)
        assert (naam1.value, naam2.value) == ("Anna", "Bram")


async def test_enter_in_the_first_name_still_starts_once_both_are_filled(app):
    async with app.run_test(size=KLEIN) as pilot:
        await naar_spelers(pilot)
        _burst(app, "Anna\tBram")
        await wacht_op(pilot, lambda: app.screen.query_one("#naam2").value == "Bram")
        await pilot.press("shift+tab", "enter")  # back in the first field, both names there
        await op_scherm(pilot, "OverdrachtScherm")
