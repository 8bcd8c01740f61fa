"""Kill the running app with SIGKILL mid-round: nothing played before the kill is lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from simulatie.kern.model import Zet
from simulatie.kern.opslag import list_saves, load
from simulatie.tui.app import make_app
from tui_hulp import GROOT, op_scherm, schermtekst, wacht_op

KIND = Path(__file__).with_name("speel_door.py")
RONDE_1 = 11  # mini ends a round after 10 moves; the role swap is move 11
ZAAD = 20261201


def _speel_en_dood(casussen: Path, saves: Path, na: int) -> list[Zet]:
    """Run the child, kill it right after it reports move `na`; the moves it reported."""
    kind = subprocess.Popen([sys.executable, str(KIND), str(casussen), str(saves)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    gemeld: list[Zet] = []
    try:
        for regel in kind.stdout:  # type: ignore[union-attr]
            gemeld.append(Zet.model_validate_json(regel))
            if len(gemeld) == na:
                kind.send_signal(signal.SIGKILL)  # no handler, no flush, no goodbye
                break
        else:
            pytest.fail(f"child stopped early: {kind.stderr.read()}")  # type: ignore[union-attr]
    finally:
        kind.kill()
        kind.wait(timeout=30)
    assert kind.returncode == -signal.SIGKILL
    return gemeld


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
async def test_a_killed_session_resumes_with_every_move_made_before_the_kill(
        casussen_dir, tmp_path):
    # Somewhere in round 2, never at its end: the child may be writing the next move.
    # Seeded, so a failure comes back on the next run; change the seed to try elsewhere.
    na = RONDE_1 + random.Random(ZAAD).randint(1, 6)
    saves = tmp_path / "saves"
    gemeld = _speel_en_dood(casussen_dir, saves, na)

    app = make_app(casussen_dir, saves, meegeleverd=False)
    (info,) = list_saves(saves, app.catalogus)
    assert info.loads and info.playable and info.ronde == 2, info.problemen
    geladen = load(info.bestand, app.catalogus)
    zetten = geladen.sessie.zetten
    # Every reported move is in the save, in order; at most the one being played at the
    # kill is there too (it was saved, but not yet reported).
    assert zetten[: len(gemeld)] == tuple(gemeld)
    assert len(gemeld) <= len(zetten) <= len(gemeld) + 1
    assert not geladen.staat.ronde.afgelopen  # killed mid-round

    async with app.run_test(size=GROOT) as pilot:
        app.hervat(geladen)
        await op_scherm(pilot, "OverdrachtScherm")
        aan_zet = geladen.staat.ronde.aan_zet
        naam = geladen.staat.spelers[geladen.staat.ronde.speler(aan_zet)]
        await wacht_op(pilot, lambda: f"Geef het toetsenbord aan {naam}" in schermtekst(app))
        assert app.sessie == geladen.sessie and app.bestand == info.bestand
