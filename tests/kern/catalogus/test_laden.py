"""Loading a broken case file says what is wrong, in Dutch, on the right line.

Each file under `tests/data/kapot/` is mini.toml with one defect, named in its first
line. The line numbers below are the lines of those files; each test also checks
that the line really holds the offending key, so an edited fixture fails clearly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.kern.bestanden import LoadFailed, Problem
from simulatie.kern.catalogus import AlgemeneRegels, load_casus, load_folder

KAPOT = Path(__file__).resolve().parents[2] / "data" / "kapot"


def problems_of(name: str) -> list[Problem]:
    with pytest.raises(LoadFailed) as failed:
        load_casus(KAPOT / name, AlgemeneRegels())
    return failed.value.problems


def only_problem(name: str) -> Problem:
    problems = problems_of(name)
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def line_text(name: str, line: int) -> str:
    return (KAPOT / name).read_bytes().splitlines()[line - 1].decode("utf-8", "replace")


def test_a_toml_syntax_error_gives_file_line_and_column():
    """An unquoted text value is reported at its file, line and column."""
    problem = only_problem("toml_syntax.toml")
    assert str(problem).startswith(f"{KAPOT / 'toml_syntax.toml'}:3:9:")
    assert line_text("toml_syntax.toml", 3)[8:] == "Mini"


def test_a_toml_syntax_error_is_explained_in_dutch():
    """The parser's English message is replaced by a Dutch explanation."""
    assert only_problem("toml_syntax.toml").message == (
        "TOML-fout: ongeldige waarde (tekst hoort tussen aanhalingstekens).")


