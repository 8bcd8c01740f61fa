"""Can a rule fire? The search over issue projections agrees with trying every allowed
deal, on random small cases with bans and rules on the deal and the dialogue."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulatie.kern.analyse import can_fire, ruimte
from simulatie.kern.analyse.bereik import _domains
from simulatie.kern.analyse.ruimte import fact_names, matches
from simulatie.kern.catalogus.controle import all_keuzes
from simulatie.kern.regels.feiten import case_facts, voorstel_facts
from test_eigenschap import KENMERKEN, _load, cases

RULES = st.one_of(
    st.integers(0, 12).map(lambda n: f"heeft_voorstel and aantal_aanbieders > {n}"),
    st.sampled_from(KENMERKEN).map(lambda k: f'heeft_voorstel and "{k}" in kenmerken and akkoord'),
    st.tuples(st.sampled_from(KENMERKEN), st.integers(0, 20)).map(
        lambda t: f'heeft_voorstel and not "{t[0]}" in kenmerken and max_looptijd_jaren > {t[1]}'),
    st.integers(0, 100).map(lambda n: f"heeft_voorstel and score_gemeente > {n} and score_swo > {n}"),
    st.sampled_from(["subsidie", "aanbesteden"]).map(
        lambda v: f'heeft_voorstel and inkoopvorm == "{v}" and "praktijk" in swo_deelde'),
)


def brute_can_fire(geladen, compiled) -> bool:
    """Every allowed deal with its full facts, and the same dialogue values."""
    casus = geladen.casus
    names = fact_names(compiled.item.als) - {"and", "or", "not", "in", "true", "false", "null"}
    deals = [voorstel_facts(casus, k) | case_facts(casus) for k in all_keuzes(casus)
             if not geladen.regelboek.banned(voorstel_facts(casus, k) | case_facts(casus))]
    for facts in [None, *deals]:
        has = facts is not None
        start = dict(facts if has else voorstel_facts(casus, None) | case_facts(casus))
        start["heeft_voorstel"] = has
        domains = _domains(names, has, casus, set(), [])
        for values in itertools.product(*(d for _, d in domains)):
            situation = start | dict(zip((n for n, _ in domains), values, strict=True))
            if "uitkomst" in situation:
                situation["akkoord"] = situation["uitkomst"] == "akkoord"
                situation["afgelopen"] = situation["uitkomst"] != "lopend"
            if matches(compiled, situation):
                return True
    return False


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.lists(RULES, min_size=1, max_size=3))
def test_can_fire_agrees_with_trying_every_allowed_deal(data, rules):
    data["regels"] = [{"id": f"r{i}", "als": als, "ernst": "tip", "bericht": "b", "bron": "t"}
                      for i, als in enumerate(rules)]
    geladen = _load(data)
    space = ruimte(geladen.casus, geladen.regelboek)
    for compiled in geladen.regelboek.regels:
        assert can_fire(compiled, space) is brute_can_fire(geladen, compiled), compiled.item.als
