"""Saving and loading sessions: round trips, broken files, safe names, crashes.

The committed saves in `tests/data/saves/` are made by `tests/data/saves/maak.py`:
`mini-twee-rondes.toml` is a finished two-round session on `tests/data/mini.toml` with
two trainer notes; every other file there is that save broken in one way.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulatie.kern.bestanden import LoadFailed
from simulatie.kern.bestanden.zichtbaar import has_controls
from simulatie.kern.catalogus import Catalogus
from simulatie.kern.model import BRIEF_LIJST, Sessie, Zet, casus_hash
from simulatie.kern.model.woorden import ONDERWERPEN
from simulatie.kern.opslag import (
    SLOT,
    afgerond,
    list_saves,
    load,
    new_save_path,
    notitie_for,
    save,
    schrijven,
    to_toml,
    with_notitie,
)
from simulatie.kern.spel import GeladenCasus, SessieStaat, legal_soorten, speel, staat_na, start

ROOT = Path(__file__).resolve().parents[3]
SAVES = ROOT / "tests" / "data" / "saves"
GOED = SAVES / "mini-twee-rondes.toml"
MAAK = "regenerate with: /tmp/venv/bin/python tests/data/saves/maak.py"


def message(failed: pytest.ExceptionInfo[LoadFailed]) -> str:
    return " ".join(str(p) for p in failed.value.problems)


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.fixture
def gespeeld(mini: GeladenCasus) -> Sessie:
    """The committed finished session, as a `Sessie`."""
    return load(GOED, mini).sessie


# --- strategies: any session the rules allow -------------------------------------------------

# Control characters come back visible, not as they went in: `test_stuurtekens` covers them.
namen = st.text(min_size=1, max_size=20).filter(lambda t: not has_controls(t))
teksten = st.text(max_size=40).filter(lambda t: not has_controls(t, lines=True))
tijden = st.none() | st.datetimes(
    min_value=datetime(1970, 1, 1), max_value=datetime(2100, 1, 1),
    timezones=st.none() | st.builds(timezone, st.timedeltas(
        min_value=timedelta(hours=-23), max_value=timedelta(hours=23))),
)


@st.composite
def legal_zet(draw: st.DrawFn, staat: SessieStaat) -> Zet:
    """A move the player to move may make: a legal kind, filled in from the case."""
    soort = draw(st.sampled_from(legal_soorten(staat)))
    tijd = draw(tijden)
    if soort == "rolwissel":
        return Zet(soort=soort, tijd=tijd)
    rol = staat.ronde.aan_zet
    velden: dict[str, object] = {}
    if soort in BRIEF_LIJST:
        items = [i.id for i in getattr(staat.casus.brief(rol), BRIEF_LIJST[soort])]
        if items and draw(st.booleans()):
            velden["item"] = draw(st.sampled_from(items))
        else:
            velden["tekst"] = draw(teksten.filter(str.strip))
            velden["onderwerp"] = draw(st.none() | st.sampled_from(sorted(ONDERWERPEN)))
    elif soort in ("voorstel", "tegenvoorstel"):
        velden["keuzes"] = {punt: draw(st.sampled_from(sorted(p.opties)))
                            for punt, p in staat.casus.onderhandelpunten.items()}
    else:
        velden["tekst"] = draw(teksten)
    return Zet(soort=soort, rol=rol, tijd=tijd, **velden)


@st.composite
def played(draw: st.DrawFn, geladen: GeladenCasus) -> tuple[Sessie, list[SessieStaat]]:
    """A reachable session with trainer notes, and the state after each of its moves."""
    sessie = start(geladen, (draw(namen), draw(namen)))
    staten = [staat_na(geladen, sessie)]
    for _ in range(draw(st.integers(0, 25))):
        sessie, staat = speel(geladen, sessie, staten[-1], draw(legal_zet(staten[-1])))
        staten.append(staat)
    for nummer in draw(st.sets(st.integers(1, len(sessie.zetten)), max_size=3)
                       if sessie.zetten else st.just(set())):
        sessie = with_notitie(sessie, nummer, draw(teksten.filter(str.strip)))
    return sessie, staten


PROPERTY = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- round trips -----------------------------------------------------------------------------

def test_a_played_session_loads_back_equal_and_with_the_same_state(
        mini: GeladenCasus, tmp_path: Path) -> None:
    sessie = start(mini, ("Anna", "Bram"))
    staat = staat_na(mini, sessie)
    for zet in (Zet(soort="vraag", rol="gemeente", item="v1"),
                Zet(soort="argument", rol="swo", item="a1", tekst="Vijf jaar is nog kort.")):
        sessie, staat = speel(mini, sessie, staat, zet)
    save(sessie, tmp_path / "s.toml")
    geladen = load(tmp_path / "s.toml", mini)
    assert geladen.sessie == sessie
    assert geladen.staat == staat
    assert not geladen.casus_gewijzigd and not geladen.waarschuwingen


@PROPERTY
@given(data=st.data())
def test_any_reachable_session_saves_and_loads_back_to_an_equal_session_and_state(
        mini: GeladenCasus, data: st.DataObject) -> None:
    sessie, staten = data.draw(played(mini))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.toml"
        save(sessie, path)
        geladen = load(path, mini)
    assert geladen.sessie == sessie
    assert geladen.staat == staten[-1]


@PROPERTY
@given(data=st.data())
def test_every_prefix_of_a_loaded_save_replays_to_the_state_after_that_many_moves(
        mini: GeladenCasus, data: st.DataObject) -> None:
    sessie, staten = data.draw(played(mini))
    with tempfile.TemporaryDirectory() as folder:
        save(sessie, Path(folder) / "s.toml")
        geladen = load(Path(folder) / "s.toml", mini)
    for aantal, staat in enumerate(staten):
        assert staat_na(mini, geladen.sessie, aantal) == staat


def test_the_committed_finished_session_opens_with_both_rounds_and_its_notes(
        mini: GeladenCasus) -> None:
    geladen = load(GOED, mini)
    assert not geladen.casus_gewijzigd, f"mini.toml or the case model changed; {MAAK}"
    assert [r.uitkomst for r in geladen.staat.rondes] == ["akkoord", "geen_akkoord"]
    assert geladen.sessie.spelers == ("Anna", "Bram")
    assert notitie_for(geladen.sessie, 5).startswith("Vroeg voorstel")
    # Both rounds are over, but the pair never chose 'Sessie afronden': still open.
    assert not geladen.sessie.afgerond and not afgerond(geladen.sessie, geladen.staat)


def test_saving_a_loaded_save_again_writes_exactly_the_same_bytes(
        gespeeld: Sessie, tmp_path: Path) -> None:
    """The format is stable: a resumed session does not churn its file."""
    save(gespeeld, tmp_path / "s.toml")
    assert (tmp_path / "s.toml").read_bytes() == GOED.read_bytes(), MAAK


def test_a_save_leaves_out_defaults_and_empty_values(gespeeld: Sessie) -> None:
    text = to_toml(gespeeld)
    assert 'tekst = ""' not in text and "null" not in text.lower()
    rolwissel = text.split('soort = "rolwissel"\n')[1].split("\n\n")[0]
    assert "rol =" not in rolwissel  # a role swap has no role
    assert text.startswith("#") and "\nversie = 1\n" in text
    assert text.rstrip().endswith(SLOT)


def test_times_written_as_iso_text_load_as_well(mini: GeladenCasus, tmp_path: Path) -> None:
    """Hand-made saves may quote their times; both forms mean the same moment."""
    text = GOED.read_text(encoding="utf-8").replace(
        "tijd = 2025-03-14 09:30:00+01:00", 'tijd = "2025-03-14T09:30:00+01:00"')
    (tmp_path / "s.toml").write_text(text, encoding="utf-8")
    tijd = load(tmp_path / "s.toml", mini).sessie.zetten[0].tijd
    assert tijd == datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def test_a_save_from_a_windows_editor_with_a_byte_order_mark_still_opens(
        mini: GeladenCasus, tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_bytes(b"\xef\xbb\xbf" + GOED.read_bytes())
    assert len(load(tmp_path / "s.toml", mini).sessie.zetten) == 14


def test_load_takes_a_catalogus_a_mapping_or_a_single_case(mini: GeladenCasus) -> None:
    for cases in (Catalogus(casussen={"mini": mini}), {"mini": mini}, mini):
        assert load(GOED, cases).casus is mini


# --- broken saves ----------------------------------------------------------------------------

BROKEN = {
    "afgebroken.toml": "het bestand is onvolledig",
    "willekeurige-bytes.toml": "binaire gegevens",
    "geen-utf8.toml": "geen geldige UTF-8",
    "toml-fout.toml": "TOML-fout: ongeldige waarde",
    "nieuwere-versie.toml": "gemaakt met een nieuwere versie van het programma (formaat 2",
    "zonder-spelers.toml": "'spelers' ontbreekt",
    "onbekende-casus.toml": "de casus 'minni' bestaat niet (meer)",
    "zet-past-niet.toml": "gewijzigd sinds het opslaan, en daardoor kan zet 12 (voorstel in "
                          "ronde 2) niet meer: 'j4' is geen optie bij Looptijd",
    "hand-bewerkt.toml": "zet 8 (accepteer in ronde 1) mag niet volgens de spelregels",
}


@pytest.mark.parametrize("naam", sorted(BROKEN))
def test_each_committed_broken_save_fails_with_its_dutch_reason(
        mini: GeladenCasus, naam: str) -> None:
    with pytest.raises(LoadFailed) as failed:
        load(SAVES / naam, mini)
    assert BROKEN[naam] in message(failed)
    assert all(p.file == str(SAVES / naam) for p in failed.value.problems)


@pytest.mark.parametrize("naam", sorted(p.name for p in SAVES.glob("*.toml")))
def test_loading_never_changes_the_file(mini: GeladenCasus, naam: str) -> None:
    before = fingerprint(SAVES / naam)
    try:
        load(SAVES / naam, mini)
    except LoadFailed:
        pass
    assert fingerprint(SAVES / naam) == before


def test_a_toml_error_points_at_its_line_and_column(mini: GeladenCasus) -> None:
    with pytest.raises(LoadFailed) as failed:
        load(SAVES / "toml-fout.toml", mini)
    problem = failed.value.problems[0]
    line = (SAVES / "toml-fout.toml").read_text().splitlines()[problem.line - 1]
    assert line == "soort = belang" and problem.column == 9


def test_a_move_that_no_longer_fits_is_named_with_its_line(mini: GeladenCasus) -> None:
    with pytest.raises(LoadFailed) as failed:
        load(SAVES / "zet-past-niet.toml", mini)
    problem = failed.value.problems[0]
    lines = (SAVES / "zet-past-niet.toml").read_text().splitlines()
    assert problem.path == ("zetten", 11)
    assert lines[problem.line - 1] == "[[zetten]]"
    assert sum(1 for r in lines[: problem.line] if r == "[[zetten]]") == 12


def test_a_changed_case_whose_moves_all_still_fit_opens_read_only_with_an_explanation(
        mini: GeladenCasus) -> None:
    geladen = load(SAVES / "casus-gewijzigd.toml", mini)
    assert geladen.casus_gewijzigd
    assert geladen.staat == load(GOED, mini).staat
    (uitleg,) = geladen.waarschuwingen
    assert uitleg.severity == "waarschuwing"
    assert "is gewijzigd sinds deze sessie is opgeslagen" in uitleg.message
    assert "terugkijken, maar niet verder spelen" in uitleg.message


def test_the_case_in_the_file_is_compared_by_its_content_fingerprint(
        mini: GeladenCasus, maak_casus, tmp_path: Path) -> None:
    """A real edit to the case (another bottom line) flags the save; the case id alone does not."""
    save(load(GOED, mini).sessie, tmp_path / "s.toml")
    anders = maak_casus(lambda d: d["rollen"]["swo"].update(ondergrens=45))
    assert casus_hash(anders.casus) != casus_hash(mini.casus)
    assert load(tmp_path / "s.toml", anders).casus_gewijzigd
    assert not load(tmp_path / "s.toml", mini).casus_gewijzigd


def test_every_cut_of_a_save_short_of_its_closing_line_is_reported_as_incomplete(
        mini: GeladenCasus, tmp_path: Path) -> None:
    """A copy cut off between two moves is valid TOML; only the closing line shows it."""
    whole = GOED.read_bytes()
    for cut in range(len(whole.rstrip())):
        path = tmp_path / f"{cut}.toml"  # a fresh file each time: rewriting one is slow on ext4
        path.write_bytes(whole[:cut])
        with pytest.raises(LoadFailed) as failed:
            load(path, mini)
        assert "onvolledig" in message(failed) or "leeg" in message(failed), cut
    (tmp_path / "heel.toml").write_bytes(whole.rstrip())
    assert len(load(tmp_path / "heel.toml", mini).sessie.zetten) == 14


@pytest.mark.parametrize("inhoud, reden", [
    (b"", "het bestand is leeg"),
    (b"\n \n", "het bestand is leeg"),
    ("versie = 1\n".encode("utf-16"), "UTF-16"),
    (f'casus = "mini"\nspelers = ["A", "B"]\n{SLOT}\n'.encode(), "'versie' ontbreekt"),
    (f'versie = "een"\ncasus = "mini"\n{SLOT}\n'.encode(), "'versie' moet een heel getal"),
    (f'versie = 1\ncasus = "mini"\nspelers = ["A", "B"]\nkleur = "rood"\n{SLOT}\n'.encode(),
     "onbekende sleutel 'kleur'"),
])
def test_other_broken_files_get_a_dutch_reason_too(
        mini: GeladenCasus, tmp_path: Path, inhoud: bytes, reden: str) -> None:
    (tmp_path / "s.toml").write_bytes(inhoud)
    with pytest.raises(LoadFailed) as failed:
        load(tmp_path / "s.toml", mini)
    assert reden in message(failed)


def test_a_missing_file_is_a_problem_not_a_crash(mini: GeladenCasus, tmp_path: Path) -> None:
    with pytest.raises(LoadFailed) as failed:
        load(tmp_path / "weg.toml", mini)
    assert "bestaat niet" in message(failed)


# --- trainer notes ---------------------------------------------------------------------------

def test_a_note_changes_only_the_notes_never_the_moves(gespeeld: Sessie) -> None:
    met = with_notitie(gespeeld, 3, "Hier had je door kunnen vragen.")
    assert met.zetten is gespeeld.zetten
    assert met.casus_hash == gespeeld.casus_hash
    assert notitie_for(met, 3) == "Hier had je door kunnen vragen."
    moves = to_toml(gespeeld).split("\n[[zetten]]\n", 1)[1]
    assert to_toml(met).split("\n[[zetten]]\n", 1)[1] == moves


def test_an_empty_note_removes_the_note(gespeeld: Sessie) -> None:
    assert "5" not in with_notitie(gespeeld, 5, "  ").notities


def test_notes_are_kept_in_move_order_so_the_file_reads_top_down(gespeeld: Sessie) -> None:
    assert list(with_notitie(gespeeld, 10, "x").notities) == ["5", "10", "14"]


@pytest.mark.parametrize("nummer", [0, 15, -1])
def test_a_note_needs_an_existing_move(gespeeld: Sessie, nummer: int) -> None:
    with pytest.raises(ValueError):
        with_notitie(gespeeld, nummer, "x")


def test_notes_saved_on_a_read_only_session_keep_it_read_only(
        mini: GeladenCasus, tmp_path: Path) -> None:
    """Writing a note must not stamp the old moves with the new case's fingerprint."""
    oud = load(SAVES / "casus-gewijzigd.toml", mini).sessie
    save(with_notitie(oud, 1, "Vraag eerst naar de kern."), tmp_path / "s.toml")
    geladen = load(tmp_path / "s.toml", mini)
    assert geladen.casus_gewijzigd and notitie_for(geladen.sessie, 1)


