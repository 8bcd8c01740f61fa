"""`simulatie nieuw NAAM`: a new case from the template that loads, validates and plays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulatie.__main__ import main
from simulatie.kern.analyse import analyse
from simulatie.kern.bestanden import REGELS_BESTAND, bundled_folder
from simulatie.kern.catalogus import Catalogus, load_algemeen, load_casus
from simulatie.kern.facilitator import case_id, template, validate
from simulatie.kern.model import Sessie, Zet
from simulatie.kern.uitvoer import play

BEST = {"inkoopvorm": "bestuurlijk_aanbesteden", "aanbieders": "drie", "looptijd": "jaar_6",
        "verlengopties": "twee_keer_een", "sturing": "outcome"}


def nieuw(naam: str, folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["nieuw", naam, "--map", str(folder)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, _, _ = nieuw("Lindeveld", tmp_path, capsys)
    assert code == 0
    return tmp_path / "lindeveld.toml"


def test_the_new_file_is_named_after_the_slug_and_loads(written):
    """`simulatie nieuw Lindeveld` writes lindeveld.toml, a case with id 'lindeveld'."""
    geladen = load_casus(written, load_algemeen(bundled_folder() / REGELS_BESTAND))
    assert geladen.casus.id == "lindeveld"
    assert geladen.casus.gemeente == "Lindeveld"
    assert geladen.casus.titel.startswith("Lindeveld:")


def test_the_new_file_validates_without_errors_or_warnings(written):
    """No errors, and none of the playability warnings either."""
    assert [str(p) for p in validate([written]).problems] == []


def test_the_new_file_meets_the_four_marks_of_a_good_negotiation(written):
    """Checked directly with the analysis, independent of the validator's messages."""
    geladen = load_casus(written, load_algemeen(bundled_folder() / REGELS_BESTAND))
    result = analyse(geladen.casus, geladen.regelboek)
    gemeente, swo = geladen.casus.brief("gemeente"), geladen.casus.brief("swo")
    best = result.beste_samen
    assert best.gemeente >= gemeente.ondergrens and best.swo >= swo.ondergrens
    assert best.gemeente >= result.ideaal["swo"].gemeente + 15
    assert best.swo >= result.ideaal["gemeente"].swo + 15
    assert result.ideaal["gemeente"].swo < swo.ondergrens
    assert result.ideaal["swo"].gemeente < gemeente.ondergrens
    assert 0.03 <= result.haalbaar / result.totaal <= 0.40


def test_a_scripted_round_on_the_new_case_reaches_agreement(written):
    """Questions, interests, then the best joint proposal: the swo accepts."""
    geladen = load_casus(written, load_algemeen(bundled_folder() / REGELS_BESTAND))
    zetten = (
        Zet(soort="vraag", rol="gemeente", item="kern"),
        Zet(soort="argument", rol="swo", item="praktijk"),
        Zet(soort="vraag", rol="gemeente", item="hoeveel"),
        Zet(soort="belang", rol="swo", item="zekerheid"),
        Zet(soort="voorstel", rol="gemeente", keuzes=BEST),
        Zet(soort="accepteer", rol="swo"),
    )
    sessie = Sessie(casus="lindeveld", spelers=("Anna", "Bram"), zetten=zetten)
    afloop = play(Catalogus({"lindeveld": geladen}), sessie)
    assert afloop.fout is None
    ronde = afloop.staat.ronde
    assert ronde.uitkomst == "akkoord" and dict(ronde.akkoord) == BEST


def test_the_command_says_where_the_file_is_and_how_to_check_it(tmp_path, capsys):
    code, out, _ = nieuw("Lindeveld", tmp_path, capsys)
    assert code == 0
    assert f"Nieuwe casus geschreven: {tmp_path / 'lindeveld.toml'}" in out
    assert f"simulatie valideer {tmp_path / 'lindeveld.toml'}" in out


