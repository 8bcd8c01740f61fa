"""Checks on secrets and the no-deal alternative: every issue and option they name exists,
the bottom line follows from the alternative, and a constraint leaves a deal possible."""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

import pytest

from simulatie.kern.catalogus.controle import check_casus
from simulatie.kern.facilitator import validate
from simulatie.kern.model.casus import Casus

LESSEN = Path(__file__).parents[2] / "data" / "regels" / "lessen.toml"
BASE = tomllib.loads(LESSEN.read_text(encoding="utf-8"))
BASIS = {
    "inkoopvorm": "subsidie", "aanbieders": "drie", "looptijd": "j5",
    "verlengopties": "twee", "percelen": "een", "gunning": "kwaliteit",
    "sturing": "output", "eisen": "gewoon", "samenwerking": "los",
    "ruimte": "gesloten", "regie": "ambtelijk", "personeel": "blijft",
    "overleg": "los", "beoordeling": "panel",
}


def problems(change) -> list[tuple[tuple[str | int, ...], str]]:
    data = copy.deepcopy(BASE)
    change(data)
    return check_casus(Casus.model_validate(data))


def swo_secret(data: dict, **fields: object) -> None:
    data["rollen"]["swo"]["geheimen"][0].update(fields)


def test_the_test_case_has_no_problems():
    assert problems(lambda d: None) == []


@pytest.mark.parametrize(("fields", "path", "text"), [
    ({"effect": {"personel": {"over": 90}}}, ("effect", "personel"), "Bedoelde je 'personeel'"),
    ({"effect": {"personeel": {"ovr": 90}}}, ("effect", "personeel", "ovr"), "Bedoelde je 'over'"),
    ({"onaanvaardbaar": {"looptijd": ["j3"]}}, ("onaanvaardbaar", "looptijd", "j3"),
     "Kies uit: j2, j4, j5"),
])
def test_a_secret_names_only_issues_and_options_of_the_case(fields, path, text):
    (found,) = problems(lambda d: swo_secret(d, **fields))
    assert found[0] == ("rollen", "swo", "geheimen", 0, *path)
    assert text in found[1]


def test_a_secret_id_is_unique():
    def twice(d: dict) -> None:
        d["rollen"]["swo"]["geheimen"][1]["id"] = "s-wijkteam"
    assert any("twee keer" in m for _, m in problems(twice))


def test_the_bottom_line_follows_from_the_alternative():
    """The municipality scores every deal without price 50; its line is 47."""
    def alternatief(d: dict) -> None:
        d["rollen"]["gemeente"]["alternatief"] = {"tekst": "We verlengen de subsidie.",
                                                  "keuzes": BASIS}
    ((path, message),) = problems(alternatief)
    assert path == ("rollen", "gemeente", "ondergrens")
    assert "scoort 50 voor de gemeente, maar de ondergrens is 47" in message
    fixed = problems(lambda d: (alternatief(d), d["rollen"]["gemeente"].update(ondergrens=50)))
    assert fixed == []


def test_an_alternative_in_words_alone_is_fine():
    assert problems(lambda d: d["rollen"]["swo"].update(
        alternatief={"tekst": "Zonder akkoord zoeken we werk bij de buren."})) == []


def test_a_constraint_that_rules_out_every_deal_above_the_line_is_an_error():
    """Ruling out every option of 'gunning' leaves the swo no deal at all."""
    (found,) = problems(lambda d: swo_secret(d, onaanvaardbaar={"gunning": ["kwaliteit", "prijs"]}))
    assert found[0] == ("rollen", "swo", "geheimen")
    assert "geen enkel akkoord" in found[1]


def test_valideer_puts_a_secret_problem_on_its_line(tmp_path: Path):
    text = LESSEN.read_text(encoding="utf-8").replace(
        'effect = { personeel = { over = 100 } }', 'effect = { personel = { over = 100 } }')
    path = tmp_path / "lessen.toml"
    path.write_text(text, encoding="utf-8")
    line = next(n for n, regel in enumerate(text.splitlines(), 1) if "personel" in regel)
    (problem,) = [p for p in validate([path]).problems if "personel" in str(p)]
    assert problem.line == line
