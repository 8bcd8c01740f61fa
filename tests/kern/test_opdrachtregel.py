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
    assert "simulatie speel: fout: dit ontbreekt nog: BESTAND" in err


def test_an_unknown_command_lists_the_choices_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["speeel"])
    assert done.value.code == 2
    assert "onbekende keuze 'speeel' bij OPDRACHT; kies uit: 'speel'" in capsys.readouterr().err


def test_an_option_without_its_value_says_so_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--saves"])
    assert "--saves heeft een waarde nodig" in capsys.readouterr().err


# --- help that says what to type --------------------------------------------------------------

OPDRACHTEN = ["speel", "valideer", "export", "hervat", "herspeel", "nieuw", "casussen", "feiten"]
NAMEN = {"BESTAND", "MAP", "BESTAND_OF_MAP", "NAAM", "OPDRACHT"}


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    return capsys.readouterr().out


def test_the_usage_line_shows_that_a_command_may_be_left_out(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`simulatie` alone starts the game, so the command is in brackets."""
    usage = _help(capsys).splitlines()[0]
    assert usage == "gebruik: simulatie [-h] [--casussen MAP] [--saves MAP] [OPDRACHT ...]"


@pytest.mark.parametrize("opdracht", OPDRACHTEN)
def test_every_help_names_its_arguments_one_way_and_in_dutch(
        opdracht: str, capsys: pytest.CaptureFixture[str]) -> None:
    import re

    text = _help(capsys, opdracht)
    assert text.startswith(f"gebruik: simulatie {opdracht} ")  # not the main usage again
    assert "headless" not in text.lower() and "script" not in text.lower()
    usage = text.split("\n\n")[0]
    names = set(re.findall(r"\b[A-Z][A-Z_]+\b", usage))
    assert names <= NAMEN, names
    assert not re.search(r"(?<![-\w])[a-z]+(?= \[|$)", usage.split(opdracht, 1)[1]), usage


def test_the_main_help_has_no_english_word_headless(capsys: pytest.CaptureFixture[str]) -> None:
    assert "headless" not in _help(capsys).lower()


def test_export_help_says_where_the_html_goes(capsys: pytest.CaptureFixture[str]) -> None:
    text = " ".join(_help(capsys, "export").split())
    assert "--uit BESTAND_OF_MAP" in text and ".html" in text and "ernaast" in text


# --- errors, never tracebacks -------------------------------------------------------------------

def test_saves_pointing_at_a_file_is_refused_in_dutch_before_the_app_starts(
        tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    bestand = tmp_path / "saves"
    bestand.write_text("geen map", encoding="utf-8")
    for argv in ([], ["hervat", "x.toml"], ["herspeel", "x.toml"]):
        assert main(["--saves", str(bestand), *argv]) == 2
        err = capsys.readouterr().err
        assert "is een bestand, geen map" in err and "File exists" not in err
    assert bestand.read_text(encoding="utf-8") == "geen map"


@pytest.mark.parametrize("argv", [["casussen"], ["valideer", "--akkoorden", "casussen"],
                                  ["feiten"], ["valideer", "tests/data/mini.toml"]])
def test_a_reader_that_stops_early_gets_no_traceback(argv: list[str]) -> None:
    """`simulatie casussen | head`: the pipe closes before everything is written."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    lees, schrijf = os.pipe()
    os.close(lees)  # closed before the command writes its first line: every write fails
    try:
        klaar = subprocess.run([sys.executable, "-m", "simulatie", *argv], stdout=schrijf,
                               stderr=subprocess.PIPE, text=True, timeout=120,
                               cwd=Path(__file__).resolve().parents[2])
    finally:
        os.close(schrijf)
    assert "Traceback" not in klaar.stderr and "BrokenPipeError" not in klaar.stderr
    assert "Exception ignored" not in klaar.stderr
    assert klaar.returncode == 1


# --- nothing printed can steer the terminal ---------------------------------------------------

TITEL = r"\u001b]0;HACKED\u0007"  # as a TOML file writes it


def _zonder_sturing(text: str) -> bool:
    from simulatie.kern.bestanden.zichtbaar import is_control

    return not any(is_control(char, lines=True) for char in text)


def test_no_text_from_a_case_file_reaches_the_terminal_raw(
        tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    mini = Path(__file__).resolve().parents[1] / "data" / "mini.toml"
    map_ = tmp_path / "casussen"
    map_.mkdir()
    tekst = mini.read_text(encoding="utf-8")
    (map_ / "mini.toml").write_text(tekst.replace('titel = "Mini"', f'titel = "{TITEL}"', 1),
                                    encoding="utf-8")
    (map_ / "kapot.toml").write_text(f'id = "{TITEL}"\ntitel = 5\n', encoding="utf-8")
    for argv in (["--casussen", str(map_), "casussen"], ["valideer", "--akkoorden", str(map_)]):
        main(argv)
        uit = capsys.readouterr()
        assert _zonder_sturing(uit.out) and _zonder_sturing(uit.err), argv
        assert "\\u001b" in uit.out + uit.err  # shown, so the facilitator sees it is there


def test_no_player_name_or_text_from_a_script_reaches_the_terminal_raw(
        tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data"
    script = tmp_path / "script.toml"
    script.write_text(f'versie = 1\ncasus = "mini"\nspelers = ["{TITEL}", "Bram\\u009b31m"]\n'
                      f'[[zetten]]\nsoort = "vraag"\nrol = "gemeente"\ntekst = "{TITEL}"\n'
                      'onderwerp = "praktijk"\n', encoding="utf-8")
    main(["--casussen", str(data), "speel", str(script)])
    uit = capsys.readouterr()
    assert _zonder_sturing(uit.out) and _zonder_sturing(uit.err)
    assert "HACKED" in uit.out
