"""The bundled cases load and reward a good dialogue.

A case is worth playing when neither side can simply take its own ideal: each ideal
falls below the other side's bottom line, a joint agreement clearly beats giving in
to the other side, and that zone of good deals is neither trivial nor tiny.

After the role swap both players have seen both round-1 tables, so every bundled case
has a second brief per side for round 2 (`[rolwissel.ROL]`); the figures of a good
negotiation are checked for the briefs of each round (`ronde` 1 and 2).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from simulatie.kern.analyse import Analyse, analyse
from simulatie.kern.bestanden import bundled_folder
from simulatie.kern.catalogus import Catalogus, load_folder
from simulatie.kern.model.kennis import in_ronde
from simulatie.kern.spel import GeladenCasus

FILES = sorted(bundled_folder().glob("*.toml"))
REQUIRED = {"veendam", "dalfsen", "helmond"}
MIN_CASES = 5
MARGIN = 15  # points the best joint deal must beat the other side's ideal by
ZONE = (0.03, 0.40)  # share of allowed agreements that beat both bottom lines
# A source names its year, or says "z.j." (zonder jaar) when it has none.
YEAR = re.compile(r"\b(19|20)\d\d\b|\bz\.j\.")

per_case = pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
RONDES = (1, 2)
per_round = pytest.mark.parametrize(
    "path,ronde", [(p, r) for p in FILES for r in RONDES],
    ids=[f"{p.stem}-ronde{r}" for p in FILES for r in RONDES])


@functools.cache
def catalogus() -> Catalogus:
    return load_folder(bundled_folder())


def case_at(path: Path) -> GeladenCasus:
    loaded = {g.bestand: g for g in catalogus().casussen.values()}
    if path not in loaded:
        problems = catalogus().problemen.get(path, [])
        pytest.fail(f"{path.name} laadt niet:\n" + "\n".join(str(p) for p in problems))
    return loaded[path]


def case_in(path: Path, ronde: int):
    """The case as round `ronde` plays it: that round's briefs as its `rollen`."""
    casus = case_at(path).casus
    if ronde > 1:
        assert set(casus.rolwissel) == {"gemeente", "swo"}, (
            f"{path.name} heeft geen tweede versie van beide briefs voor ronde 2")
    return in_ronde(casus, ronde)


@functools.cache
def analysis(path: Path, ronde: int = 1) -> Analyse:
    geladen = case_at(path)
    result = analyse(case_in(path, ronde), geladen.regelboek)
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

@per_round
def test_the_best_joint_agreement_beats_both_bottom_lines(path, ronde):
    """The best joint agreement reaches the bottom line of both sides."""
    casus, best = case_in(path, ronde), analysis(path, ronde).beste_samen
    assert best.gemeente >= casus.brief("gemeente").ondergrens
    assert best.swo >= casus.brief("swo").ondergrens


@per_round
def test_the_gemeente_gains_clearly_over_giving_in(path, ronde):
    """For the gemeente the best joint deal beats the swo's ideal by at least 15 points."""
    result = analysis(path, ronde)
    assert result.beste_samen.gemeente >= result.ideaal["swo"].gemeente + MARGIN


@per_round
def test_the_swo_gains_clearly_over_giving_in(path, ronde):
    """For the swo the best joint deal beats the gemeente's ideal by at least 15 points."""
    result = analysis(path, ronde)
    assert result.beste_samen.swo >= result.ideaal["gemeente"].swo + MARGIN


@per_round
def test_the_gemeente_ideal_is_unacceptable_to_the_swo(path, ronde):
    """The gemeente's own ideal falls below the swo's bottom line."""
    assert analysis(path, ronde).ideaal["gemeente"].swo < case_in(path, ronde).brief("swo").ondergrens


@per_round
def test_the_swo_ideal_is_unacceptable_to_the_gemeente(path, ronde):
    """The swo's own ideal falls below the gemeente's bottom line."""
    ondergrens = case_in(path, ronde).brief("gemeente").ondergrens
    assert analysis(path, ronde).ideaal["swo"].gemeente < ondergrens


@per_round
def test_good_deals_are_neither_rare_nor_everywhere(path, ronde):
    """Between 3% and 40% of the allowed agreements beat both bottom lines."""
    result = analysis(path, ronde)
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


# --- does talking pay? (issue: a case needs the dialogue) ------------------------------------
# Measured from the two tables alone, with the functions `simulatie valideer` warns with;
# `compromise_by_hand` recomputes the first one independently.

