"""Round 2 plays the case's second brief (`[rolwissel.ROL]`) everywhere: the scores, the
bottom-line check, the bans, the feedback facts, the round report, the analysis, the
headless output, the export and the checks of a script and of the case.

The case `ronde2dorp` differs in every value between the rounds, so each assertion says
which brief a consumer followed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulatie.__main__ import main
from simulatie.kern.analyse import analyse
from simulatie.kern.analyse.akkoorden import deal_lines
from simulatie.kern.analyse.analyse import briefs_voor
from simulatie.kern.analyse.nabespreking import nabespreking
from simulatie.kern.analyse.ruimte import ruimte
from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.facilitator.valideren import validate
from simulatie.kern.model import Zet
from simulatie.kern.regels.feiten import round_facts
from simulatie.kern.spel import IllegalZet, fold, new_session, start, step, verslag
from simulatie.kern.uitvoer import debrief_markdown

FOLDER = Path(__file__).resolve().parents[2] / "data" / "rolwissel"
BESTAND = FOLDER / "ronde2dorp.toml"

RONDE_1 = [
    Zet(soort="voorstel", rol="gemeente",
        keuzes={"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j2", "verlengopties": "twee"}),
    Zet(soort="accepteer", rol="swo"),
    Zet(soort="rolwissel"),
]
# Round 1's briefs give this deal 50 / 25 (swo under its bottom line 40); round 2's give
# 87,5 / 76, both above the new bottom lines 50 and 45.
AKKOORD_2 = {"inkoopvorm": "aanbesteden", "aanbieders": "vijf", "looptijd": "j6", "verlengopties": "twee"}
RONDE_2 = [
    Zet(soort="onthul", rol="gemeente", geheim="g2"),
    Zet(soort="voorstel", rol="swo", keuzes=AKKOORD_2),
    Zet(soort="accepteer", rol="gemeente"),
]
# Banned by `score_swo < 15` in round 1 (0 points) but not in round 2 (72 points) ...
VRIJ_IN_2 = {"inkoopvorm": "aanbesteden", "aanbieders": "vijf", "looptijd": "j2", "verlengopties": "twee"}
# ... and the other way round (50 points in round 1, 13 in round 2).
VRIJ_IN_1 = {"inkoopvorm": "aanbesteden", "aanbieders": "een", "looptijd": "j6", "verlengopties": "twee"}


@pytest.fixture(scope="module")
def geladen():
    return load_casus(BESTAND, AlgemeneRegels())


@pytest.fixture(scope="module")
def gespeeld(geladen):
    return fold(new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram")), RONDE_1 + RONDE_2)


def test_the_round_report_scores_round_2_by_the_variant(gespeeld):
    assert gespeeld.ronde.nummer == 2 and gespeeld.ronde.uitkomst == "akkoord"
    eerste, tweede = verslag(gespeeld, gespeeld.rondes[0]), verslag(gespeeld, gespeeld.ronde)
    assert eerste.scores == {"gemeente": 80.0, "swo": 50.0}
    assert eerste.ondergrenzen == {"gemeente": 40, "swo": 40}
    assert tweede.scores == {"gemeente": 87.5, "swo": 76.0}
    assert tweede.ondergrenzen == {"gemeente": 50, "swo": 45}
    assert tweede.boven_ondergrens == {"gemeente": True, "swo": True}  # 25 < 40 in round 1


def test_the_feedback_facts_and_rules_of_round_2_read_the_variant(gespeeld):
    facts = round_facts(gespeeld.casus, gespeeld.ronde)
    assert (facts["score_gemeente"], facts["score_swo"]) == (87.5, 76.0)
    assert facts["boven_ondergrens_swo"] is True
    fired = {f.regel.id for f in verslag(gespeeld, gespeeld.ronde).feedback}
    assert {"gemeente_blij", "tweede_geheim_verteld"} <= fired


def test_a_ban_on_scores_follows_the_briefs_of_the_round(geladen, gespeeld):
    begin = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    with pytest.raises(IllegalZet, match="te_weinig|Zo weinig"):
        step(begin, Zet(soort="voorstel", rol="gemeente", keuzes=VRIJ_IN_2))
    step(begin, Zet(soort="voorstel", rol="gemeente", keuzes=VRIJ_IN_1))
    tweede = fold(begin, RONDE_1)
    step(tweede, Zet(soort="voorstel", rol="gemeente", keuzes=VRIJ_IN_2))
    with pytest.raises(IllegalZet, match="Zo weinig"):
        step(tweede, Zet(soort="voorstel", rol="gemeente", keuzes=VRIJ_IN_1))


def test_round_2_offers_only_the_variants_items_and_secrets(geladen):
    tweede = fold(new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram")), RONDE_1)
    with pytest.raises(IllegalZet):
        step(tweede, Zet(soort="onthul", rol="gemeente", geheim="g1"))
    step(tweede, Zet(soort="argument", rol="gemeente", item="a2"))


def test_the_analysis_of_round_2_uses_the_variant(geladen, gespeeld):
    casus = geladen.casus
    result = analyse(casus, geladen.regelboek, briefs=briefs_voor(casus, 2))
    bespreking = nabespreking(casus, gespeeld.ronde, result)
    assert bespreking.akkoord is not None
    assert (bespreking.akkoord.gemeente, bespreking.akkoord.swo) == (87.5, 76.0)
    assert result.ondergrens == {"gemeente": 50, "swo": 45}


def test_the_export_shows_round_2_by_the_variant(geladen, gespeeld):
    sessie = start(geladen, ("Anna", "Bram")).model_copy(
        update={"zetten": tuple(RONDE_1 + RONDE_2)})
    markdown = debrief_markdown(gespeeld, sessie)
    ronde_2 = markdown[markdown.index("Ronde 2"):]
    assert "87,5" in ronde_2 and "76" in ronde_2


def test_headless_play_prints_round_2_scores_by_the_variant(tmp_path, capsys):
    shutil.copytree(FOLDER, tmp_path / "casussen")
    script = tmp_path / "twee.toml"
    script.write_text('casus = "ronde2dorp"\nspelers = ["Anna", "Bram"]\n' + "".join(
        f"\n[[zetten]]\n{_toml(z)}" for z in RONDE_1 + RONDE_2), encoding="utf-8")
    code = main(["--casussen", str(tmp_path / "casussen"), "speel", str(script)])
    out = capsys.readouterr().out
    assert code == 0, out
    ronde_2 = out[out.index("== Ronde 2"):]
    assert "87,5" in ronde_2 and "ondergrens 50" in ronde_2
    assert "Tweede geheim van de gemeente." in ronde_2


def _toml(zet: Zet) -> str:
    lines = [f'soort = "{zet.soort}"']
    if zet.rol:
        lines.append(f'rol = "{zet.rol}"')
    if zet.geheim:
        lines.append(f'geheim = "{zet.geheim}"')
    if zet.item:
        lines.append(f'item = "{zet.item}"')
    if zet.keuzes:
        lines.append("keuzes = { " + ", ".join(f'{p} = "{o}"' for p, o in zet.keuzes.items()) + " }")
    return "\n".join(lines) + "\n"


def test_a_script_error_in_round_2_points_at_an_item_of_round_1(tmp_path):
    """swo's argument a1 is gone in round 2 (its variant has a3): the error names the item."""
    shutil.copytree(FOLDER, tmp_path / "casussen")
    script = tmp_path / "fout.toml"
    zetten = RONDE_1 + [Zet(soort="vraag", rol="gemeente", item="v1"),
                        Zet(soort="argument", rol="swo", item="a1")]
    script.write_text('casus = "ronde2dorp"\nspelers = ["Anna", "Bram"]\n' + "".join(
        f"\n[[zetten]]\n{_toml(z)}" for z in zetten), encoding="utf-8")
    uitslag = validate([tmp_path / "casussen", script], extra=tmp_path / "casussen")
    fouten = [p for p in uitslag.errors if p.file == str(script)]
    assert len(fouten) == 1, fouten
    assert fouten[0].path[-1] == "item", fouten[0]


