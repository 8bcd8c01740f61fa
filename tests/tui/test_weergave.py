"""The wording of moves, briefs and bars, without running the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.kern import laden
from simulatie.kern.sessie import speel, staat_na, start, verslagen
from simulatie.kern.zetten import Zet
from simulatie.tui import weergave as w
from simulatie.tui.screens.einde import tabel_rijen
from simulatie.tui.screens.spelers import check_namen

MINI = Path(__file__).parents[1] / "data" / "mini.toml"
KEUZES = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j2",
          "verlengopties": "geen"}


@pytest.fixture(scope="module")
def geladen():
    return laden.load_casus(MINI, laden.AlgemeneRegels())


def test_a_quoted_question_reads_as_the_brief_item(geladen):
    """A move that quotes the brief shows the item's own text."""
    zet = Zet(soort="vraag", rol="gemeente", item="v1")
    assert w.zet_tekst(geladen.casus, zet) == "Wat is de kern?"


def test_free_text_names_its_topic(geladen):
    """Own words show the chosen topic in Dutch."""
    zet = Zet(soort="belang", rol="swo", tekst="Rust", onderwerp="looptijd")
    assert w.zet_tekst(geladen.casus, zet) == "Rust  (over: Looptijd en verlenging)"


def test_a_proposal_reads_as_issue_option_lines(geladen):
    """A proposal lists every issue with its chosen option, in case order."""
    tekst = w.zet_tekst(geladen.casus, Zet(soort="voorstel", rol="swo", keuzes=KEUZES))
    assert tekst.splitlines() == ["Voorstel:", "• Inkoopvorm: Subsidie", "• Aanbieders: Eén",
                                  "• Looptijd: 2 jaar", "• Verlengopties: Geen"]


def test_a_brief_holds_its_own_values_and_bottom_line_only(geladen):
    """The provider's brief shows its values and bottom line, not the municipality's."""
    tekst = w.brief_markdown(geladen.casus, "swo", "Bram")
    assert "Directeur" in tekst and "Inkoper" not in tekst
    assert "**Inkoopvorm** (weegt 25%): Subsidie **100** · Aanbesteden **0**" in tekst
    assert "**Jouw ondergrens:** 40 punten" in tekst


def test_the_ideal_form_picks_the_best_option_per_issue(geladen):
    assert w.ideaal(geladen.casus.brief("gemeente")) == {
        "inkoopvorm": "aanbesteden", "aanbieders": "een", "looptijd": "j2",
        "verlengopties": "twee"}


def test_bars_grow_left_for_negative_and_right_for_positive_values():
    assert w.balk(-2, 4) == "  ██│    "
    assert w.balk(3, 4) == "    │███ "
    assert w.balk(0, 2) == "  │  "
    assert w.balk(99, 2) == "  │██"


def test_used_items_are_those_quoted_this_round(geladen):
    """An item counts as said for its own list only (argument and rejection share one)."""
    sessie = start(geladen, ("Anna", "Bram"))
    staat = staat_na(geladen, sessie)
    sessie, staat = speel(geladen, sessie, staat, Zet(soort="vraag", rol="gemeente", item="v1"))
    assert w.gebruikte_items(staat.ronde, "gemeente", "vraag") == {"v1"}
    assert w.gebruikte_items(staat.ronde, "gemeente", "belang") == set()


def test_the_session_table_compares_rounds_per_player(geladen):
    """Rows show who held which role, the agreement and each player's score."""
    sessie = start(geladen, ("Anna", "Bram"))
    staat = staat_na(geladen, sessie)
    for zet in (Zet(soort="voorstel", rol="gemeente", keuzes=KEUZES),
                Zet(soort="accepteer", rol="swo")):
        sessie, staat = speel(geladen, sessie, staat, zet)
    rijen = tabel_rijen(staat, list(verslagen(staat)))
    assert rijen[0] == ["Gemeente", "Anna"]
    assert ["Inkoopvorm", "Subsidie"] in rijen
    assert ["Score Anna", "55 ✔ als gemeente"] in rijen


@pytest.mark.parametrize(("a", "b", "fout"), [
    ("", "Bram", "Vul voor beide"), ("Anna", " ", "Vul voor beide"),
    ("Anna", "anna", "verschillende namen"), ("Anna", "Bram", None)])
def test_player_names_are_checked_in_dutch(a, b, fout):
    uitkomst = check_namen(a.strip(), b.strip())
    assert uitkomst is None if fout is None else fout in uitkomst
