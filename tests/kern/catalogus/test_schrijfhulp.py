"""Cryptic parser messages come with what the facilitator probably typed and what to
type instead. Each fixture in tests/data/schrijfhulp/ is mini.toml with one such slip.

Every test checks the place too: the text at line:column is the slip itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.catalogus import AlgemeneRegels, load_casus

SCHRIJFHULP = Path(__file__).resolve().parents[2] / "data" / "schrijfhulp"


@pytest.mark.parametrize(("name", "there", "hint"), [
    # tomllib: "Expected newline or end of document after a statement"
    ("decimale_komma.toml", ",5", "met een punt: 62.5 in plaats van 62,5."),
    ("duizendtallen.toml", ".000", "schrijf 1500000 of 1_500_000."),
    ("geneste_aanhalingstekens.toml", 'innovatie" in doelen"',
     "Zet de tekst tussen enkele aanhalingstekens: als = 'heeft_voorstel and \"innovatie\" "
     "in doelen'."),
    # tomllib: "Illegal character '\n'" at the end of the line
    ("open_aanhalingsteken.toml", "", "wordt op deze regel niet gesloten: zet een \""),
    # tomllib: "Unclosed array" while the ] is there
    ("lijst_zonder_komma.toml", '"partnerschap"]', "mist hier een komma"),
    # tomllib: "Invalid value"
    ("gekrulde_aanhalingstekens.toml", "“Mini”", "gekrulde aanhalingstekens"),
    # tomllib: "Cannot declare ('rollen', 'swo') twice"
    ("dubbele_tabel.toml", "]", "De eerste staat op regel 44"),
    # the rules library: "syntax error"
    ("een_isgelijkteken.toml", '= "subsidie"', "met == (twee isgelijktekens), niet met één ="),
    ("nederlands_en.toml", "en looptijd", "Schrijf 'and' in plaats van 'en'"),
    ("nederlands_of.toml", "of \"innovatie\"", "Schrijf 'or' in plaats van 'of'"),
    ("nederlands_niet.toml", "niet looptijd", "Schrijf 'not' in plaats van 'niet'"),
])
def test_a_cryptic_message_names_the_slip_and_what_to_type(name, there, hint):
    path = SCHRIJFHULP / name
    with pytest.raises(LoadFailed) as failed:
        load_casus(path, AlgemeneRegels())
    [problem] = failed.value.problems
    assert hint in problem.message, str(problem)
    line = path.read_text(encoding="utf-8").split("\n")[problem.line - 1]
    assert line[problem.column - 1:].startswith(there), (line, problem.column)


def test_the_first_of_a_duplicated_table_is_the_line_named():
    lines = (SCHRIJFHULP / "dubbele_tabel.toml").read_text(encoding="utf-8").split("\n")
    assert lines[44 - 1] == "[rollen.swo]"


def test_every_hint_is_in_the_guides_table_of_common_messages():
    """docs/casus-schrijven.md lists each of these messages with what to do."""
    guide = (Path(__file__).resolve().parents[3] / "docs" / "casus-schrijven.md").read_text(
        encoding="utf-8")
    for words in ("decimale komma", "duizendtallen", "afsluitend aanhalingsteken",
                  "komma tussen", "gekrulde aanhalingstekens", "enkele aanhalingstekens",
                  "==", "`and`", "`or`", "`not`", "De eerste staat op regel",
                  "166000 of 166_000", "stuurteken"):
        assert words in guide, words
