"""Control characters in a case or rules file are refused on the character itself.

A terminal obeys them: `\\u001b]0;HACKED\\u0007` in a title renamed the terminal window
as soon as the case list showed it. Newline and tab stay allowed in texts.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulatie.__main__ import main
from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.catalogus import AlgemeneRegels, load_algemeen, load_casus

DATA = Path(__file__).resolve().parents[2] / "data"
# The documented example uses every field a case has (secrets, arguments, bans, ...).
BASES = {name: tomllib.loads((DATA / name).read_text(encoding="utf-8"))
         for name in ("mini.toml", "voorbeeld_gedocumenteerd.toml")}
# Every C0 control but newline and tab, DEL, the C1 controls (ESC [ is also U+009B), and
# the characters that reorder or break what a terminal shows.
CONTROLS = [chr(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if chr(c) not in "\n\t"]
CONTROLS += ["\u202e", "\u2066", "\u2028"]  # a bidi override and isolate, a line separator


def problems_of(load, path: Path) -> list:
    with pytest.raises(LoadFailed) as failed:
        load(path)
    return failed.value.problems


def test_a_terminal_escape_in_a_case_title_is_refused_at_the_escape(capsys):
    """It passed `valideer` and printed raw in `simulatie casussen`."""
    path = DATA / "kapot" / "stuurteken_titel.toml"
    [problem] = problems_of(lambda p: load_casus(p, AlgemeneRegels()), path)
    assert (problem.path, problem.line, problem.column) == (("titel",), 3, 14)
    assert "stuurteken (\\u001b, teken 5)" in problem.message
    assert main(["valideer", str(path)]) == 1
    assert "\x1b" not in capsys.readouterr().out


def test_a_terminal_escape_in_the_general_rules_is_refused_too():
    path = DATA / "regels" / "stuurteken.toml"
    [problem] = problems_of(load_algemeen, path)
    assert (problem.path, problem.line, problem.column) == (("regels", 0, "bericht"), 6, 18)


def test_newline_and_tab_stay_allowed_in_a_text(maak_casus):
    def change(data: dict) -> None:
        data["samenvatting"] = "Eerste alinea.\n\n\tTweede alinea."

    assert "\t" in maak_casus(change).casus.samenvatting


def _text_paths(value: object, path: tuple = ()) -> list[tuple]:
    """The path of every text in a case: titles, summaries, briefs, rules, list items."""
    if isinstance(value, dict):
        return [p for key, inner in value.items() for p in _text_paths(inner, path + (key,))]
    if isinstance(value, list):
        return [p for i, inner in enumerate(value) for p in _text_paths(inner, path + (i,))]
    return [path] if isinstance(value, str) else []


TEXTS = [(name, path) for name, data in BASES.items() for path in _text_paths(data)]


def test_the_texts_tried_cover_every_kind_of_text_field():
    fields = {next((p for p in reversed(path) if isinstance(p, str)), "") for _, path in TEXTS}
    assert {"titel", "uitleg", "samenvatting", "bronnen", "geheimen", "tekst", "als",
            "bericht", "bron", "reden", "functie", "situatie"} <= fields


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.sampled_from(TEXTS), control=st.sampled_from(CONTROLS), data=st.data())
def test_a_control_character_in_any_text_of_a_case_is_refused_where_it_is(
        tmp_path_factory, text, control, data):
    """Whichever text holds it, wherever in the text: one problem, on that text, at the
    line and column where the file writes the character (raw or as an escape)."""
    name, path = text
    case = tomllib.loads(tomli_w.dumps(BASES[name]))
    parent = case
    for part in path[:-1]:
        parent = parent[part]
    original = parent[path[-1]]
    at = data.draw(st.integers(0, len(original)))
    parent[path[-1]] = original[:at] + control + original[at:]
    file = tmp_path_factory.mktemp("c") / "casus.toml"
    file.write_text(tomli_w.dumps(case), encoding="utf-8")
    problems = problems_of(lambda p: load_casus(p, AlgemeneRegels()), file)
    hits = [p for p in problems if "stuurteken" in p.message]
    assert len(hits) == 1, [str(p) for p in problems]
    [hit] = hits
    assert hit.path == path
    line = file.read_text(encoding="utf-8").split("\n")[hit.line - 1]  # not splitlines: \x85 is no line end in TOML
    written = line[hit.column - 1:]
    assert written.startswith(control) or written.startswith(("\\u00", "\\b", "\\f", "\\r")), (
        line, hit.column)
    assert f"\\u{ord(control):04x}" in hit.message
