"""Talking pays: in every shipped case, a pair that asks, answers and tells what it knows
reaches a deal that scores at least 10 points higher for each side than the best a pair
that only trades offers can reach, in the same number of moves.

Both rounds are derived from the case alone, so a reworked or new case is measured the
same way (see the contract in docs/casusformaat.md, "Geheimen"):
- the offers-only pair knows nothing of the other side: the best it can reach is the Nash
  deal (largest product of both gains over the bottom lines) of the table values, among
  the deals both sides can accept (not banned, no option a side's own secret rules out);
- the informed pair tells every secret that carries an effect or a constraint (asked for
  it where the other side is to move) and then agrees on the Nash deal of the values as
  they stand once everything is told.
The rounds are played as moves, and compared by the scores of their round reports.

A case with round-2 variants (`[rolwissel.ROL]`) is measured in round 2 too, with the
variants' tables and secrets: both players have seen both round-1 tables by then, so the
variants must make talking pay on their own. Round 1 then ends at once (a stop) and the
pairs play after the role swap.
"""

from __future__ import annotations

import pytest

from simulatie.kern.catalogus import load_catalogus
from simulatie.kern.catalogus.controle import all_keuzes
from simulatie.kern.model import Zet
from simulatie.kern.model.kennis import aanvaardbaar, in_ronde, other, with_effects
from simulatie.kern.model.score import score
from simulatie.kern.regels.feiten import case_facts, voorstel_facts
from simulatie.kern.spel import GeladenCasus, fold, new_session, verslag

ROLLEN = ("gemeente", "swo")
WINST = 10

CATALOGUS = load_catalogus()
CASUSSEN = sorted(CATALOGUS.casussen)


def _reworked(geladen: GeladenCasus) -> bool:
    return any(g.effect for rol in ROLLEN for g in geladen.casus.brief(rol).geheimen)


def _deals(geladen: GeladenCasus) -> list[dict[str, str]]:
    casus, base = geladen.casus, case_facts(geladen.casus)
    return [k for k in all_keuzes(casus)
            if not geladen.regelboek.banned(voorstel_facts(casus, k) | base)
            and all(aanvaardbaar(casus.brief(rol), k) for rol in ROLLEN)]


def _nash(deals: list[dict[str, str]], briefs: dict) -> dict[str, str]:
    def key(k: dict[str, str]) -> tuple[float, float]:
        gains = [score(briefs[r], k) - briefs[r].ondergrens for r in ROLLEN]
        return (gains[0] * gains[1] if min(gains) >= 0 else -1.0, sum(gains))
    return max(deals, key=key)


def _informed(geladen: GeladenCasus, deal: dict[str, str]) -> list[Zet]:
    """Tell every secret that matters, each asked for when its holder is not to move."""
    casus = geladen.casus
    pending = [(rol, g) for rol in ROLLEN for g in casus.brief(rol).geheimen
               if g.effect or g.onaanvaardbaar]
    zetten: list[Zet] = []
    turn = "gemeente"
    while pending:
        mine = [p for p in pending if p[0] == turn]
        if mine:
            rol, geheim = mine[0]
            zetten.append(Zet(soort="onthul", rol=rol, geheim=geheim.id))
            turn = other(turn)
        else:
            rol, geheim = pending[0]
            vragen = casus.brief(turn).vragen
            vraag = next((v for v in vragen if v.onderwerp == geheim.onderwerp), vragen[0])
            zetten += [Zet(soort="vraag", rol=turn, item=vraag.id),
                       Zet(soort="antwoord", rol=rol, geheim=geheim.id)]
        pending.remove((rol, geheim))
    return zetten + [Zet(soort="voorstel", rol=turn, keuzes=deal),
                     Zet(soort="accepteer", rol=other(turn))]


def _offers_only(geladen: GeladenCasus, deals: list[dict[str, str]], deal: dict[str, str],
                 aantal: int) -> list[Zet]:
    """`aantal` moves: each side's own best deal in turn, then `deal`, accepted."""
    ideaal = {r: max(deals, key=lambda k, r=r: score(geladen.casus.brief(r), k)) for r in ROLLEN}
    zetten: list[Zet] = []
    for index in range(aantal - 1):
        rol = ROLLEN[index % 2]
        keuzes = deal if index == aantal - 2 else ideaal[rol]
        zetten.append(Zet(soort="voorstel" if index == 0 else "tegenvoorstel", rol=rol,
                          keuzes=keuzes))
    return zetten + [Zet(soort="accepteer", rol=ROLLEN[(aantal - 1) % 2])]


def _params() -> list[object]:
    params = []
    for casus_id in CASUSSEN:
        marks = [] if _reworked(CATALOGUS.casussen[casus_id]) else [pytest.mark.xfail(
            strict=True, reason="no secret in this case has an effect yet")]
        params.append(pytest.param(casus_id, 1, marks=marks, id=casus_id))
        params.append(pytest.param(casus_id, 2, id=f"{casus_id}-ronde2"))
    return params


# Round 2 is reached by ending round 1 at once and swapping roles.
NAAR_RONDE = {1: [], 2: [Zet(soort="stop", rol="gemeente"), Zet(soort="rolwissel")]}


@pytest.mark.parametrize("casus_id,ronde", _params())
def test_asking_answering_and_telling_beats_trading_offers(casus_id: str, ronde: int) -> None:
    echt = CATALOGUS.casussen[casus_id]
    assert ronde == 1 or echt.casus.rolwissel.keys() == {"gemeente", "swo"}, (
        "elke meegeleverde casus heeft voor beide rollen een tweede versie voor ronde 2")
    # The case as the round plays it: its round briefs in place of round 1's.
    geladen = GeladenCasus(in_ronde(echt.casus, ronde), echt.regelboek, echt.bestand)
    casus = geladen.casus
    deals = _deals(geladen)
    tabel = {r: casus.brief(r) for r in ROLLEN}
    verteld = {r: with_effects(casus.brief(r), casus.brief(other(r)).geheimen) for r in ROLLEN}
    informed = _informed(geladen, _nash(deals, verteld))
    offers = _offers_only(geladen, deals, _nash(deals, tabel), len(informed))
    assert len(informed) == len(offers) <= casus.max_zetten
    begin = fold(new_session(echt.casus, echt.regelboek, ("A", "B")), NAAR_RONDE[ronde])
    assert begin.ronde.nummer == ronde
    met, zonder = fold(begin, informed), fold(begin, offers)
    assert met.ronde.uitkomst == zonder.ronde.uitkomst == "akkoord"
    goed, kaal = verslag(met, met.ronde).scores, verslag(zonder, zonder.ronde).scores
    for rol in ROLLEN:
        assert goed[rol] >= kaal[rol] + WINST, (rol, goed, kaal)
