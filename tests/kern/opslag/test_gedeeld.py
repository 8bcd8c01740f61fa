"""One save, several processes: nothing a player or a trainer wrote is ever lost.

The workshop case: a pair plays on in `simulatie hervat` while a trainer writes notes
in `simulatie herspeel` on the same file, and someone opens the save in a second window.
The process tests start real processes (`schrijver.py`) that write one save at once,
while this process reads the file after every change it can catch.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from filelock import FileLock

from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.opslag import (
    SaveConflict, add_note, claim_play, list_saves, load, remove_stale_temps, save, save_moves,
)
from simulatie.kern.opslag import gedeeld
from simulatie.kern.spel import GeladenCasus

sys.path.insert(0, str(Path(__file__).parent))
from schrijver import begin, zetten  # noqa: E402

SCHRIJVER = Path(__file__).with_name("schrijver.py")
BASIS = 30  # moves in the save before the processes start


@pytest.fixture
def bestand(tmp_path: Path) -> Path:
    path = tmp_path / "s.toml"
    save(begin(BASIS), path)
    return path


def _start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(SCHRIJVER), *map(str, args)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _run_together(mini: GeladenCasus, path: Path,
                  kinderen: list[subprocess.Popen[str]]) -> tuple[list[list[str]], int]:
    """Start the children at once; read the save until all are done; their output lines
    and how many times the save was read. Every read must load, and nothing once in
    the file may ever disappear from it."""
    for kind in kinderen:
        assert kind.stdin is not None
        kind.stdin.write("start\n")
        kind.stdin.close()
    gelezen, vorige = 0, load(path, mini).sessie
    while any(kind.poll() is None for kind in kinderen) or gelezen == 0:
        nu = load(path, mini).sessie  # LoadFailed here: a reader saw a broken file
        assert nu.zetten[: len(vorige.zetten)] == vorige.zetten, "a move disappeared"
        assert vorige.notities.items() <= nu.notities.items(), "a note disappeared"
        vorige, gelezen = nu, gelezen + 1
    uitvoer = []
    for kind in kinderen:
        kind.stdin = None  # closed above: the start signal was all it gets
        out, err = kind.communicate(timeout=60)
        assert kind.returncode == 0, err
        uitvoer.append(out.splitlines())
    return uitvoer, gelezen


def test_a_player_and_two_trainers_writing_at_once_lose_no_move_and_no_note(
        mini: GeladenCasus, bestand: Path) -> None:
    oneven = list(range(1, BASIS + 1, 2))
    even = list(range(2, BASIS + 1, 2))
    kinderen = [_start("speler", bestand, BASIS, BASIS + 40),
                _start("trainer", bestand, "Tess", *oneven),
                _start("trainer", bestand, "Tom", *even)]
    (speler, tess, tom), gelezen = _run_together(mini, bestand, kinderen)
    assert len(speler) == 40 and len(tess) == len(oneven) and len(tom) == len(even)
    assert all(regel.startswith("ok ") for regel in speler + tess + tom)
    eind = load(bestand, mini).sessie
    assert eind.zetten == tuple(zetten(BASIS + 40))  # 0 moves lost
    verwacht = {str(n): f"Tess bij zet {n}" for n in oneven}
    verwacht |= {str(n): f"Tom bij zet {n}" for n in even}
    assert eind.notities == dict(sorted(verwacht.items(), key=lambda kv: int(kv[0])))
    assert gelezen > 1
    assert not [p for p in bestand.parent.iterdir() if p.suffix == ".tmp"]
    assert [i.bestand for i in list_saves(bestand.parent, mini)] == [bestand]


def test_two_windows_playing_one_save_keep_the_first_and_refuse_the_second(
        mini: GeladenCasus, bestand: Path) -> None:
    """Both opened the save at move 30; whoever moves first goes on, the other is told."""
    kinderen = [_start("speler", bestand, BASIS, BASIS + 20, 0),
                _start("speler", bestand, BASIS, BASIS + 20, 1)]
    uitvoer, _ = _run_together(mini, bestand, kinderen)
    (winnaar, dag), (verliezer, _) = sorted(
        zip(uitvoer, (0, 1)), key=lambda paar: -len(paar[0]))
    assert winnaar == [f"ok {n}" for n in range(BASIS + 1, BASIS + 21)]
    (weigering,) = verliezer
    assert weigering.startswith("conflict: ") and "in een ander venster verder gespeeld" in weigering
    eind = load(bestand, mini).sessie.zetten
    assert eind == (*zetten(BASIS), *zetten(BASIS + 20, dag)[BASIS:])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_save_played_in_another_window_cannot_be_claimed_until_that_window_is_gone(
        bestand: Path) -> None:
    """The second window is refused at once; a crash of the first frees the save."""
    venster = _start("venster", bestand)
    try:
        assert venster.stdout is not None and venster.stdout.readline() == "speelt\n"
        with pytest.raises(SaveConflict, match="al gespeeld in een ander venster"):
            claim_play(bestand)
        add_note(bestand, 1, "meekijken mag")  # the trainer may still write notes
    finally:
        venster.send_signal(signal.SIGKILL)  # no goodbye: the system frees the lock
        venster.wait(timeout=30)
    claim_play(bestand).release()


def test_a_claim_released_can_be_taken_again(bestand: Path) -> None:
    claim = claim_play(bestand)
    with pytest.raises(SaveConflict):
        claim_play(bestand)
    claim.release()
    claim_play(bestand).release()
    assert [p.name for p in bestand.parent.iterdir() if not p.name.startswith(".")] == ["s.toml"]


# --- the same rules, one step at a time ----------------------------------------------------

def test_a_note_written_meanwhile_survives_the_players_next_move(bestand: Path,
                                                                mini: GeladenCasus) -> None:
    """The old autosave wrote the window's session as it was and erased the note."""
    speler = begin(BASIS)
    add_note(bestand, 3, "Goed doorgevraagd.")
    langer = speler.model_copy(update={"zetten": tuple(zetten(BASIS + 1))})
    geschreven = save_moves(bestand, langer)
    assert geschreven.notities == {"3": "Goed doorgevraagd."}
    assert load(bestand, mini).sessie == geschreven


