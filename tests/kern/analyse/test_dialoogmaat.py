"""`simulatie valideer` warns a facilitator whose case does not reward talking: the simple
compromise close to the best joint deal, fewer than two trades, no shared favourite."""

from __future__ import annotations

from pathlib import Path

from simulatie.__main__ import main
from simulatie.kern.facilitator import validate

GOED = Path(__file__).resolve().parents[2] / "data" / "valideer" / "goed.toml"


def variant(tmp_path: Path, *changes: tuple[str, str]) -> Path:
    text = GOED.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "proefdorp.toml"
    path.write_text(text, encoding="utf-8")
    return path


def messages(path: Path) -> list[tuple[str, str]]:
    return [(p.severity, p.message) for p in validate([path]).problems]


def test_the_base_fixture_rewards_talking(tmp_path):
    assert messages(variant(tmp_path)) == []


def test_a_compromise_as_good_as_the_best_deal_is_a_warning_with_both_sums(tmp_path):
    # the municipality likes six years again: splitting every issue lands on the best deal
    path = variant(tmp_path, ("jaar_4 = 100, jaar_6 = 30 }", "jaar_4 = 100, jaar_6 = 50 }"))
    found = [m for s, m in messages(path) if "simpele compromis" in m]
    assert len(found) == 1 and "geeft samen 172, het beste gezamenlijke akkoord 172" in found[0]
    assert all(s == "waarschuwing" for s, _ in messages(path))


def test_one_trade_only_is_a_warning_naming_it(tmp_path):
    path = variant(tmp_path, (
        "gewichten = { inkoopvorm = 25, aanbieders = 20, looptijd = 40, verlengopties = 5, sturing = 10 }",
        "gewichten = { inkoopvorm = 28, aanbieders = 22, looptijd = 25, verlengopties = 10, sturing = 15 }"))
    found = [m for _, m in messages(path) if "ruilpunt" in m]
    assert len(found) == 1 and "1 ruilpunt(en)" in found[0] and "sturing (40/15)" in found[0]


def test_no_shared_favourite_is_a_warning(tmp_path):
    path = variant(tmp_path, ("waarden.verlengopties = { geen = 0, twee_keer_een = 100 }",
                              "waarden.verlengopties = { geen = 100, twee_keer_een = 0 }"))
    assert any("dezelfde optie het best" in m for _, m in messages(path))


def test_the_warnings_keep_the_exit_code_zero(tmp_path, capsys):
    path = variant(tmp_path, ("jaar_4 = 100, jaar_6 = 30 }", "jaar_4 = 100, jaar_6 = 50 }"))
    assert main(["valideer", str(path)]) == 0
    assert "waarschuwing: het simpele compromis" in capsys.readouterr().out
