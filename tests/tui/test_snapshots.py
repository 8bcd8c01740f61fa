"""How the main screens look at 80×24 and 120×40, on the fixed fixture cases.

Regenerate after a deliberate change with `pytest tests/tui --snapshot-update`, then
look at the SVGs under `__snapshots__/` before committing them.
"""

from __future__ import annotations

import pytest

from simulatie.kern.model import Zet
from simulatie.tui.app import make_app
from tui_hulp import (DATA, GROOT, KLEIN, lees_briefs, neem_over, op_scherm, schermtekst, snel_starten,
                      wacht_op)

MATEN = pytest.mark.parametrize("maat", [KLEIN, GROOT], ids=["80x24", "120x40"])
VOORSTEL = {"inkoopvorm": "bestuurlijk_aanbesteden", "aanbieders": "drie",
            "looptijd": "j4", "verlengopties": "twee"}


def _app():
    app = make_app(DATA / "casussen", meegeleverd=False)
    app.animation_level = "none"
    return app


async def _gesprek(pilot) -> None:
    """Round 1 of the fixture case up to a proposal from the provider on the table."""
    app = pilot.app
    await snel_starten(pilot, "zonnedorp")
    await lees_briefs(pilot)
    app.probeer(Zet(soort="vraag", rol="gemeente", item="kern"))
    app.probeer(Zet(soort="belang", rol="swo", item="tijd"))
    app.probeer(Zet(soort="argument", rol="gemeente", tekst="We willen de markt zien.",
                    onderwerp="inkoopvorm"))
    app.probeer(Zet(soort="voorstel", rol="swo", keuzes=VOORSTEL))
    await neem_over(pilot)


@MATEN
def test_case_list(snap_compare, maat):
    async def run_before(pilot):
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        # The list may first come from the cache; wait for the loaded one, then move.
        await wacht_op(pilot, lambda: pilot.app.catalogus_klaar
                       and not pilot.app.screen._voorlopig)
        await pilot.press("down")
        await wacht_op(pilot, lambda: pilot.app.screen.query_one("#casussen").highlighted == 1)
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=maat, run_before=run_before)


def test_own_folder_refused(snap_compare):
    """The 'Eigen map' dialog over the case list, refusing a folder that does not exist."""
    async def run_before(pilot):
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        await pilot.press("m")
        await op_scherm(pilot, "EigenMapScherm")
        invoer = pilot.app.screen.query_one("#map")
        invoer.cursor_blink = False
        invoer.value = "casussen-van-anna"  # relative: the same text on every machine
        await pilot.press("enter")
        await wacht_op(pilot, lambda: "bestaat niet" in schermtekst(pilot.app))

    assert snap_compare(_app(), terminal_size=KLEIN, run_before=run_before)


@MATEN
def test_brief(snap_compare, maat):
    async def run_before(pilot):
        await snel_starten(pilot, "zonnedorp")
        await pilot.press("enter")
        await op_scherm(pilot, "BriefScherm")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=maat, run_before=run_before)


@MATEN
def test_dialogue(snap_compare, maat):
    assert snap_compare(_app(), terminal_size=maat, run_before=_gesprek)


@MATEN
def test_proposal_form(snap_compare, maat):
    async def run_before(pilot):
        await _gesprek(pilot)
        await pilot.press("p")
        await op_scherm(pilot, "VoorstelScherm")
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=maat, run_before=run_before)


async def _akkoordanalyse_klaar(pilot) -> None:
    """The round analysis is worked out right after the screen first paints: wait for it."""
    await wacht_op(pilot, lambda: [w.klaar for w in pilot.app.screen.query("AkkoordAnalyse")]
                   == [True])


@MATEN
def test_feedback(snap_compare, maat):
    async def run_before(pilot):
        await _gesprek(pilot)
        pilot.app.probeer(Zet(soort="accepteer", rol="gemeente"))
        await op_scherm(pilot, "FeedbackScherm")
        await _akkoordanalyse_klaar(pilot)
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=maat, run_before=run_before)


@MATEN
def test_resume_list(snap_compare, maat):
    """The committed TUI saves: two to resume, a changed case, a broken file."""
    from tui_hulp import SAVES, open_lijst

    app = make_app(DATA / "casussen", SAVES, meegeleverd=False)
    app.animation_level = "none"

    async def run_before(pilot):
        await open_lijst(pilot, "h")
        await pilot.pause()

    assert snap_compare(app, terminal_size=maat, run_before=run_before)


@MATEN
def test_replay(snap_compare, maat):
    """The core's two-round save at move 5: a proposal on the table and a trainer note."""
    from simulatie.kern.opslag import load
    from tui_hulp import SAVES_KERN

    async def run_before(pilot):
        app = pilot.app
        app.herspeel([load(SAVES_KERN / "mini-twee-rondes.toml", app.catalogus)])
        await op_scherm(pilot, "HerspeelScherm")
        await pilot.press(*["right"] * 5)
        await wacht_op(pilot, lambda: app.screen.positie == 5)
        await _akkoordanalyse_klaar(pilot)
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=maat, run_before=run_before)
