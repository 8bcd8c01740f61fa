"""Stated against true preferences on screen: on the feedback screen once the round is
over (never during it), and in replay at each move."""

from __future__ import annotations

from textual.widgets import Static

from simulatie.kern.model import Zet
from simulatie.kern.opslag import load, save_moves
from simulatie.kern.spel import start
from simulatie.tui.app import make_app
from tui_hulp import (DATA, GROOT, KLEIN, lees_briefs, neem_over, op_scherm, schermtekst,
                      snel_starten, stop_ronde, wacht_op)

LEUGEN = Zet(soort="voorkeur", rol="gemeente", punt="looptijd", gewicht="zwaar")
WAAR = Zet(soort="voorkeur", rol="swo", punt="looptijd", optie="j6")
KEUZES = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
          "verlengopties": "geen"}


def _app(saves=None):
    app = make_app(DATA / "casussen", saves, meegeleverd=False)
    app.animation_level = "none"
    return app


def _plat(app) -> str:
    return " ".join(schermtekst(app).split())


async def test_the_feedback_screen_marks_the_lie_and_the_truth_after_the_round(tmp_path):
    app = _app(tmp_path / "saves")
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        app.probeer(LEUGEN)
        await neem_over(pilot)
        # The swo holds the keyboard: it hears the statement, never its verdict.
        assert "overdreven" not in _plat(app) and "Gezegd en gemeend" not in _plat(app)
        app.probeer(WAAR)
        await neem_over(pilot)
        await stop_ronde(pilot)
        sectie = app.screen.query_one("#voorkeuren", Static)
        assert sectie.border_title == "Gezegd en gemeend"
        tekst = str(sectie.visual)
        assert ("✘ De gemeente zei dat looptijd zwaar weegt; in haar brief weegt het 25 % "
                "(gemiddeld) — overdreven (zet 1).") in tekst
        assert "✔ De sociaalwerkorganisatie zei dat ze bij looptijd het liefst 6 jaar wil" in tekst
        await wacht_op(pilot, lambda: "overdreven (zet 1)" in _plat(app))


async def test_a_round_without_statements_has_no_section_on_the_feedback_screen(tmp_path):
    app = _app(tmp_path / "saves")
    async with app.run_test(size=KLEIN) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await stop_ronde(pilot)
        await wacht_op(pilot, lambda: app.screen.query("#feedback"))
        assert not app.screen.query("#voorkeuren")


async def test_replay_shows_each_statement_from_its_move_on(tmp_path):
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        geladen = app.catalogus.casussen["mini"]
        zetten = [LEUGEN, WAAR, Zet(soort="voorstel", rol="gemeente", keuzes=KEUZES),
                  Zet(soort="accepteer", rol="swo"), Zet(soort="rolwissel"),
                  Zet(soort="belang", rol="gemeente", item="b1")]
        sessie = start(geladen, ("Anna", "Bram")).model_copy(update={"zetten": zetten})
        save = tmp_path / "sessie.toml"
        save_moves(save, sessie)
        app.herspeel([load(save, app.catalogus)])
        await op_scherm(pilot, "HerspeelScherm")
        await wacht_op(pilot, lambda: "Zet 0 van 6" in schermtekst(app))
        blok = app.screen.query_one("#gezegd", Static)
        assert not blok.display
        gezien = []
        for k in range(1, 7):
            await pilot.press("right")
            await wacht_op(pilot, lambda: app.screen.positie == k)
            gezien.append(str(blok.visual).count("(zet ") if blok.display else 0)
        # One line after move 1, two from move 2 to the end of round 1; none in round 2.
        assert gezien == [1, 2, 2, 2, 0, 0]
        await pilot.press("left", "left", "left")
        await wacht_op(pilot, lambda: app.screen.positie == 3 and blok.display)
        await wacht_op(pilot, lambda: "overdreven (zet 1)" in _plat(app))
