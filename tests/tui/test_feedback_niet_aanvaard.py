"""After a round without agreement, feedback about the last proposal says so on screen."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.app import App

from simulatie.kern.catalogus import load_catalogus
from simulatie.kern.model import Sessie, woorden
from simulatie.kern.regels import OVER_VOORSTEL
from simulatie.kern.spel import verslag
from simulatie.kern.uitvoer.headless import play
from simulatie.tui.screens.feedback import FeedbackScherm
from tui_hulp import GROOT, wacht_op

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "voorbeelden" / "dalfsen-twee-rondes.toml"


class FeedbackApp(App):
    def __init__(self, staat) -> None:
        super().__init__()
        self.staat = staat

    def on_mount(self) -> None:
        self.push_screen(FeedbackScherm(self.staat))


def _no_deal_round():
    sessie = Sessie.model_validate(tomllib.loads(SCRIPT.read_text(encoding="utf-8")))
    staat = play(load_catalogus(), sessie).staat
    assert staat.ronde.akkoord is None and staat.ronde.afgelopen  # round 2 ends without a deal
    return staat


async def test_feedback_about_the_rejected_proposal_is_labelled_as_such():
    staat = _no_deal_round()
    items = verslag(staat, staat.ronde).feedback
    about_proposal = [f for f in items if f.over == OVER_VOORSTEL]
    assert about_proposal  # the script's rushed round earns tips on its last proposal
    app = FeedbackApp(staat)
    app.animation_level = "none"
    async with app.run_test(size=GROOT) as pilot:
        await wacht_op(pilot, lambda: isinstance(app.screen, FeedbackScherm))
        text = str(app.screen.query_one("#feedback").render())
        label = f"({woorden.OVER_NIET_AANVAARD})"
        assert text.count(label) == len(about_proposal)
        for item in items:  # the label sits on the line of the rule it belongs to
            first_words = " ".join(item.regel.bericht.split()[:4])
            line = next(line for line in text.splitlines() if first_words in line)
            assert (label in line) == (item.over == OVER_VOORSTEL)
