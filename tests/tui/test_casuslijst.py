"""The case list's cache: same input, same list; any change or damage, no cache.

The app shows the cached list before the core has loaded, so a wrong cache would show a
wrong list. These tests hold the key to every file a load reads, check that a damaged
file is never trusted, and play the app on a cached list.
"""

from __future__ import annotations

import json
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.content import Content

from simulatie.tui import casuslijst as cl
from simulatie.tui import catalogus as cat
from simulatie.tui.app import make_app
from tui_hulp import DATA, GROOT, op_scherm, schermtekst, wacht_op


@pytest.fixture
def map_(tmp_path: Path) -> Path:
    """A copy of the test cases (two playable, one broken) to change at will."""
    shutil.copytree(DATA / "casussen", tmp_path / "casussen")
    return tmp_path / "casussen"


def _lijst(folder: Path) -> cl.CasusLijst:
    return cl.from_catalogus(cat.load(folder, meegeleverd=False), [folder])


def test_the_list_survives_the_cache_unchanged(map_, tmp_path):
    """Labels, the styled description and every located error come back as they went in."""
    lijst = _lijst(map_)
    assert [k.id for k in lijst.kaarten] == ["mini", "zonnedorp"]
    assert lijst.foutbestanden == 1 and lijst.problemen
    bestand = tmp_path / "cache" / "lijst.json"
    assert cl.write_cache(bestand, "sleutel", lijst)
    assert cl.read_cache(bestand, "sleutel") == lijst
    assert cl.read_cache(bestand, "een andere sleutel") is None


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tekst=st.text(max_size=40))
def test_any_case_text_survives_the_cache_or_is_not_kept(tmp_path, tekst):
    """Text with brackets, backslashes or `$` (markup would mangle those) comes back exactly.

    Control characters are the exception: Content rewrites some (a carriage return, a form
    feed) but keeps the style offsets, so such a list would read back otherwise. It is
    then not kept: a slower start, never a wrong list.
    """
    detail = Content.assemble((tekst, "bold $primary"), "\n", tekst, (tekst, "$text-muted"))
    lijst = cl.CasusLijst((cl.CasusKaart("x", tekst, tekst, detail),), (detail,), 1)
    bestand = tmp_path / "lijst.json"
    bestand.unlink(missing_ok=True)
    geschreven = cl.write_cache(bestand, "k", lijst)
    if not any(unicodedata.category(c) == "Cc" for c in tekst):
        assert geschreven
    assert cl.read_cache(bestand, "k") == (lijst if geschreven else None)


def test_the_key_follows_every_file_a_load_reads(map_):
    """A changed, added or removed case file, or changed general rules: another key."""
    sleutel = cl.fingerprint([map_])
    assert cl.fingerprint([map_]) == sleutel  # the same input, the same key
    sleutels = {sleutel}
    (map_ / "mini.toml").write_text((map_ / "mini.toml").read_text() + "\n# x\n")
    sleutels.add(cl.fingerprint([map_]))
    (map_ / "nieuw.toml").write_text("kapot =")
    sleutels.add(cl.fingerprint([map_]))
    (map_ / "kapot.toml").unlink()
    sleutels.add(cl.fingerprint([map_]))
    regels = map_ / "algemeen" / "regels.toml"
    regels.write_text(regels.read_text() + "\n")
    sleutels.add(cl.fingerprint([map_]))
    (map_ / "notities.txt").write_text("geen casus")  # not read by a load: same key
    assert cl.fingerprint([map_]) in sleutels
    assert len(sleutels) == 5


def test_other_folders_have_their_own_cache_file(map_, tmp_path):
    andere = tmp_path / "andere"
    andere.mkdir()
    assert cl.cache_file(tmp_path, [map_]) != cl.cache_file(tmp_path, [andere])
    assert cl.fingerprint([map_]) != cl.fingerprint([andere])


