"""Headless play: a script of moves in, the dialogue, scores and feedback out."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulatie.__main__ import main

DATA = Path(__file__).parents[2] / "data"

SCRIPT = """
casus = "mini"
spelers = ["Anna", "Bram"]

[[zetten]]
soort = "vraag"
rol = "gemeente"
item = "v1"

[[zetten]]
soort = "belang"
rol = "swo"
item = "b1"

[[zetten]]
soort = "voorstel"
rol = "gemeente"
keuzes = { inkoopvorm = "subsidie", aanbieders = "een", looptijd = "j2", verlengopties = "twee" }

[[zetten]]
soort = "accepteer"
rol = "swo"
"""


@pytest.fixture
def casussen(tmp_path: Path) -> Path:
    folder = tmp_path / "casussen"
    folder.mkdir()
    shutil.copy(DATA / "mini.toml", folder / "mini.toml")
    return folder


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_script_that_reaches_agreement_reports_the_agreement_and_both_scores(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report names the outcome, the agreed options and each side's score."""
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT, encoding="utf-8")
    code, out, _ = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 0
    assert "Uitkomst: Akkoord" in out
    assert "Looptijd: 2 jaar" in out
    assert "Score gemeente (Anna): 80" in out
    assert "Score sociaalwerkorganisatie (Bram): 50" in out


def test_the_case_rule_gives_its_feedback_with_its_source(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """mini.toml's own rule fires on a two-year agreement in an innovation case."""
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT, encoding="utf-8")
    _, out, _ = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert "[Tip] Kort. (bron: test; regel kort)" in out


def test_an_illegal_move_stops_the_script_and_says_which_move_and_why(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Accepting twice is refused; exit code 1 and the move number in the report."""
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT + '\n[[zetten]]\nsoort = "accepteer"\nrol = "gemeente"\n', "utf-8")
    code, out, _ = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 1
    assert "zet 5 (accepteer): Ronde 1 is al voorbij" in out


def test_a_script_for_an_unknown_case_is_a_clear_error_not_a_traceback(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT.replace('"mini"', '"atlantis"'), encoding="utf-8")
    code, _, err = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 2
    assert "onbekende casus 'atlantis'" in err


def test_a_broken_script_names_the_file_and_line(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt key in move 2 points at its line with a did-you-mean."""
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT.replace('item = "b1"', 'itme = "b1"'), encoding="utf-8")
    code, _, err = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 2
    assert f"{script}:13:1: [zetten[2].itme] onbekende sleutel 'itme'. Bedoelde je 'item'?" in err


def test_the_facts_command_prints_every_fact_name(capsys: pytest.CaptureFixture[str]) -> None:
    from simulatie.kern.regels import FEITEN

    code, out, _ = run(["feiten"], capsys)
    assert code == 0
    assert all(f"`{feit.name}`" in out for feit in FEITEN)


def test_python_dash_m_runs_the_same_command_line(tmp_path: Path, casussen: Path) -> None:
    """`python -m simulatie` works as well as the console script."""
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "simulatie", "--casussen", str(casussen), "speel", str(script)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Uitkomst: Akkoord" in result.stdout


def test_the_documented_dalfsen_script_plays_an_agreement_then_a_no_deal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The example in docs/ still plays on the bundled case: round 1 agrees, round 2 not."""
    script = Path(__file__).resolve().parents[3] / "docs" / "voorbeelden" / "dalfsen-twee-rondes.toml"
    code, out, _ = run(["speel", str(script)], capsys)
    assert code == 0
    first, second = out.split("== Ronde 2")
    assert "Uitkomst: Akkoord" in first and "regel marktordening-vooraf-besproken" in first
    assert "Uitkomst: Geen akkoord" in second
    assert "regel marktordening-niet-vooraf-besproken" in second


def test_a_script_move_with_fields_it_cannot_use_stops_cleanly_not_with_a_traceback(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Options naming an unknown issue on a question once crashed the report (KeyError)."""
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT.replace('item = "v1"', 'item = "v1"\nkeuzes = { onzin = "x" }', 1),
                      encoding="utf-8")
    code, out, _ = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 1
    assert "zet 1 (vraag): Bij een zet 'vraag' horen geen keuzes" in out


def test_the_report_keeps_each_move_on_one_line_without_terminal_escapes(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Free text with a newline and an ANSI escape once went raw to the terminal."""
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT.replace('item = "b1"', 'tekst = "eerst\\nrood: \\u001b[31m!"'),
                      encoding="utf-8")
    code, out, _ = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 0
    assert "  2. Bram (sociaalwerkorganisatie) deelt: eerst rood: [31m!" in out
    assert "\x1b" not in out


def test_a_script_for_a_case_whose_file_is_broken_names_that_file(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'onbekende casus' alone hid that mini.toml exists but failed to load."""
    broken = casussen / "mini.toml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("max_zetten = 10",
                                                                  "max_zetten = 3"), "utf-8")
    script = tmp_path / "script.toml"
    script.write_text(SCRIPT, encoding="utf-8")
    code, _, err = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 2
    assert f"Het bestand {broken} heeft fouten en is niet geladen" in err


@pytest.mark.parametrize(("kop", "bericht"), [
    ('spelers = ["Anna"]', "[spelers[2]] deze lijst is te kort: element 2 ontbreekt."),
    ('spelers = ["Anna", "Bram"]\n[[zetten]]\nsoort = "stop"\nrol = "gemeente"\n'
     'tijd = "gisteren"', "[zetten[1].tijd] verwacht een datum en tijd zoals"),
], ids=["one player", "a time that is no time"])
def test_script_shape_errors_are_said_in_plain_dutch(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str], kop: str, bericht: str
) -> None:
    """Once: "'1' ontbreekt; dit veld is verplicht" and "(datetime_from_date_parsing)"."""
    script = tmp_path / "script.toml"
    script.write_text(f'casus = "mini"\n{kop}\n', encoding="utf-8")
    code, _, err = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert code == 2 and bericht in err


def test_a_round_without_any_proposal_says_so_instead_of_a_double_dash(
    tmp_path: Path, casussen: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once: 'Laatste voorstel voor gemeente (Anna): — — geen akkoord'."""
    script = tmp_path / "script.toml"
    script.write_text('casus = "mini"\nspelers = ["Anna", "Bram"]\n[[zetten]]\n'
                      'soort = "stop"\nrol = "gemeente"\n', encoding="utf-8")
    _, out, _ = run(["--casussen", str(casussen), "speel", str(script)], capsys)
    assert "  Score gemeente (Anna): — er is geen voorstel gedaan (ondergrens 40)" in out
    assert "— —" not in out
