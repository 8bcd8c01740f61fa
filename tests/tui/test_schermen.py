"""One fact per test about what a screen shows or refuses."""

from __future__ import annotations

from textual.widgets import Select

from simulatie.kern.model import Zet
from simulatie.kern.model.score import score
from simulatie.tui.app import make_app
from simulatie.tui.tekst import getal
from tui_hulp import (DATA, GROOT, KLEIN, kies_opties, lees_briefs, neem_over, op_scherm, schermtekst,
                      snel_starten, volg_meldingen, wacht_op)

FIXTURE = DATA / "casussen"
ZONNEDORP_IDEAAL = {"inkoopvorm": "aanbesteden", "aanbieders": "een", "looptijd": "j4",
                    "verlengopties": "geen"}


def _fixture_app():
    app = make_app(FIXTURE, meegeleverd=False)
    app.animation_level = "none"
    return app


async def test_broken_case_files_are_listed_apart_with_their_errors():
    """A broken file sits in the 'Niet te laden' panel with its located error, not in the list."""
    app = _fixture_app()
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        await wacht_op(pilot, lambda: "kapot.toml:4:1: [inwoners]" in schermtekst(app))
        assert "Niet te laden: 1 bestand" in schermtekst(app)
        lijst = app.screen.query_one("#casussen")
        assert [lijst.get_option_at_index(n).id for n in range(lijst.option_count)] == [
            "mini", "zonnedorp"]


async def test_the_case_detail_shows_what_is_negotiated(app):
    """The detail pane names the municipality and each issue with its options."""
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        await wacht_op(pilot, lambda: "Gemeente: Minidorp" in schermtekst(app))
        assert "Looptijd: 2 jaar, 6 jaar" in schermtekst(app)


async def test_player_names_are_required_and_different(app):
    """Empty or equal names give a Dutch message and start nothing."""
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("n", "enter")
        await op_scherm(pilot, "SpelersScherm")
        await pilot.click("#start")
        await wacht_op(pilot, lambda: "Vul voor beide spelers een naam in" in schermtekst(app))
        await pilot.click("#naam1")
        await pilot.press(*"Jo", "enter", *"jo", "enter")
        await wacht_op(pilot, lambda: "Kies twee verschillende namen" in schermtekst(app))
        assert app.sessie is None


async def test_the_brief_after_a_handover_is_only_that_players_brief(app):
    """The provider reads first: their function shows, never the municipality's."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await pilot.press("enter")
        await op_scherm(pilot, "BriefScherm")
        await wacht_op(pilot, lambda: "Directeur" in schermtekst(app))
        scherm = schermtekst(app)
        assert "Brief voor Bram: Sociaalwerkorganisatie" in scherm and "Inkoper" not in scherm
        assert "Jouw ondergrens" in scherm


async def test_reopening_a_brief_shows_only_the_brief_of_who_holds_the_keyboard(app):
    """'b' after the handover to Bram: Bram's brief, never Anna's, and no question."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("b")
        await op_scherm(pilot, "BriefScherm")
        await wacht_op(pilot, lambda: "Inkoper" in schermtekst(app))
        await pilot.press("escape")
        await op_scherm(pilot, "DialoogScherm")
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        await neem_over(pilot)
        await pilot.press("b")
        await op_scherm(pilot, "BriefScherm")
        await wacht_op(pilot, lambda: "Directeur" in schermtekst(app))
        assert "Inkoper" not in schermtekst(app)


async def test_after_a_move_the_next_player_is_handed_the_keyboard_first(app):
    """No turn starts on the screen of the player who just moved: a handover first."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("v", "enter")
        await op_scherm(pilot, "OverdrachtScherm")
        assert "Geef het toetsenbord aan Bram (Sociaalwerkorganisatie)" in schermtekst(app)
        assert "Wat doe je" not in schermtekst(app)
        await pilot.press("b")  # keys on the handover open nothing private
        assert type(app.screen).__name__ == "OverdrachtScherm"


async def test_an_illegal_move_shows_its_reason_instead_of_a_traceback(app):
    """Accepting with nothing on the table: a Dutch notice, the session unchanged."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        meldingen = volg_meldingen(app)
        assert app.probeer(Zet(soort="accepteer", rol="gemeente")) is False
        await wacht_op(pilot, lambda: any("geen voorstel van de andere kant" in m
                                          for m in meldingen))
        assert app.sessie.zetten == ()


async def test_moves_that_are_not_allowed_now_are_not_offered(app):
    """Without a proposal on the table there is no accept in the list, and 'a' does nothing."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        scherm = schermtekst(app)
        assert "Stel een vraag" in scherm and "Accepteer" not in scherm
        await pilot.press("a")
        assert type(app.screen).__name__ == "DialoogScherm"


async def test_the_proposal_form_shows_only_your_own_score_as_you_edit(app):
    """Changing an option updates 'Jouw score' to the core's score for that form."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("p")
        await op_scherm(pilot, "VoorstelScherm")
        form = app.screen
        await kies_opties(pilot, {"inkoopvorm": "subsidie", "aanbieders": "een",
                                  "looptijd": "j2", "verlengopties": "twee"})
        brief = app.staat.casus.brief("gemeente")
        verwacht = f"Voor jou: {getal(score(brief, form.keuzes()))} punten · ondergrens 40"
        await wacht_op(pilot, lambda: verwacht in schermtekst(app))
        assert schermtekst(app).count("punten ·") == 1


