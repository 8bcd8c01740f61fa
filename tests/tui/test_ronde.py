"""Whole rounds played through the keyboard, checked in the core state and on screen."""

from __future__ import annotations

from textual.widgets import DataTable

from tui_hulp import (GROOT, kies_opties, lees_briefs, naar_spelers, neem_over, op_scherm, schermtekst,
                      snel_starten, start_sessie, stop_ronde, wacht_op)

IDEAAL_SWO = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
              "verlengopties": "geen"}


async def _vraag_en_voorstel(pilot) -> None:
    """The municipality asks its question, the provider proposes its ideal."""
    await pilot.press("v")
    await op_scherm(pilot, "PraatScherm")
    await pilot.press("enter")
    await neem_over(pilot)
    await pilot.press("p")
    await op_scherm(pilot, "VoorstelScherm")
    await kies_opties(pilot, IDEAAL_SWO)
    await pilot.press("ctrl+s")
    await neem_over(pilot)


async def test_a_round_ends_in_an_agreement_on_screen_and_in_the_state(app):
    """Ask, propose, accept: the state holds the agreement and the feedback shows it."""
    async with app.run_test(size=GROOT) as pilot:
        await start_sessie(pilot)
        await lees_briefs(pilot)
        await pilot.press("v")
        await op_scherm(pilot, "PraatScherm")
        await pilot.press("enter")
        await neem_over(pilot)
        await pilot.press("p")
        await op_scherm(pilot, "VoorstelScherm")
        await kies_opties(pilot, IDEAAL_SWO)
        await pilot.press("tab", "tab", "enter", "up", "enter")  # looptijd: 6 → 2 jaar
        await wacht_op(pilot, lambda: app.screen.keuzes()["looptijd"] == "j2")
        await pilot.press("ctrl+s")
        await neem_over(pilot)
        ronde = app.staat.ronde
        assert [z.soort for z in ronde.zetten] == ["vraag", "voorstel"]
        assert ronde.op_tafel.door == "swo"
        scherm = schermtekst(app)
        assert "Wat is de kern?" in scherm and "Anna (Gemeente)" in scherm
        assert "Inkoopvorm: Subsidie" in scherm

        await pilot.press("a")
        await op_scherm(pilot, "BevestigScherm")
        await pilot.press("j")
        await op_scherm(pilot, "FeedbackScherm")
        assert app.staat.ronde.uitkomst == "akkoord"
        assert dict(app.staat.ronde.akkoord)["inkoopvorm"] == "subsidie"
        scherm = schermtekst(app)
        assert "Ronde 1: Akkoord" in scherm
        assert "Anna (Gemeente)" in scherm and "Bram (Sociaalwerkorganisatie)" in scherm
        assert "Bron: test" in scherm  # the case's own rule about a short contract


async def test_stopping_ends_the_round_without_agreement(app):
    """Stop, confirmed: no agreement in the state, 'Geen akkoord' on the screen."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await stop_ronde(pilot)
        assert app.staat.ronde.uitkomst == "geen_akkoord"
        assert app.staat.ronde.akkoord is None
        assert "Ronde 1: Geen akkoord" in schermtekst(app)


async def test_declining_to_stop_keeps_the_round_going(app):
    """'Doorpraten' on the stop question plays no move."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("s")
        await op_scherm(pilot, "BevestigScherm")
        await pilot.press("escape")
        await op_scherm(pilot, "DialoogScherm")
        assert app.sessie.zetten == ()


async def test_a_role_swap_starts_round_two_with_the_other_municipality(app):
    """After 'r' the other player is the municipality and reads that brief last, so
    the keyboard stays with the one who opens the talk."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("s", "j")
        await op_scherm(pilot, "FeedbackScherm")
        await pilot.press("r")
        await op_scherm(pilot, "OverdrachtScherm")
        assert "Geef het toetsenbord aan Anna (Sociaalwerkorganisatie)" in schermtekst(app)
        assert app.sessie.zetten[-1].soort == "rolwissel"
        await lees_briefs(pilot)
        ronde = app.staat.ronde
        assert (ronde.nummer, ronde.gemeente_speler, ronde.zetten) == (2, 1, ())
        assert "aan zet: Bram (Gemeente)" in schermtekst(app)

        await pilot.press("s", "j")
        await op_scherm(pilot, "FeedbackScherm")
        await pilot.press("f")
        await op_scherm(pilot, "SessieEindeScherm")
        tabel = app.screen.query_one(DataTable)
        assert [str(c.label) for c in tabel.columns.values()] == ["", "Ronde 1", "Ronde 2"]
        assert [str(c) for c in tabel.get_row_at(0)] == ["Gemeente", "Anna", "Bram"]


async def test_the_second_player_can_start_as_the_municipality(app):
    """Choosing 'speler 2 is de gemeente' puts that player first in the session."""
    async with app.run_test(size=GROOT) as pilot:
        await naar_spelers(pilot)
        await pilot.press(*"Anna", "tab", *"Bram", "tab", "down", "enter")
        await pilot.click("#start")
        await op_scherm(pilot, "OverdrachtScherm")
        assert app.staat.spelers == ("Bram", "Anna")
        assert "Geef het toetsenbord aan Anna (Sociaalwerkorganisatie)" in schermtekst(app)
        await pilot.press("enter", "enter")
        await wacht_op(pilot, lambda: "Geef het toetsenbord aan Bram (Gemeente)"
                       in schermtekst(app))


async def test_every_move_reaches_the_session_hook(app):
    """`on_sessie_changed` sees the session after each move (the autosave hook)."""
    gezien = []
    app.on_sessie_changed = lambda sessie: gezien.append(len(sessie.zetten))
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await _vraag_en_voorstel(pilot)
    assert gezien == [0, 1, 2]


async def test_free_text_with_a_topic_is_played_as_said(app):
    """Typing your own words and a topic makes a free-text move on that topic."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("e")
        await op_scherm(pilot, "PraatScherm")
        app.screen.query_one("#onderwerp").value = "looptijd"
        app.screen.query_one("#tekst").focus()
        await pilot.press(*"Zes jaar graag", "enter")
        await neem_over(pilot)
        zet = app.sessie.zetten[-1]
        assert (zet.soort, zet.tekst, zet.onderwerp, zet.item) == (
            "belang", "Zes jaar graag", "looptijd", None)
        await wacht_op(pilot, lambda: "Zes jaar graag" in schermtekst(app))
