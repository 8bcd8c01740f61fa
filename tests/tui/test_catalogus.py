"""Which cases the app offers from a folder, and how their problems are named."""

from __future__ import annotations

import shutil
from pathlib import Path

from simulatie.kern.bestanden import Problem
from simulatie.tui import catalogus

MINI = Path(__file__).parents[1] / "data" / "mini.toml"


def _map(tmp_path: Path, regels: str | None) -> Path:
    shutil.copy(MINI, tmp_path / "mini.toml")
    if regels is not None:
        (tmp_path / "algemeen").mkdir()
        (tmp_path / "algemeen" / "regels.toml").write_text(regels, encoding="utf-8")
    return tmp_path


def test_a_folder_with_its_own_general_rules_uses_them(tmp_path):
    """An empty own rules file: only the case's own rule remains."""
    gevonden = catalogus.load(_map(tmp_path, ""), meegeleverd=False)
    regels = gevonden.casussen["mini"].regelboek.regels
    assert [c.item.id for c in regels] == ["kort"]


def test_broken_general_rules_are_listed_and_the_cases_still_load(tmp_path):
    """A broken rules file is a problem of its own; the cases load without its rules."""
    folder = _map(tmp_path, "regels = [")
    gevonden = catalogus.load(folder, meegeleverd=False)
    assert "mini" in gevonden.casussen
    assert [catalogus.name(p, [folder]) for p in gevonden.problemen] == ["algemeen/regels.toml"]


def test_an_own_folder_sits_beside_the_bundled_cases(tmp_path):
    """As `simulatie --casussen MAP`: the bundled cases and the own one together."""
    folder = _map(tmp_path, None)
    gevonden = catalogus.load(folder)
    assert "mini" in gevonden.casussen
    assert set(gevonden.casussen) > {"mini"}  # the bundled ones are there too
    assert catalogus.folders(folder)[0] == folder


def test_problems_are_named_relative_to_the_folder(tmp_path):
    probleem = Problem(str(tmp_path / "kapot.toml"), "te kort.", ("id",), 3, 1)
    assert catalogus.relative(probleem, [tmp_path]) == "kapot.toml:3:1: [id] te kort."