def test_a_note_on_a_move_that_does_not_exist_loads_with_a_warning(
        mini: GeladenCasus, tmp_path: Path) -> None:
    text = GOED.read_text(encoding="utf-8").replace("[notities]\n", '[notities]\n99 = "x"\n')
    (tmp_path / "s.toml").write_text(text, encoding="utf-8")
    (waarschuwing,) = load(tmp_path / "s.toml", mini).waarschuwingen
    assert "hoort bij geen zet" in waarschuwing.message and waarschuwing.line == 14


# --- names of new saves ----------------------------------------------------------------------

NAAM = re.compile(r"[a-z0-9-]+\.toml")


def test_a_new_save_is_named_after_time_case_and_players_and_holds_the_session(
        mini: GeladenCasus, tmp_path: Path) -> None:
    sessie = start(mini, ("Anna de Wit", "Bram Çelik"))
    path = new_save_path(tmp_path, sessie, datetime(2025, 3, 14, 9, 30, 5))
    assert re.fullmatch(r"2025-03-14-093005-mini-anna-de-wit-bram-celik-[0-9a-f]{6}\.toml",
                        path.name)
    assert load(path, mini).sessie == sessie


@pytest.mark.parametrize("casus, spelers", [
    ("../../etc", ("../../etc/passwd", "..")),
    ("/abs", ("/root", "C:\\Windows\\system32")),
    ("con", ("nul", "aux")),
    ("🎲", ("😀", "🙃")),
    ("", (" ", "\x00")),
    ("x" * 500, ("y" * 500, "z")),
])
def test_hostile_case_ids_and_player_names_stay_inside_the_saves_folder(
        tmp_path: Path, casus: str, spelers: tuple[str, str]) -> None:
    saves = tmp_path / "saves"
    path = new_save_path(saves, Sessie(casus=casus, spelers=spelers))
    assert path.resolve().parent == saves.resolve()
    assert NAAM.fullmatch(path.name) and len(path.name) <= 120
    assert sorted(tmp_path.rglob("*")) == [saves, path]