def test_an_existing_file_is_never_overwritten(written, capsys):
    """A second `nieuw` with the same name exits with 1 and leaves the file as it was."""
    written.write_text("# mijn werk\n", encoding="utf-8")
    code, _, err = nieuw("Lindeveld", written.parent, capsys)
    assert code == 1
    assert "bestaat al en wordt niet overschreven" in err
    assert written.read_text(encoding="utf-8") == "# mijn werk\n"


def test_without_a_folder_the_file_goes_to_the_current_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["nieuw", "Lindeveld"]) == 0
    assert (tmp_path / "lindeveld.toml").is_file()


@pytest.mark.parametrize("naam, expected", [
    ("Tilburg", "tilburg"),
    ("Den Haag", "den_haag"),
    ("'s-Hertogenbosch", "s-hertogenbosch"),
    ("Súdwest-Fryslân", "sudwest-fryslan"),
    ("  Bergen (NH) ", "bergen_nh"),
])
def test_a_name_becomes_a_valid_id(naam, expected):
    assert case_id(naam) == expected


def test_quotes_and_backslashes_in_a_name_stay_valid_toml(tmp_path, capsys):
    code, _, _ = nieuw('Dorp "Oost" \\ West', tmp_path, capsys)
    assert code == 0
    geladen = load_casus(tmp_path / "dorp_oost_west.toml",
                         load_algemeen(bundled_folder() / REGELS_BESTAND))
    assert geladen.casus.gemeente == 'Dorp "Oost" \\ West'


def test_a_name_without_letters_or_digits_is_refused(tmp_path, capsys):
    code, _, err = nieuw("!!!", tmp_path, capsys)
    assert code == 1 and "geen bruikbare id" in err
    assert list(tmp_path.iterdir()) == []


def test_the_id_of_a_bundled_case_is_refused(tmp_path, capsys):
    code, _, err = nieuw("Dalfsen", tmp_path, capsys)
    assert code == 1 and "meegeleverde casus met de id 'dalfsen'" in err
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused(tmp_path, capsys):
    code, _, err = nieuw("Lindeveld", tmp_path / "bestaat_niet", capsys)
    assert code == 1 and "deze map bestaat niet" in err


def test_the_template_ships_inside_the_package_with_its_placeholders():
    """`sjabloon.toml` sits in simulatie/kern/facilitator, so the wheel carries it along."""
    text = template()
    for placeholder in ("__ID__", "__GEMEENTE__", "__BESTAND__"):
        assert placeholder in text
    folder = Path(__file__).parents[3] / "simulatie" / "kern" / "facilitator"
    assert (folder / "sjabloon.toml").is_file()


def test_the_script_in_the_guide_reaches_agreement_on_the_template(tmp_path, capsys):
    """docs/casus-schrijven.md shows a script for `simulatie nieuw "Lindewaard"`: it works."""
    guide = (Path(__file__).parents[3] / "docs" / "casus-schrijven.md").read_text(encoding="utf-8")
    [script] = [b for b in re.findall(r"```toml\n(.*?)```", guide, re.S)
                if b.startswith('casus = "lindewaard"')]
    (tmp_path / "casussen").mkdir()
    assert main(["nieuw", "Lindewaard", "--map", str(tmp_path / "casussen")]) == 0
    (tmp_path / "proef.toml").write_text(script, encoding="utf-8")
    capsys.readouterr()
    code = main(["--casussen", str(tmp_path / "casussen"), "speel", str(tmp_path / "proef.toml")])
    assert code == 0 and "Uitkomst: Akkoord" in capsys.readouterr().out


def test_a_control_character_in_a_name_still_gives_valid_toml(tmp_path, capsys):
    """A stray control character (pasted from elsewhere) once made the file unreadable."""
    code, out, _ = nieuw("Dorp\x01Oost", tmp_path, capsys)
    assert code == 0
    geladen = load_casus(tmp_path / "dorp_oost.toml",
                         load_algemeen(bundled_folder() / REGELS_BESTAND))
    assert geladen.casus.gemeente == "Dorp Oost"
