"""What the quick paths of the fold and the round report must keep: the same answers.

A long session is folded and judged with shortcuts (ended rounds shared between states,
a fold that keeps only its end, bans and deal facts remembered per deal). Each property
here compares a shortcut with the plain computation over random sessions of every case,
round 2's variant briefs and told secrets with effects included.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulatie.kern.model import VOORSTEL_SOORTEN, Zet
from simulatie.kern.regels import feiten, round_facts
from simulatie.kern.regels.feiten import case_facts, voorstel_facts
from simulatie.kern.model.kennis import briefs_in
from simulatie.kern.spel import IllegalZet, Verloop, step
from simulatie.kern.spel.stap import check_keuzes

from test_eigenschappen import CASES, any_zet, begin, geladen, proposal, sessions

PER_CASE = settings(max_examples=max(10, settings.default.max_examples // 4))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
@PER_CASE
@given(data=st.data())
def test_a_fold_that_keeps_only_its_end_ends_where_the_full_fold_ends(path, data):
    case = geladen(path)
    zetten = [*data.draw(sessions(case)), data.draw(any_zet(case))]  # the last one may fail
    alle = Verloop(begin(case), zetten)
    eind = Verloop(begin(case), zetten, alle_staten=False)
    assert eind.gespeeld == alle.gespeeld and eind.laatste == alle.laatste
    assert (eind.fout is None) == (alle.fout is None)
    if alle.fout is not None and eind.fout is not None:
        assert (eind.fout.index, eind.fout.reden) == (alle.fout.index, alle.fout.reden)
        assert eind.fout.staat == alle.fout.staat
    if alle.gespeeld:
        with pytest.raises(IndexError):
            eind.staat(0)  # not kept
        with pytest.raises(ValueError):
            eind.staten()


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
@PER_CASE
@given(data=st.data())
def test_a_move_shares_the_ended_rounds_and_a_rolwissel_adds_one(path, data):
    """The reason a move costs the same in round 1 and in round 1,000."""
    case = geladen(path)
    staat = begin(case)
    for zet in data.draw(sessions(case)):
        na = step(staat, zet)
        if zet.soort == "rolwissel":
            assert na.eerdere == staat.rondes and na.ronde.nummer == staat.ronde.nummer + 1
        else:
            assert na.eerdere is staat.eerdere
        assert na.rondes == (*na.eerdere, na.ronde)
        staat = na


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
@PER_CASE
@given(data=st.data())
def test_a_remembered_ban_is_the_ban_judged_afresh(path, data):
    """In either round (its own briefs), a proposal is refused exactly when its bans,
    judged now without any memo, say so; and asking twice gives the same answer."""
    case = geladen(path)
    staat = begin(case)
    for zet in data.draw(sessions(case)):
        staat = step(staat, zet)
    keuzes = data.draw(proposal(case))
    briefs = briefs_in(case.casus, staat.ronde.nummer)
    fresh = case.regelboek.banned(voorstel_facts(case.casus, keuzes, briefs)
                                  | case_facts(case.casus))
    for _ in range(2):
        try:
            check_keuzes(staat, keuzes)
        except IllegalZet as refused:
            assert fresh and all(v.reden in str(refused) for v in fresh)
        else:
            assert not fresh


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
@PER_CASE
@given(data=st.data())
def test_remembered_deal_facts_are_the_facts_worked_out_afresh(path, data):
    """After every move, the round's facts equal those made with an empty memo: a deal
    judged by other briefs (round 2, or after a told secret) is never a hit."""
    case = geladen(path)
    staat = begin(case)
    for zet in data.draw(sessions(case)):
        staat = step(staat, zet)
        if zet.soort in VOORSTEL_SOORTEN or zet.soort in ("accepteer", "onthul"):
            remembered = round_facts(case.casus, staat.ronde)
            feiten._DEALS._answers.clear()
            assert round_facts(case.casus, staat.ronde) == remembered


def test_a_deal_told_about_is_judged_by_the_brief_it_changed():
    """The same agreement, with and without a told secret that changes its value: two
    answers, not one remembered for both."""
    from simulatie.kern.model.kennis import geldende_brief

    for path in CASES:
        case = geladen(path)
        casus = case.casus
        for rol, ander in (("gemeente", "swo"), ("swo", "gemeente")):
            for geheim in casus.brief(ander).geheimen:
                if not geheim.effect:
                    continue
                eigen = casus.brief(rol)
                veranderd = geldende_brief(casus, rol, 1, [geheim.id])
                punt, opties = next(iter(geheim.effect.items()))
                optie = next(iter(opties))
                keuzes = {p: (optie if p == punt else next(iter(o.opties)))
                          for p, o in casus.onderhandelpunten.items()}
                if eigen.waarden[punt][optie] == veranderd.waarden[punt][optie]:
                    continue
                score = f"score_{rol}"
                zonder = feiten._deal_facts(casus, keuzes, briefs_in(casus))
                met = feiten._deal_facts(casus, keuzes, {**briefs_in(casus), rol: veranderd})
                assert zonder[score] != met[score], (path.stem, geheim.id)
                return
    pytest.skip("geen casus met een geheim dat een waarde verandert")


def test_no_deal_and_a_proposal_are_told_apart():
    case = geladen(CASES[0])
    casus = case.casus
    keuzes = {p: next(iter(o.opties)) for p, o in casus.onderhandelpunten.items()}
    leeg = feiten._deal_facts(casus, None, briefs_in(casus))
    vol = feiten._deal_facts(casus, keuzes, briefs_in(casus))
    assert leeg["score_gemeente"] is None and vol["score_gemeente"] is not None
    assert Zet  # imported for the strategies' types


def test_a_rule_book_copied_with_other_bans_remembers_nothing_of_the_first():
    import dataclasses
    import itertools

    for path in CASES:
        case = geladen(path)
        casus, regelboek = case.casus, case.regelboek
        punten = casus.onderhandelpunten
        for combo in itertools.islice(itertools.product(*(p.opties for p in punten.values())),
                                      5000):
            keuzes = dict(zip(punten, combo, strict=True))
            facts = voorstel_facts(casus, keuzes, briefs_in(casus)) | case_facts(casus)
            if regelboek.banned(facts):
                break
        else:
            continue
        owners = (casus, casus.brief("gemeente"), casus.brief("swo"))
        assert regelboek.banned_once(owners, combo, lambda: facts)  # remembered: banned
        zonder = dataclasses.replace(regelboek, verboden=())
        assert zonder.banned_once(owners, combo, lambda: facts) == []
        return
    pytest.skip("geen casus met een verbod dat een akkoord treft")


def test_a_fold_that_keeps_its_end_stays_whole_when_a_step_fails_otherwise(monkeypatch):
    """Not an illegal move but an error of another kind (a bug, Ctrl-C) halfway: the
    count of moves played and the kept state still agree, and folding on ends right."""
    from simulatie.kern.spel import verloop as verloop_module
    from test_verloop import praten

    case = geladen(CASES[0])
    zetten = praten(5)
    echte, calls = verloop_module.step, []

    def faalt_een_keer(staat, zet):
        calls.append(1)
        if len(calls) == 3:
            raise KeyError("zomaar")
        return echte(staat, zet)

    monkeypatch.setattr(verloop_module, "step", faalt_een_keer)
    eind = Verloop(begin(case), zetten, alle_staten=False)
    with pytest.raises(KeyError):
        eind.staat()
    assert eind.laatste == Verloop(begin(case), zetten).laatste and eind.gespeeld == 5
