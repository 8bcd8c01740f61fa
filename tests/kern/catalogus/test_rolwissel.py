"""Round 2 keeps private information meaningful: a case may give each brief a second variant
(`[rolwissel.gemeente]`, `[rolwissel.swo]`) for the rounds after a role swap, naming only what
changes; the rest is the round-1 brief."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli_w
import tomllib

from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.catalogus import AlgemeneRegels, load_casus

GOED = Path(__file__).resolve().parents[2] / "data" / "valideer" / "goed.toml"


def write(tmp_path: Path, variant: dict) -> Path:
    data = tomllib.loads(GOED.read_text(encoding="utf-8"))
    data["rolwissel"] = variant
    path = tmp_path / "proefdorp.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_even_rounds_use_the_variant_and_odd_rounds_the_first_brief(tmp_path):
    gewichten = {"inkoopvorm": 10, "aanbieders": 40, "looptijd": 15, "verlengopties": 10, "sturing": 25}
    path = write(tmp_path, {"gemeente": {"gewichten": gewichten, "ondergrens": 55,
                                         "geheimen": ["De raad wil nu vooral minder aanbieders."]}})
    casus = load_casus(path, AlgemeneRegels()).casus
    assert casus.brief("gemeente", 1).gewichten["aanbieders"] == 15
    assert casus.brief("gemeente", 2).gewichten == gewichten
    assert casus.brief("gemeente", 3) == casus.brief("gemeente")
    assert casus.brief("gemeente", 4).ondergrens == 55
    # what the variant leaves out is the round-1 brief
    assert casus.brief("gemeente", 2).waarden == casus.brief("gemeente", 1).waarden
    assert casus.brief("gemeente", 2).functie == casus.brief("gemeente", 1).functie
    # a side without a variant keeps its brief in every round
    assert casus.brief("swo", 2) == casus.brief("swo", 1)


def test_a_variant_is_checked_like_a_brief(tmp_path):
    path = write(tmp_path, {"swo": {"gewichten": {"inkoopvorm": 50, "aanbieders": 50}}})
    with pytest.raises(LoadFailed) as failed:
        load_casus(path, AlgemeneRegels())
    messages = {(p.dotted_path, p.message) for p in failed.value.problems}
    assert ("rolwissel.swo.gewichten", "geen gewicht voor 'looptijd'.") in messages


def test_a_variant_for_an_unknown_role_is_refused(tmp_path):
    path = write(tmp_path, {"swoo": {"ondergrens": 50}})
    with pytest.raises(LoadFailed) as failed:
        load_casus(path, AlgemeneRegels())
    assert any(p.dotted_path.startswith("rolwissel") for p in failed.value.problems)
