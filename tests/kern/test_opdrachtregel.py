"""The command line speaks Dutch, also when the user makes a mistake."""

from __future__ import annotations

import pytest

from simulatie.__main__ import main


def test_help_is_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert out.startswith("gebruik: simulatie")
    assert "toon deze hulp en stop" in out and "show this help" not in out


def test_a_subcommand_s_usage_line_says_gebruik_once(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["speel"])
    err = capsys.readouterr().err
    assert err.startswith("gebruik: simulatie speel ")
    assert "gebruik: gebruik:" not in err
    assert "simulatie speel: fout: dit ontbreekt nog: script" in err


def test_an_unknown_command_lists_the_choices_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["speeel"])
    assert done.value.code == 2
    assert "onbekende keuze 'speeel' bij OPDRACHT; kies uit: 'speel'" in capsys.readouterr().err


def test_an_option_without_its_value_says_so_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--saves"])
    assert "--saves heeft een waarde nodig" in capsys.readouterr().err
