"""The one fold of a session: states computed once and lazily, the first illegal move named.

Uses `tests/data/mini.toml` (see test_spel.py): the gemeente opens, roles alternate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.kern.catalogus import Catalogus
from simulatie.kern.model import Sessie, Zet
from simulatie.kern.opslag import load, save
from simulatie.kern.regels import Regelboek
from simulatie.kern.spel import GeladenCasus, IllegalZet, Verloop, step
from simulatie.kern.spel import stap as stap_module
from simulatie.kern.uitvoer import play

SPELERS = ("Anna", "Bram")


def vraag(rol: str) -> Zet:
    return Zet(soort="vraag", rol=rol, item="v1")


def praten(aantal: int) -> list[Zet]:
    """`aantal` legal questions, the roles taking turns."""
    return [vraag("gemeente" if k % 2 == 0 else "swo") for k in range(aantal)]


@pytest.fixture
def stappen(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls of `step` made through the fold."""
    calls: list[int] = []
    echte = stap_module.step

    def geteld(staat, zet):
        calls.append(1)
        return echte(staat, zet)

    monkeypatch.setattr("simulatie.kern.spel.verloop.step", geteld)
    return calls


def test_the_states_are_those_of_stepping_the_moves_one_by_one(mini: GeladenCasus, begin):
    zetten = praten(4)
    verloop = Verloop(begin, zetten)
    staat = begin
    for k, zet in enumerate(zetten, start=1):
        staat = step(staat, zet)
        assert verloop.staat(k) == staat
    assert verloop.staat(0) == begin and verloop.laatste == staat
    assert verloop.fout is None and verloop.gespeeld == 4


def test_nothing_is_stepped_before_a_state_is_asked_and_nothing_twice(begin, stappen):
    verloop = Verloop(begin, praten(6))
    assert stappen == []
    verloop.staat(2)
    assert len(stappen) == 2
    verloop.staat(1), verloop.staat(2)
    assert len(stappen) == 2  # kept, not computed again
    assert len(verloop.staten()) == 7 and len(stappen) == 6


def test_the_first_illegal_move_is_named_with_its_index_state_and_reason(begin):
    zetten = [vraag("gemeente"), vraag("gemeente"), vraag("swo")]  # the second is out of turn
    verloop = Verloop(begin, zetten)
    fout = verloop.fout
    assert fout is not None
    assert (fout.index, fout.nummer, fout.zet) == (1, 2, zetten[1])
    assert fout.staat == verloop.staat(1)
    assert "Niet aan de beurt" in fout.reden
    assert verloop.gespeeld == 1 and len(verloop.staten()) == 2
    with pytest.raises(IllegalZet, match="Niet aan de beurt"):
        verloop.staat(2)


def test_playing_on_shares_the_states_so_far_and_leaves_the_old_fold_alone(begin, stappen):
    verloop = Verloop(begin, praten(3))
    verloop.staten()
    verder = verloop.speel(vraag("swo"))
    assert len(stappen) == 4  # only the new move was stepped
    assert verder.staten()[:4] == verloop.staten()
    assert len(verder.zetten) == 4 and len(verloop.zetten) == 3
    assert verder.laatste == step(verloop.laatste, vraag("swo"))


def test_an_illegal_move_played_on_is_refused_and_changes_nothing(begin):
    verloop = Verloop(begin, praten(2))
    with pytest.raises(IllegalZet, match="Niet aan de beurt"):
        verloop.speel(vraag("swo"))
    assert len(verloop.zetten) == 2 and verloop.fout is None


def test_a_session_with_an_illegal_move_cannot_be_played_on(begin):
    verloop = Verloop(begin, [vraag("swo")])
    with pytest.raises(IllegalZet, match="Zet 1 kan niet"):
        verloop.speel(vraag("gemeente"))


def test_a_loaded_save_brings_every_state_so_a_replay_judges_no_ban_again(
        mini: GeladenCasus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    voorstel = Zet(soort="voorstel", rol="gemeente", keuzes={
        "inkoopvorm": "aanbesteden", "aanbieders": "een", "looptijd": "j2",
        "verlengopties": "twee"})
    sessie = Sessie(casus=mini.casus.id, spelers=SPELERS,
                    zetten=(vraag("gemeente"), vraag("swo"), voorstel))
    save(sessie, tmp_path / "s.toml")
    geladen = load(tmp_path / "s.toml", Catalogus(casussen={mini.casus.id: mini}))
    judged: list[int] = []
    echte = Regelboek.banned
    monkeypatch.setattr(Regelboek, "banned", lambda self, facts: judged.append(1) or echte(
        self, facts))
    staten = geladen.verloop.staten()
    assert len(staten) == 4 and staten[-1] == geladen.staat
    assert judged == []


def test_headless_play_stops_at_the_first_illegal_move_of_the_fold(mini: GeladenCasus):
    sessie = Sessie(casus=mini.casus.id, spelers=SPELERS,
                    zetten=(vraag("gemeente"), vraag("gemeente")))
    afloop = play(Catalogus(casussen={mini.casus.id: mini}), sessie)
    assert afloop.gespeeld == 1
    assert afloop.fout is not None and afloop.fout.startswith("zet 2 (vraag): Niet aan de beurt")
    assert afloop.staat == mini.verloop(sessie).staat(1)