from simulatie.kern.analyse import dialoogmaat  # noqa: E402
from simulatie.kern.model.score import score  # noqa: E402

GAP = 12  # joint points the per-issue compromise must lie below the best joint deal
MAX_BRUGGEN = 2


def compromise_by_hand(casus) -> dict[str, str]:
    """On each issue, the option with the highest lower value of the two sides."""
    g, s = casus.brief("gemeente"), casus.brief("swo")
    chosen = {}
    for punt, item in casus.onderhandelpunten.items():
        ranked = sorted(item.opties, key=lambda o: (-min(g.waarden[punt][o], s.waarden[punt][o]),
                                                    -(g.waarden[punt][o] + s.waarden[punt][o])))
        chosen[punt] = ranked[0]
    return chosen


@per_round
def test_the_compromise_lies_well_below_the_best_joint_deal(path, ronde):
    """Splitting every issue apart leaves at least 12 joint points on the table."""
    casus, best = case_in(path, ronde), analysis(path, ronde).beste_samen
    keuzes = compromise_by_hand(casus)
    assert keuzes == dialoogmaat.compromis(casus)
    joint = score(casus.brief("gemeente"), keuzes) + score(casus.brief("swo"), keuzes)
    assert joint <= best.gemeente + best.swo - GAP, (joint, best.gemeente + best.swo)


@per_round
def test_the_case_has_at_least_two_integrative_issues(path, ronde):
    """Two issues whose weights differ by 15 points or more between the sides."""
    casus = case_in(path, ronde)
    g, s = casus.brief("gemeente"), casus.brief("swo")
    shares = {p: (100 * g.gewichten[p] / sum(g.gewichten.values()),
                  100 * s.gewichten[p] / sum(s.gewichten.values())) for p in casus.onderhandelpunten}
    integrative = [p for p, (a, b) in shares.items() if abs(a - b) >= 15]
    assert len(integrative) >= 2, shares
    assert {r.punt for r in dialoogmaat.ruilpunten(casus)} == set(integrative)


@per_round
def test_the_case_has_a_compatible_issue(path, ronde):
    """An issue on which both sides like the same single option best."""
    casus = case_in(path, ronde)
    g, s = casus.brief("gemeente"), casus.brief("swo")
    compatible = [p for p in casus.onderhandelpunten
                  if [o for o, v in g.waarden[p].items() if v == max(g.waarden[p].values())]
                  == [o for o, v in s.waarden[p].items() if v == max(s.waarden[p].values())]
                  and len([v for v in g.waarden[p].values() if v == max(g.waarden[p].values())]) == 1]
    assert compatible, "geen verenigbaar punt"
    assert set(dialoogmaat.verenigbare_punten(casus)) == set(compatible)


@per_round
def test_few_options_are_good_for_both(path, ronde):
    """At most two bridges (≥ 70 for both) outside the compatible issues: the search is work."""
    assert len(dialoogmaat.bruggen(case_in(path, ronde))) <= MAX_BRUGGEN


def _shares(brief) -> dict[str, float]:
    total = sum(brief.gewichten.values())
    return {p: 100 * w / total for p, w in brief.gewichten.items()}


@per_case
def test_round_2_gives_each_side_new_priorities_and_secrets(path):
    """What a player saw of a side's table in round 1 does not give round 2 away: other
    weights (a shift of at least 30 points of 100 in all), other values, a situation that
    says what changed, and secrets none of which round 1 had."""
    casus = case_at(path).casus
    for rol in ("gemeente", "swo"):
        een, twee = casus.brief(rol, 1), casus.brief(rol, 2)
        shift = sum(abs(_shares(twee)[p] - _shares(een)[p]) for p in casus.onderhandelpunten)
        assert shift >= 30, (rol, shift)
        assert twee.waarden != een.waarden and twee.situatie != een.situatie
        assert twee.geheimen and not {g.tekst for g in twee.geheimen} & {g.tekst for g in een.geheimen}
        assert twee.alternatief is not None and twee.alternatief != een.alternatief


@per_case
def test_round_2_has_a_compatible_issue_round_1_did_not_have(path):
    """The shared favourite the players find by asking is a new one after the swap."""
    een = dialoogmaat.verenigbare_punten(case_in(path, 1))
    twee = dialoogmaat.verenigbare_punten(case_in(path, 2))
    assert set(twee.items()) - set(een.items()), (een, twee)


# --- the debrief ---------------------------------------------------------------------------

