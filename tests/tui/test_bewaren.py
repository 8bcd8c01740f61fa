"""Autosave and resume: every move is on disk at once, and a session goes on where it was."""

from __future__ import annotations

import errno
import shutil

from simulatie.kern import opslag
from simulatie.kern.model import Zet
from simulatie.kern.opslag import list_saves, load
from simulatie.tui.app import make_app
from tui_hulp import (DATA, GROOT, SAVES, kies_save, lees_briefs, neem_over, op_scherm,
                      open_lijst, schermtekst, snel_starten, volg_meldingen, wacht_op)

NA_RONDE = "2025-03-14-110000-mini-anna-bram-d4e5f6.toml"
HALVERWEGE = "2025-03-14-140000-zonnedorp-chris-dewi-a1b2c3.toml"
GEWIJZIGD = "2025-03-12-090000-mini-gijs-hanna-111111.toml"
AFGEBROKEN = "2025-03-11-090000-zonnedorp-ivo-jet-222222.toml"


def _fixture_app(saves):
    app = make_app(DATA / "casussen", saves, meegeleverd=False)
    app.animation_level = "none"
    return app


def _kopie(tmp_path, *namen):
    """The named committed saves in a folder of their own, so the test may write to them."""
    folder = tmp_path / "saves"
    folder.mkdir(exist_ok=True)
    for naam in namen:
        shutil.copy(SAVES / naam, folder / naam)
    return folder


def _bestanden(app):
    return sorted(app.saves_dir.glob("*.toml")) if app.saves_dir.is_dir() else []


async def test_every_move_is_saved_at_once_from_the_first_move_on(app):
    """No file before the first move; after each move the file holds exactly the session."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        assert _bestanden(app) == []
        await lees_briefs(pilot)
        await pilot.press("v")
        await op_scherm(pilot, "PraatScherm")
        await pilot.press("enter")
        await neem_over(pilot)
        (bestand,) = _bestanden(app)
        assert load(bestand, app.catalogus).sessie == app.sessie
        assert len(app.sessie.zetten) == 1 and app.sessie.zetten[0].tijd is not None
        app.probeer(Zet(soort="belang", rol="swo", item="b1"))
        assert _bestanden(app) == [bestand]  # the same file, rewritten
        assert load(bestand, app.catalogus).sessie == app.sessie


async def test_a_failed_save_warns_in_dutch_and_play_goes_on_until_saving_works_again(
        app, monkeypatch):
    """Disk full: a Dutch warning, the move still counts; the next good save has them all."""
    def vol(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        monkeypatch.setattr(opslag, "new_save_path", vol)
        meldingen = volg_meldingen(app)
        assert app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        await wacht_op(pilot, lambda: any("de schijf is vol" in m for m in meldingen))
        await neem_over(pilot)
        await wacht_op(pilot, lambda: "⚠ niet bewaard" in schermtekst(app))
        assert app.probeer(Zet(soort="belang", rol="swo", item="b1"))
        assert len(app.sessie.zetten) == 2 and _bestanden(app) == []
        monkeypatch.undo()
        app.probeer(Zet(soort="belang", rol="gemeente", item="b1"))
        (bestand,) = _bestanden(app)
        assert len(load(bestand, app.catalogus).sessie.zetten) == 3
        await neem_over(pilot)
        await wacht_op(pilot, lambda: "⚠ niet bewaard" not in schermtekst(app))


async def test_quitting_mid_session_says_whether_the_moves_are_saved(app):
    """The quit question tells the players they can resume later."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        await pilot.press("ctrl+q")
        await op_scherm(pilot, "BevestigScherm")
        assert "Elke zet is bewaard" in schermtekst(app)


