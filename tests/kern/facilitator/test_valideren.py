"""`simulatie valideer`: every mistake a facilitator can make, found and placed exactly.

Each fixture in tests/data/valideer/ is goed.toml with one mistake (see maak.py there).
Every test names the exact line and column of the message and checks that the text
at that place is the mistake itself, so a drifting locator cannot hide.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulatie.__main__ import main
from simulatie.kern.analyse import can_fire, ruimte
from simulatie.kern.bestanden import Problem, TomlPlaces, bundled_folder
from simulatie.kern.catalogus import load_casus
from simulatie.kern.facilitator import Uitslag, kind_of, summary, validate
from simulatie.kern.regels import Compiled

DATA = Path(__file__).parents[2] / "data" / "valideer"


def check(*names: str) -> Uitslag:
    return validate([DATA / name for name in names])


def only(name: str) -> Problem:
    """The single problem validating this fixture gives."""
    problems = check(name).problems
    assert len(problems) == 1, "\n".join(str(p) for p in problems)
    return problems[0]


def only_besides_compromise(name: str) -> Problem:
    """The single problem besides the warning that splitting every issue is as good as
    talking, which a fixture about too many deals or too little gain also earns."""
    problems = [p for p in check(name).problems if "het simpele compromis" not in p.message]
    assert len(problems) == 1, "\n".join(str(p) for p in problems)
    return problems[0]


def assert_at(problem: Problem, line: int, column: int, starts: str) -> None:
    """The problem sits at line:column, and the file has `starts` right there."""
    assert (problem.line, problem.column) == (line, column), str(problem)
    text = Path(problem.file).read_text(encoding="utf-8").splitlines()[line - 1]
    assert text[column - 1 :].startswith(starts), f"{text!r} kolom {column}"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().out


# --- a valid case ----------------------------------------------------------------------------

def test_the_base_fixture_is_valid_and_playable():
    """goed.toml gives no errors and no warnings: every variant differs by one mistake."""
    assert check("goed.toml").problems == []


def test_a_valid_file_exits_with_zero_and_says_all_is_well(capsys):
    """Exit code 0 and a summary that says everything is in order."""
    code, out = run(["valideer", str(DATA / "goed.toml")], capsys)
    assert code == 0
    assert out.strip() == "Alles in orde: 1 bestand(en) gecontroleerd (1 casus)."


def test_the_bundled_cases_and_rules_validate_without_errors_or_warnings():
    """Every bundled case, and the general rules file, is clean: no error, no warning."""
    uitslag = validate([bundled_folder()])
    assert [str(p) for p in uitslag.problems] == []
    assert uitslag.soorten["regels"] == 1 and uitslag.soorten["casus"] >= 6


# --- misspelt keys at every level -----------------------------------------------------------

def test_a_misspelt_top_level_key_is_one_message_with_the_key_it_meant():
    """`titl` is reported once, at its own line, as a typo of the missing `titel`."""
    problem = only("sleutel_bovenaan.toml")
    assert_at(problem, 3, 1, "titl")
    assert problem.dotted_path == "titl"
    assert "Bedoelde je 'titel'?" in problem.message and "ontbreekt" in problem.message


def test_a_misspelt_key_inside_an_inline_option_points_at_the_key_itself():
    """`getl` inside `{ … }` gets the column of `getl`, not of the line."""
    problem = only("sleutel_in_optie.toml")
    assert_at(problem, 21, 44, "getl")
    assert problem.dotted_path == "onderhandelpunten.aanbieders.opties.drie.getl"
    assert "Bedoelde je 'getal'?" in problem.message


def test_a_misspelt_key_in_an_array_of_inline_tables_names_the_item_and_its_line():
    """The second interest of the gemeente, on its own line inside `belangen = [ … ]`."""
    problem = only("sleutel_in_item.toml")
    assert_at(problem, 45, 22, "tekts")
    assert problem.dotted_path == "rollen.gemeente.belangen[2].tekts"
    assert "Bedoelde je 'tekst'?" in problem.message


def test_a_misspelt_key_in_the_second_rule_block_points_into_that_block():
    """In `[[regels]]` number two, not the first block of the array."""
    problem = only("sleutel_in_regel.toml")
    assert_at(problem, 95, 1, "efecten")
    assert problem.dotted_path == "regels[2].efecten"
    assert "Bedoelde je 'effecten'?" in problem.message


def test_a_misspelt_key_in_a_brief_is_found():
    """`functi` under [rollen.swo]."""
    problem = only("sleutel_in_brief.toml")
    assert_at(problem, 63, 1, "functi")
    assert problem.dotted_path == "rollen.swo.functi"


def test_a_misspelt_role_header_is_one_message_at_the_header():
    """`[rollen.sow]`: the unknown role and the missing swo are one mistake."""
    problem = only("rol_verschreven.toml")
    assert_at(problem, 62, 1, "[rollen.sow]")
    assert problem.dotted_path == "rollen.sow"
    assert "Bedoelde je 'swo'?" in problem.message


# --- words from the fixed lists ---------------------------------------------------------------

def test_a_misspelt_goal_points_at_the_word_in_the_list():
    """The second word of `doelen` is named as doelen[2] with a suggestion and the choices."""
    problem = only("doel.toml")
    assert_at(problem, 7, 24, '"partnerschp"')
    assert problem.dotted_path == "doelen[2]"
    assert "Bedoelde je 'partnerschap'?" in problem.message and "Kies uit:" in problem.message


def test_a_misspelt_feature_of_an_option_points_at_the_word():
    """A kenmerk inside an inline option table."""
    problem = only("kenmerk.toml")
    assert_at(problem, 38, 55, '"outcom"')
    assert problem.dotted_path == "onderhandelpunten.sturing.opties.outcome.kenmerken[1]"
    assert "Bedoelde je 'outcome'?" in problem.message


def test_a_misspelt_topic_of_a_brief_item_points_at_the_topic():
    """`onderwerp = "politek"` in the gemeente's first argument."""
    problem = only("onderwerp.toml")
    assert_at(problem, 52, 60, "onderwerp")
    assert problem.dotted_path == "rollen.gemeente.argumenten[1].onderwerp"
    assert "Bedoelde je 'politiek'?" in problem.message


