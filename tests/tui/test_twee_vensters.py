"""The app on a save that another window or a trainer writes too: nothing is lost.

The processes themselves are tested in `tests/kern/opslag/test_gedeeld.py`; here the
other writer is this test, writing the file between two of the app's moves.
"""

from __future__ import annotations

import shutil

from simulatie.kern.model import Zet
from simulatie.kern.opslag import add_note, load, save_moves
from simulatie.tui.app import make_app
from tui_hulp import (DATA, GROOT, SAVES, SAVES_KERN, op_scherm, schermtekst, volg_meldingen,
                      wacht_op)

HALVERWEGE = "2025-03-14-140000-zonnedorp-chris-dewi-a1b2c3.toml"


def _app(saves):
    app = make_app(DATA / "casussen", saves, meegeleverd=False)
    app.animation_level = "none"
    return app


def _kopie(tmp_path, bron):
    doel = tmp_path / "saves" / bron.name
    doel.parent.mkdir(exist_ok=True)
    shutil.copy(bron, doel)
    return doel


async def test_a_move_after_another_window_played_on_is_refused_and_the_file_kept(tmp_path):
    path = _kopie(tmp_path, SAVES / HALVERWEGE)
    app = _app(path.parent)
    async with app.run_test(size=GROOT) as pilot:
        meldingen = volg_meldingen(app)
        app.hervat(load(path, app.catalogus))
        await op_scherm(pilot, "OverdrachtScherm")
        hier = app.sessie
        # The other window, opened on the same save, makes the next move first.
        daar = hier.model_copy(update={"zetten": (
            *hier.zetten, Zet(soort="vraag", rol="gemeente", item="markt"))})
        save_moves(path, daar)
        voor = path.read_bytes()
        assert not app.probeer(Zet(soort="vraag", rol="gemeente", item="kern"))
        assert app.sessie == hier and path.read_bytes() == voor
        await wacht_op(pilot, lambda: any("in een ander venster verder gespeeld" in n
                                          for n in meldingen))


async def test_the_pair_s_next_move_keeps_a_note_the_trainer_wrote_meanwhile(tmp_path):
    path = _kopie(tmp_path, SAVES / HALVERWEGE)
    app = _app(path.parent)
    async with app.run_test(size=GROOT) as pilot:
        app.hervat(load(path, app.catalogus))
        await op_scherm(pilot, "OverdrachtScherm")
        add_note(path, 2, "Mooi belang gedeeld.")  # the trainer, in `simulatie herspeel`
        assert app.probeer(Zet(soort="vraag", rol="gemeente", item="kern"))
        na = load(path, app.catalogus).sessie
        assert na.zetten == app.sessie.zetten and na.notities["2"] == "Mooi belang gedeeld."


async def test_a_trainer_s_note_keeps_the_moves_the_pair_played_since_the_replay_opened(
        tmp_path):
    path = _kopie(tmp_path, SAVES_KERN / "mini-twee-rondes.toml")
    app = _app(path.parent)
    async with app.run_test(size=GROOT) as pilot:
        app.herspeel([load(path, app.catalogus)])
        await op_scherm(pilot, "HerspeelScherm")
        await wacht_op(pilot, lambda: "Zet 0 van 14" in schermtekst(app))
        gespeeld = load(path, app.catalogus).sessie
        langer = gespeeld.model_copy(update={"zetten": (*gespeeld.zetten, Zet(soort="rolwissel"))})
        save_moves(path, langer)  # the pair, in the other window, swaps roles
        await pilot.press("right", "right", "n")
        await op_scherm(pilot, "NotitieScherm")
        await pilot.press(*"Goed doorgevraagd", "enter")
        await op_scherm(pilot, "HerspeelScherm")
        await wacht_op(pilot, lambda: "✎ Goed doorgevraagd" in schermtekst(app))
        na = load(path, app.catalogus).sessie
        assert na.zetten == langer.zetten  # the swap is still there
        assert na.notities["2"] == "Goed doorgevraagd" and na.notities["5"]
