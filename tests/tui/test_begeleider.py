"""The facilitator's view in the case list: both briefs and the deal analysis of
`valideer --akkoorden`, behind a confirm whose safe answer is no."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from simulatie.kern.analyse.akkoorden import facilitator_lines
from simulatie.tui.app import make_app
from test_privacy import GEHEIM, Tafel
from tui_hulp import DATA, GROOT, KLEIN, op_scherm, schermtekst, snel_starten, wacht_op

MATEN = pytest.mark.parametrize("maat", [KLEIN, GROOT], ids=["80x24", "120x40"])
VRAAG = "Alleen voor de begeleider: dit scherm toont beide briefs. Doorgaan?"


def _app(folder=DATA / "casussen"):
    app = make_app(folder, meegeleverd=False)
    app.animation_level = "none"
    return app


async def _lijst(pilot, casus: str = "zonnedorp") -> None:
    """On the case list with `casus` highlighted."""
    await pilot.press("n")
    await op_scherm(pilot, "CasusKiezenScherm")
    lijst = pilot.app.screen.query_one("#casussen", OptionList)
    # the cases load in a thread: on a busy machine that takes a while
    await wacht_op(pilot, lambda: lijst.option_count and pilot.app.screen._klaar, keer=600)
    ids = [lijst.get_option_at_index(i).id for i in range(lijst.option_count)]
    lijst.highlighted = ids.index(casus)
    await pilot.pause()


async def _open(pilot, casus: str = "zonnedorp") -> None:
    await _lijst(pilot, casus)
    await pilot.press("f")
    await op_scherm(pilot, "BevestigScherm")
    await pilot.press("j")
    await op_scherm(pilot, "BegeleiderScherm")
    await wacht_op(pilot, lambda: pilot.app.screen.klaar, keer=600)  # the analysis, in a thread


async def test_the_key_is_in_the_footer_and_asks_first_with_no_as_the_safe_answer():
    app = _app()
    async with app.run_test(size=KLEIN) as pilot:
        await _lijst(pilot)
        # The footer names the key, and at 80 columns still has room to say how to quit.
        assert "Begeleider" in schermtekst(app) and "Afsluiten" in schermtekst(app)
        for nee in ("enter", "escape", "n"):  # Enter keeps the safe answer
            await pilot.press("f")
            await op_scherm(pilot, "BevestigScherm")
            await wacht_op(pilot, lambda: "Enter: Terug" in schermtekst(app))
            assert app.screen.vraag == VRAAG
            assert "Alleen voor de begeleider: dit scherm toont beide briefs." in schermtekst(app)
            await pilot.press(nee)
            await op_scherm(pilot, "CasusKiezenScherm")
        assert not any(type(s).__name__ == "BegeleiderScherm" for s in app.screen_stack)


async def test_yes_shows_what_valideer_prints_for_the_highlighted_case():
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _open(pilot)
        geladen = app.catalogus.casussen["zonnedorp"]
        verwacht = "\n".join(facilitator_lines(geladen, "zonnedorp.toml"))
        shown = app.screen.query_one("#begeleider", Static).visual
        assert str(shown) == verwacht
        for deel in ("ideaal van de gemeente", "beste gezamenlijke akkoord (Nash)",
                     "de briefs naast elkaar", "feedback op dit akkoord"):
            assert deel in verwacht
        brief = geladen.casus.brief("swo")  # the other side's brief is there too
        assert f"swo {brief.ondergrens:g}".replace(".", ",") in verwacht
        await pilot.press("escape")
        await op_scherm(pilot, "CasusKiezenScherm")


async def test_another_highlighted_case_gets_its_own_analysis():
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _open(pilot, "mini")
        tekst = str(app.screen.query_one("#begeleider", Static).visual)
        assert tekst.startswith("mini.toml — casus 'mini'")


async def test_it_scrolls_at_80x24():
    app = _app()
    async with app.run_test(size=KLEIN) as pilot:
        await _open(pilot)
        scroll = app.screen.query_one("#begeleider-scroll")
        await wacht_op(pilot, lambda: scroll.max_scroll_y > 0)
        assert scroll.has_focus and scroll.scroll_y == 0
        await pilot.press("pagedown")
        await wacht_op(pilot, lambda: scroll.scroll_y > 0)
        await pilot.press("end")
        await wacht_op(pilot, lambda: scroll.scroll_y == scroll.max_scroll_y)
        # The end of the text is the last option of the last issue of the briefs.
        casus = app.catalogus.casussen["zonnedorp"].casus
        laatste = list(list(casus.onderhandelpunten.values())[-1].opties.values())[-1]
        await wacht_op(pilot, lambda: laatste.titel in "\n".join(schermtekst(app).splitlines()[-4:]))


async def test_no_case_list_and_so_no_facilitator_view_during_a_round():
    app = _app()
    async with app.run_test(size=KLEIN) as pilot:
        await snel_starten(pilot, "zonnedorp")
        await op_scherm(pilot, "OverdrachtScherm")
        names = [type(s).__name__ for s in app.screen_stack]
        assert "CasusKiezenScherm" not in names
        await pilot.press("f")
        await pilot.pause()
        assert type(app.screen).__name__ not in ("BevestigScherm", "BegeleiderScherm")


async def test_the_confirm_shows_no_private_text_to_anyone(tmp_path):
    """The privacy walk's check on the way to the facilitator view: the list and the
    confirm show nothing of either brief; refusing goes back to the list."""
    app = make_app(GEHEIM, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = Tafel(pilot, set())
        await tafel.druk("n")
        await tafel.op("CasusKiezenScherm")
        await tafel.druk("f")
        await tafel.op("BevestigScherm")
        await tafel.druk("enter")
        await tafel.op("CasusKiezenScherm")
        await tafel.druk("f")
        await tafel.op("BevestigScherm")
        await tafel.druk("escape")
        await tafel.op("CasusKiezenScherm")


async def test_the_view_does_show_both_briefs_as_the_confirm_warns(tmp_path):
    """The other side of that check: past the confirm both sides' numbers are there."""
    app = make_app(GEHEIM, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=GROOT) as pilot:
        await _open(pilot, "geheim")
        casus = app.catalogus.casussen["geheim"].casus
        tekst = str(app.screen.query_one("#begeleider", Static).visual)
        for rol in ("gemeente", "swo"):
            assert f"{rol} {casus.brief(rol).ondergrens:g}".replace(".", ",") in tekst


@MATEN
def test_facilitator_view(snap_compare, maat):
    async def run_before(pilot):
        await _open(pilot)
        await pilot.pause()

    assert snap_compare(_app(), terminal_size=maat, run_before=run_before)