def test_an_unknown_purchasing_form_is_named_with_the_known_ones():
    """An option id under inkoopvorm must be a known form."""
    problem = check("inkoopvorm.toml").problems[0]
    assert_at(problem, 16, 1, "opties.aanbesteding")
    assert problem.dotted_path == "onderhandelpunten.inkoopvorm.opties.aanbesteding"
    assert "Bedoelde je 'aanbesteden'?" in problem.message


def test_an_unknown_severity_is_named_with_the_three_choices():
    problem = only("ernst.toml")
    assert_at(problem, 92, 1, "ernst")
    assert problem.dotted_path == "regels[2].ernst"
    assert "Kies uit: compliment, tip, waarschuwing." in problem.message


# --- weights, values and bottom lines ---------------------------------------------------------

def test_a_misspelt_option_in_the_values_is_one_message_at_the_option():
    """`dire` for `drie`: the unknown option and the missing value are one mistake."""
    problem = only("waarden_optie.toml")
    assert_at(problem, 56, 34, "dire")
    assert problem.dotted_path == "rollen.gemeente.waarden.aanbieders.dire"
    assert "Bedoelde je 'drie'?" in problem.message


def test_a_misspelt_issue_in_the_weights_is_one_message_at_the_key():
    problem = only("gewichten_punt.toml")
    assert_at(problem, 54, 32, "aanbieder")
    assert problem.dotted_path == "rollen.gemeente.gewichten.aanbieder"
    assert "Bedoelde je 'aanbieders'?" in problem.message


def test_weights_that_do_not_add_up_say_both_numbers():
    problem = only("gewichten_som.toml")
    assert_at(problem, 54, 1, "gewichten")
    assert problem.message == "de gewichten tellen op tot 90, maar gewichten_totaal is 100."


def test_an_option_without_a_value_is_named():
    problem = only("waarde_ontbreekt.toml")
    assert_at(problem, 77, 1, "waarden.looptijd")
    assert problem.dotted_path == "rollen.swo.waarden.looptijd"
    assert problem.message == "geen waarde voor jaar_6 bij 'looptijd'."


def test_a_bottom_line_above_100_is_out_of_range():
    problem = only("ondergrens_te_hoog.toml")
    assert_at(problem, 60, 1, "ondergrens")
    assert problem.message == "moet hoogstens 100 zijn, niet het getal 101."


def test_a_bottom_line_no_agreement_reaches_names_the_highest_score():
    problem = only("ondergrens_onhaalbaar.toml")
    assert_at(problem, 80, 1, "ondergrens")
    assert problem.dotted_path == "rollen.swo.ondergrens"
    assert "hoogst mogelijke score: 91" in problem.message


