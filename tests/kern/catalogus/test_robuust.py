"""One bad file must never spoil a workshop: the loader accepts a file or says where it is
wrong, and never raises anything else, whatever a text editor (or a cat) did to it.

Valid cases are damaged in many ways — keys dropped, renamed, retyped, duplicated;
bad UTF-8; huge numbers; deep nesting; empty files; random bytes — and then loaded
with `load_casus` and checked with `validate`. Run with HYPOTHESIS_PROFILE=ci for a
few thousand examples; the default run is quick.
"""

from __future__ import annotations

import os
import random
import shutil
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulatie.kern.bestanden import REGELS_BESTAND, bundled_folder
from simulatie.kern.uitvoer import play
from simulatie.kern.catalogus import (
    AlgemeneRegels,
    Catalogus,
    load_algemeen,
    load_casus,
    load_folder,
)
from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.facilitator import validate
from simulatie.kern.model import Sessie, Zet

DATA = Path(__file__).parents[2] / "data"
BASES = {name: (DATA / name).read_text(encoding="utf-8")
         for name in ("mini.toml", "valideer/goed.toml", "voorbeeld_gedocumenteerd.toml")}
CI = os.environ.get("HYPOTHESIS_PROFILE") == "ci"
# Loading is cheap: thousands in CI. Validation enumerates every agreement: fewer.
LOADS = settings(max_examples=3000 if CI else 60, deadline=timedelta(seconds=5),
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
CHECKS = settings(LOADS, max_examples=1000 if CI else 25)
ALGEMEEN = load_algemeen(bundled_folder() / REGELS_BESTAND)


# --- what "accepts or says where" means --------------------------------------------------------

def load_or_problems(path: Path) -> list:
    """Load the file; on failure check every problem names the file and says something."""
    try:
        load_casus(path, ALGEMEEN)
    except LoadFailed as failed:
        assert failed.problems, "LoadFailed zonder problemen"
        for problem in failed.problems:
            assert problem.file == str(path)
            assert isinstance(problem.message, str) and problem.message.strip()
            assert problem.line is None or problem.line >= 1
            assert problem.column is None or problem.column >= 1
            str(problem)  # the CLI prints it
        return failed.problems
    return []


def check_validates(path: Path) -> None:
    uitslag = validate([path])
    for problem in uitslag.problems:
        assert "interne fout" not in problem.message, str(problem)
        assert problem.message.strip()


# --- damage to the data --------------------------------------------------------------------------

SCALARS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.booleans(),
    st.dates(min_value=date(1, 1, 1)),
    st.sampled_from(["", "innovatie", "gemeente", "heeft_voorstel and", "a" * 5000]),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=12)


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, prefix + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, prefix + (index,))
    return found


def _parent(data: object, path: tuple) -> object:
    for part in path[:-1]:
        data = data[part]  # type: ignore[index]
    return data


@st.composite
def damaged_data(draw: st.DrawFn) -> str:
    """A valid case with one to three structural changes, written back as TOML."""
    data = tomllib.loads(BASES[draw(st.sampled_from(sorted(BASES)))])
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(data)[1:]))
        parent, last = _parent(data, path), path[-1]
        action = draw(st.sampled_from(["drop", "rename", "retype", "duplicate", "nest"]))
        if action == "drop":
            del parent[last]  # type: ignore[union-attr]
        elif action == "rename" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=15))] = parent.pop(last)
        elif action == "retype":
            parent[last] = draw(VALUES)  # type: ignore[index]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(parent[last])
        elif action == "nest":
            parent[last] = [parent[last]] * draw(st.integers(1, 3))  # type: ignore[index]
    return tomli_w.dumps(data)


