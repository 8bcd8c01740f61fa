"""Facilitators on the case screen: F5 reads the folders again, `m` chooses their own folder."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from simulatie.tui.app import SimulatieApp, make_app
from simulatie.tui.screens.casussen import verschil
from simulatie.tui.screens.eigen_map import check_map
from tui_hulp import KLEIN, op_scherm, schermtekst, volg_meldingen, wacht_op


def _kopie(folder: Path, naam: str, gemeente: str, inwoners: str = "20000") -> Path:
    """mini.toml under another id, municipality and (perhaps broken) population."""
    tekst = (folder / "mini.toml").read_text(encoding="utf-8")
    tekst = (tekst.replace('id = "mini"', f'id = "{naam}"')
             .replace('gemeente = "Minidorp"', f'gemeente = "{gemeente}"')
             .replace("inwoners = 20000", f"inwoners = {inwoners}"))
    path = folder / f"{naam}.toml"
    path.write_text(tekst, encoding="utf-8")
    return path


def _app(folder: Path) -> SimulatieApp:
    """The app on `folder` alone; made after the files are written (it starts loading)."""
    app = make_app(folder, folder.parent / "saves", meegeleverd=False)
    app.animation_level = "none"
    return app


def _ids(app: SimulatieApp) -> list[str | None]:
    lijst = app.screen.query_one("#casussen", OptionList)
    return [lijst.get_option_at_index(n).id for n in range(lijst.option_count)]


GEVOLGD: dict[int, list[str]] = {}  # id of an app -> its notifications since the case list


def _meldingen(app: SimulatieApp) -> str:
    return "\n".join(GEVOLGD[id(app)])


async def _naar_casussen(pilot) -> None:
    GEVOLGD[id(pilot.app)] = volg_meldingen(pilot.app)
    await pilot.press("n")
    await op_scherm(pilot, "CasusKiezenScherm")
    await wacht_op(pilot, lambda: _ids(pilot.app))


async def test_a_new_case_file_appears_after_a_reload_and_is_playable(app, casussen_dir):
    """Write a case into the folder, press F5: it is listed and Enter plays it."""
    async with app.run_test(size=KLEIN) as pilot:
        await _naar_casussen(pilot)
        assert _ids(app) == ["mini"]
        _kopie(casussen_dir, "nieuwdorp", "Nieuwdorp")
        await pilot.press("f5")
        await wacht_op(pilot, lambda: _ids(app) == ["mini", "nieuwdorp"])
        assert "2 casussen, geen fouten." in _meldingen(app)
        assert "Nieuw: nieuwdorp.toml." in _meldingen(app)
        await pilot.press("down")
        await wacht_op(pilot, lambda: "Gemeente: Nieuwdorp" in schermtekst(app))
        await pilot.press("enter")
        await op_scherm(pilot, "SpelersScherm")
        assert app.screen.geladen.casus.id == "nieuwdorp"


async def test_a_file_broken_since_moves_to_the_panel_and_the_others_stay(casussen_dir):
    """Break a listed case and reload: its located error shows, the other case stays chosen."""
    tweede = _kopie(casussen_dir, "tweedorp", "Tweedorp")
    app = _app(casussen_dir)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar_casussen(pilot)
        assert _ids(app) == ["mini", "tweedorp"]
        assert not app.screen.query_one("#problemen").display
        tekst = tweede.read_text(encoding="utf-8").replace("inwoners = 20000", "inwoners = -5")
        tweede.write_text(tekst, encoding="utf-8")
        await pilot.press("ctrl+r")  # the second key for the same
        await wacht_op(pilot, lambda: _ids(app) == ["mini"])
        await wacht_op(pilot, lambda: "tweedorp.toml:4:1: [inwoners] moet groter dan 0"
                       in schermtekst(app))
        assert "Niet te laden: 1 bestand" in schermtekst(app)
        assert "1 casus, 1 bestand met fouten." in _meldingen(app)
        assert "Nu met fouten: tweedorp.toml." in _meldingen(app)
        assert app.screen.query_one("#casussen", OptionList).highlighted == 0
        await pilot.press("enter")
        await op_scherm(pilot, "SpelersScherm")
        assert app.screen.geladen.casus.id == "mini"


async def test_the_highlight_stays_on_the_same_case_after_a_reload(casussen_dir):
    """A case added before the highlighted one does not move the highlight off it."""
    _kopie(casussen_dir, "zuiddorp", "Zuiddorp")
    app = _app(casussen_dir)
    async with app.run_test(size=KLEIN) as pilot:
        await _naar_casussen(pilot)
        await pilot.press("down")
        await wacht_op(pilot, lambda: "Gemeente: Zuiddorp" in schermtekst(app))
        _kopie(casussen_dir, "aadorp", "Aadorp")  # sorts first
        await pilot.press("f5")
        await wacht_op(pilot, lambda: _ids(app) == ["aadorp", "mini", "zuiddorp"])
        lijst = app.screen.query_one("#casussen", OptionList)
        assert lijst.highlighted_option.id == "zuiddorp"
        assert "Gemeente: Zuiddorp" in schermtekst(app)


async def test_the_own_folder_setting_refuses_a_missing_folder_in_dutch(app, tmp_path):
    """`m`, a path that does not exist, Enter: a Dutch message and the dialog stays."""
    async with app.run_test(size=KLEIN) as pilot:
        await _naar_casussen(pilot)
        await pilot.press("m")
        await op_scherm(pilot, "EigenMapScherm")
        invoer = app.screen.query_one("#map")
        assert invoer.value == str(app.casussen_dir)  # prefilled with the current one
        invoer.value = str(tmp_path / "bestaat-niet")
        await pilot.press("enter")
        fout = app.screen.query_one("#fout")
        # Read the message widget itself: on screen a long temp path wraps mid-word.
        await wacht_op(pilot, lambda: str(fout.render()).endswith("bestaat-niet bestaat niet."))
        assert str(fout.render()).startswith("De map ")
        assert type(app.screen).__name__ == "EigenMapScherm"


async def test_the_own_folder_setting_loads_the_chosen_folder(app, casussen_dir, tmp_path):
    """A valid folder replaces the own folder for this run and is read at once."""
    andere = tmp_path / "andere"
    andere.mkdir()
    (andere / "mini.toml").write_text((casussen_dir / "mini.toml").read_text("utf-8"), "utf-8")
    _kopie(andere, "anderdorp", "Anderdorp")
    async with app.run_test(size=KLEIN) as pilot:
        await _naar_casussen(pilot)
        await pilot.press("m")
        await op_scherm(pilot, "EigenMapScherm")
        app.screen.query_one("#map").value = str(andere)
        await pilot.press("enter")
        await op_scherm(pilot, "CasusKiezenScherm")
        await wacht_op(pilot, lambda: _ids(app) == ["anderdorp", "mini"])
        assert app.casussen_dir == andere
        assert app.mappen == [andere]


def test_the_folder_check_names_what_is_wrong_in_dutch(tmp_path):
    """Empty means only the bundled cases; a file or a missing folder is refused."""
    (tmp_path / "een.toml").write_text("", encoding="utf-8")
    assert check_map("  ") == (None, None)
    assert check_map(str(tmp_path)) == (tmp_path, None)
    assert check_map(str(tmp_path / "een.toml"))[1] == (
        "Dit is een bestand. Kies de map waar de casussen in staan.")
    assert check_map(str(tmp_path / "weg"))[1] == f"De map {tmp_path / 'weg'} bestaat niet."


def test_the_reload_message_counts_and_names_the_changes(tmp_path):
    """What the notification says: the totals, then new, gone and newly broken files."""
    from simulatie.kern.bestanden import Problem
    from simulatie.kern.catalogus import Catalogus
    from simulatie.kern.spel import GeladenCasus

    def geladen(naam: str) -> GeladenCasus:
        return GeladenCasus(None, None, tmp_path / f"{naam}.toml")  # type: ignore[arg-type]

    oud = Catalogus({"a": geladen("a"), "b": geladen("b")})
    kapot = tmp_path / "b.toml"
    nieuw = Catalogus({"a": geladen("a"), "c": geladen("c")},
                      {kapot: [Problem(str(kapot), "stuk.")]})
    assert verschil(oud, nieuw, [tmp_path]) == (
        "2 casussen, 1 bestand met fouten.\nNieuw: c.toml.\nNu met fouten: b.toml.")


async def test_the_palette_offers_reload_and_own_folder_in_dutch(app):
    """Ctrl+P on the case screen: both facilitator commands, with their keys named."""
    async with app.run_test(size=KLEIN) as pilot:
        await _naar_casussen(pilot)
        titels = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert titels["Casussen herladen"] == "Lees de casussen opnieuw van schijf (F5)"
        assert "Eigen map kiezen" in titels