def test_a_renamed_fixed_issue_is_one_message_with_the_name_to_use():
    """`verlenging` instead of `verlengopties`: no echo of it in every brief."""
    problem = only("vast_punt_hernoemd.toml")
    assert_at(problem, 12, 1, "[onderhandelpunten.")
    assert "Is 'verlenging' dit punt? Noem het dan 'verlengopties'." in problem.message


# --- rules and bans ---------------------------------------------------------------------------

def test_a_misspelt_fact_points_inside_the_condition():
    problem = only("regel_feit.toml")
    assert_at(problem, 84, 65, "besprokn")
    assert problem.dotted_path == "regels[1].als"
    assert "onbekend feit 'besprokn'. Bedoelde je 'besproken'?" in problem.message


def test_a_misspelt_fact_in_a_multi_line_condition_points_at_its_own_line():
    """The condition starts on the line after `\"\"\"`; the fact is two lines further."""
    problem = only("regel_meer_regels.toml")
    assert_at(problem, 86, 20, "besprokn")


def test_a_misspelt_option_word_points_at_the_word():
    problem = only("regel_woord.toml")
    assert_at(problem, 84, 38, '"outcom"')
    assert "onbekende waarde 'outcom'. Bedoelde je 'outcome'?" in problem.message


def test_an_option_of_another_issue_cannot_be_the_value_of_this_one():
    """`sturing == "drie"`: drie is an option, but of aanbieders."""
    problem = only("regel_ander_punt.toml")
    assert_at(problem, 84, 38, '"drie"')
    assert "'drie' is nooit de waarde van 'sturing'. Kies uit: outcome, output." in problem.message


def test_a_word_from_the_wrong_list_is_caught():
    """A topic is never among the features: `"marktordening" in kenmerken` never fires."""
    problem = only("regel_verkeerde_lijst.toml")
    assert_at(problem, 84, 52, '"marktordening"')
    assert "'marktordening' komt nooit voor in 'kenmerken'" in problem.message


def test_a_proposal_fact_without_the_guard_asks_for_heeft_voorstel():
    problem = only("regel_zonder_bewaking.toml")
    assert_at(problem, 91, 1, "als")
    assert "begin haar met 'heeft_voorstel and'" in problem.message


def test_a_rule_that_can_never_fire_is_a_warning_at_its_condition(capsys):
    """`max_looptijd_jaren >= 9` while 6 + 2 is the longest: a warning, exit code 0."""
    problem = only("regel_stil.toml")
    assert_at(problem, 91, 1, "als")
    assert problem.severity == "waarschuwing" and "nooit afgaan" in problem.message
    assert main(["valideer", str(DATA / "regel_stil.toml")]) == 0


def test_a_ban_that_excludes_nothing_is_a_warning():
    problem = only("verbod_stil.toml")
    assert_at(problem, 99, 1, "als")
    assert problem.severity == "waarschuwing"
    assert problem.message == "verbod 'geen_aanbesteding_voor_een' sluit in deze casus geen enkel voorstel uit."


def test_bans_that_exclude_every_proposal_are_an_error():
    problem = only("verbod_alles.toml")
    assert_at(problem, 97, 1, "[[verboden]]")
    assert problem.severity == "fout" and "sluiten elk voorstel uit" in problem.message


# --- playability: the four marks of a good negotiation ----------------------------------------

def test_no_agreement_above_both_bottom_lines_gives_each_sides_best_acceptable_score():
    problem = only("geen_akkoord.toml")
    assert problem.severity == "waarschuwing"
    assert_at(problem, 40, 1, "[rollen.gemeente]")
    assert problem.message.startswith("geen enkel akkoord haalt beide ondergrenzen")
    assert "haalt de gemeente hoogstens 23 (ondergrens 60)" in problem.message
    assert "haalt de sociaalwerkorganisatie hoogstens 95 (ondergrens 96)" in problem.message


def test_an_ideal_the_other_side_already_accepts_is_a_warning_at_that_bottom_line():
    problem = only("ideaal_aanvaard.toml")
    assert_at(problem, 80, 1, "ondergrens")
    assert problem.dotted_path == "rollen.swo.ondergrens"
    assert "geeft de sociaalwerkorganisatie al 55,5" in problem.message


def test_too_many_good_agreements_is_a_warning_with_the_share():
    problem = only_besides_compromise("te_veel_akkoorden.toml")
    assert problem.severity == "waarschuwing"
    assert "40 van de 96 toegestane akkoorden (41,7 %)" in problem.message
    assert "verhoog de ondergrenzen" in problem.message