@per_case
def test_the_case_tells_what_really_happened_with_three_to_five_questions(path):
    casus = case_at(path).casus
    assert len(casus.wat_er_echt_gebeurde.split()) >= 30
    assert YEAR.search(casus.wat_er_echt_gebeurde), "noem de bron met jaar"
    assert 3 <= len(casus.debriefvragen) <= 5


# What each source says happened, which the summary (read before playing) must not tell.
AFLOOP = {
    "leiden": ["70", "Incluzio", "drie percelen", "vijf jaar", "van buiten de stad, die"],
    "wageningen": ["Solidez", "verbindende rol"],
    "dalfsen": ["dialoogtafels", "inkooptafel"],
    "helmond": ["bestuurlijk aanbesteden", "beperkt aantal aanbieders"],
    "veendam": ["integrale afspraken", "zonder beschikkingen en indicaties"],
}


@per_case
def test_the_summary_does_not_give_the_real_outcome_away(path):
    """Nor the title and the sources, which the case list shows beside it."""
    casus = case_at(path).casus
    public = " ".join([casus.titel, casus.samenvatting, *casus.bronnen]).lower()
    told = [w for w in AFLOOP.get(casus.id, []) if w.lower() in public]
    assert told == []


# --- secrets that agree with the tables (the contradictions named in the issue) --------------

def _secrets(casus, rol):
    return [g for g in casus.brief(rol).geheimen if not isinstance(g, str)]


def _ruled_out(casus, rol) -> set[tuple[str, str]]:
    return {(punt, optie) for g in _secrets(casus, rol)
            for punt, opties in (g.onaanvaardbaar or {}).items() for optie in opties}


def test_leidens_provider_that_cannot_carry_the_whole_city_rules_out_one_provider():
    casus = catalogus().casussen["leiden"].casus
    assert ("aanbieders", "een") in _ruled_out(casus, "swo")
    assert ("looptijd", "jaar_2") in _ruled_out(casus, "swo")  # "two years and we withdraw"


def test_veendams_promise_without_beschikkingen_rules_them_out_for_the_municipality():
    casus = catalogus().casussen["veendam"].casus
    assert ("werkwijze", "met_beschikkingen") in _ruled_out(casus, "gemeente")


def test_helmonds_provider_that_cannot_survive_a_year_without_contract_has_a_low_bottom_line():
    """No deal is a disaster for it, so almost any deal beats it: the lowest bottom line."""
    casus = catalogus().casussen["helmond"].casus
    assert casus.brief("swo").ondergrens <= 50
    assert casus.brief("swo").ondergrens < casus.brief("gemeente").ondergrens


@per_round
def test_every_hard_constraint_leaves_the_holder_deals_above_its_bottom_line(path, ronde):
    """A secret that rules options out still leaves the holder something to agree to."""
    casus = case_in(path, ronde)
    for rol in ("gemeente", "swo"):
        out = _ruled_out(casus, rol)
        brief = casus.brief(rol)
        best = sum(w * max(v for o, v in brief.waarden[p].items() if (p, o) not in out)
                   for p, w in brief.gewichten.items()) / sum(brief.gewichten.values())
        assert best >= brief.ondergrens


# --- Helmond's two segments ------------------------------------------------------------------

def test_helmond_splits_providers_and_duration_over_its_two_segments():
    casus = catalogus().casussen["helmond"].casus
    assert set(casus.segmenten) == {"jeugd", "wzw"}
    assert casus.punt_ids("aanbieders") == ["aanbieders_jeugd", "aanbieders_wzw"]
    assert casus.punt_ids("looptijd") == ["looptijd_jeugd", "looptijd_wzw"]
    assert casus.onderhandelpunten["toetreding"].segment == "wzw"


def test_no_case_says_hoofdaannemer_or_vraagt_veel_eisen():
    for path in FILES:
        text = path.read_text(encoding="utf-8").lower()
        assert "hoofdaannemer" not in text and "vraagt veel eisen" not in text, path.name


def test_dalfsen_has_dialogue_tables_and_the_purchasing_table_as_separate_choices():
    casus = catalogus().casussen["dalfsen"].casus
    assert "dialoogtafels" in casus.onderhandelpunten["dialoogvorm"].opties
    assert list(casus.onderhandelpunten["inkooptafel"].opties) == ["geen_inkooptafel", "inkooptafel"]


def test_veendam_can_agree_on_integrated_agreements():
    casus = catalogus().casussen["veendam"].casus
    assert "integrale_afspraken" in casus.onderhandelpunten["afspraken"].opties
