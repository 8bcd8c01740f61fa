"""The exact analysis against brute force: random small cases, with bans, every deal listed.

The brute force here is written apart from the analysis: it lists every combination of
options, drops the banned ones with the rule book the game uses, scores each deal with
the game's own `score`, and picks the named points by their definitions.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulatie.kern.analyse import analyse
from simulatie.kern.analyse import tellen
from simulatie.kern.catalogus.controle import all_keuzes
from simulatie.kern.catalogus.laden import AlgemeneRegels, casus_from_toml
from simulatie.kern.model.score import score
from simulatie.kern.regels.feiten import case_facts, voorstel_facts

KENMERKEN = ("flexibel", "outcome", "wijkgericht", "veel_eisen")
VORMEN = ("subsidie", "aanbesteden", "bestuurlijk_aanbesteden", "open_house")
HALVES = st.integers(0, 200).map(lambda n: n / 2)  # 0, 0.5, ... 100: exact in binary


@st.composite
def cases(draw) -> dict:
    """A case of 4 to 6 issues of 2 to 4 options, random briefs, and 0 to 3 bans."""
    issues: dict[str, dict] = {}
    sizes = {"inkoopvorm": draw(st.integers(2, 4)), "aanbieders": draw(st.integers(2, 4)),
             "looptijd": draw(st.integers(2, 3)), "verlengopties": draw(st.integers(2, 3))}
    for n in range(draw(st.integers(0, 2))):
        sizes[f"eigen{n}"] = draw(st.integers(2, 3))
    for punt, size in sizes.items():
        opties = {}
        for i in range(size):
            optie_id = VORMEN[i] if punt == "inkoopvorm" else f"o{i}"
            optie: dict = {"titel": optie_id}
            if punt != "inkoopvorm" and not punt.startswith("eigen"):
                optie["getal"] = draw(st.integers(0, 12))
            kenmerken = draw(st.lists(st.sampled_from(KENMERKEN), max_size=2, unique=True))
            if kenmerken:
                optie["kenmerken"] = kenmerken
            opties[optie_id] = optie
        issues[punt] = {"titel": punt.capitalize(), "opties": opties}
    rollen = {}
    for rol in ("gemeente", "swo"):
        gewichten = {p: draw(st.integers(0, 40).map(lambda n: n / 4)) for p in issues}
        if not any(gewichten.values()):
            gewichten["looptijd"] = 10.0
        waarden = {p: {o: draw(HALVES) for o in punt["opties"]} for p, punt in issues.items()}
        total = sum(gewichten.values())
        best = sum(gewichten[p] * max(waarden[p].values()) for p in issues) / total
        rollen[rol] = {
            "functie": "x", "situatie": "y",
            "belangen": [{"id": "b1", "tekst": "t", "onderwerp": "tarieven"}],
            "vragen": [{"id": "v1", "tekst": "t", "onderwerp": "praktijk"}],
            "gewichten_totaal": total, "gewichten": gewichten, "waarden": waarden,
            "ondergrens": draw(st.integers(0, int(best))),
        }
    verboden = [{"id": f"verbod{i}", "als": draw(_ban(issues)), "reden": "r"}
                for i in range(draw(st.integers(0, 3)))]
    return {"id": "proef", "titel": "Proef", "gemeente": "Proefdorp", "inwoners": 30000,
            "domein": ["welzijn"], "doelen": ["innovatie"], "samenvatting": "s",
            "bronnen": ["b"], "max_zetten": 10, "onderhandelpunten": issues,
            "rollen": rollen, "verboden": verboden}


def _ban(issues: dict) -> st.SearchStrategy[str]:
    own = [p for p in issues if p.startswith("eigen")]
    options = {p: list(punt["opties"]) for p, punt in issues.items()}
    templates = [
        st.tuples(st.sampled_from(options["inkoopvorm"]), st.integers(0, 12)).map(
            lambda t: f'inkoopvorm == "{t[0]}" and aantal_aanbieders < {t[1]}'),
        st.integers(0, 20).map(lambda n: f"max_looptijd_jaren > {n}"),
        st.tuples(st.sampled_from(KENMERKEN), st.sampled_from(options["looptijd"])).map(
            lambda t: f'"{t[0]}" in kenmerken and looptijd == "{t[1]}"'),
        st.sampled_from(KENMERKEN).map(lambda k: f'not "{k}" in kenmerken'),
        st.integers(0, 60).map(lambda n: f"score_gemeente < {n}"),
        st.integers(30, 100).map(lambda n: f"score_swo > {n} and verlengopties_jaren > 1"),
    ]
    if own:
        templates.append(st.tuples(st.sampled_from(own), st.sampled_from(["o0", "o1"]),
                                   st.sampled_from(options["aanbieders"])).map(
            lambda t: f'{t[0]} == "{t[1]}" and aanbieders != "{t[2]}"'))
    return st.one_of(templates)


def _load(data: dict):
    text = tomli_w.dumps(data)
    return casus_from_toml(Path("proef.toml"), text, data, AlgemeneRegels())


def brute(geladen) -> dict:
    """Every allowed deal scored by the game, and the named points by definition."""
    casus, boek = geladen.casus, geladen.regelboek
    points = []
    for keuzes in all_keuzes(casus):
        if not boek.banned(voorstel_facts(casus, keuzes) | case_facts(casus)):
            points.append((score(casus.brief("gemeente"), keuzes), score(casus.brief("swo"), keuzes)))
    low_g, low_s = casus.brief("gemeente").ondergrens, casus.brief("swo").ondergrens
    zone = [(g, s) for g, s in points if g >= low_g and s >= low_s]
    result = {"totaal": len(points), "haalbaar": len(zone)}
    if not points:
        return result
    result["frontier"] = {p for p in points
                          if not any(q[0] >= p[0] and q[1] >= p[1] and q != p for q in points)}
    result["ideaal_gemeente"] = max(points, key=lambda p: (p[0], p[1]))
    result["ideaal_swo"] = max(points, key=lambda p: (p[1], p[0]))
    result["beste_som"] = max(points, key=lambda p: (p[0] + p[1], min(p), p[0]))
    if zone:
        result["nash"] = max(zone, key=lambda p: ((p[0] - low_g) * (p[1] - low_s), p[0] + p[1], p[0]))
        top_g = max(g for g, _ in zone) - Fraction(low_g)
        top_s = max(s for _, s in zone) - Fraction(low_s)

        def shares(p):
            a = (Fraction(p[0]) - Fraction(low_g)) / top_g if top_g else Fraction(1)
            b = (Fraction(p[1]) - Fraction(low_s)) / top_s if top_s else Fraction(1)
            return min(a, b), a + b, p[0]

        result["ks"] = max(zone, key=shares)
        result["beste_som_zone"] = max(zone, key=lambda p: (p[0] + p[1], min(p), p[0]))
    return result


def _pair(uitkomst) -> tuple[float, float] | None:
    return None if uitkomst is None else (uitkomst.gemeente, uitkomst.swo)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_the_analysis_equals_brute_force(data):
    """Ideals, frontier, Nash, KS, best joint and the count: the same as listing every deal."""
    geladen = _load(data)
    expected = brute(geladen)
    result = analyse(geladen.casus, geladen.regelboek)
    assert result is not None
    assert result.totaal == expected["totaal"]
    assert result.haalbaar == expected["haalbaar"]
    if not expected["totaal"]:
        assert result.grens == () and result.beste_samen is None
        return
    assert {_pair(u) for u in result.grens} == expected["frontier"]
    assert len(result.grens) == len(expected["frontier"])
    assert _pair(result.ideaal["gemeente"]) == expected["ideaal_gemeente"]
    assert _pair(result.ideaal["swo"]) == expected["ideaal_swo"]
    assert _pair(result.beste_som) == expected["beste_som"]
    assert _pair(result.beste_samen) == expected.get("nash")
    assert _pair(result.ks) == expected.get("ks")
    assert _pair(result.beste_som_zone) == expected.get("beste_som_zone")
    # Every deal shown is allowed and scores what the analysis says it scores.
    casus = geladen.casus
    for uitkomst in (*result.grens, result.beste_samen, result.ks):
        if uitkomst is None:
            continue
        assert not geladen.regelboek.banned(voorstel_facts(casus, uitkomst.keuzes) | case_facts(casus))
        assert score(casus.brief("gemeente"), uitkomst.keuzes) == uitkomst.gemeente
        assert score(casus.brief("swo"), uitkomst.keuzes) == uitkomst.swo


@settings(max_examples=40, deadline=None)
@given(cases())
def test_counting_in_small_batches_counts_the_same(data):
    """The count does not depend on how the halves are split or batched."""
    geladen = _load(data)
    whole = analyse(geladen.casus, geladen.regelboek)
    old = tellen.CHUNK, tellen.TREE
    tellen.CHUNK, tellen.TREE = 2, 4  # a tiny tree, the rest streamed in pairs
    try:
        batched = analyse(geladen.casus, geladen.regelboek)
    finally:
        tellen.CHUNK, tellen.TREE = old
    assert batched.haalbaar == whole.haalbaar == brute(geladen)["haalbaar"]


# --- the six shipped cases ------------------------------------------------------------------

def _shipped():
    from simulatie.kern.bestanden import bundled_folder
    from simulatie.kern.catalogus import load_folder

    return sorted(load_folder(bundled_folder()).casussen.values(), key=lambda g: g.casus.id)


@pytest.mark.parametrize("geladen", _shipped(), ids=lambda g: g.casus.id)
def test_every_shipped_case_agrees_with_listing_every_deal(geladen):
    """On the shipped cases, with the general rules and their bans: the same numbers, and
    the same options for both ideals and the Nash point as the first such deal listed."""
    expected = brute(geladen)
    result = analyse(geladen.casus, geladen.regelboek)
    assert (result.totaal, result.haalbaar) == (expected["totaal"], expected["haalbaar"])
    assert {_pair(u) for u in result.grens} == expected["frontier"]
    for name, got in (("ideaal_gemeente", result.ideaal["gemeente"]),
                      ("ideaal_swo", result.ideaal["swo"]), ("nash", result.beste_samen),
                      ("ks", result.ks), ("beste_som", result.beste_som)):
        assert _pair(got) == expected[name], name
    casus = geladen.casus
    listed = [k for k in all_keuzes(casus)
              if not geladen.regelboek.banned(voorstel_facts(casus, k) | case_facts(casus))]
    first = {name: next(k for k in listed if (score(casus.brief("gemeente"), k),
                                                score(casus.brief("swo"), k)) == expected[name])
             for name in ("ideaal_gemeente", "ideaal_swo", "nash")}
    assert result.ideaal["gemeente"].keuzes == first["ideaal_gemeente"]
    assert result.ideaal["swo"].keuzes == first["ideaal_swo"]
    assert result.beste_samen.keuzes == first["nash"]
