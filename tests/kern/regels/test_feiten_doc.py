"""The fact reference in docs/feiten.md matches FEITEN, and FEITEN matches the facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.kern.model import Zet
from simulatie.kern.regels import FEITEN, FEIT_NAMEN, facts_markdown, round_facts
from simulatie.kern.spel import step

DOC = Path(__file__).resolve().parents[3] / "docs" / "feiten.md"
VOORSTEL = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
            "verlengopties": "geen"}


def test_the_fact_reference_is_up_to_date():
    """docs/feiten.md is exactly what facts_markdown() generates."""
    if not DOC.exists():
        pytest.fail("docs/feiten.md ontbreekt: maak het met `simulatie feiten > docs/feiten.md`")
    assert DOC.read_text(encoding="utf-8") == facts_markdown(), (
        "docs/feiten.md is verouderd: maak het opnieuw met `simulatie feiten > docs/feiten.md`")


def test_the_fact_reference_lists_every_fact():
    """Every fact name of FEITEN appears in the generated reference."""
    markdown = facts_markdown()
    assert [f.name for f in FEITEN if f"`{f.name}`" not in markdown] == []


def test_fact_names_are_unique():
    """No fact is declared twice."""
    assert len(FEIT_NAMEN) == len(FEITEN)


def test_every_declared_fact_is_given_before_any_proposal(begin, mini):
    """round_facts of a fresh round has a value (possibly empty) for every fact in FEITEN."""
    assert FEIT_NAMEN - set(round_facts(mini.casus, begin.ronde)) == set()


def test_every_declared_fact_is_given_after_a_proposal(begin, mini):
    """round_facts after a proposal still has every fact in FEITEN."""
    staat = step(begin, Zet(soort="voorstel", rol="gemeente", keuzes=VOORSTEL))
    assert FEIT_NAMEN - set(round_facts(mini.casus, staat.ronde)) == set()


def test_every_given_fact_is_declared_or_an_issue_of_the_case(begin, mini):
    """round_facts gives nothing beyond FEITEN except one fact per issue of the case."""
    staat = step(begin, Zet(soort="voorstel", rol="gemeente", keuzes=VOORSTEL))
    extra = set(round_facts(mini.casus, staat.ronde)) - FEIT_NAMEN
    assert extra <= set(mini.casus.onderhandelpunten)


def test_proposal_facts_are_empty_until_a_proposal_is_made(begin, mini):
    """The facts marked as needing a proposal are null in a fresh round."""
    facts = round_facts(mini.casus, begin.ronde)
    assert {f.name: facts[f.name] for f in FEITEN if f.needs_voorstel} == {
        f.name: None for f in FEITEN if f.needs_voorstel}