def test_a_deal_that_hardly_beats_giving_in_is_a_warning_at_the_weights():
    problem = only_besides_compromise("ruilen_loont_niet.toml")
    assert_at(problem, 74, 1, "gewichten")
    assert problem.dotted_path == "rollen.swo.gewichten"
    assert "geeft 61, het ideaal van de andere kant al 53" in problem.message


def test_warnings_alone_keep_the_exit_code_zero(capsys):
    code, out = run(["valideer", str(DATA / "geen_akkoord.toml")], capsys)
    assert code == 0 and "0 fout(en) en 1 waarschuwing(en)" in out


def test_the_deals_option_shows_both_ideals_and_the_best_joint_agreement(capsys):
    """`--akkoorden` gives what a facilitator needs to write a script that reaches a deal."""
    _, out = run(["valideer", "--akkoorden", str(DATA / "goed.toml")], capsys)
    assert "96 toegestane akkoorden, 17 (17,7 %) halen beide ondergrenzen" in out
    assert "beste gezamenlijke akkoord (Nash): gemeente 89,5, swo 79,5" in out
    assert ('keuzes = { inkoopvorm = "bestuurlijk_aanbesteden", aanbieders = "drie", '
            'looptijd = "jaar_6", verlengopties = "twee_keer_een", sturing = "outcome" }') in out


# --- all errors at once, files that are not cases -------------------------------------------

def test_every_error_in_a_file_is_reported_at_once():
    """A misspelt goal, a wrong type and a misspelt key: three messages, in file order."""
    problems = check("drie_fouten.toml").problems
    assert [(p.line, p.column, p.dotted_path) for p in problems] == [
        (7, 24, "doelen[2]"), (8, 1, "max_zetten"), (63, 1, "rollen.swo.functi")]


def test_weight_errors_and_rule_errors_come_together():
    """A case with a bad sum and a misspelt fact reports both, not one per attempt."""
    problems = check("fouten_van_elke_soort.toml").problems
    assert [(p.line, p.column) for p in problems] == [(54, 1), (84, 65)]


def test_every_file_in_a_folder_is_checked_and_errors_give_exit_code_one(capsys):
    code, out = run(["valideer", str(DATA)], capsys)
    assert code == 1
    for name in ("doel.toml", "kenmerk.toml", "regel_feit.toml", "scripts/beurt.toml"):
        assert str(DATA / name) in out


def test_an_empty_file_says_so_and_how_to_start():
    problem = only("leeg.toml")
    assert problem.line is None
    assert problem.message.startswith("het bestand is leeg") and "simulatie nieuw" in problem.message


def test_a_file_that_is_not_utf8_names_the_first_bad_byte():
    problem = only("geen_utf8.toml")
    assert (problem.line, problem.column) == (20, 26)
    assert "UTF-8" in problem.message


def test_a_toml_syntax_error_has_the_line_and_column_of_tomllib():
    problem = only("toml_fout.toml")
    assert_at(problem, 41, 11, "Beleidsadviseur")
    assert problem.message.startswith("TOML-fout: ongeldige waarde")


def test_the_id_of_a_bundled_case_is_an_error_because_the_game_would_skip_it():
    problem = only("meegeleverde_id.toml")
    assert_at(problem, 2, 1, "id")
    assert "bestaat al bij de meegeleverde casussen" in problem.message


def test_two_validated_files_with_one_id_are_an_error_on_the_second(tmp_path):
    """Neither is named after the id: the first is used (a warning says so), the second
    is an error that names the first."""
    for name in ("a.toml", "b.toml"):
        shutil.copy(DATA / "goed.toml", tmp_path / name)
    uitslag = validate([tmp_path])
    assert [(Path(p.file).name, p.line, p.column) for p in uitslag.errors] == [("b.toml", 2, 1)]
    assert "bestaat al in" in uitslag.errors[0].message
    [warning] = uitslag.warnings
    assert Path(warning.file).name == "a.toml" and "ook b.toml heeft de id" in warning.message


def test_a_missing_file_and_an_empty_folder_are_errors(tmp_path, capsys):
    (tmp_path / "leeg").mkdir()
    code, out = run(["valideer", str(tmp_path / "weg.toml"), str(tmp_path / "leeg")], capsys)
    assert code == 1
    assert "weg.toml: het bestand bestaat niet (meer)." in out
    assert "in deze map staan geen .toml-bestanden." in out


