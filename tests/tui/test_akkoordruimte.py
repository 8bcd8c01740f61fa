"""The deal-space picture widget at 80×24 and 120×40, on the fixed fixture case: a
round where the gemeente opens with its ideal, the swo counters, and they agree."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from simulatie.kern.analyse import analyse, ruimte
from simulatie.kern.analyse.plaatje import plaatje
from simulatie.kern.catalogus import load_folder
from simulatie.kern.model import Zet
from simulatie.kern.spel import new_session, step
from simulatie.tui.widgets.akkoordruimte import Akkoordruimte, teken
from tui_hulp import DATA, GROOT, KLEIN

MATEN = pytest.mark.parametrize("maat", [KLEIN, GROOT], ids=["80x24", "120x40"])


def _picture():
    geladen = load_folder(DATA / "casussen").casussen["zonnedorp"]
    space = ruimte(geladen.casus, geladen.regelboek)
    result = analyse(geladen.casus, geladen.regelboek, tellen=False, space=space)
    staat = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    for zet in (Zet(soort="voorstel", rol="gemeente", keuzes=dict(result.ideaal["gemeente"].keuzes)),
                Zet(soort="tegenvoorstel", rol="swo", keuzes=dict(result.ideaal["swo"].keuzes)),
                Zet(soort="tegenvoorstel", rol="gemeente", keuzes=dict(result.beste_samen.keuzes)),
                Zet(soort="accepteer", rol="swo")):
        staat = step(staat, zet)
    return plaatje(geladen.casus, space, result, staat.ronde), result


class PlaatjeApp(App):
    CSS = "Akkoordruimte { height: 1fr; }"

    def __init__(self) -> None:
        super().__init__()
        self.picture, _ = _picture()

    def compose(self) -> ComposeResult:
        yield Akkoordruimte(self.picture)


@MATEN
def test_the_picture(snap_compare, maat):
    app = PlaatjeApp()
    app.animation_level = "none"
    assert snap_compare(app, terminal_size=maat)


def test_the_marks_sit_where_the_scores_are():
    """The agreement's star, the Nash point under it, both bottom lines and the first
    proposal, at the cells their scores map to."""
    picture, result = _picture()
    lines = teken(picture, 84, 24).plain.splitlines()
    plot = [line[4:] for line in lines[:20]]  # 80 columns, 20 rows of plot

    def cell(g: float, s: float) -> str:
        return plot[19 - min(19, int(s * 20 / 101))][min(79, int(g * 80 / 101))]

    assert cell(*picture.akkoord) == "★"
    assert cell(result.ideaal["gemeente"].gemeente, result.ideaal["gemeente"].swo) == "1"
    assert cell(result.ideaal["swo"].gemeente, result.ideaal["swo"].swo) == "2"
    low_g, low_s = picture.ondergrens
    assert plot[0][int(low_g * 80 / 101)] in "│•12★N"
    assert "─" in plot[19 - int(low_s * 20 / 101)]
    assert lines[-1] == "voorstellen: 1 gemeente, 2 swo, 3 gemeente"


class NabesprekingApp(App):
    def __init__(self, geladen, ronde) -> None:
        super().__init__()
        self.geladen, self.ronde = geladen, ronde

    def compose(self) -> ComposeResult:
        from simulatie.tui.widgets.nabespreking import Nabespreking

        yield Nabespreking(self.geladen.casus, self.geladen.regelboek, self.ronde)


async def test_the_debrief_follows_the_round_move_by_move():
    """In replay the widget is moved to each state: before the agreement it says there is
    none yet and shows one proposal; after it, the agreement and both proposals."""
    geladen = load_folder(DATA / "casussen").casussen["zonnedorp"]
    result = analyse(geladen.casus, geladen.regelboek, tellen=False)
    staat = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    staat = step(staat, Zet(soort="voorstel", rol="gemeente", keuzes=dict(result.beste_samen.keuzes)))
    halfway = staat.ronde
    staat = step(staat, Zet(soort="accepteer", rol="swo"))
    app = NabesprekingApp(geladen, halfway)
    async with app.run_test(size=KLEIN) as pilot:
        from simulatie.tui.widgets.nabespreking import Nabespreking

        widget = app.query_one(Nabespreking)
        while not widget.klaar:
            await pilot.pause()
        text = lambda: str(app.query_one("#nabespreking-tekst").render())  # noqa: E731
        assert "Er is (nog) geen akkoord." in text()
        assert [v.zet for v in app.query_one(Akkoordruimte).plaatje.voorstellen] == [1]
        widget.toon(staat.ronde)
        await pilot.pause()
        assert "Akkoord: gemeente" in text() and "Pareto-efficiënt" in text()
        assert app.query_one(Akkoordruimte).plaatje.akkoord is not None
