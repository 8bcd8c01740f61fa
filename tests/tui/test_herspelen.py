"""Replay, notes and comparison for trainers, on committed saves; bad saves never crash."""

from __future__ import annotations

import shutil

import pytest

from simulatie import __main__ as cli
from simulatie.kern.model.score import score
from simulatie.kern.opslag import load, to_toml
from simulatie.kern.spel import staat_na, verslag
from simulatie.tui import app as app_module
from simulatie.tui.app import make_app
from simulatie.tui.weergave import probleem_kort
from tui_hulp import (DATA, GROOT, KLEIN, SAVES, SAVES_KERN, kies_save, op_scherm, open_lijst,
                      schermtekst, volg_meldingen, wacht_op)

TWEE_RONDES = SAVES_KERN / "mini-twee-rondes.toml"
GEWIJZIGD = "2025-03-12-090000-mini-gijs-hanna-111111.toml"
BROKEN = ["afgebroken.toml", "willekeurige-bytes.toml", "geen-utf8.toml", "toml-fout.toml",
          "nieuwere-versie.toml", "zonder-spelers.toml", "onbekende-casus.toml",
          "zet-past-niet.toml", "hand-bewerkt.toml"]


def _app(saves=SAVES):
    app = make_app(DATA / "casussen", saves, meegeleverd=False)
    app.animation_level = "none"
    return app


async def _herspeel(pilot, path):
    """Open `path` in replay mode the way the command line does."""
    app = pilot.app
    app.herspeel([load(path, app.catalogus)])
    await op_scherm(pilot, "HerspeelScherm")
    await wacht_op(pilot, lambda: "Zet 0 van" in schermtekst(app))


def _kopie(tmp_path, bron):
    doel = tmp_path / "saves" / bron.name
    doel.parent.mkdir(exist_ok=True)
    shutil.copy(bron, doel)
    return doel


async def test_stepping_shows_the_move_count_proposal_and_both_scores():
    """At move 5 Anna's first proposal is on the table, with both sides' scores."""
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _herspeel(pilot, TWEE_RONDES)
        await pilot.press(*["right"] * 5)
        await wacht_op(pilot, lambda: app.screen.positie == 5)
        scherm = schermtekst(app)
        assert "Zet 5 van 14" in scherm and "ronde 1" in scherm
        assert "Op tafel · van Anna (gemeente)" in scherm
        casus = app.screen.geladen.staat.casus
        keuzes = staat_na(app.screen.geladen.casus, app.screen.geladen.sessie, 5).ronde.op_tafel
        for rol, naam in (("gemeente", "Anna"), ("swo", "Bram")):
            punten = score(casus.brief(rol), keuzes.keuzes)
            assert f"{naam} ({rol}): {punten:g} " in scherm
        assert "▶5" in scherm and "Vroeg voorstel: was de kern" in scherm  # its note


async def test_home_end_and_round_keys_jump_through_the_session():
    """End: the last move; 2: round 2 starts after the role swap; Home: before move 1."""
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _herspeel(pilot, TWEE_RONDES)
        await pilot.press("end")
        await wacht_op(pilot, lambda: "Zet 14 van 14" in schermtekst(app))
        assert "geen akkoord" in schermtekst(app) and "Gesprek ronde 2" in schermtekst(app)
        await pilot.press("1")
        await wacht_op(pilot, lambda: app.screen.positie == 0)
        await pilot.press("2")
        await wacht_op(pilot, lambda: app.screen.positie == 9)
        assert "Ronde 2 begint: Bram is de gemeente" in schermtekst(app)
        await pilot.press("left_square_bracket")
        await wacht_op(pilot, lambda: app.screen.positie == 0)
        await pilot.press("right_square_bracket", "left")
        await wacht_op(pilot, lambda: app.screen.positie == 8)
        await pilot.press("home")
        await wacht_op(pilot, lambda: "Zet 0 van 14" in schermtekst(app))
        await pilot.press("left")
        assert app.screen.positie == 0


