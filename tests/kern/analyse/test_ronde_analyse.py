"""The debrief of a round, played through the real fold on a shipped case."""

from __future__ import annotations

import pytest

from simulatie.kern.analyse import analyse
from simulatie.kern.analyse.nabespreking import nabespreking
from simulatie.kern.catalogus.controle import all_keuzes
from simulatie.kern.model import Zet
from simulatie.kern.model.score import score
from simulatie.kern.regels.feiten import case_facts, voorstel_facts
from simulatie.kern.spel import new_session, step


@pytest.fixture(scope="module")
def dalfsen(catalogus):
    return catalogus.casussen["dalfsen"]


def _play(geladen, moves):
    staat = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    for move in moves:
        staat = step(staat, Zet(**move))
    return staat


def _ideal(result, rol):
    return dict(result.ideaal[rol].keuzes)


def _deals(geladen):
    casus = geladen.casus
    for keuzes in all_keuzes(casus):
        if not geladen.regelboek.banned(voorstel_facts(casus, keuzes) | case_facts(casus)):
            yield keuzes, score(casus.brief("gemeente"), keuzes), score(casus.brief("swo"), keuzes)


def test_an_agreement_below_the_best_shows_what_was_left_and_a_better_deal(dalfsen):
    """The gemeente opens with its ideal, the swo counters with its own, the gemeente
    accepts: the debrief measures that agreement against every deal of the case."""
    result = analyse(dalfsen.casus, dalfsen.regelboek, tellen=False)
    staat = _play(dalfsen, [
        {"soort": "voorstel", "rol": "gemeente", "keuzes": _ideal(result, "gemeente")},
        {"soort": "tegenvoorstel", "rol": "swo", "keuzes": _ideal(result, "swo")},
        {"soort": "accepteer", "rol": "gemeente"}])
    d = nabespreking(dalfsen.casus, staat.ronde, result)
    swo_ideal = result.ideaal["swo"]
    assert (d.akkoord.gemeente, d.akkoord.swo) == (swo_ideal.gemeente, swo_ideal.swo)
    grens = {rol: dalfsen.casus.brief(rol).ondergrens for rol in ("gemeente", "swo")}
    best_joint = max(g + s for _, g, s in _deals(dalfsen)
                     if g >= grens["gemeente"] and s >= grens["swo"])
    assert d.op_tafel == pytest.approx(best_joint - d.akkoord.samen)
    # The swo's ideal is efficient (nothing beats it for the swo), so no better deal.
    assert d.pareto is True and d.beter is None
    # The gemeente moved from its ideal to the swo's: its concession is the score drop.
    assert d.concessie["gemeente"] == pytest.approx(result.ideaal["gemeente"].gemeente - swo_ideal.gemeente)
    assert d.concessie["swo"] == pytest.approx(0)
    text = "\n".join(d.regels)
    gewicht = {rol: dalfsen.casus.brief(rol).gewichten for rol in ("gemeente", "swo")}
    dure = [p for p in gewicht["gemeente"] if gewicht["gemeente"][p] > gewicht["swo"][p]
            and _ideal(result, "gemeente")[p] != _ideal(result, "swo")[p]]
    assert any(f"De gemeente gaf toe op {dalfsen.casus.onderhandelpunten[p].titel.lower()}"
               in text and "een dure concessie" in text for p in dure)
    assert "De sociaalwerkorganisatie gaf niets toe" in text
    assert "op tafel liggen" in text