def test_the_kind_of_a_file_follows_its_keys():
    assert kind_of({"casus": "x", "spelers": ["a", "b"]}) == "script"
    assert kind_of({"zetten": []}) == "script"
    assert kind_of({"regels": []}) == "regels"
    assert kind_of({"id": "x", "regels": []}) == "casus"
    assert kind_of({}) == "casus"


def test_the_summary_counts_errors_warnings_and_kinds():
    uitslag = check("leeg.toml", "regel_stil.toml", "doel.toml")
    assert summary(uitslag) == ("2 fout(en) en 1 waarschuwing(en); 3 bestand(en) "
                                "gecontroleerd (3 casussen).")


# --- scripts ----------------------------------------------------------------------------------

def script(name: str) -> list[Problem]:
    return check("goed.toml", f"scripts/{name}").problems


def test_a_script_that_plays_cleanly_gives_no_problems():
    assert script("akkoord.toml") == []


def test_an_unknown_option_in_a_proposal_points_at_that_issue():
    [problem] = script("voorstel_onbekende_optie.toml")
    assert_at(problem, 28, 12, "inkoopvorm")
    assert problem.dotted_path == "zetten[5].keuzes.inkoopvorm"
    assert "Bedoelde je 'bestuurlijk_aanbesteden'?" in problem.message


def test_a_banned_proposal_gives_the_reason_of_the_ban():
    [problem] = script("voorstel_verboden.toml")
    assert_at(problem, 28, 1, "keuzes")
    assert "Een openbare aanbesteding voor één aanbieder past niet bij Proefdorp." in problem.message


def test_a_proposal_without_every_issue_names_the_missing_one():
    [problem] = script("voorstel_onvolledig.toml")
    assert problem.message.endswith("nog open: Sturing.")


def test_a_move_out_of_turn_points_at_its_role():
    [problem] = script("beurt.toml")
    assert_at(problem, 7, 1, "rol")
    assert problem.dotted_path == "zetten[1].rol"


def test_an_unknown_brief_item_points_at_the_item():
    [problem] = script("onbekend_item.toml")
    assert_at(problem, 18, 1, "item")
    assert "Bedoelde je 'hoeveel'?" in problem.message


def test_options_on_a_question_point_at_the_options(tmp_path):
    """A question with 'keuzes' is refused once, at its keuzes line (found in review)."""
    tekst = (DATA / "scripts" / "beurt.toml").read_text(encoding="utf-8")
    tekst = tekst.replace('soort = "belang"\nrol = "swo"\nitem = "zekerheid"',
                          'soort = "vraag"\nrol = "gemeente"\nitem = "kern"\n'
                          'keuzes = { onzin = "x" }')
    path = tmp_path / "script.toml"
    path.write_text(tekst, encoding="utf-8")
    [problem] = validate([DATA / "goed.toml", path]).problems
    assert (problem.dotted_path, problem.line) == ("zetten[1].keuzes", 9)
    assert "Bij een zet 'vraag' horen geen keuzes" in problem.message


def test_an_unknown_case_in_a_script_suggests_the_close_one():
    [problem] = script("onbekende_casus.toml")
    assert_at(problem, 2, 1, "casus")
    assert "Bedoelde je 'proefdorp'?" in problem.message


def test_a_script_may_name_a_case_from_the_own_folder(tmp_path, capsys):
    """`simulatie --casussen MAP valideer script.toml` finds the case in MAP."""
    shutil.copy(DATA / "goed.toml", tmp_path / "proefdorp.toml")
    code, out = run(["--casussen", str(tmp_path), "valideer",
                     str(DATA / "scripts" / "akkoord.toml")], capsys)
    assert code == 0 and "Alles in orde" in out


def test_a_script_for_a_broken_case_in_the_own_folder_names_that_file(tmp_path):
    """The case is not unknown but broken: the message says which file to fix."""
    broken = tmp_path / "proefdorp.toml"
    broken.write_text("id = 'proefdorp'\n", encoding="utf-8")
    [problem] = validate([DATA / "scripts" / "akkoord.toml"], extra=tmp_path).problems
    assert f"Het bestand {broken} heeft fouten en is niet geladen" in problem.message