@pytest.mark.parametrize("inhoud", [
    b"", b"{", b"\xff\xfe", b"[]", b"null", b'{"sleutel": "k"}',
    b'{"sleutel": "k", "kaarten": [{"id": "x"}], "problemen": [], "foutbestanden": 0}',
    # A style the list never writes: it could only fail once drawn.
    b'{"sleutel": "k", "kaarten": [], "foutbestanden": 1, "problemen": '
    b'[{"tekst": "a", "spans": [[0, 1, "link x"]]}]}',
    b'{"sleutel": "k", "kaarten": [], "foutbestanden": 1, "problemen": '
    b'[{"tekst": "a", "spans": [[0, 9, "bold"]]}]}',
])
def test_a_damaged_cache_is_not_used(tmp_path, inhoud):
    bestand = tmp_path / "lijst.json"
    bestand.write_bytes(inhoud)
    assert cl.read_cache(bestand, "k") is None


@settings(max_examples=200)
@given(data=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                         lambda kind: st.lists(kind, max_size=3)
                         | st.dictionaries(st.sampled_from(
                             ["sleutel", "kaarten", "problemen", "foutbestanden", "id",
                              "gemeente", "titel", "detail", "tekst", "spans"]), kind,
                             max_size=5), max_leaves=20))
def test_no_json_makes_reading_the_cache_fail(tmp_path_factory, data):
    """Whatever JSON sits in the cache file, reading it gives a list or None, never an error."""
    bestand = tmp_path_factory.mktemp("cache") / "lijst.json"
    bestand.write_text(json.dumps({"sleutel": "k", **data} if isinstance(data, dict) else data))
    lijst = cl.read_cache(bestand, "k")
    assert lijst is None or isinstance(lijst, cl.CasusLijst)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_an_unwritable_cache_folder_only_costs_speed(map_, tmp_path):
    alleen_lezen = tmp_path / "ro"
    alleen_lezen.mkdir()
    alleen_lezen.chmod(0o500)
    try:
        if (alleen_lezen / "probeer").exists() or _schrijfbaar(alleen_lezen):
            pytest.skip("running as a user who may write anywhere (root)")
        assert not cl.write_cache(alleen_lezen / "sub" / "lijst.json", "k", _lijst(map_))
    finally:
        alleen_lezen.chmod(0o700)


def _schrijfbaar(folder: Path) -> bool:
    try:
        (folder / "probeer").write_text("x")
    except OSError:
        return False
    (folder / "probeer").unlink()
    return True


# -- the app on a cached list ---------------------------------------------------------


def _app(folder: Path, cache: Path):
    app = make_app(folder, folder.parent / "saves", meegeleverd=False, cache_dir=cache)
    app.animation_level = "none"
    return app


async def _speel_tot_lijst(app):
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        await wacht_op(pilot, lambda: app.catalogus_klaar and "Minidorp" in schermtekst(app))
        return schermtekst(app)


async def test_the_second_start_lists_the_cases_before_the_core_loads(map_, tmp_path):
    """First start: load, show, keep. Second: the same list at once, the core after it."""
    cache = tmp_path / "cache"
    eerste = await _speel_tot_lijst(_app(map_, cache))
    assert list(cache.glob("casuslijst-*.json"))

    app = _app(map_, cache)
    assert app.bron.lijst is not None and not app.bron.geladen  # nothing loaded yet
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        await wacht_op(pilot, lambda: "Minidorp" in schermtekst(app))
        await wacht_op(pilot, lambda: schermtekst(app) == eerste)  # the same, errors included
        await pilot.press("enter")  # the core may still be loading: choosing waits for it
        await op_scherm(pilot, "SpelersScherm")
        assert app.catalogus_klaar or app.bron.geladen


async def test_a_changed_file_is_never_shown_from_the_old_cache(map_, tmp_path):
    cache = tmp_path / "cache"
    await _speel_tot_lijst(_app(map_, cache))
    mini = map_ / "mini.toml"
    mini.write_text(mini.read_text(encoding="utf-8").replace(
        'gemeente = "Minidorp"', 'gemeente = "Nieuwdorp"'), encoding="utf-8")
    app = _app(map_, cache)
    assert app.bron.lijst is None  # the key changed: this start loads before it lists
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        await wacht_op(pilot, lambda: "Nieuwdorp" in schermtekst(app))
        assert "Minidorp" not in schermtekst(app)
    assert _app(map_, cache).bron.lijst is not None  # and the new list is kept