def test_an_inefficient_agreement_names_a_deal_better_for_both_and_what_to_change(dalfsen):
    result = analyse(dalfsen.casus, dalfsen.regelboek, tellen=False)
    deals = list(_deals(dalfsen))
    points = {(g, s) for _, g, s in deals}
    # An agreement some deal beats for both: the first one in the case's order.
    keuzes, g, s = next(d for d in deals if any(g2 > d[1] and s2 > d[2] for g2, s2 in points))
    staat = _play(dalfsen, [
        {"soort": "belang", "rol": "gemeente", "item": dalfsen.casus.brief("gemeente").belangen[0].id},
        {"soort": "voorstel", "rol": "swo", "keuzes": keuzes},
        {"soort": "accepteer", "rol": "gemeente"}])
    d = nabespreking(dalfsen.casus, staat.ronde, result)
    assert d.pareto is False
    assert d.beter.gemeente >= g and d.beter.swo >= s and d.beter.samen > g + s
    assert (score(dalfsen.casus.brief("gemeente"), d.beter.keuzes), score(dalfsen.casus.brief("swo"), d.beter.keuzes)) == (d.beter.gemeente, d.beter.swo)
    changed = [p.titel for pid, p in dalfsen.casus.onderhandelpunten.items() if keuzes[pid] != d.beter.keuzes[pid]]
    assert [line.split(":")[0] for line in d.ruil] == changed
    assert "niet Pareto-efficiënt" in "\n".join(d.regels)


def test_after_no_deal_the_debrief_says_so_and_nothing_about_an_agreement(dalfsen):
    result = analyse(dalfsen.casus, dalfsen.regelboek, tellen=False)
    staat = _play(dalfsen, [
        {"soort": "voorstel", "rol": "gemeente", "keuzes": _ideal(result, "gemeente")},
        {"soort": "stop", "rol": "swo"}])
    d = nabespreking(dalfsen.casus, staat.ronde, result)
    text = "\n".join(d.regels)
    assert d.regels[0] == "Deze ronde eindigde zonder akkoord."
    assert d.akkoord is None and d.op_tafel is None and d.pareto is None and d.surplus is None
    for word in ("Akkoord:", "op tafel", "Pareto", "winst boven"):
        assert word not in text
    assert [(v.zet, v.rol) for v in d.voorstellen] == [(1, "gemeente")]


def test_surplus_shares_add_up_to_the_whole(dalfsen):
    result = analyse(dalfsen.casus, dalfsen.regelboek, tellen=False)
    nash = dict(result.beste_samen.keuzes)
    staat = _play(dalfsen, [{"soort": "voorstel", "rol": "gemeente", "keuzes": nash},
                            {"soort": "accepteer", "rol": "swo"}])
    d = nabespreking(dalfsen.casus, staat.ronde, result)
    gains = {rol: getattr(d.akkoord, rol) - dalfsen.casus.brief(rol).ondergrens
             for rol in ("gemeente", "swo")}
    assert d.surplus["gemeente"] == pytest.approx(gains["gemeente"] / sum(gains.values()))
    assert sum(d.surplus.values()) == pytest.approx(1)
    assert d.pareto is True and d.op_tafel >= 0


def test_round_two_is_judged_with_the_briefs_of_round_two(maak_casus):
    """A case that gives round 2 other weights and values: the round-2 debrief scores with
    those, and measures the agreement against the best deal of those briefs."""
    from simulatie.kern.analyse.analyse import briefs_voor

    def variant(data):
        data["rolwissel"] = {"gemeente": {
            "gewichten": {"inkoopvorm": 10, "aanbieders": 10, "looptijd": 70, "verlengopties": 10},
            "ondergrens": 30}}

    geladen = maak_casus(variant)
    casus = geladen.casus
    assert briefs_voor(casus, 2) != briefs_voor(casus, 1)
    tweede = analyse(casus, geladen.regelboek, tellen=False, briefs=briefs_voor(casus, 2))
    eerste = analyse(casus, geladen.regelboek, tellen=False)
    assert {(u.gemeente, u.swo) for u in tweede.grens} != {(u.gemeente, u.swo) for u in eerste.grens}
    nash = dict(tweede.beste_samen.keuzes)
    staat = _play(geladen, [{"soort": "stop", "rol": "gemeente"}, {"soort": "rolwissel"},
                            {"soort": "voorstel", "rol": "gemeente", "keuzes": nash},
                            {"soort": "accepteer", "rol": "swo"}])
    d = nabespreking(casus, staat.ronde, tweede)
    assert staat.ronde.nummer == 2
    assert d.akkoord.gemeente == score(casus.brief("gemeente", 2), nash)
    assert d.akkoord.gemeente != score(casus.brief("gemeente", 1), nash)
    assert d.pareto is True and d.op_tafel >= 0