@LOADS
@given(text=damaged_data())
def test_a_case_with_damaged_data_loads_or_fails_with_located_problems(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("d") / "casus.toml"
    path.write_text(text, encoding="utf-8")
    load_or_problems(path)


@CHECKS
@given(text=damaged_data())
def test_validating_a_case_with_damaged_data_never_fails_inside(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("v") / "casus.toml"
    path.write_text(text, encoding="utf-8")
    check_validates(path)


# --- damage to the text ----------------------------------------------------------------------------

@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """A valid case file after an editor accident: cut, pasted, doubled, mis-encoded."""
    raw = BASES[draw(st.sampled_from(sorted(BASES)))].encode("utf-8")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(raw)))
        action = draw(st.sampled_from(["cut", "insert", "double_line", "truncate", "bad_utf8"]))
        if action == "cut":
            raw = raw[:at] + raw[at + draw(st.integers(1, 80)) :]
        elif action == "insert":
            raw = raw[:at] + draw(st.sampled_from(
                [b"=", b"[", b"]]", b"{", b'"', b"'''", b"\n", b"#", b"[[regels]]\n", b"x = 1\n",
                 b"\\", b"9" * 5000, b"[" * 2000, b"1e400"])) + raw[at:]
        elif action == "double_line":
            start = raw.rfind(b"\n", 0, at) + 1
            end = raw.find(b"\n", at)
            line = raw[start : end if end >= 0 else len(raw)]
            raw = raw[:start] + line + b"\n" + raw[start:]
        elif action == "truncate":
            raw = raw[:at]
        else:
            raw = raw[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xe9", b"\x00", b"\xef\xbb\xbf"])) + raw[at:]
    return raw


@LOADS
@given(raw=damaged_bytes())
def test_a_damaged_text_loads_or_fails_with_located_problems(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("t") / "casus.toml"
    path.write_bytes(raw)
    load_or_problems(path)


@CHECKS
@given(raw=damaged_bytes())
def test_validating_a_damaged_text_never_fails_inside(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("w") / "casus.toml"
    path.write_bytes(raw)
    check_validates(path)


@LOADS
@given(raw=st.binary(max_size=2000))
def test_random_bytes_fail_with_a_problem_that_names_the_file(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("b") / "ruis.toml"
    path.write_bytes(raw)
    assert load_or_problems(path) != [] or raw.strip() == b""


# --- the extremes, one by one ----------------------------------------------------------------------

EXTREMES = {
    "leeg": b"",
    "alleen_commentaar": b"# niets\n",
    "diep_genest": b"a = " + b"[" * 100_000 + b"]" * 100_000,
    "genest_in_een_veld": BASES["mini.toml"].replace(
        'samenvatting = "Test."', "samenvatting = " + "[" * 300 + "]" * 300).encode(),
    "getal_van_5000_cijfers": BASES["mini.toml"].replace("inwoners = 20000", "inwoners = " + "9" * 5000).encode(),
    "oneindig": BASES["mini.toml"].replace("inwoners = 20000", "inwoners = inf").encode(),
    "enorm_getal": BASES["mini.toml"].replace("max_zetten = 10", "max_zetten = 1e308").encode(),
    "dubbele_sleutel": BASES["mini.toml"].replace('titel = "Mini"', 'titel = "Mini"\ntitel = "Maxi"').encode(),
    "dubbele_tabel": (BASES["mini.toml"] + "\n[onderhandelpunten.looptijd]\ntitel = \"x\"\n").encode(),
    "nul_bytes": b"\x00" * 1000,
    "een_map": None,
}


@pytest.mark.parametrize("name", sorted(EXTREMES))
def test_an_extreme_file_fails_cleanly_with_a_dutch_message(tmp_path, name):
    path = tmp_path / f"{name}.toml"
    if EXTREMES[name] is None:
        path.mkdir()
    else:
        path.write_bytes(EXTREMES[name])
    problems = load_or_problems(path)
    assert problems, f"{name} laadde zonder fouten"
    check_validates(path)


def test_a_byte_order_mark_from_a_windows_editor_is_no_problem(tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + BASES["mini.toml"].encode())
    assert load_or_problems(path) == []


def test_a_file_over_the_limit_says_it_is_too_big(tmp_path):
    """21 MB of comments: refused before parsing, with the limit in the message."""
    path = tmp_path / "groot.toml"
    line = b"# " + b"x" * 98 + b"\n"
    path.write_bytes(BASES["mini.toml"].encode() + line * (21_000_000 // len(line)))
    [problem] = load_or_problems(path)
    assert problem.message.startswith("het bestand is te groot (meer dan 20 MB)")


# --- a folder of hundreds of files ---------------------------------------------------------------

GOED_SCRIPT = (
    Zet(soort="vraag", rol="gemeente", item="kern"),
    Zet(soort="belang", rol="swo", item="zekerheid"),
    Zet(soort="voorstel", rol="gemeente", keuzes={
        "inkoopvorm": "bestuurlijk_aanbesteden", "aanbieders": "drie", "looptijd": "jaar_6",
        "verlengopties": "twee_keer_een", "sturing": "outcome"}),
    Zet(soort="accepteer", rol="swo"),
)


def test_a_folder_of_300_mixed_files_loads_every_good_case_playable(tmp_path):
    """150 good cases beside 150 broken files: all good ones load and reach an agreement."""
    rng = random.Random(5)
    goed = BASES["valideer/goed.toml"]
    broken = sorted((DATA / "valideer").glob("*.toml"))
    broken = [p for p in broken if load_or_problems(p)]
    for n in range(150):
        (tmp_path / f"goed_{n:03}.toml").write_text(
            goed.replace('id = "proefdorp"', f'id = "proef_{n:03}"'), encoding="utf-8")
        source = rng.choice(broken).read_bytes() if n % 3 else bytes(rng.getrandbits(8) for _ in range(300))
        (tmp_path / f"kapot_{n:03}.toml").write_bytes(source)
    catalogus = load_folder(tmp_path, AlgemeneRegels())
    assert len(catalogus.casussen) == 150
    assert sorted(p.name for p in catalogus.problemen) == [f"kapot_{n:03}.toml" for n in range(150)]
    for casus_id, geladen in catalogus.casussen.items():
        sessie = Sessie(casus=casus_id, spelers=("Anna", "Bram"), zetten=GOED_SCRIPT)
        afloop = play(Catalogus({casus_id: geladen}), sessie)
        assert afloop.fout is None and afloop.staat.ronde.uitkomst == "akkoord"


def test_validating_that_folder_reports_every_broken_file_and_passes_the_good_ones(tmp_path):
    for n in range(20):
        shutil.copy(DATA / "valideer" / "doel.toml", tmp_path / f"kapot_{n}.toml")
        (tmp_path / f"goed_{n}.toml").write_text(BASES["valideer/goed.toml"].replace(
            'id = "proefdorp"', f'id = "proef_{n}"'), encoding="utf-8")
    uitslag = validate([tmp_path])
    assert sorted({Path(p.file).name for p in uitslag.problems}) == sorted(
        f"kapot_{n}.toml" for n in range(20))