async def test_the_form_marks_where_you_follow_their_last_proposal(app):
    """A counter-proposal lists their choice per issue, ✓ where the form agrees."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        keuzes = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j2",
                  "verlengopties": "geen"}
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        app.probeer(Zet(soort="voorstel", rol="swo", keuzes=keuzes))
        await neem_over(pilot)
        await pilot.press("p")
        await op_scherm(pilot, "VoorstelScherm")
        app.screen.query_one("#punt-looptijd", Select).value = "j6"
        await wacht_op(pilot, lambda: "  zij: 2 jaar" in schermtekst(app))
        assert "✓ zij: Subsidie" in schermtekst(app)


async def test_a_banned_combination_is_refused_with_its_reason():
    """Subsidy for forty providers is banned in the fixture case: the form says why."""
    app = _fixture_app()
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot, "zonnedorp")
        await lees_briefs(pilot)
        await pilot.press("p")
        await op_scherm(pilot, "VoorstelScherm")
        await kies_opties(pilot, dict(ZONNEDORP_IDEAAL, inkoopvorm="subsidie",
                                      aanbieders="veertig"))
        await pilot.press("ctrl+s")
        await wacht_op(pilot, lambda: "Dit voorstel kan niet" in schermtekst(app))
        assert type(app.screen).__name__ == "VoorstelScherm" and app.sessie.zetten == ()


async def test_f1_explains_the_current_screen_in_dutch(app):
    """F1 on the dialogue shows that screen's help; Escape closes it."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("f1")
        await op_scherm(pilot, "HulpScherm")
        await wacht_op(pilot, lambda: "Het gesprek" in schermtekst(app))
        await pilot.press("escape")
        await op_scherm(pilot, "DialoogScherm")


async def test_the_command_palette_speaks_dutch(app):
    """System commands are Dutch ones; the screen's own actions come first."""
    async with app.run_test(size=GROOT) as pilot:
        titels = [c.title for c in app.get_system_commands(app.screen)]
        assert titels[0] == "Nieuwe sessie"
        assert {"Hulp", "Thema wisselen", "Afsluiten"} <= set(titels)
        assert not {"Quit", "Theme", "Keys", "Screenshot"} & set(titels)
        await pilot.press("ctrl+p")
        await wacht_op(pilot, lambda: "Zoek een opdracht" in schermtekst(app))
        await pilot.press(*"qqxz")
        await wacht_op(pilot, lambda: "Geen opdracht gevonden" in schermtekst(app), keer=400)
        assert "No matches" not in schermtekst(app)


async def test_the_dialogue_palette_offers_only_legal_moves(app):
    """In the dialogue the palette lists the moves allowed now, in Dutch."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        titels = [c.title for c in app.get_system_commands(app.screen)]
        assert "Stel een vraag" in titels and "Mijn brief" in titels
        assert "Accepteer het voorstel" not in titels


async def test_quitting_asks_first(app):
    """Ctrl+Q asks; 'Blijven' keeps the app, 'Afsluiten' ends it."""
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("ctrl+q")
        await op_scherm(pilot, "BevestigScherm")
        assert "Wil je het spel afsluiten?" in schermtekst(app)
        await pilot.press("n")
        await op_scherm(pilot, "StartScherm")
        await pilot.press("ctrl+q")
        await op_scherm(pilot, "BevestigScherm")
        assert "Enter: Afsluiten" in schermtekst(app)  # nothing to lose: Enter quits
        await pilot.press("enter")
        await wacht_op(pilot, lambda: app.return_code is not None)


async def test_a_counter_proposal_equal_to_theirs_points_to_accepting(app):
    """Sending their own proposal back is refused with a hint to accept instead."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        keuzes = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j2",
                  "verlengopties": "geen"}
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        app.probeer(Zet(soort="voorstel", rol="swo", keuzes=keuzes))
        await neem_over(pilot)
        await pilot.press("p")
        await op_scherm(pilot, "VoorstelScherm")
        await pilot.press("ctrl+s")
        await wacht_op(pilot, lambda: "Dit is precies hun voorstel" in schermtekst(app))
        assert len(app.sessie.zetten) == 2


async def test_the_round_feedback_at_80x24_scrolls_from_the_start_and_says_there_is_more(app):
    """Focus starts on the report, a hint says there is more, Page Down moves it."""
    async with app.run_test(size=KLEIN) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("s", "j")
        await op_scherm(pilot, "FeedbackScherm")
        verslag = app.screen.query_one("#verslag")
        await wacht_op(pilot, lambda: "er staat meer onder" in schermtekst(app))
        assert app.focused is verslag
        await pilot.press("pagedown")
        await wacht_op(pilot, lambda: verslag.scroll_y > 0)
        await pilot.press("end")
        await wacht_op(pilot, lambda: "er staat meer onder" not in schermtekst(app))


async def test_enter_on_the_accept_question_keeps_the_safe_answer_and_says_so(app):
    """Accepting ends the round: Enter means 'Nog niet', and the dialog says it."""
    async with app.run_test(size=KLEIN) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        app.probeer(Zet(soort="voorstel", rol="gemeente", keuzes={
            "inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j2",
            "verlengopties": "geen"}))
        await neem_over(pilot)
        await pilot.press("a")
        await op_scherm(pilot, "BevestigScherm")
        await wacht_op(pilot, lambda: "Enter: Nog niet" in schermtekst(app))
        await pilot.press("enter")
        await op_scherm(pilot, "DialoogScherm")
        assert len(app.sessie.zetten) == 1


async def test_enter_enter_on_an_empty_choice_picks_its_first_option(app):
    """A new proposal starts with nothing chosen; opening a list starts on an option."""
    async with app.run_test(size=KLEIN) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("p")
        await op_scherm(pilot, "VoorstelScherm")
        assert app.screen.keuzes() == {}  # never the proposer's ideal
        await pilot.press("enter", "enter")
        await wacht_op(pilot, lambda: app.screen.keuzes() == {"inkoopvorm": "subsidie"})