def test_a_note_keeps_the_moves_played_since_the_trainer_opened_the_save(
        bestand: Path, mini: GeladenCasus) -> None:
    """The old replay screen saved the moves it had loaded: newer moves were gone."""
    save_moves(bestand, begin(BASIS + 5))
    sessie = add_note(bestand, 2, "Hier had je door kunnen vragen.")
    assert len(sessie.zetten) == BASIS + 5
    assert load(bestand, mini).sessie == sessie


def test_an_empty_note_removes_only_that_note(bestand: Path) -> None:
    add_note(bestand, 1, "een")
    add_note(bestand, 2, "twee")
    assert add_note(bestand, 1, "  ").notities == {"2": "twee"}


def test_a_note_on_a_move_the_file_does_not_have_is_refused(bestand: Path) -> None:
    before = bestand.read_bytes()
    with pytest.raises(ValueError, match="bestaat niet"):
        add_note(bestand, BASIS + 1, "x")
    assert bestand.read_bytes() == before


def test_a_move_the_window_did_not_know_refuses_the_write_and_keeps_the_file(
        bestand: Path) -> None:
    save_moves(bestand, begin(BASIS + 1))
    before = bestand.read_bytes()
    ander = begin(BASIS).model_copy(
        update={"zetten": (*zetten(BASIS), zetten(BASIS + 1, dag=1)[BASIS])})
    with pytest.raises(SaveConflict, match="in een ander venster verder gespeeld"):
        save_moves(bestand, ander)
    with pytest.raises(SaveConflict):  # nor may a window that is simply behind
        save_moves(bestand, begin(BASIS))
    assert bestand.read_bytes() == before


