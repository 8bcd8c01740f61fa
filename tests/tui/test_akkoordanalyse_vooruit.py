"""The round's analysis is worked out while the round is played, so the feedback screen
draws the debrief and its picture in its first frame."""

from __future__ import annotations

from simulatie.tui.widgets import akkoordanalyse
from simulatie.tui.widgets.akkoordanalyse import AkkoordAnalyse, _al_uitgerekend
from tui_hulp import KLEIN, lees_briefs, snel_starten, stop_ronde, wacht_op


async def test_the_feedback_screen_finds_the_analysis_ready(app, monkeypatch):
    akkoordanalyse._UITGEREKEND.clear()
    later: list[int] = []  # analyses done after the first frame
    reken = AkkoordAnalyse._reken
    monkeypatch.setattr(AkkoordAnalyse, "_reken", lambda self: (later.append(1), reken(self)))
    async with app.run_test(size=KLEIN) as pilot:
        await snel_starten(pilot)
        staat = app.staat
        await wacht_op(pilot, lambda: _al_uitgerekend(staat.casus, staat.regelboek, 1))
        await lees_briefs(pilot)
        await stop_ronde(pilot)
        widget = app.screen.query_one(AkkoordAnalyse)
        await pilot.pause()
        assert widget.klaar and not later  # composed with the analysis: no second frame
        assert "wordt doorgerekend" not in str(app.screen.query_one("#akkoordanalyse-tekst").render())


async def test_after_the_role_swap_the_second_rounds_briefs_are_worked_out_too(app):
    akkoordanalyse._UITGEREKEND.clear()
    async with app.run_test(size=KLEIN) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await stop_ronde(pilot)
        await pilot.press("r")
        staat = app.staat
        await wacht_op(pilot, lambda: app.staat.ronde.nummer == 2)
        await wacht_op(pilot, lambda: _al_uitgerekend(staat.casus, staat.regelboek, 2))