@settings(max_examples=60, deadline=None)
@given(casus=st.text(max_size=80), spelers=st.tuples(namen, namen))
def test_any_case_id_and_player_names_give_a_safe_name_in_the_folder(
        casus: str, spelers: tuple[str, str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = new_save_path(folder, Sessie(casus=casus, spelers=spelers))
        assert path.resolve().parent == Path(folder).resolve()
        assert NAAM.fullmatch(path.name) and ".." not in path.name


def test_two_sessions_started_in_the_same_second_get_two_files(
        mini: GeladenCasus, tmp_path: Path) -> None:
    nu = datetime(2025, 3, 14, 9, 30)
    eerste = new_save_path(tmp_path, start(mini, ("Anna", "Bram")), nu)
    tweede = new_save_path(tmp_path, start(mini, ("Anna", "Bram")), nu)
    assert eerste != tweede
    assert sorted(tmp_path.iterdir()) == sorted([eerste, tweede])


def test_a_name_already_taken_is_never_reused_even_with_the_same_random_tail(
        mini: GeladenCasus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another app instance drew the same tail first: the exclusive create makes us draw again."""
    real = schrijven.secrets.token_hex
    tails = iter(["aaaaaa", "aaaaaa", "bbbbbb"])
    monkeypatch.setattr(schrijven.secrets, "token_hex",
                        lambda n: next(tails) if n == 3 else real(n))
    nu = datetime(2025, 3, 14, 9, 30)
    eerste = new_save_path(tmp_path, start(mini, ("Anna", "Bram")), nu)
    ander = start(mini, ("Anna", "Bram"))
    tweede = new_save_path(tmp_path, ander, nu)
    assert eerste.name.endswith("-aaaaaa.toml") and tweede.name.endswith("-bbbbbb.toml")
    assert load(eerste, mini).sessie.zetten == ()  # the first file was not touched


# --- crashes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("stap", ["replace", "fsync"])
def test_a_crash_while_saving_leaves_the_old_file_intact_and_no_temporary_file(
        gespeeld: Sessie, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stap: str) -> None:
    path = tmp_path / "s.toml"
    save(gespeeld, path)
    before = path.read_bytes()

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, stap, crash)
    with pytest.raises(OSError):
        save(with_notitie(gespeeld, 1, "nieuw"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["s.toml"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_save_made_private_stays_private_after_the_next_save(
        gespeeld: Sessie, tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    save(gespeeld, path)
    path.chmod(0o600)
    save(gespeeld, path)
    assert path.stat().st_mode & 0o777 == 0o600


WRITER = """
import os, stat, sys, time
from pathlib import Path
from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.opslag import load, save, with_notitie

# The writer stops itself at a chosen moment of a save and says so; the test kills it
# there. No timing: every kill lands exactly where a careless save would break the file.
# 'bestand': syncing the temporary file (written, not yet renamed); 'map': syncing the
# folder (renamed, the new name not yet on disk).
waar, hoeveelste = sys.argv[4], int(sys.argv[5])
real_fsync, gezien = os.fsync, {"bestand": 0, "map": 0}
def stopping_fsync(fd):
    soort = "map" if stat.S_ISDIR(os.fstat(fd).st_mode) else "bestand"
    gezien[soort] += 1
    if soort == waar and gezien[soort] == hoeveelste:
        print("binnen", flush=True)
        time.sleep(600)
    real_fsync(fd)
os.fsync = stopping_fsync

mini = load_casus(Path(sys.argv[1]), AlgemeneRegels())
sessie = load(Path(sys.argv[2]), mini).sessie
doel = Path(sys.argv[3])
ronde = 0
while True:
    aantal = ronde % len(sessie.zetten) + 1
    korter = sessie.model_copy(update={"zetten": sessie.zetten[:aantal], "notities": {}})
    save(with_notitie(korter, 1, "x" * (1000 * ronde)), doel)
    ronde += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("waar", ["bestand", "map"])
def test_a_writer_killed_in_the_middle_of_a_save_leaves_a_file_that_always_loads(
        mini: GeladenCasus, tmp_path: Path, waar: str) -> None:
    """SIGKILL gives no chance to clean up: the file must be whole all the same.

    Each writer is killed inside its 2nd to 6th save (the first one makes the file).
    """
    path = tmp_path / "s.toml"
    volledig = load(GOED, mini).sessie.zetten
    for hoeveelste in range(2, 7):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(ROOT / "tests/data/mini.toml"), str(GOED),
             str(path), waar, str(hoeveelste)], stdout=subprocess.PIPE, text=True)
        try:
            assert writer.stdout is not None and writer.stdout.readline() == "binnen\n"
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
        geladen = load(path, mini).sessie
        # Killed before the rename: the previous save; after it: this one.
        assert len(geladen.zetten) == hoeveelste - (waar == "bestand")
        assert geladen.zetten == volledig[: len(geladen.zetten)]
    left = [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert len(left) == (5 if waar == "bestand" else 0)  # one per kill before the rename
    assert [i.bestand for i in list_saves(tmp_path, mini)] == [path]  # temp files are skipped


# --- the list of saves -----------------------------------------------------------------------

def test_the_list_shows_every_committed_save_and_a_bad_one_never_hides_the_others(
        mini: GeladenCasus) -> None:
    infos = {i.bestand.name: i for i in list_saves(SAVES, Catalogus(casussen={"mini": mini}))}
    assert set(infos) == {p.name for p in SAVES.glob("*.toml")}
    goed = infos["mini-twee-rondes.toml"]
    assert (goed.casus, goed.titel, goed.spelers) == ("mini", "Mini", ("Anna", "Bram"))
    assert (goed.ronde, goed.zetten, goed.afgerond, goed.loads) == (2, 14, False, True)
    assert goed.laatste_zet == datetime(2025, 3, 14, 9, 56, tzinfo=timezone(timedelta(hours=1)))
    assert infos["casus-gewijzigd.toml"].loads and infos["casus-gewijzigd.toml"].casus_gewijzigd
    for naam in BROKEN:
        assert not infos[naam].loads and infos[naam].problemen, naam


def test_a_broken_save_still_shows_its_case_and_players_when_those_could_be_read(
        mini: GeladenCasus) -> None:
    (info,) = [i for i in list_saves(SAVES, mini) if i.bestand.name == "onbekende-casus.toml"]
    assert (info.casus, info.spelers, info.zetten) == ("minni", ("Anna", "Bram"), 14)
    assert "bestaat niet (meer)" in info.problemen[0].message


def test_an_unfinished_session_is_listed_as_playable(mini: GeladenCasus, tmp_path: Path) -> None:
    sessie = start(mini, ("Anna", "Bram"))
    sessie, _ = speel(mini, sessie, staat_na(mini, sessie), Zet(soort="vraag", rol="gemeente",
                                                                item="v1"))
    new_save_path(tmp_path, sessie)
    (info,) = list_saves(tmp_path, mini)
    assert info.playable and info.ronde == 1 and not info.afgerond


def test_a_session_the_pair_closed_is_listed_as_finished_and_not_playable(
        gespeeld: Sessie, mini: GeladenCasus, tmp_path: Path) -> None:
    save(gespeeld.model_copy(update={"afgerond": True}), tmp_path / "klaar.toml")
    (info,) = list_saves(tmp_path, mini)
    assert info.afgerond and info.loads and not info.playable


def test_the_finished_mark_is_written_only_when_set_and_survives_a_load(
        gespeeld: Sessie, mini: GeladenCasus, tmp_path: Path) -> None:
    assert "afgerond" not in to_toml(gespeeld)
    klaar = gespeeld.model_copy(update={"afgerond": True})
    assert "afgerond = true" in to_toml(klaar)
    save(klaar, tmp_path / "klaar.toml")
    assert load(tmp_path / "klaar.toml", mini).sessie == klaar


def test_a_finished_mark_with_a_round_still_open_counts_as_unfinished(
        mini: GeladenCasus, tmp_path: Path) -> None:
    sessie = start(mini, ("Anna", "Bram")).model_copy(update={"afgerond": True})
    sessie, staat = speel(mini, sessie, staat_na(mini, sessie),
                          Zet(soort="vraag", rol="gemeente", item="v1"))
    assert not afgerond(sessie, staat)
    save(sessie, tmp_path / "open.toml")
    (info,) = list_saves(tmp_path, mini)
    assert info.playable and not info.afgerond


def test_the_list_skips_temporary_files_and_folders_but_shows_an_empty_claimed_file(
        mini: GeladenCasus, tmp_path: Path) -> None:
    (tmp_path / "goed.toml").write_bytes(GOED.read_bytes())
    (tmp_path / "leeg.toml").touch()
    (tmp_path / ".goed.toml.1a2b3c4d.tmp").write_bytes(b"half")
    (tmp_path / "map.toml").mkdir()
    infos = list_saves(tmp_path, mini)
    assert [(i.bestand.name, i.loads) for i in infos] == [("leeg.toml", False),
                                                          ("goed.toml", True)]


def test_a_saves_folder_that_does_not_exist_yet_lists_nothing(
        mini: GeladenCasus, tmp_path: Path) -> None:
    assert list_saves(tmp_path / "nog-niet", mini) == []