def test_another_session_in_the_file_is_never_overwritten(bestand: Path) -> None:
    save(begin(3).model_copy(update={"spelers": ("Chris", "Dewi")}), bestand)
    before = bestand.read_bytes()
    with pytest.raises(SaveConflict, match="een andere sessie"):
        save_moves(bestand, begin(BASIS + 1))
    assert bestand.read_bytes() == before


def test_a_file_broken_by_hand_is_never_overwritten(bestand: Path) -> None:
    bestand.write_text("versie = 1\ncasus = \n", encoding="utf-8")
    with pytest.raises(SaveConflict, match="niet meer te lezen"):
        save_moves(bestand, begin(BASIS + 1))
    with pytest.raises(LoadFailed):
        add_note(bestand, 1, "x")
    assert bestand.read_text(encoding="utf-8") == "versie = 1\ncasus = \n"


def test_a_removed_save_is_written_again_by_the_player_not_by_a_note(bestand: Path) -> None:
    bestand.unlink()
    with pytest.raises(SaveConflict, match="bestaat niet meer"):
        add_note(bestand, 1, "x")
    assert not bestand.exists()
    save_moves(bestand, begin(BASIS + 1))
    assert bestand.exists()


def test_a_save_held_too_long_by_another_writer_gives_a_dutch_reason(
        bestand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gedeeld, "WACHTEN_S", 0.05)
    with FileLock(gedeeld.lock_path(bestand)):
        with pytest.raises(SaveConflict, match="bezet door een ander venster"):
            save_moves(bestand, begin(BASIS + 1))


def test_the_finished_mark_of_either_writer_is_kept(bestand: Path, mini: GeladenCasus) -> None:
    save_moves(bestand, begin(BASIS).model_copy(update={"afgerond": True}))
    assert save_moves(bestand, begin(BASIS + 1)).afgerond


def test_after_its_own_write_a_window_does_not_parse_the_file_again(
        bestand: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Autosave at move 1,000 must stay fast: an unchanged file is known by its digest."""
    save_moves(bestand, begin(BASIS + 1))
    monkeypatch.setattr(gedeeld, "_read", lambda path: pytest.fail("parsed again"))
    save_moves(bestand, begin(BASIS + 2))
    monkeypatch.undo()
    add_note(bestand, 1, "x")  # someone else's write: now it must be read again
    calls = []
    real = gedeeld._read
    monkeypatch.setattr(gedeeld, "_read", lambda path: calls.append(path) or real(path))
    gedeeld._GESCHREVEN.clear()
    assert save_moves(bestand, begin(BASIS + 3)).notities == {"1": "x"}
    assert calls == [bestand]


# --- leftovers of a crash -------------------------------------------------------------------

def _oud(path: Path, seconden: float) -> Path:
    path.write_bytes(b"half")
    moment = time.time() - seconden
    os.utime(path, (moment, moment))
    return path


def test_only_our_old_temporary_files_are_removed(tmp_path: Path) -> None:
    oud = _oud(tmp_path / ".s.toml.1a2b3c4d.tmp", 7200)
    vers = _oud(tmp_path / ".s.toml.5e6f7a8b.tmp", 10)  # a write going on elsewhere
    vreemd = [_oud(tmp_path / naam, 7200) for naam in (
        "notities.tmp", ".s.toml.tmp", ".s.toml.XYZ12345.tmp", "s.toml.1a2b3c4d.tmp",
        ".s.toml.1a2b3c4d.tmp.bak")]
    (tmp_path / ".map.1a2b3c4d.tmp").mkdir()
    assert remove_stale_temps(tmp_path) == [oud]
    assert not oud.exists() and vers.exists() and all(p.exists() for p in vreemd)
    assert (tmp_path / ".map.1a2b3c4d.tmp").is_dir()


def test_listing_the_saves_tidies_away_a_crashed_write(mini: GeladenCasus, bestand: Path) -> None:
    oud = _oud(bestand.with_name(f".{bestand.name}.0badf00d.tmp"), 7200)
    assert [i.bestand for i in list_saves(bestand.parent, mini)] == [bestand]
    assert not oud.exists()