@pytest.mark.parametrize(("tekst", "plaats"), [
    ('id = "x"\n[[rollen', (2, 9)),  # a table header never closed
    ('id = "x"\r\nnaam = ', (2, 8)),  # a value missing at the very end
])
def test_an_error_at_the_very_end_is_put_on_the_last_line(tmp_path, tekst, plaats):
    """tomllib names no line for the end of a file; the problem still says where it is."""
    from simulatie.kern.bestanden import read_toml

    path = tmp_path / "afgebroken.toml"
    path.write_bytes(tekst.encode())
    with pytest.raises(LoadFailed) as caught:
        read_toml(path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == plaats
    assert "end of document" not in problem.message


def test_a_file_that_is_not_utf8_is_refused_at_the_bad_byte():
    """A Latin-1 byte is reported on its line and column, asking to save as UTF-8."""
    problem = only_problem("geen_utf8.toml")
    assert (problem.line, problem.column) == (4, 18)
    assert "sla het op als UTF-8" in problem.message
    assert (KAPOT / "geen_utf8.toml").read_bytes().splitlines()[3][17:18] == b"\xf6"


def test_a_missing_required_key_is_named_with_its_path():
    """A brief without 'ondergrens' says it is missing, at the brief's table header."""
    problem = only_problem("ontbreekt.toml")
    assert problem.path == ("rollen", "swo", "ondergrens")
    assert problem.message == "'ondergrens' ontbreekt; dit veld is verplicht."
    assert (problem.line, line_text("ontbreekt.toml", 44)) == (44, "[rollen.swo]")


def test_a_misspelt_key_gets_a_suggestion():
    """An unknown key close to a known one is answered with 'Bedoelde je ...?'."""
    problem = only_problem("verschreven.toml")
    assert problem.path == ("regels", 0, "efecten")
    assert "onbekende sleutel 'efecten'. Bedoelde je 'effecten'?" in problem.message


def test_a_misspelt_key_is_reported_on_its_own_line():
    """The misspelt key's problem points at the line where it is written."""
    problem = only_problem("verschreven.toml")
    assert problem.line == 63
    assert line_text("verschreven.toml", 63).startswith("efecten =")


def test_a_value_of_the_wrong_type_is_named():
    """Text where a number belongs is reported with the value it got."""
    problem = only_problem("verkeerd_type.toml")
    assert (problem.path, problem.message) == (("max_zetten",), "verwacht een getal, niet 'tien'.")
    assert (problem.line, line_text("verkeerd_type.toml", 10)) == (10, 'max_zetten = "tien"')


def test_an_unknown_inkoopvorm_gets_a_suggestion():
    """An option of 'inkoopvorm' outside the vocabulary is refused with the closest form."""
    problem = only_problem("inkoopvorm.toml")
    assert "'aanbesteding' is geen bekende inkoopvorm. Bedoelde je 'aanbesteden'?" in (
        problem.message)
    assert problem.line == 15
    assert line_text("inkoopvorm.toml", 15).startswith("opties.aanbesteding =")


def test_weights_that_do_not_add_up_are_refused():
    """Weights summing to 90 instead of the total of 100 are reported at 'gewichten'."""
    problem = only_problem("gewichten.toml")
    assert problem.message == "de gewichten tellen op tot 90, maar gewichten_totaal is 100."
    assert (problem.path, problem.line) == (("rollen", "gemeente", "gewichten"), 38)
    assert line_text("gewichten.toml", 38).startswith("gewichten =")


def test_an_option_without_a_value_is_refused():
    """A brief that gives no value for option j6 says so at that issue's values."""
    problem = only_problem("waarde_ontbreekt.toml")
    assert problem.message == "geen waarde voor j6 bij 'looptijd'."
    assert problem.line == 54
    assert line_text("waarde_ontbreekt.toml", 54).startswith("waarden.looptijd =")


def test_an_unreachable_bottom_line_is_refused():
    """A bottom line above the best possible score is reported with that best score."""
    problem = only_problem("ondergrens.toml")
    assert problem.message == ("de ondergrens 95 is met geen enkel akkoord te halen "
                               "(hoogst mogelijke score: 90).")
    assert (problem.line, line_text("ondergrens.toml", 37)) == (37, "ondergrens = 95")


def test_a_duplicate_item_id_is_refused():
    """Two brief items with one id are reported at the second item's list."""
    problem = only_problem("dubbel_item.toml")
    assert problem.message == "de id 'b1' komt twee keer voor in deze brief."
    assert problem.path == ("rollen", "swo", "argumenten", 0, "id")
    assert problem.line == 49
    assert line_text("dubbel_item.toml", 49).startswith("argumenten =")


def test_a_rule_with_an_unknown_fact_names_the_closest_fact():
    """A condition using 'looptijd_jaar' is refused with the rule id and a suggestion."""
    problem = only_problem("regel_onbekend_feit.toml")
    assert problem.message.startswith(
        "kort: onbekend feit 'looptijd_jaar'. Bedoelde je 'looptijd_jaren'?")


def test_a_rule_with_an_unknown_fact_points_at_its_als_line():
    """The rule's problem sits on the line of its 'als' key."""
    problem = only_problem("regel_onbekend_feit.toml")
    assert (problem.path, problem.line) == (("regels", 0, "als"), 59)
    assert line_text("regel_onbekend_feit.toml", 59).startswith("als =")


def test_every_problem_of_a_file_is_reported_at_once():
    """A file with two independent mistakes lists both, in file order."""
    problems = problems_of("twee_fouten.toml")
    assert [(p.line, p.path) for p in problems] == [
        (10, ("max_zetten",)), (63, ("regels", 0, "efecten"))]


def test_a_missing_file_is_a_problem_not_an_oserror(tmp_path):
    """Loading a file that does not exist gives a Dutch problem naming the file."""
    path = tmp_path / "weg.toml"
    with pytest.raises(LoadFailed) as failed:
        load_casus(path, AlgemeneRegels())
    [problem] = failed.value.problems
    assert (problem.file, "bestand" in problem.message) == (str(path), True)


def test_a_broken_case_does_not_keep_a_good_one_from_loading():
    """In a folder with one good and one broken file, the good case loads."""
    catalogus = load_folder(KAPOT / "map", AlgemeneRegels())
    assert list(catalogus.casussen) == ["goed"]


def test_a_folder_keeps_the_problems_of_its_broken_file():
    """The broken file of a folder is listed with its own located problem."""
    catalogus = load_folder(KAPOT / "map", AlgemeneRegels())
    [(path, problems)] = catalogus.problemen.items()
    assert (path.name, [p.line for p in problems]) == ("kapot.toml", [3])


def test_a_second_case_with_the_same_id_is_refused():
    """Of two files with one case id, the second is refused and names the first."""
    catalogus = load_folder(KAPOT / "dubbele_id", AlgemeneRegels())
    [(path, [problem])] = catalogus.problemen.items()
    assert (list(catalogus.casussen), path.name) == (["mini"], "b.toml")
    assert problem.message.startswith("de id 'mini' bestaat al in a.toml; het spel gebruikt "
                                      "a.toml en negeert dit bestand.")


# --- found in review: odd but valid-looking values --------------------------------------------

def test_an_infinite_weight_is_refused_rather_than_scoring_nan(maak_casus):
    """TOML allows `inf`; as a weight it would make every score NaN, so it is refused."""
    def infinite(data: dict) -> None:
        brief = data["rollen"]["gemeente"]
        brief["gewichten_totaal"] = float("inf")
        brief["gewichten"]["inkoopvorm"] = float("inf")

    with pytest.raises(LoadFailed) as failed:
        maak_casus(infinite)
    paths = [p.path for p in failed.value.problems]
    assert paths == [("rollen", "gemeente", "gewichten_totaal"),
                     ("rollen", "gemeente", "gewichten", "inkoopvorm")]


def _with_percelen(getal: float):
    """mini with a fifth issue 'percelen' whose first option has `getal` lots."""
    def change(data: dict) -> None:
        data["onderhandelpunten"]["percelen"] = {"titel": "Percelen", "opties": {
            "p1": {"titel": "Eerste", "getal": getal}, "p3": {"titel": "Drie", "getal": 3}}}
        for rol in ("gemeente", "swo"):
            data["rollen"][rol]["gewichten"]["percelen"] = 0
            data["rollen"][rol]["waarden"]["percelen"] = {"p1": 50, "p3": 50}
    return change


def test_zero_lots_is_refused_because_rules_divide_by_the_number_of_lots(maak_casus):
    """'getal = 0' at percelen made 'inwoners / aantal_percelen' fail silently."""
    with pytest.raises(LoadFailed) as failed:
        maak_casus(_with_percelen(0))
    [problem] = failed.value.problems
    assert problem.path == ("onderhandelpunten", "percelen", "opties", "p1", "getal")
    assert "minstens 1" in problem.message


def test_one_lot_is_fine(maak_casus):
    """The near miss: a single lot loads."""
    assert "percelen" in maak_casus(_with_percelen(1)).casus.onderhandelpunten


def test_weights_that_nearly_add_up_show_the_difference(maak_casus):
    """Weights summing to 99.99998 are not reported as 'tellen op tot 100 ... is 100'."""
    def nearly(data: dict) -> None:
        data["rollen"]["gemeente"]["gewichten"]["inkoopvorm"] = 24.99998

    with pytest.raises(LoadFailed) as failed:
        maak_casus(nearly)
    [problem] = failed.value.problems
    assert problem.message == ("de gewichten tellen op tot 99.99998, maar gewichten_totaal "
                               "is 100.")


@pytest.mark.parametrize("regel, dutch", [
    ('bronnen = ["C:\\map\\x"]', "een losse backslash in tekst"),
    ("[rollen.swo", "een [kop] sluit af met ]"),
    ('opties.een = { titel = "Eén", titel = "x" }', "twee keer in dezelfde { … }"),
    ("titel = 'Mini", "tekst zonder afsluitend aanhalingsteken"),
])
def test_more_toml_syntax_errors_are_explained_in_dutch(tmp_path, regel, dutch):
    """tomllib's English message never reaches the facilitator (found in review)."""
    path = tmp_path / "casus.toml"
    path.write_text(f"id = \"mini\"\n{regel}\n", encoding="utf-8")
    with pytest.raises(LoadFailed) as failed:
        load_casus(path, AlgemeneRegels())
    [problem] = failed.value.problems
    assert problem.message.startswith("TOML-fout: ") and dutch in problem.message


def test_a_path_through_a_file_is_explained_in_dutch(tmp_path):
    """'casus.toml/x' fails with a Dutch reason, not the system's 'Not a directory'."""
    (tmp_path / "casus.toml").write_text("", encoding="utf-8")
    with pytest.raises(LoadFailed) as failed:
        load_casus(tmp_path / "casus.toml" / "x", AlgemeneRegels())
    [problem] = failed.value.problems
    assert problem.message == ("kan het bestand niet lezen: een deel van het pad is een "
                               "bestand, geen map.")


def test_an_own_cases_folder_that_is_a_file_is_not_called_missing():
    """`--casussen mini.toml` says it is a file, not that the folder does not exist."""
    from simulatie.kern.catalogus import load_catalogus

    catalogus = load_catalogus(KAPOT.parent / "mini.toml")
    [problem] = catalogus.problemen[KAPOT.parent / "mini.toml"]
    assert problem.message.startswith("dit is een bestand")


def test_a_fixed_issue_renamed_everywhere_is_one_message_at_the_issue(maak_casus):
    """Renamed consistently, the briefs were also told "'aanbieder' is geen
    onderhandelpunt" — four false messages beside the one true one."""
    def rename(data: dict) -> None:
        data["onderhandelpunten"]["aanbieder"] = data["onderhandelpunten"].pop("aanbieders")
        for rol in ("gemeente", "swo"):
            brief = data["rollen"][rol]
            brief["gewichten"]["aanbieder"] = brief["gewichten"].pop("aanbieders")
            brief["waarden"]["aanbieder"] = brief["waarden"].pop("aanbieders")

    with pytest.raises(LoadFailed) as failed:
        maak_casus(rename)
    [problem] = failed.value.problems
    assert "Is 'aanbieder' dit punt? Noem het dan 'aanbieders'." in problem.message