def test_the_case_checks_judge_round_2_too_and_say_so(tmp_path):
    uitslag = validate([BESTAND])
    tweede = [p for p in uitslag.warnings if "in ronde 2 (na de rolwissel)" in p.message]
    assert tweede, [p.message for p in uitslag.warnings]
    assert all(p.path[:1] != ("rollen",) for p in tweede)
    # a rule reading a secret, or reaching a score, only round 2 has can fire
    assert not any("tweede_geheim_verteld" in p.message for p in uitslag.warnings)
    assert not any("lang_en_goed_voor_gemeente" in p.message for p in uitslag.warnings)


def test_the_deal_lines_cover_round_2(geladen):
    lines = deal_lines(geladen, ruimte(geladen.casus, geladen.regelboek))
    kop = next(line for line in lines if "in ronde 2 (na de rolwissel)" in line)
    assert "gemeente 50, swo 45" in kop


def test_the_round_view_of_a_case(geladen):
    from simulatie.kern.model.kennis import in_ronde, rondes

    casus = geladen.casus
    assert rondes(casus) == (1, 2)
    view = in_ronde(casus, 2)
    assert view.brief("gemeente", 1) == casus.brief("gemeente", 2)
    assert view.brief("swo", 2) == casus.brief("swo", 2) and not view.rolwissel
    assert in_ronde(casus, 3) is casus


# --- every round of any session -------------------------------------------------------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from simulatie.kern.model.score import score  # noqa: E402
from test_eigenschappen import sessions  # noqa: E402


@given(st.data())
def test_every_round_of_any_session_is_judged_by_its_own_briefs(data):
    """Odd rounds by `[rollen]`, even rounds by `[rolwissel]`: the bottom lines of the
    report, and the scores of an agreement reached without any secret told."""
    geladen = load_casus(BESTAND, AlgemeneRegels())
    casus = geladen.casus
    staat = fold(new_session(casus, geladen.regelboek, ("Anna", "Bram")),
                 data.draw(sessions(geladen)))
    for ronde in staat.rondes:
        bron = casus.rolwissel if ronde.nummer % 2 == 0 else casus.rollen
        report = verslag(staat, ronde)
        assert report.ondergrenzen == {rol: bron[rol].ondergrens for rol in ("gemeente", "swo")}
        if ronde.akkoord is not None and not any(z.soort in ("onthul", "antwoord") and z.geheim
                                                 for z in ronde.zetten):
            assert report.scores == {rol: score(bron[rol], ronde.akkoord)
                                     for rol in ("gemeente", "swo")}