async def test_the_feedback_is_the_feedback_as_it_stood_at_that_move():
    """Each position shows exactly the rules that fire on the round so far."""
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _herspeel(pilot, TWEE_RONDES)
        geladen = app.screen.geladen
        for k in (1, 8, 14):
            app.screen.positie = k
            await pilot.pause()
            staat = staat_na(geladen.casus, geladen.sessie, k)
            ids = {f.regel.id for f in verslag(staat, staat.ronde).feedback}
            scherm = schermtekst(app)
            assert ids, k
            assert all(regel_id in scherm for regel_id in ids), (k, ids)
        assert "geen_akkoord" in schermtekst(app) and "Feedback einde ronde" in schermtekst(app)


async def test_the_briefs_tab_shows_both_private_briefs_for_the_round_at_hand():
    """'b' shows both briefs; in round 2 the seats are swapped."""
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _herspeel(pilot, TWEE_RONDES)
        await pilot.press("b")
        await wacht_op(pilot, lambda: "Brief voor Bram: Sociaalwerkorganisatie" in schermtekst(app))
        assert "Brief voor Anna: Gemeente" in schermtekst(app)
        await pilot.press("end")
        await wacht_op(pilot, lambda: "Brief voor Bram: Gemeente" in schermtekst(app))


async def test_the_rounds_tab_puts_the_rounds_of_the_session_side_by_side():
    """'o' shows the session-end table, with the rules that fired per round."""
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _herspeel(pilot, TWEE_RONDES)
        await pilot.press("o")
        tabel = app.screen.query_one("#rondetabel")
        await wacht_op(pilot, lambda: tabel.row_count)
        assert [str(c.label) for c in tabel.columns.values()] == ["", "Ronde 1", "Ronde 2"]
        rijen = [[str(c) for c in tabel.get_row_at(n)] for n in range(tabel.row_count)]
        assert ["Uitkomst", "Akkoord", "Geen akkoord"] in rijen
        assert ["⚠ Zonder akkoord blijft de opdracht…", "", "⚠"] in rijen  # a title, no id


async def test_a_note_is_saved_in_the_file_and_the_moves_stay_as_they_were(tmp_path):
    """n, text, Enter: the note is in the file and on screen; the moves are byte for byte."""
    path = _kopie(tmp_path, TWEE_RONDES)
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        voor = load(path, app.catalogus).sessie
        await _herspeel(pilot, path)
        await pilot.press("right", "right", "right", "n")
        await op_scherm(pilot, "NotitieScherm")
        await pilot.press(*"Goed belang gedeeld", "enter")
        await op_scherm(pilot, "HerspeelScherm")
        await wacht_op(pilot, lambda: "✎ Goed belang gedeeld" in schermtekst(app))
        na = load(path, app.catalogus).sessie
        assert na.notities["3"] == "Goed belang gedeeld"
        assert na.zetten == voor.zetten and na.casus_hash == voor.casus_hash
        zetten = to_toml(voor).split("\n[[zetten]]\n", 1)[1]
        assert path.read_text(encoding="utf-8").split("\n[[zetten]]\n", 1)[1] == zetten


async def test_an_empty_note_removes_it_and_escape_keeps_it(tmp_path):
    path = _kopie(tmp_path, TWEE_RONDES)
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _herspeel(pilot, path)
        app.screen.positie = 5
        await pilot.press("n")
        await op_scherm(pilot, "NotitieScherm")
        await pilot.press("escape")
        await op_scherm(pilot, "HerspeelScherm")
        assert "5" in load(path, app.catalogus).sessie.notities
        await pilot.press("n")
        await op_scherm(pilot, "NotitieScherm")
        app.screen.query_one("Input").value = ""
        await pilot.press("enter")
        await op_scherm(pilot, "HerspeelScherm")
        assert "5" not in load(path, app.catalogus).sessie.notities


async def test_a_replay_of_a_changed_case_says_so_and_still_takes_notes(tmp_path):
    """Notes on a read-only save are allowed; it stays read-only afterwards."""
    path = _kopie(tmp_path, SAVES / GEWIJZIGD)
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await _herspeel(pilot, path)
        assert "Casus gewijzigd sinds deze sessie: alleen herspelen" in schermtekst(app)
        await pilot.press("right", "n")
        await op_scherm(pilot, "NotitieScherm")
        await pilot.press(*"Let op", "enter")
        await op_scherm(pilot, "HerspeelScherm")
        geladen = load(path, app.catalogus)
        assert geladen.sessie.notities == {"1": "Let op"} and geladen.casus_gewijzigd


