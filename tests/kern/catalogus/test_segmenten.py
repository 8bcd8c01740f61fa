"""Segments: a case that buys parts of its domain differently (Helmond: youth and
living-care-welfare) splits the number of providers and the duration per segment.

The fixture tests/data/segmenten.toml has two segments, `aanbieders` and `looptijd` split
per segment, and one `verlengopties` for both.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli_w
import tomllib

from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.regels.feiten import voorstel_facts

SEGMENTEN = Path(__file__).resolve().parents[2] / "data" / "segmenten.toml"
KEUZES = {"inkoopvorm": "subsidie", "aanbieders_jeugd": "drie", "aanbieders_wzw": "dertig",
          "looptijd_jeugd": "jaar_8", "looptijd_wzw": "jaar_2", "verlengopties": "twee_keer_een",
          "sturing": "outcome"}


def load_variant(tmp_path: Path, change=None):
    data = tomllib.loads(SEGMENTEN.read_text(encoding="utf-8"))
    if change:
        change(data)
    path = tmp_path / "segmentdorp.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return load_casus(path, AlgemeneRegels())


def problems(tmp_path: Path, change) -> list[str]:
    with pytest.raises(LoadFailed) as failed:
        load_variant(tmp_path, change)
    return [f"[{p.dotted_path}] {p.message}" for p in failed.value.problems]


def test_a_case_with_split_fixed_points_loads():
    geladen = load_casus(SEGMENTEN, AlgemeneRegels())
    assert list(geladen.casus.segmenten) == ["jeugd", "wzw"]
    assert geladen.casus.punt_ids("aanbieders") == ["aanbieders_jeugd", "aanbieders_wzw"]
    assert geladen.casus.punt_ids("verlengopties") == ["verlengopties"]
    assert geladen.casus.soort("looptijd_wzw") == "looptijd"


def test_the_number_facts_read_the_segments_cautiously():
    """Most providers of any segment; shortest contract of any segment."""
    casus = load_casus(SEGMENTEN, AlgemeneRegels()).casus
    facts = voorstel_facts(casus, KEUZES)
    assert facts["aantal_aanbieders"] == 30
    assert facts["looptijd_jaren"] == 2
    assert facts["verlengopties_jaren"] == 2
    assert facts["max_looptijd_jaren"] == 4  # wzw: 2 + 2, shorter than youth's 8 + 2
    assert facts["aantal_percelen"] == 2  # each segment is bought as its own part
    assert facts["aanbieders"] is None and facts["looptijd"] is None
    assert facts["aanbieders_jeugd"] == "drie"


def test_the_shortest_segment_decides_the_longest_duration(tmp_path):
    casus = load_casus(SEGMENTEN, AlgemeneRegels()).casus
    facts = voorstel_facts(casus, KEUZES | {"looptijd_wzw": "jaar_6", "looptijd_jeugd": "jaar_4"})
    assert facts["looptijd_jaren"] == 4 and facts["max_looptijd_jaren"] == 6


def test_a_split_point_missing_a_segment_is_refused(tmp_path):
    def drop(data):
        del data["onderhandelpunten"]["looptijd_wzw"]
        for rol in ("gemeente", "swo"):
            brief = data["rollen"][rol]
            weight = brief["gewichten"].pop("looptijd_wzw")
            brief["gewichten"]["looptijd_jeugd"] += weight
            del brief["waarden"]["looptijd_wzw"]
    found = problems(tmp_path, drop)
    assert any("looptijd_wzw ontbreekt" in p for p in found), found


def test_an_unknown_segment_gets_a_suggestion(tmp_path):
    def typo(data):
        data["onderhandelpunten"]["aanbieders_wzw"]["segment"] = "wz"
    found = problems(tmp_path, typo)
    assert any(p.startswith("[onderhandelpunten.aanbieders_wzw.segment]") and "'wz' is geen segment"
               in p and "wzw" in p for p in found), found


def test_a_split_issue_without_its_segment_key_is_refused(tmp_path):
    def unmarked(data):
        del data["onderhandelpunten"]["aanbieders_jeugd"]["segment"]
    found = problems(tmp_path, unmarked)
    assert any('segment = "jeugd"' in p for p in found), found


def test_a_point_both_whole_and_split_is_refused(tmp_path):
    def both(data):
        data["onderhandelpunten"]["aanbieders"] = {
            "titel": "Aantal aanbieders",
            "opties": {"een": {"titel": "Eén", "getal": 1}, "twee": {"titel": "Twee", "getal": 2}}}
        for rol in ("gemeente", "swo"):
            data["rollen"][rol]["gewichten"]["aanbieders"] = 0
            data["rollen"][rol]["waarden"]["aanbieders"] = {"een": 50, "twee": 50}
    found = problems(tmp_path, both)
    assert any("zowel als één punt als per segment" in p for p in found), found


def test_a_split_point_needs_a_number_on_every_option(tmp_path):
    def no_number(data):
        del data["onderhandelpunten"]["aanbieders_wzw"]["opties"]["dertig"]["getal"]
    found = problems(tmp_path, no_number)
    assert any("heeft een 'getal' nodig: het aantal aanbieders" in p for p in found), found


def test_without_segments_a_case_reads_its_numbers_as_before(maak_casus):
    geladen = maak_casus(lambda data: None)
    casus = geladen.casus
    keuzes = {p: next(iter(punt.opties)) for p, punt in casus.onderhandelpunten.items()}
    facts = voorstel_facts(casus, keuzes)
    looptijd = casus.onderhandelpunten["looptijd"].opties[keuzes["looptijd"]].getal
    verleng = casus.onderhandelpunten["verlengopties"].opties[keuzes["verlengopties"]].getal
    assert facts["looptijd_jaren"] == looptijd
    assert facts["max_looptijd_jaren"] == looptijd + verleng
    assert facts["aantal_percelen"] == 1
