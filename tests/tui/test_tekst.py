"""What people type shows as they typed it: no markup, no control characters, no silent cuts."""

from __future__ import annotations

from hypothesis import given, strategies as st
from textual import events

from simulatie.kern.model import Zet
from simulatie.tui.tekst import getal, opmaak, procent, schoon
from tui_hulp import (GROOT, lees_briefs, naar_spelers, neem_over, op_scherm, schermtekst, volg_meldingen,
                      wacht_op)

VREEMD = ("Anna [1", "[$warning]x")


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs"))))
def test_a_name_in_a_template_is_always_its_plain_self(naam):
    assert opmaak("[b]$naam[/b] ·", naam=naam).plain == f"{naam} ·"


@given(st.text())
def test_cleaned_text_has_no_control_characters(tekst):
    schoon_ = schoon(tekst)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in schoon_)
    assert schoon(schoon_) == schoon_


def test_numbers_read_in_dutch():
    assert [getal(70.5), getal(100.0), getal(12.25), getal(0.0)] == ["70,5", "100", "12,25", "0"]
    assert procent(12.34) == "12,3 %"


async def test_names_with_markup_fragments_show_as_typed(app):
    """'Anna [1' and '[$warning]x' on the handover, the status line and the chat."""
    async with app.run_test(size=GROOT) as pilot:
        app.start_sessie(app.catalogus.casussen["mini"], VREEMD)
        await op_scherm(pilot, "OverdrachtScherm")
        await wacht_op(pilot, lambda: "Geef het toetsenbord aan [$warning]x" in schermtekst(app))
        await lees_briefs(pilot)
        await wacht_op(pilot, lambda: "aan zet: Anna [1 (Gemeente)" in schermtekst(app))
        assert "[/b]" not in schermtekst(app) and "Wat doe je, Anna [1?" in schermtekst(app)
        app.probeer(Zet(soort="vraag", rol="gemeente", tekst="Wat [b]is[/b] de kern?"))
        await neem_over(pilot)
        scherm = schermtekst(app)
        assert "aan zet: [$warning]x (Sociaalwerkorganisatie)" in scherm
        assert "Wat [b]is[/b] de kern?" in scherm and "Anna [1 (Gemeente)" in scherm


async def test_a_long_paste_fills_the_name_up_to_its_limit_and_says_so(app):
    async with app.run_test(size=GROOT) as pilot:
        meldingen = volg_meldingen(app)
        await naar_spelers(pilot)
        veld = app.screen.query_one("#naam1")
        veld.post_message(events.Paste("A" * 30 + "\x1b]0;HACK\x07" + "B" * 30))
        await wacht_op(pilot, lambda: veld.value)
        assert veld.value == "A" * 30 + "]0;HACK" + "BBB"  # 40 characters, no escape code
        await wacht_op(pilot, lambda: any("de laatste 27 tekens zijn weggelaten" in m
                                          for m in meldingen))