async def test_marked_saves_of_one_case_are_compared_side_by_side():
    """Space on two Minidorp saves, then v: a column per round of each table."""
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "r")
        for naam in ("2025-03-14-110000-mini-anna-bram-d4e5f6.toml",
                     "2025-03-13-150000-mini-eva-fatima-0a0b0c.toml"):
            await kies_save(pilot, naam)
            await pilot.press("space")
        await wacht_op(pilot, lambda: schermtekst(app).count("☑") == 2)
        await pilot.press("v")
        await op_scherm(pilot, "VergelijkScherm")
        tabel = app.screen.query_one("#vergelijking")
        await wacht_op(pilot, lambda: tabel.row_count)
        assert [str(c.label) for c in tabel.columns.values()] == ["", "Tafel 1 · R1",
                                                                  "Tafel 2 · R1"]
        rijen = [[str(c) for c in tabel.get_row_at(n)] for n in range(tabel.row_count)]
        assert ["Gemeente", "Anna", "Eva"] in rijen
        assert ["Uitkomst", "Akkoord", "Geen akkoord"] in rijen
        assert any(r[0] == "Score gemeente" for r in rijen)
        assert "Tafel 2: Eva & Fatima" in schermtekst(app)


async def test_comparing_needs_two_saves_of_the_same_case():
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        meldingen = volg_meldingen(app)
        await open_lijst(pilot, "r")
        await pilot.press("v")
        await wacht_op(pilot, lambda: any("minstens twee" in n
                                          for n in meldingen))
        for naam in ("2025-03-14-140000-zonnedorp-chris-dewi-a1b2c3.toml",
                     "2025-03-14-110000-mini-anna-bram-d4e5f6.toml"):
            await kies_save(pilot, naam)
            await pilot.press("space")
        await pilot.press("v")
        await wacht_op(pilot, lambda: any("dezelfde casus" in n
                                          for n in meldingen))
        assert type(app.screen).__name__ == "BewaardScherm"


async def test_every_bad_save_is_listed_with_its_reason_and_never_changed():
    """The core's broken fixtures: each listed under 'Niet te openen' with its message."""
    voor = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in SAVES_KERN.glob("*.toml")}
    app = _app(SAVES_KERN)
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "r")
        scherm = app.screen
        infos = {i.bestand.name: i for i in scherm.infos}
        lijst = scherm.query_one("#saves")
        for naam in BROKEN:
            assert not infos[naam].loads, naam
            await kies_save(pilot, naam)
            kort = probleem_kort(infos[naam].problemen[0].message)
            prompt = str(lijst.highlighted_option.prompt)
            assert naam in prompt and kort in prompt, naam
            await wacht_op(pilot, lambda: "Niet te openen: " in schermtekst(app))
            await pilot.press("enter")
            assert type(app.screen).__name__ == "BewaardScherm"
        # The good save and the one whose case changed still open, listed above the bad ones.
        assert infos["mini-twee-rondes.toml"].loads and infos["casus-gewijzigd.toml"].loads
        assert {i.bestand.name for i in infos.values()} == set(voor)
    na = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in SAVES_KERN.glob("*.toml")}
    assert na == voor


async def test_f1_explains_the_replay_screen_and_the_palette_offers_its_moves():
    app = _app()
    async with app.run_test(size=KLEIN) as pilot:
        await _herspeel(pilot, TWEE_RONDES)
        titels = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Volgende zet", "Notitie bij deze zet", "Briefs naast elkaar"} <= set(titels)
        await pilot.press("f1")
        await op_scherm(pilot, "HulpScherm")
        await wacht_op(pilot, lambda: "Sessie herspelen" in schermtekst(app))


# --- the command line -----------------------------------------------------------------------

