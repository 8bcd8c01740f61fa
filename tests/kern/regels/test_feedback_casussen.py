"""Feedback that judges what happened, on every shipped case, played as moves:
no compliment about a deal nobody agreed to, a warning for accepting below one's own
bottom line, and no rule about the deal that fires on nearly every deal."""

from __future__ import annotations

import pytest

from simulatie.kern.catalogus import load_catalogus
from simulatie.kern.catalogus.controle import all_keuzes
from simulatie.kern.model import Zet
from simulatie.kern.model.score import score
from simulatie.kern.regels import round_facts
from simulatie.kern.regels.feiten import case_facts, voorstel_facts
from simulatie.kern.regels.regels import OVER_VOORSTEL, reads_deal
from simulatie.kern.spel import GeladenCasus, fold, new_session, verslag

CATALOGUS = load_catalogus()
CASUSSEN = sorted(CATALOGUS.casussen)
BIJNA_ALTIJD = 0.8  # a rule about the deal that fires on more deals than this is noise


def _deals(geladen: GeladenCasus) -> list[dict[str, str]]:
    casus, base = geladen.casus, case_facts(geladen.casus)
    return [k for k in all_keuzes(casus)
            if not geladen.regelboek.banned(voorstel_facts(casus, k) | base)]


def _ideal(geladen: GeladenCasus, rol: str) -> dict[str, str]:
    return max(_deals(geladen), key=lambda k: score(geladen.casus.brief(rol), k))


def _begin(geladen: GeladenCasus):
    return new_session(geladen.casus, geladen.regelboek, ("A", "B"))


@pytest.mark.parametrize("casus_id", CASUSSEN)
@pytest.mark.parametrize("einde", ["stop", "rolwissel-na-zetten"])
def test_no_compliment_about_a_proposal_nobody_agreed_to(casus_id: str, einde: str) -> None:
    """Each side proposes its ideal in turn and the round ends without agreement: no
    compliment reads the deal, and what is said about the last proposal is labelled as
    not accepted and moves no public value."""
    geladen = CATALOGUS.casussen[casus_id]
    zetten = [Zet(soort="voorstel", rol="gemeente", keuzes=_ideal(geladen, "gemeente")),
              Zet(soort="tegenvoorstel", rol="swo", keuzes=_ideal(geladen, "swo"))]
    if einde == "stop":
        zetten.append(Zet(soort="stop", rol="gemeente"))
    else:  # the turn limit: the rest of the round talks in its own words
        zetten += [Zet(soort="belang", rol=("gemeente", "swo")[i % 2], tekst="...")
                   for i in range(geladen.casus.max_zetten - 2)]
    staat = fold(_begin(geladen), zetten)
    assert staat.ronde.akkoord is None and staat.ronde.afgelopen
    rapport = verslag(staat, staat.ronde)
    for item in rapport.feedback:
        if item.regel.ernst == "compliment":
            assert item.over != OVER_VOORSTEL, item.regel.id
    labelled = [f for f in rapport.feedback if f.over == OVER_VOORSTEL]
    assert all(reads_deal(f.regel.als) for f in labelled)
    assert rapport.scores == {"gemeente": None, "swo": None}
    assert rapport.boven_ondergrens == {"gemeente": False, "swo": False}
    counted = [f for f in rapport.feedback if f.telt]
    assert sum(sum(f.regel.effecten.values()) for f in counted) == sum(rapport.dimensies.values())


@pytest.mark.parametrize("casus_id", CASUSSEN)
@pytest.mark.parametrize("rol", ["gemeente", "swo"])
def test_accepting_below_ones_own_bottom_line_is_a_warning(casus_id: str, rol: str) -> None:
    """The other side proposes its ideal, which is below this side's line, and this side
    accepts: the round report warns, and says the bottom line was not reached."""
    geladen = CATALOGUS.casussen[casus_id]
    ander = "swo" if rol == "gemeente" else "gemeente"
    deal = _ideal(geladen, ander)
    brief = geladen.casus.brief(rol)
    if score(brief, deal) >= brief.ondergrens:
        deal = min(_deals(geladen), key=lambda k: score(brief, k))
    assert score(brief, deal) < brief.ondergrens
    opening = [] if ander == "gemeente" else [Zet(soort="belang", rol="gemeente",
                                                  tekst="We luisteren eerst.")]
    staat = fold(_begin(geladen), [*opening, Zet(soort="voorstel", rol=ander, keuzes=deal),
                                   Zet(soort="accepteer", rol=rol)])
    rapport = verslag(staat, staat.ronde)
    assert rapport.boven_ondergrens[rol] is False
    warnings = {f.regel.id for f in rapport.feedback if f.regel.ernst == "waarschuwing"}
    assert f"akkoord-onder-ondergrens-{rol}" in warnings


@pytest.mark.parametrize("casus_id", CASUSSEN)
def test_no_rule_about_the_deal_fires_on_nearly_every_deal(casus_id: str) -> None:
    """Every allowed deal, agreed without talk: each rule that reads the deal fires on at
    most 80 % of them (schaal-te-groot once fired on all of Helmond's and Tilburg's)."""
    geladen = CATALOGUS.casussen[casus_id]
    deals = _deals(geladen)
    begin = _begin(geladen)
    fired: dict[str, int] = {}
    for keuzes in deals:
        staat = fold(begin, [Zet(soort="voorstel", rol="gemeente", keuzes=keuzes),
                             Zet(soort="accepteer", rol="swo")])
        for item in geladen.regelboek.feedback(round_facts(staat.casus, staat.ronde)):
            if reads_deal(item.regel.als):
                fired[item.regel.id] = fired.get(item.regel.id, 0) + 1
    noisy = {r: round(n / len(deals), 2) for r, n in fired.items() if n / len(deals) > BIJNA_ALTIJD}
    assert noisy == {}
