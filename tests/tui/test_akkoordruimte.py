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


class AnalyseApp(App):
    def __init__(self, geladen, ronde) -> None:
        super().__init__()
        self.geladen, self.ronde = geladen, ronde

    def compose(self) -> ComposeResult:
        from simulatie.tui.widgets.akkoordanalyse import AkkoordAnalyse

        yield AkkoordAnalyse(self.geladen.casus, self.geladen.regelboek, self.ronde)


async def test_the_debrief_follows_the_round_move_by_move():
    """In replay the widget is moved to each state: before the agreement it says there is
    none yet and shows one proposal; after it, the agreement and both proposals."""
    geladen = load_folder(DATA / "casussen").casussen["zonnedorp"]
    result = analyse(geladen.casus, geladen.regelboek, tellen=False)
    staat = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    staat = step(staat, Zet(soort="voorstel", rol="gemeente", keuzes=dict(result.beste_samen.keuzes)))
    halfway = staat.ronde
    staat = step(staat, Zet(soort="accepteer", rol="swo"))
    app = AnalyseApp(geladen, halfway)
    async with app.run_test(size=KLEIN) as pilot:
        from simulatie.tui.widgets.akkoordanalyse import AkkoordAnalyse

        widget = app.query_one(AkkoordAnalyse)
        while not widget.klaar:
            await pilot.pause()
        text = lambda: str(app.query_one("#akkoordanalyse-tekst").render())  # noqa: E731
        assert "Er is (nog) geen akkoord." in text()
        assert [v.zet for v in app.query_one(Akkoordruimte).plaatje.voorstellen] == [1]
        widget.toon(staat.ronde)
        await pilot.pause()
        assert "Akkoord: gemeente" in text() and "Pareto-efficiënt" in text()
        assert app.query_one(Akkoordruimte).plaatje.akkoord is not None


# --- the debrief on the app's screens -------------------------------------------------------

async def test_after_the_round_the_feedback_screen_shows_where_the_agreement_landed():
    from simulatie.tui.app import make_app
    from simulatie.tui.widgets.akkoordanalyse import AkkoordAnalyse
    from tui_hulp import lees_briefs, op_scherm, snel_starten, wacht_op

    app = make_app(DATA / "casussen", meegeleverd=False)
    app.animation_level = "none"
    geladen = load_folder(DATA / "casussen").casussen["zonnedorp"]
    nash = dict(analyse(geladen.casus, geladen.regelboek, tellen=False).beste_samen.keuzes)
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot, "zonnedorp")
        await lees_briefs(pilot)
        app.probeer(Zet(soort="voorstel", rol="gemeente", keuzes=nash))
        await pilot.pause()
        app.probeer(Zet(soort="accepteer", rol="swo"))
        await op_scherm(pilot, "FeedbackScherm")
        await wacht_op(pilot, lambda: app.screen.query(AkkoordAnalyse))
        widget = app.screen.query_one(AkkoordAnalyse)
        await wacht_op(pilot, lambda: widget.klaar)
        text = str(widget.query_one("#akkoordanalyse-tekst").render())
        assert "Pareto-efficiënt: geen ander akkoord is voor allebei beter" in text
        assert widget.query_one(Akkoordruimte).plaatje.akkoord is not None


async def test_replay_shows_the_debrief_at_each_move():
    from simulatie.kern.opslag import load
    from simulatie.tui.app import make_app
    from simulatie.tui.widgets.akkoordanalyse import AkkoordAnalyse
    from tui_hulp import SAVES_KERN, op_scherm, wacht_op

    app = make_app(DATA / "casussen", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=GROOT) as pilot:
        app.herspeel([load(SAVES_KERN / "mini-twee-rondes.toml", app.catalogus)])
        await op_scherm(pilot, "HerspeelScherm")
        await wacht_op(pilot, lambda: app.screen.query(AkkoordAnalyse))
        widget = app.screen.query_one(AkkoordAnalyse)
        await wacht_op(pilot, lambda: widget.klaar)
        counts = []
        for k in range(app.screen.aantal + 1):
            app.screen.positie = k
            await pilot.pause()
            counts.append(len(widget.query_one(Akkoordruimte).plaatje.voorstellen))
            staat = app.screen.staten[k]
            proposals = sum(1 for z in staat.ronde.zetten if z.soort in ("voorstel", "tegenvoorstel"))
            assert counts[-1] == proposals, k
        assert max(counts) > 0


def test_compare_shows_the_share_of_the_best_joint_score_and_pareto_per_round():
    """Two tables on Minidorp: one agreed, one did not. The agreed round's share is its
    joint score over the best joint score above both bottom lines, counted by listing
    every deal here; the other round shows a dash."""
    from simulatie.kern.catalogus.controle import all_keuzes
    from simulatie.kern.model.score import score
    from simulatie.kern.opslag import load
    from simulatie.kern.regels.feiten import case_facts, voorstel_facts
    from simulatie.tui.screens.vergelijk import kolommen
    from simulatie.tui.tabellen import tafel_cijfers, vergelijk_rijen
    from tui_hulp import SAVES

    catalogus = load_folder(DATA / "casussen")
    saves = [load(SAVES / naam, catalogus) for naam in (
        "2025-03-14-110000-mini-anna-bram-d4e5f6.toml",
        "2025-03-13-150000-mini-eva-fatima-0a0b0c.toml")]
    _, alle = kolommen(saves)
    rijen = {r[0]: r[1:] for r in vergelijk_rijen(alle)}
    casus, boek = saves[0].staat.casus, saves[0].staat.regelboek
    g, s = casus.brief("gemeente"), casus.brief("swo")
    best = max(score(g, k) + score(s, k) for k in all_keuzes(casus)
               if not boek.banned(voorstel_facts(casus, k) | case_facts(casus))
               and score(g, k) >= g.ondergrens and score(s, k) >= s.ondergrens)
    for kolom, share, pareto in zip(alle, rijen["Van het beste samen"], rijen["Pareto-efficiënt"],
                                    strict=True):
        akkoord = kolom.verslag.ronde.akkoord
        if akkoord is None:
            assert (share, pareto) == ("–", "–")
        else:
            expected = round(100 * (score(g, akkoord) + score(s, akkoord)) / best)
            assert share == f"{expected} %" and pareto in ("ja", "nee")
    assert tafel_cijfers(saves[1].staat) == "geen akkoord"
    assert tafel_cijfers(saves[0].staat).startswith("1 akkoord, gemiddeld ")
