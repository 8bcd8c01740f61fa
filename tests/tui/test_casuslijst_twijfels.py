"""A case that loads with warnings is marked in the case list, and two cases that share
a title show their file names.

The list once offered a case whose bottom lines no agreement reaches exactly like a
good one. The warnings come from the same checks as `simulatie valideer`.
"""

from __future__ import annotations

from pathlib import Path

from simulatie.tui import casuslijst as cl
from simulatie.tui import catalogus as cat
from simulatie.tui.app import make_app
from tui_hulp import GROOT, op_scherm, schermtekst, wacht_op

VALIDEER = Path(__file__).resolve().parents[1] / "data" / "valideer"


def _map(tmp_path: Path, *namen: tuple[str, str]) -> Path:
    """A folder with valideer fixtures under new names and ids (so none shadows another)."""
    folder = tmp_path / "casussen"
    folder.mkdir()
    for bron, casus_id in namen:
        tekst = (VALIDEER / bron).read_text(encoding="utf-8")
        (folder / f"{casus_id}.toml").write_text(
            tekst.replace('id = "proefdorp"', f'id = "{casus_id}"', 1), encoding="utf-8")
    return folder


def test_a_case_with_a_warning_is_marked_and_its_warning_shown(tmp_path):
    folder = _map(tmp_path, ("goed.toml", "goed"), ("geen_akkoord.toml", "zonder"))
    lijst = cl.from_catalogus(cat.load(folder, meegeleverd=False), [folder])
    kaarten = {k.id: k for k in lijst.kaarten}
    assert not kaarten["goed"].gemeente.startswith("⚠")
    assert kaarten["zonder"].gemeente.startswith("⚠ ")
    detail = kaarten["zonder"].detail.plain
    assert detail.startswith("⚠ Speelbaar, met 1 waarschuwing (onderaan).")
    beschrijving, waarschuwing = detail.split("⚠ Speelbaar, met 1 waarschuwing:")
    assert "Proefdorp" in beschrijving  # the public description comes first
    assert "geen enkel akkoord haalt beide ondergrenzen" in waarschuwing
    assert lijst.problemen == ()  # it is playable: not among the files that do not load


def test_two_cases_with_one_title_show_their_file_names(tmp_path):
    folder = _map(tmp_path, ("goed.toml", "een"), ("goed.toml", "twee"))
    lijst = cl.from_catalogus(cat.load(folder, meegeleverd=False), [folder])
    assert sorted(k.titel for k in lijst.kaarten) == [
        "Proefdorp: samen de inkoop herzien (een.toml)",
        "Proefdorp: samen de inkoop herzien (twee.toml)"]


async def test_the_case_screen_shows_the_mark(tmp_path):
    folder = _map(tmp_path, ("goed.toml", "goed"), ("geen_akkoord.toml", "zonder"))
    app = make_app(folder, tmp_path / "saves", meegeleverd=False, cache_dir=tmp_path / "cache")
    app.animation_level = "none"
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("n")
        await op_scherm(pilot, "CasusKiezenScherm")
        await wacht_op(pilot, lambda: app.catalogus_klaar and "Proefdorp" in schermtekst(app))
        assert "⚠ Proefdorp" in schermtekst(app)
