"""The round debrief's analysis is worked out once per case and rule book: every
feedback screen of a session (and a replay) reuses it; another case gets its own."""

from __future__ import annotations

from textual.app import App, ComposeResult

from simulatie.kern.catalogus import load_folder
from simulatie.kern.model import Zet
from simulatie.kern.spel import new_session, step
from simulatie.tui.widgets.akkoordanalyse import AkkoordAnalyse
from tui_hulp import DATA, GROOT, wacht_op


class TweeApp(App):
    """Two debrief widgets, as two feedback screens of one session would have."""

    def __init__(self, *paren) -> None:
        super().__init__()
        self.paren = paren

    def compose(self) -> ComposeResult:
        for geladen, ronde in self.paren:
            yield AkkoordAnalyse(geladen.casus, geladen.regelboek, ronde)


def _round(geladen, *zetten):
    staat = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    for zet in zetten:
        staat = step(staat, zet)
    return staat.ronde


async def test_two_widgets_of_one_case_share_one_analysis_and_another_case_has_its_own():
    casussen = load_folder(DATA / "casussen").casussen
    zonnedorp, mini = casussen["zonnedorp"], casussen["mini"]
    stop = Zet(soort="stop", rol="gemeente")
    app = TweeApp((zonnedorp, _round(zonnedorp)), (zonnedorp, _round(zonnedorp, stop)),
                  (mini, _round(mini)))
    async with app.run_test(size=GROOT) as pilot:
        eerste, tweede, ander = app.query(AkkoordAnalyse)
        await wacht_op(pilot, lambda: eerste.klaar and tweede.klaar and ander.klaar)
        assert eerste.analyse is not None and eerste.space is not None
        assert tweede.analyse is eerste.analyse and tweede.space is eerste.space
        assert ander.analyse is not eerste.analyse and ander.space is not eerste.space
        # Each still shows its own round: the stopped one says there was no agreement.
        tekst = str(tweede.query_one("#akkoordanalyse-tekst").visual)
        assert "zonder akkoord" in tekst
        assert "zonder akkoord" not in str(eerste.query_one("#akkoordanalyse-tekst").visual)
