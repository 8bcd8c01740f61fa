"""Stated against true preferences in the round debrief, from moves played through the
real fold: a lie, a truth, a false favourite, an understatement, a round-2 variant."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulatie.kern.analyse.nabespreking import nabespreking
from simulatie.kern.analyse.voorkeuren import ORDE, voorkeuroordelen
from simulatie.kern.model import Zet
from simulatie.kern.model.kennis import favorieten, gewicht_klasse
from simulatie.kern.spel import new_session, step

GEWICHTEN = {"inkoopvorm": 40, "aanbieders": 25, "looptijd": 10, "verlengopties": 25}


def _weights(data: dict) -> None:
    data["rollen"]["gemeente"]["gewichten"] = dict(GEWICHTEN)


@pytest.fixture
def scheef(maak_casus):
    """Mini with gemeente weights 40/25/10/25: inkoopvorm heavy, looptijd light."""
    return maak_casus(_weights)


def _play(geladen, moves):
    staat = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    for move in moves:
        staat = step(staat, Zet(**move))
    return staat


def test_a_lie_about_weight_is_overstated_and_names_the_true_share(scheef):
    staat = _play(scheef, [
        {"soort": "voorkeur", "rol": "gemeente", "punt": "looptijd", "gewicht": "zwaar"}])
    (oordeel,) = nabespreking(scheef.casus, staat.ronde, None).voorkeuren
    assert (oordeel.zet, oordeel.rol, oordeel.punt) == (1, "gemeente", "looptijd")
    assert oordeel.echt_gewicht == "licht" and oordeel.aandeel == pytest.approx(0.10)
    assert oordeel.gewicht_oordeel == "overdreven" and not oordeel.waar
    assert oordeel.regel == ("De gemeente zei dat looptijd zwaar weegt; in haar brief weegt "
                             "het 10 % (licht) — overdreven (zet 1).")


def test_the_truth_is_marked_true_with_both_weight_and_favourite(scheef):
    staat = _play(scheef, [
        {"soort": "voorkeur", "rol": "gemeente", "punt": "inkoopvorm", "gewicht": "zwaar",
         "optie": "aanbesteden"}])
    (oordeel,) = voorkeuroordelen(scheef.casus, staat.ronde)
    assert oordeel.waar and (oordeel.gewicht_oordeel, oordeel.optie_oordeel) == ("klopt", "klopt")
    assert oordeel.regel == (
        "De gemeente zei dat inkoopvorm zwaar weegt en dat ze het liefst Aanbesteden wil; in "
        "haar brief weegt het 40 % (zwaar) en is Aanbesteden ook het meest waard (100) — "
        "klopt (zet 1).")


def test_a_false_favourite_and_an_understatement_by_the_other_side(scheef):
    staat = _play(scheef, [
        {"soort": "belang", "rol": "gemeente", "item": "b1"},
        {"soort": "voorkeur", "rol": "swo", "punt": "looptijd", "optie": "j2"},
        {"soort": "voorkeur", "rol": "gemeente", "punt": "aanbieders", "gewicht": "licht"},
        {"soort": "voorkeur", "rol": "swo", "punt": "aanbieders", "gewicht": "zwaar",
         "optie": "een"}])
    vals, afgezwakt, half = voorkeuroordelen(scheef.casus, staat.ronde)
    assert (vals.zet, vals.rol, vals.optie_oordeel, vals.gewicht_oordeel) == (
        2, "swo", "valse favoriet", None)
    assert vals.favorieten == ("j6",)
    assert vals.regel == ("De sociaalwerkorganisatie zei dat ze bij looptijd het liefst 2 jaar "
                          "wil; in haar brief is 6 jaar het meest waard (100; 2 jaar: 0) — "
                          "valse favoriet (zet 2).")
    assert afgezwakt.gewicht_oordeel == "afgezwakt" and afgezwakt.echt_gewicht == "gemiddeld"
    assert afgezwakt.regel.endswith("— afgezwakt (zet 3).")
    # Equal weights make every issue middling for the swo: "zwaar" overstates it, and
    # "één" is its true favourite.
    assert (half.gewicht_oordeel, half.optie_oordeel) == ("overdreven", "klopt")
    assert half.regel.endswith("— overdreven, favoriet klopt (zet 4).")


def test_a_round_without_statements_has_no_section(scheef):
    staat = _play(scheef, [
        {"soort": "belang", "rol": "gemeente", "item": "b1"},
        {"soort": "voorstel", "rol": "swo", "keuzes": {
            "inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
            "verlengopties": "geen"}},
        {"soort": "accepteer", "rol": "gemeente"}])
    d = nabespreking(scheef.casus, staat.ronde, None)
    assert d.voorkeuren == ()
    assert not any("zei dat" in line for line in d.regels)


def test_the_verdict_agrees_with_what_the_rules_count_as_untrue(scheef):
    """The facts `*_voorkeuren_onwaar` and this debrief judge the same statements."""
    moves = [{"soort": "voorkeur", "rol": "gemeente", "punt": p, "gewicht": g, "optie": o}
             for p, g, o in (("looptijd", "zwaar", None), ("inkoopvorm", "zwaar", "subsidie"),
                             ("aanbieders", "gemiddeld", "een"))]
    moves = [{k: v for k, v in m.items() if v is not None} for m in moves]
    staat = new_session(scheef.casus, scheef.regelboek, ("Anna", "Bram"))
    for move in moves:
        staat = step(staat, Zet(**move))
        staat = step(staat, Zet(soort="belang", rol="swo", item="b1"))
    oordelen = voorkeuroordelen(scheef.casus, staat.ronde)
    assert [o.waar for o in oordelen] == [u.waar for u in staat.ronde.uitwisseling.uitspraken]
    assert [o.waar for o in oordelen] == [False, False, True]


def test_an_even_round_is_judged_by_its_variant_brief(maak_casus):
    """After the role swap the round-2 brief says looptijd weighs heavily: the same words
    that were overstated in round 1 are true in round 2."""
    def change(data):
        _weights(data)
        data["rolwissel"] = {"gemeente": {"gewichten": {
            "inkoopvorm": 10, "aanbieders": 25, "looptijd": 40, "verlengopties": 25},
            "waarden": {**data["rollen"]["gemeente"]["waarden"],
                        "looptijd": {"j2": 0, "j6": 100}}}}
    geladen = maak_casus(change)
    zeg = {"soort": "voorkeur", "rol": "gemeente", "punt": "looptijd", "gewicht": "zwaar",
           "optie": "j6"}
    staat = _play(geladen, [zeg, {"soort": "stop", "rol": "swo"}, {"soort": "rolwissel"}, zeg])
    assert staat.ronde.nummer == 2
    (oordeel,) = voorkeuroordelen(geladen.casus, staat.ronde)
    brief = geladen.casus.brief("gemeente", 2)
    assert gewicht_klasse(brief, "looptijd") == "zwaar" and favorieten(brief, "looptijd") == ["j6"]
    assert oordeel.waar and oordeel.aandeel == pytest.approx(0.40)
    (eerste,) = voorkeuroordelen(geladen.casus, staat.rondes[0])
    assert (eerste.gewicht_oordeel, eerste.optie_oordeel) == ("overdreven", "valse favoriet")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=4, max_size=4),
       st.lists(st.sampled_from(["zwaar", "gemiddeld", "licht", None]), min_size=4, max_size=4),
       st.lists(st.sampled_from([0, 1, None]), min_size=4, max_size=4))
def test_any_statement_is_judged_as_the_fold_judges_it(mini, gewichten, woorden, opties):
    """On any weights, any weight word and any named option: true exactly when the
    state's record of the statement says so, and over- or understated by the order
    licht < gemiddeld < zwaar against the brief's own class."""
    punten = list(mini.casus.onderhandelpunten)
    brief = mini.casus.brief("gemeente").model_copy(
        update={"gewichten": dict(zip(punten, map(float, gewichten)))})
    casus = mini.casus.model_copy(update={"rollen": mini.casus.rollen.model_copy(
        update={"gemeente": brief})})
    staat = new_session(casus, mini.regelboek, ("Anna", "Bram"))
    for punt, woord, optie in zip(punten, woorden, opties):
        if woord is None and optie is None:
            continue
        opties_punt = list(casus.onderhandelpunten[punt].opties)
        staat = step(staat, Zet(soort="voorkeur", rol="gemeente", punt=punt, gewicht=woord,
                                optie=None if optie is None else opties_punt[optie]))
        staat = step(staat, Zet(soort="belang", rol="swo", item="b1"))
    oordelen = voorkeuroordelen(casus, staat.ronde)
    uitspraken = staat.ronde.uitwisseling.uitspraken
    assert [o.waar for o in oordelen] == [u.waar for u in uitspraken]
    for o in oordelen:
        echt = gewicht_klasse(brief, o.punt)
        assert o.echt_gewicht == echt
        if o.gewicht is not None:
            verschil = ORDE[o.gewicht] - ORDE[echt]
            assert o.gewicht_oordeel == ("klopt" if verschil == 0 else
                                         "overdreven" if verschil > 0 else "afgezwakt")
            assert o.gewicht_oordeel in o.regel or o.waar
        assert o.aandeel == pytest.approx(brief.gewichten[o.punt] / sum(gewichten))
