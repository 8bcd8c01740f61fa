"""Numbers are read as the facilitator meant them, or refused with what to write.

TOML knows real numbers, so a number in quotes, a decimal where a count belongs, or a
Dutch thousands dot (`166.000`, which TOML reads as 166) is a mistake to name, never a
value to coerce. Each fixture in tests/data/getallen/ is mini.toml with one such number.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.kern.bestanden import LoadFailed, Problem, bundled_folder, case_files
from simulatie.kern.catalogus import AlgemeneRegels, load_casus, load_folder

GETALLEN = Path(__file__).resolve().parents[2] / "data" / "getallen"


def only_problem(name: str) -> Problem:
    with pytest.raises(LoadFailed) as failed:
        load_casus(GETALLEN / name, AlgemeneRegels())
    [problem] = failed.value.problems
    line = (GETALLEN / name).read_text(encoding="utf-8").splitlines()[problem.line - 1]
    assert line[problem.column - 1:].startswith(problem.path[-1]), (line, str(problem))
    return problem


@pytest.mark.parametrize("name", ["inwoners_punt.toml", "inwoners_tekst.toml"])
def test_a_dutch_thousands_dot_is_refused_with_the_number_to_write(name):
    """`inwoners = 166.000` and `inwoners = "166.000"` loaded as 166 inhabitants."""
    problem = only_problem(name)
    assert (problem.path, problem.line) == (("inwoners",), 5)
    assert problem.message.endswith("166000 of 166_000.")


def test_a_thousands_dot_is_explained_as_toml_reads_it():
    assert "een punt is in TOML een decimaalteken, dus 166.000 betekent 166" in (
        only_problem("inwoners_punt.toml").message)


@pytest.mark.parametrize(("name", "path", "message"), [
    ("getal_tekst.toml", ("onderhandelpunten", "aanbieders", "opties", "vijf", "getal"),
     'een getal staat zonder aanhalingstekens: schrijf 4, niet "4".'),
    ("ondergrens_tekst.toml", ("rollen", "gemeente", "ondergrens"),
     'een getal staat zonder aanhalingstekens: schrijf 65, niet "65".'),
    ("max_zetten_kommagetal.toml", ("max_zetten",), "verwacht een geheel getal, niet 10.5."),
    ("inwoners_waar.toml", ("inwoners",), "verwacht een geheel getal, niet true/false."),
])
def test_a_number_in_quotes_or_of_the_wrong_kind_is_not_coerced(name, path, message):
    """`getal = "4"` and `ondergrens = "65"` were silently read as numbers; `true` as 1."""
    problem = only_problem(name)
    assert (problem.path, problem.message) == (path, message)


def test_a_decimal_weight_and_a_whole_value_still_load(maak_casus):
    """The near misses: a float where a float belongs, an integer as a float."""
    def change(data: dict) -> None:
        brief = data["rollen"]["gemeente"]
        brief["ondergrens"] = 40
        brief["gewichten"] = {k: 12.5 if i < 2 else v for i, (k, v) in
                              enumerate(brief["gewichten"].items())}
        brief["gewichten_totaal"] = sum(brief["gewichten"].values())

    geladen = maak_casus(change)
    assert geladen.casus.rollen.gemeente.ondergrens == 40.0


def test_every_shipped_case_still_loads_with_strict_numbers():
    catalogus = load_folder(bundled_folder())
    assert catalogus.problemen == {}
    assert sorted(catalogus.casussen) == sorted(p.stem for p in case_files(bundled_folder()))
