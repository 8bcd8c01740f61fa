"""The bundled cases load and reward a good dialogue.

A case is worth playing when neither side can simply take its own ideal: each ideal
falls below the other side's bottom line, a joint agreement clearly beats giving in
to the other side, and that zone of good deals is neither trivial nor tiny.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from simulatie.kern.analyse import Analyse, analyse
from simulatie.kern.bestanden import bundled_folder
from simulatie.kern.catalogus import Catalogus, load_folder
from simulatie.kern.spel import GeladenCasus

FILES = sorted(bundled_folder().glob("*.toml"))
REQUIRED = {"veendam", "dalfsen", "helmond"}
MIN_CASES = 5
MARGIN = 15  # points the best joint deal must beat the other side's ideal by
ZONE = (0.03, 0.40)  # share of allowed agreements that beat both bottom lines
# A source names its year, or says "z.j." (zonder jaar) when it has none.
YEAR = re.compile(r"\b(19|20)\d\d\b|\bz\.j\.")

per_case = pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])


@functools.cache
def catalogus() -> Catalogus:
    return load_folder(bundled_folder())


def case_at(path: Path) -> GeladenCasus:
    loaded = {g.bestand: g for g in catalogus().casussen.values()}
    if path not in loaded:
        problems = catalogus().problemen.get(path, [])
        pytest.fail(f"{path.name} laadt niet:\n" + "\n".join(str(p) for p in problems))
    return loaded[path]


@functools.cache
def analysis(path: Path) -> Analyse:
    geladen = case_at(path)
    result = analyse(geladen.casus, geladen.regelboek)
    assert result is not None, f"{path.name} heeft te veel combinaties om te analyseren"
    assert result.beste_samen is not None, f"{path.name}: geen akkoord haalt beide ondergrenzen"
    return result


# --- the collection -----------------------------------------------------------------------

def test_every_bundled_file_loads_without_problems():
    """Every bundled case file and the general rules file load with zero problems."""
    problems = [str(p) for found in catalogus().problemen.values() for p in found]
    assert problems == []


def test_there_are_at_least_five_cases():
    """The game ships at least five cases."""
    assert len(catalogus().casussen) >= MIN_CASES


def test_the_cases_the_mission_names_are_bundled():
    """Veendam, Dalfsen and Helmond are among the bundled cases."""
    names = set(catalogus().casussen) | {p.stem for p in FILES}
    assert REQUIRED - names == set()


# --- each case's negotiation space ---------------------------------------------------------

@per_case
def test_the_best_joint_agreement_beats_both_bottom_lines(path):
    """The best joint agreement reaches the bottom line of both sides."""
    casus, best = case_at(path).casus, analysis(path).beste_samen
    assert best.gemeente >= casus.brief("gemeente").ondergrens
    assert best.swo >= casus.brief("swo").ondergrens


@per_case
def test_the_gemeente_gains_clearly_over_giving_in(path):
    """For the gemeente the best joint deal beats the swo's ideal by at least 15 points."""
    result = analysis(path)
    assert result.beste_samen.gemeente >= result.ideaal["swo"].gemeente + MARGIN


@per_case
def test_the_swo_gains_clearly_over_giving_in(path):
    """For the swo the best joint deal beats the gemeente's ideal by at least 15 points."""
    result = analysis(path)
    assert result.beste_samen.swo >= result.ideaal["gemeente"].swo + MARGIN


@per_case
def test_the_gemeente_ideal_is_unacceptable_to_the_swo(path):
    """The gemeente's own ideal falls below the swo's bottom line."""
    assert analysis(path).ideaal["gemeente"].swo < case_at(path).casus.brief("swo").ondergrens


@per_case
def test_the_swo_ideal_is_unacceptable_to_the_gemeente(path):
    """The swo's own ideal falls below the gemeente's bottom line."""
    ondergrens = case_at(path).casus.brief("gemeente").ondergrens
    assert analysis(path).ideaal["swo"].gemeente < ondergrens


@per_case
def test_good_deals_are_neither_rare_nor_everywhere(path):
    """Between 3% and 40% of the allowed agreements beat both bottom lines."""
    result = analysis(path)
    share = result.haalbaar / result.totaal
    assert ZONE[0] <= share <= ZONE[1], f"{result.haalbaar} van {result.totaal} = {share:.1%}"


# --- each case's content ---------------------------------------------------------------------

@per_case
def test_the_case_names_its_sources_with_a_year(path):
    """Every source names a year ('Sociaal Werk Nederland, 2020') or says it has none (z.j.)."""
    bronnen = case_at(path).casus.bronnen
    assert [b for b in bronnen if not YEAR.search(b)] == []


@per_case
def test_the_gemeente_can_ask_about_the_core_of_the_assignment(path):
    """The gemeente's brief has a question about the kern_opdracht."""
    vragen = case_at(path).casus.brief("gemeente").vragen
    assert "kern_opdracht" in {v.onderwerp for v in vragen}


@per_case
def test_the_gemeente_can_ask_about_marktordening(path):
    """The gemeente's brief has a question about the marktordening."""
    vragen = case_at(path).casus.brief("gemeente").vragen
    assert "marktordening" in {v.onderwerp for v in vragen}


@per_case
def test_the_swo_can_share_what_happens_in_practice(path):
    """The swo's brief has an interest or argument about praktijk."""
    brief = case_at(path).casus.brief("swo")
    assert "praktijk" in {i.onderwerp for i in (*brief.belangen, *brief.argumenten)}
