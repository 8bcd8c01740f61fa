"""What really happened and the debrief questions show once the round is over, never before."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.tui.app import make_app
from tui_hulp import GROOT, lees_briefs, schermtekst, snel_starten, stop_ronde

ECHT = "In het echt koos Mini voor drie aanbieders."
VRAAG = "Wanneer wist je wat de ander het zwaarst woog?"


@pytest.fixture
def app_met_nabespreking(casussen_dir: Path, tmp_path: Path):
    mini = casussen_dir / "mini.toml"
    text = mini.read_text(encoding="utf-8")
    first_table = text.index("\n[")
    extra = (f'\nwat_er_echt_gebeurde = "{ECHT}"\n'
             f'debriefvragen = ["{VRAAG}", "Wie gaf toe, en op welk punt?", "Wat bleef liggen?"]\n')
    mini.write_text(text[:first_table] + extra + text[first_table:], encoding="utf-8")
    app = make_app(casussen_dir, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    return app


async def test_the_debrief_block_shows_after_the_round_only(app_met_nabespreking):
    app = app_met_nabespreking
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        assert ECHT not in schermtekst(app) and VRAAG not in schermtekst(app)
        await stop_ronde(pilot)
        scherm = schermtekst(app)
        assert "Wat er echt gebeurde" in scherm and ECHT in scherm
        assert f"1. {VRAAG}" in scherm and "3. Wat bleef liggen?" in scherm


async def test_a_case_without_debrief_fields_shows_no_debrief_block(app):
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await stop_ronde(pilot)
        assert not app.screen.query("#nabespreking")