@pytest.mark.parametrize("opdracht", ["hervat", "herspeel"])
def test_the_command_line_refuses_a_bad_save_with_its_located_problem(opdracht, capsys):
    """Exit 2, the file:line problem on stderr, and the file untouched."""
    path = SAVES_KERN / "toml-fout.toml"
    voor = path.read_bytes()
    code = cli.main(["--casussen", str(DATA / "casussen"), opdracht, str(path)])
    fout = capsys.readouterr().err
    assert code == 2 and f"{path}:" in fout and "toml-fout" in fout
    assert path.read_bytes() == voor


def test_the_command_line_compares_only_saves_of_one_case(capsys):
    code = cli.main(["--casussen", str(DATA / "casussen"), "herspeel",
                     str(SAVES / "2025-03-14-140000-zonnedorp-chris-dewi-a1b2c3.toml"),
                     str(SAVES / "2025-03-14-110000-mini-anna-bram-d4e5f6.toml")])
    assert code == 2 and "dezelfde casus" in capsys.readouterr().err


@pytest.mark.parametrize(("opdracht", "aantal"), [("hervat", 1), ("herspeel", 1),
                                                  ("herspeel", 2)])
def test_the_command_line_opens_the_app_on_the_loaded_saves(opdracht, aantal, monkeypatch):
    geopend = []
    monkeypatch.setattr(app_module.SimulatieApp, "run", lambda self: geopend.append(self))
    paden = [SAVES / "2025-03-14-110000-mini-anna-bram-d4e5f6.toml",
             SAVES / "2025-03-13-150000-mini-eva-fatima-0a0b0c.toml"][:aantal]
    code = cli.main(["--casussen", str(DATA / "casussen"), opdracht, *map(str, paden)])
    (app,) = geopend
    assert code == 0 and app.opening.soort == opdracht
    assert [g.bestand for g in app.opening.saves] == paden
    assert app.bron.geladen  # loaded once, by the command line


async def test_the_app_opens_straight_into_a_resume_or_a_replay():
    """`simulatie hervat` lands at the handover; `herspeel` with two files compares them."""
    from simulatie.tui.app import Opening

    catalogus = _app().catalogus
    halverwege = load(SAVES / "2025-03-14-140000-zonnedorp-chris-dewi-a1b2c3.toml", catalogus)
    app = make_app(DATA / "casussen", SAVES, meegeleverd=False, catalogus=catalogus,
                   opening=Opening("hervat", (halverwege,)))
    async with app.run_test(size=GROOT) as pilot:
        await op_scherm(pilot, "OverdrachtScherm")
        await wacht_op(pilot, lambda: "Geef het toetsenbord aan Chris (Gemeente)"
                       in schermtekst(app))
    twee = tuple(load(SAVES / n, catalogus) for n in (
        "2025-03-14-110000-mini-anna-bram-d4e5f6.toml",
        "2025-03-13-150000-mini-eva-fatima-0a0b0c.toml"))
    app = make_app(DATA / "casussen", SAVES, meegeleverd=False, catalogus=catalogus,
                   opening=Opening("herspeel", twee))
    async with app.run_test(size=GROOT) as pilot:
        await op_scherm(pilot, "VergelijkScherm")


def test_every_new_screen_has_a_dutch_help_text():
    from simulatie.tui.screens.bewaard import BewaardScherm
    from simulatie.tui.screens.herspelen import HerspeelScherm
    from simulatie.tui.screens.notitie import NotitieScherm
    from simulatie.tui.screens.vergelijk import VergelijkScherm

    for scherm in (BewaardScherm, HerspeelScherm, NotitieScherm, VergelijkScherm):
        assert scherm.HELP.startswith("## ") and "Escape" in scherm.HELP, scherm


async def test_the_palette_offers_comparing_only_in_the_replay_list():
    app = _app()
    async with app.run_test(size=GROOT) as pilot:
        await open_lijst(pilot, "r")
        titels = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Sessie openen", "Markeren voor vergelijken", "Vergelijken"} <= set(titels)
        await pilot.press("escape")
        await open_lijst(pilot, "h")
        titels = [c.title for c in app.get_system_commands(app.screen)]
        assert "Sessie openen" in titels and "Vergelijken" not in titels
