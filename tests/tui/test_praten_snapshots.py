"""How answering a question and 'wat je weet van de ander' look at 80×24.

Regenerate after a deliberate change with `pytest tests/tui/test_praten_snapshots.py
--snapshot-update`, then look at the SVGs under `__snapshots__/` before committing them.
"""

from __future__ import annotations

from simulatie.kern.model import Zet
from simulatie.tui.app import make_app
from tui_hulp import DATA, KLEIN, lees_briefs, neem_over, op_scherm, snel_starten


def _app():
    app = make_app(DATA / "praten", meegeleverd=False)
    app.animation_level = "none"
    return app


async def _vraag_gesteld(pilot) -> None:
    """Anna asked the question of her brief; Bram has the keyboard."""
    await snel_starten(pilot, "praten")
    await lees_briefs(pilot)
    pilot.app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
    await neem_over(pilot)


def test_answer_screen(snap_compare):
    async def run_before(pilot):
        await _vraag_gesteld(pilot)
        await pilot.press("t")
        await op_scherm(pilot, "AntwoordScherm")
        pilot.app.screen.query_one("#tekst").cursor_blink = False
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=KLEIN, run_before=run_before)


def test_what_you_know_screen(snap_compare):
    """After an answer, a told secret with an effect and a preference statement."""
    async def run_before(pilot):
        await _vraag_gesteld(pilot)
        app = pilot.app
        app.probeer(Zet(soort="antwoord", rol="swo", item="kern"))
        app.probeer(Zet(soort="voorkeur", rol="gemeente", punt="looptijd", gewicht="zwaar"))
        app.probeer(Zet(soort="onthul", rol="swo", geheim="partners"))
        await neem_over(pilot)
        await pilot.press("i")
        await op_scherm(pilot, "KennisScherm")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=KLEIN, run_before=run_before)
