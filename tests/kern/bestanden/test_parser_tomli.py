"""The reader parses with tomli, the code of Python's own tomllib compiled: it must read
every file as tomllib does, and fail with the same message, since the Dutch hints of
`toml_fout.py` are keyed on those messages."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[3]


def _text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:  # the fixtures that are not UTF-8 never reach the parser
        return None


FILES = sorted(p for p in {*ROOT.glob("casussen/*.toml"), *ROOT.glob("tests/data/**/*.toml"),
                           *ROOT.glob("docs/**/*.toml")} if _text(p) is not None)
BROKEN = [
    "a = 62,5", 'a = "open', "a = [1 2]", "[t]\n[t]", "a = “x”", "inwoners = 166.000",
    'als = "x = 1"', "a = 1\na = 2", "[[z]]\nb = \n", "a = {b = 1,}", "a = 1979-05-27T",
    'a = """\nopen', "a = 'x\ny'", "= 1", "a.b = 1\na = 2", "a = [\n1,\n2", "a = 0x",
    "a = \u00a0 1", "a = +inf\nb = nan\nc = 1e", "\ufeffa = 1",
]


def _read(parser, text: str) -> tuple[str, object]:
    try:
        return "data", parser.loads(text)
    except parser.TOMLDecodeError as error:
        return "fout", str(error)
    except (ValueError, RecursionError) as error:  # as `bestanden.lezen.parse` catches
        return "anders", type(error).__name__


def test_there_are_files_to_compare():
    assert len(FILES) > 10


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_every_file_of_the_project_reads_the_same(path):
    text = _text(path)
    assert _read(tomli, text) == _read(tomllib, text)


@pytest.mark.parametrize("text", BROKEN)
def test_a_broken_file_fails_with_the_same_message(text):
    assert _read(tomli, text) == _read(tomllib, text)


@settings(max_examples=300)
@given(st.sampled_from(FILES), st.data())
def test_a_file_cut_or_changed_anywhere_reads_or_fails_the_same(path, data):
    """A typo anywhere in a real file: the same data or the same message."""
    text = (_text(path) or "")[:3000]
    at = data.draw(st.integers(0, len(text)))
    cut = data.draw(st.integers(0, 5))
    typed = data.draw(st.sampled_from(["", "=", '"', "[", "]", ",", "\n", "'", "{", ".", "“"]))
    changed = text[:at] + typed + text[at + cut:]
    assert _read(tomli, changed) == _read(tomllib, changed)


@pytest.mark.parametrize("diepte", [400, 700, 1200, 100_000])
@pytest.mark.parametrize("open_, dicht", [("[", "]"), ("{a=", "}")])
def test_deep_nesting_ends_in_a_dutch_problem_at_any_depth(tmp_path, diepte, open_, dicht):
    """tomli nests deeper than tomllib before it gives up: between the two, the file now
    reads and the model says what is wrong at its key, rather than "te diep genest"."""
    from simulatie.kern.bestanden.problemen import LoadFailed
    from simulatie.kern.catalogus import AlgemeneRegels, load_casus

    mini = (ROOT / "tests" / "data" / "mini.toml").read_text(encoding="utf-8")
    diep = tmp_path / "diep.toml"
    diep.write_text(mini.replace("titel = ", f'titel = {open_ * diepte}"x"{dicht * diepte}\n'
                                              "oude_titel = ", 1), encoding="utf-8")
    with pytest.raises(LoadFailed) as failed:
        load_casus(diep, AlgemeneRegels())
    problem = failed.value.problems[0]
    assert problem.message == "het bestand is te diep genest." or (
        problem.line == 2 and "verwacht tekst" in problem.message), str(problem)
