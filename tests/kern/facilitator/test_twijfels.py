"""`simulatie casussen` marks a case that loads with warnings, as the app's list does."""

from __future__ import annotations

import shutil
from pathlib import Path

from simulatie.__main__ import main
from simulatie.kern.catalogus import AlgemeneRegels, load_folder
from simulatie.kern.facilitator import with_doubts

VALIDEER = Path(__file__).resolve().parents[2] / "data" / "valideer"


def test_the_warnings_of_a_loaded_case_are_those_of_valideer(tmp_path):
    shutil.copy(VALIDEER / "geen_akkoord.toml", tmp_path / "proefdorp.toml")
    catalogus = with_doubts(load_folder(tmp_path, AlgemeneRegels()))
    [warning] = catalogus.waarschuwingen[tmp_path / "proefdorp.toml"]
    assert "geen enkel akkoord haalt beide ondergrenzen" in warning.message


def test_a_good_case_has_no_doubts(tmp_path):
    shutil.copy(VALIDEER / "goed.toml", tmp_path / "proefdorp.toml")
    assert with_doubts(load_folder(tmp_path, AlgemeneRegels())).waarschuwingen == {}


def test_the_command_line_list_marks_the_case_and_prints_its_warning(tmp_path, capsys):
    shutil.copy(VALIDEER / "geen_akkoord.toml", tmp_path / "proefdorp.toml")
    assert main(["--casussen", str(tmp_path), "casussen"]) == 0
    out = capsys.readouterr().out
    [regel] = [r for r in out.splitlines() if r.startswith("proefdorp ")]
    assert regel.endswith("⚠ 1 waarschuwing(en)")
    assert "waarschuwing: geen enkel akkoord haalt beide ondergrenzen" in out
    assert not any("⚠" in r for r in out.splitlines() if r.startswith("dalfsen "))