async def test_ending_the_session_marks_its_save_as_finished(app):
    """'Sessie afronden' writes the finished mark; the list then calls it finished."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        await pilot.press("s", "j")
        await op_scherm(pilot, "FeedbackScherm")
        (bestand,) = _bestanden(app)
        assert not load(bestand, app.catalogus).sessie.afgerond
        await pilot.press("f")
        await op_scherm(pilot, "SessieEindeScherm")
        (info,) = list_saves(app.saves_dir, app.catalogus)
        assert info.afgerond and not info.playable


async def test_a_resumed_session_equals_the_saved_one_and_starts_at_the_handover(
        casussen_dir, tmp_path):
    """Quit after three moves; a new app resumes it: same moves, the player to move first."""
    eerste = make_app(casussen_dir, tmp_path / "saves", meegeleverd=False)
    async with eerste.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        for zet in (Zet(soort="vraag", rol="gemeente", item="v1"),
                    Zet(soort="belang", rol="swo", item="b1"),
                    Zet(soort="belang", rol="gemeente", item="b1")):
            eerste.probeer(zet)
        bewaard = eerste.sessie

    app = make_app(casussen_dir, tmp_path / "saves", meegeleverd=False)
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "h")
        assert "Minidorp · Anna & Bram" in schermtekst(app)
        await pilot.press("enter")
        await op_scherm(pilot, "OverdrachtScherm")
        assert app.sessie == bewaard and app.staat.ronde.aan_zet == "swo"
        assert "Geef het toetsenbord aan Bram (Sociaalwerkorganisatie)" in schermtekst(app)
        await pilot.press("enter")
        await op_scherm(pilot, "BriefScherm")
        await wacht_op(pilot, lambda: "Brief voor Bram" in schermtekst(app))
        await pilot.press("enter")
        await op_scherm(pilot, "DialoogScherm")
        await wacht_op(pilot, lambda: "aan zet: Bram" in schermtekst(app))
        app.probeer(Zet(soort="vraag", rol="swo", item="v1"))
        (bestand,) = _bestanden(app)  # goes on in the same file
        assert len(load(bestand, app.catalogus).sessie.zetten) == 4


async def test_resuming_after_a_finished_round_opens_its_feedback(tmp_path):
    """A save made on the feedback of round 1 comes back there; the swap goes on from it."""
    app = _fixture_app(_kopie(tmp_path, NA_RONDE))
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "h")
        await pilot.press("enter")
        await op_scherm(pilot, "FeedbackScherm")
        assert "Ronde 1: Akkoord" in schermtekst(app)
        await pilot.press("r")
        await op_scherm(pilot, "OverdrachtScherm")
        geladen = load(app.saves_dir / NA_RONDE, app.catalogus)
        assert geladen.sessie.zetten[-1].soort == "rolwissel" and geladen.staat.ronde.nummer == 2


async def test_a_new_session_after_a_resume_gets_a_file_of_its_own(tmp_path):
    """Starting anew never writes into the save that was resumed before."""
    app = _fixture_app(_kopie(tmp_path, HALVERWEGE))
    oud = (app.saves_dir / HALVERWEGE).read_bytes()
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "h")
        await pilot.press("enter")
        await op_scherm(pilot, "OverdrachtScherm")
        await snel_starten(pilot)
        await lees_briefs(pilot)
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        assert len(_bestanden(app)) == 2
        assert (app.saves_dir / HALVERWEGE).read_bytes() == oud


async def test_the_resume_list_shows_unfinished_sessions_and_bad_saves_apart():
    """Finished sessions stay out; a changed case and a broken file each have a section."""
    app = _fixture_app(SAVES)
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "h")
        scherm = schermtekst(app)
        assert "Zonnedorp · Chris & Dewi" in scherm
        assert "Minidorp · Anna & Bram" in scherm
        assert "Eva" not in scherm  # finished
        assert "Casus gewijzigd: alleen herspelen" in scherm and "Gijs & Hanna" in scherm
        assert "Niet te openen" in scherm and AFGEBROKEN in scherm
        assert "Het bestand is onvolledig" in scherm
        assert "ronde 1 · 4 zetten · 14-03 14:03" in scherm
        await kies_save(pilot, AFGEBROKEN)
        await wacht_op(pilot, lambda: "de slotregel" in schermtekst(app))
        await pilot.press("enter")
        assert type(app.screen).__name__ == "BewaardScherm"


async def test_a_save_whose_case_changed_opens_for_replay_only():
    """Choosing it in the resume list opens the replay, which says why."""
    app = _fixture_app(SAVES)
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "h")
        await kies_save(pilot, GEWIJZIGD)
        await wacht_op(pilot, lambda: "alleen herspelen" in schermtekst(app))
        await pilot.press("enter")
        await op_scherm(pilot, "HerspeelScherm")
        assert "Casus gewijzigd sinds deze sessie: alleen herspelen" in schermtekst(app)
        assert app.sessie is None  # nothing to play on


async def test_an_empty_saves_folder_says_saving_starts_at_the_first_move(app):
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("h")
        await op_scherm(pilot, "BewaardScherm")
        await wacht_op(pilot, lambda: "Nog geen bewaarde sessies" in schermtekst(app))
        assert app.screen.query_one("#saves").highlighted is None


async def test_a_saves_folder_removed_during_play_is_made_again(app):
    """Someone tidies up the folder mid-session: the next move writes it back, whole."""
    async with app.run_test(size=GROOT) as pilot:
        await snel_starten(pilot)
        await lees_briefs(pilot)
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        shutil.rmtree(app.saves_dir)
        app.probeer(Zet(soort="belang", rol="swo", item="b1"))
        (bestand,) = _bestanden(app)
        assert load(bestand, app.catalogus).sessie == app.sessie


async def test_going_back_before_the_list_is_read_is_harmless(app):
    async with app.run_test(size=GROOT) as pilot:
        await pilot.press("h", "escape")
        await op_scherm(pilot, "StartScherm")
        await pilot.pause()
        await pilot.press("r")
        await op_scherm(pilot, "BewaardScherm")


async def test_resuming_a_finished_session_opens_it_for_replay_and_says_why():
    """`simulatie hervat` on a finished save: the replay, and a notice that it is finished."""
    app = _fixture_app(SAVES)
    async with app.run_test(size=GROOT) as pilot:
        meldingen = volg_meldingen(app)
        app.hervat(load(SAVES / "2025-03-13-150000-mini-eva-fatima-0a0b0c.toml", app.catalogus))
        await op_scherm(pilot, "HerspeelScherm")
        await wacht_op(pilot, lambda: "Zet 0 van" in schermtekst(app))  # shown, not mounting
        assert any("afgerond" in m for m in meldingen)
        assert app.sessie is None