def test_the_tilburg_script_is_legal_and_reaches_agreement(capsys):
    """The case written from docs/casus-schrijven.md alone plays to an agreement."""
    path = DATA / "scripts" / "tilburg_akkoord.toml"
    assert validate([path]).problems == []
    code, out = run(["speel", str(path)], capsys)
    assert code == 0 and "Uitkomst: Akkoord" in out
    assert "Score gemeente (Anouk): 71,5 — ondergrens 64: haalt" in out
    assert "Score sociaalwerkorganisatie (Bas): 74 — ondergrens 56: haalt" in out


# --- can a rule fire? -------------------------------------------------------------------------

def _compiled(als: str) -> Compiled:
    import rule_engine

    from simulatie.kern.model import Regel

    regel = Regel(id="r", als=als, ernst="tip", bericht="b", bron="t")
    return Compiled(regel, rule_engine.Rule(als), "test")


@pytest.fixture(scope="module")
def space():
    from simulatie.kern.catalogus import AlgemeneRegels

    geladen = load_casus(DATA / "goed.toml", AlgemeneRegels())
    return ruimte(geladen.casus, geladen.regelboek)


@pytest.mark.parametrize("als", [
    'afgelopen and "kern_opdracht" in gemeente_vroeg and not ("praktijk" in swo_deelde)',
    'heeft_voorstel and aantal_aanbieders >= 10 and "flexibel" in kenmerken',
    'heeft_voorstel and sturing == "outcome" and eerste_voorstel_door == "swo"',
    'aantal_zetten == 16 and uitkomst == "beurtlimiet"',
    'ronde == 3 and not heeft_voorstel',
    'heeft_voorstel and score_gemeente > 89 and score_swo > 75',
])
def test_a_rule_that_some_round_fires_is_found_to_fire(space, als):
    assert can_fire(_compiled(als), space) is True


@pytest.mark.parametrize("als", [
    "heeft_voorstel and aantal_aanbieders > 10",
    "aantal_zetten > 16",
    'uitkomst == "akkoord" and not heeft_voorstel',
    'heeft_voorstel and inkoopvorm == "aanbesteden" and aantal_aanbieders == 1',  # banned
    '"wijkgericht" in kenmerken',
])
def test_a_rule_no_round_can_fire_is_found_silent(space, als):
    assert can_fire(_compiled(als), space) is False


def test_a_condition_beyond_the_model_is_left_undecided(space):
    assert can_fire(_compiled("besproken.length > 3"), space) is None


# --- the locator --------------------------------------------------------------------------------

def test_the_locator_indexes_arrays_of_tables_and_elements_of_multi_line_arrays():
    text = 'a = [\n  { b = 1 },\n  { c = "x" },\n]\n[[t]]\nk = 1\n[[t]]\nk = 2\n[t.sub]\nm = 3\n'
    places = TomlPlaces(text)
    assert (places.exact(("a", 1, "c")).line, places.exact(("a", 1, "c")).column) == (3, 5)
    assert places.exact(("t", 1, "k")).line == 8
    assert places.exact(("t", 1, "sub", "m")).line == 10


def test_the_locator_maps_a_character_of_a_string_with_continuations_to_its_place():
    text = 'als = """\nheeft_voorstel and \\\n    x > 1"""\n'
    # tomllib reads: 'heeft_voorstel and x > 1'; character 19 is the x.
    assert TomlPlaces(text).in_string(("als",), 19) == (3, 5)


def test_the_locator_never_raises_on_text_it_does_not_understand():
    for text in ("[", "a = {", 'a = "open', "= 1", "a.b.c", "\x00\x01", "a = [1, {"):
        TomlPlaces(text).find(("a", "b"))


def test_the_locator_skips_a_byte_order_mark():
    """A Windows editor's BOM once hid every key, so warnings lost their line."""
    assert TomlPlaces("\ufeffa = 1\nb = 2\n").exact(("b",)).line == 2


def test_the_locator_counts_a_crlf_in_a_multi_line_string_as_one_character():
    """tomllib reads CRLF as one newline; the column after it must not shift."""
    text = "als = '''\r\nheeft_voorstel and\r\n  x > 1'''\r\n"
    # tomllib reads: 'heeft_voorstel and\n  x > 1'; character 21 is the x.
    assert TomlPlaces(text).in_string(("als",), 21) == (3, 3)


def test_the_locator_finds_a_quoted_key_with_an_escape():
    """'"a\\u0062"' is the key 'ab' to tomllib, so it is to the locator too."""
    assert TomlPlaces('x = 1\n"a\\u0062" = 2\n').exact(("ab",)).line == 2
