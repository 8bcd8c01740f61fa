"""Properties of play that hold for every session the rules allow.

A strategy plays random sessions the way players could: it asks `legal_soorten`
which kinds of move are open, picks one, and fills it in from the case (an item of
the brief, a free text, a full proposal). The tests then fold those moves and check
what must always hold. Run more examples with `HYPOTHESIS_PROFILE=ci`.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulatie.kern.bestanden import REGELS_BESTAND, bundled_folder
from simulatie.kern.catalogus import AlgemeneRegels, load_algemeen, load_casus, load_folder
from simulatie.kern.model import BRIEF_LIJST, SOORTEN, VOORSTEL_SOORTEN, Sessie, Zet, woorden
from simulatie.kern.regels import FEITEN, round_facts
from simulatie.kern.regels.feiten import case_facts, voorstel_facts
from simulatie.kern.spel import (
    GeladenCasus,
    IllegalZet,
    SessieStaat,
    fold,
    legal_soorten,
    new_session,
    staat_na,
    start,
    step,
)

MINI = Path(__file__).resolve().parents[2] / "data" / "mini.toml"
BUNDLED = sorted(bundled_folder().glob("*.toml"))
CASES = [MINI, *BUNDLED]
SPELERS = ("Anna", "Bram")
BANNED = "Dit voorstel kan niet"
MAX_MOVES = 60


@functools.cache
def algemeen() -> AlgemeneRegels:
    """The bundled general rules if the file exists yet, so mini is judged by them too."""
    path = bundled_folder() / REGELS_BESTAND
    return load_algemeen(path) if path.exists() else AlgemeneRegels()


@functools.cache
def geladen(path: Path) -> GeladenCasus:
    return load_casus(path, algemeen())


def begin(case: GeladenCasus) -> SessieStaat:
    return new_session(case.casus, case.regelboek, SPELERS)


# --- strategies -------------------------------------------------------------------------

# Short texts keep long sessions within Hypothesis's data budget; odd unicode stays in.
vrije_tekst = st.sampled_from(["Waarom?", "Wat vinden bewoners?", "  ja  "]) | st.text(
    min_size=1, max_size=6).filter(str.strip)


@st.composite
def legal_zet(draw, case: GeladenCasus, staat: SessieStaat) -> Zet:
    """A move of a kind `legal_soorten` offers, filled in from the case."""
    soort = draw(st.sampled_from(legal_soorten(staat)))
    if soort == "rolwissel":
        return Zet(soort="rolwissel")
    rol = staat.ronde.aan_zet
    velden: dict[str, object] = {}
    if soort in BRIEF_LIJST:
        items = [i.id for i in getattr(case.casus.brief(rol, staat.ronde.nummer),
                                       BRIEF_LIJST[soort])]
        if items and draw(st.booleans()):
            velden["item"] = draw(st.sampled_from(items))
        else:
            velden["tekst"] = draw(vrije_tekst)
            velden["onderwerp"] = draw(st.none() | st.sampled_from(list(woorden.ONDERWERPEN)))
    elif soort in ("voorstel", "tegenvoorstel"):
        velden["keuzes"] = draw(proposal(case))
    return Zet(soort=soort, rol=rol, **velden)


def proposal(case: GeladenCasus) -> st.SearchStrategy[dict[str, str]]:
    """A full proposal: one known option for every issue of the case."""
    return st.fixed_dictionaries({
        punt_id: st.sampled_from(list(punt.opties))
        for punt_id, punt in case.casus.onderhandelpunten.items()
    })


@st.composite
def sessions(draw, case: GeladenCasus) -> list[Zet]:
    """Moves of a session the rules allow; proposals a ban forbids are left out."""
    staat = begin(case)
    zetten: list[Zet] = []
    for _ in range(draw(st.integers(0, MAX_MOVES))):
        zet = draw(legal_zet(case, staat))
        try:
            staat = step(staat, zet)
        except IllegalZet as refused:
            # The only refusal a legal kind of move may meet is a case's ban.
            assert str(refused).startswith(BANNED), f"{zet!r} geweigerd: {refused}"
            continue
        zetten.append(zet)
    return zetten


@st.composite
def any_zet(draw, case: GeladenCasus) -> Zet:
    """A move with random kind, role and arguments, mostly against the rules of play."""
    casus = case.casus
    ids = sorted({i for rol in woorden.ROLLEN for i in casus.brief(rol).items()} | {"onzin"})
    punten = [*casus.onderhandelpunten, "onzin"]
    opties = sorted({o for p in casus.onderhandelpunten.values() for o in p.opties} | {"onzin"})
    keuzes = st.dictionaries(st.sampled_from(punten), st.sampled_from(opties), max_size=8)
    return Zet(
        soort=draw(st.sampled_from(list(SOORTEN))),
        rol=draw(st.sampled_from([None, *woorden.ROLLEN])),
        item=draw(st.none() | st.sampled_from(ids)),
        tekst=draw(st.sampled_from(["", "  ", "Waarom?"])),
        onderwerp=draw(st.none() | st.sampled_from(list(woorden.ONDERWERPEN))),
        keuzes=draw(st.none() | keuzes | proposal(case)),
    )


# --- what a consistent state looks like ------------------------------------------------

def check_consistent(staat: SessieStaat) -> None:
    rondes = staat.rondes
    assert [r.nummer for r in rondes] == list(range(1, len(rondes) + 1))
    assert [r.gemeente_speler for r in rondes] == [i % 2 for i in range(len(rondes))]
    assert all(r.afgelopen for r in rondes[:-1]), "only the last round may still run"
    for ronde in rondes:
        check_round(ronde, staat.casus.max_zetten)


def check_round(ronde, max_zetten: int) -> None:
    zetten = ronde.zetten
    assert len(zetten) <= max_zetten
    assert [z.rol for z in zetten] == [("gemeente", "swo")[i % 2] for i in range(len(zetten))]
    assert ronde.aan_zet == ("gemeente", "swo")[len(zetten) % 2]
    assert ronde.uitkomst in woorden.UITKOMSTEN
    assert (ronde.uitkomst == "akkoord") == (ronde.akkoord is not None)
    if ronde.afgelopen:
        assert ronde.op_tafel is None
    if ronde.uitkomst == "beurtlimiet":
        assert len(zetten) == max_zetten
    if ronde.op_tafel is not None:
        tafel = ronde.op_tafel
        assert dict(tafel.keuzes) == dict(ronde.laatste_voorstel)
        assert zetten[tafel.zet - 1].rol == tafel.door
    proposals = [dict(z.keuzes) for z in zetten if z.soort in ("voorstel", "tegenvoorstel")]
    assert ronde.dialogue.voorstellen == len(proposals)
    if ronde.akkoord is not None:
        assert dict(ronde.akkoord) in proposals


# --- the properties ----------------------------------------------------------------------

@given(st.data())
def test_every_reachable_state_is_consistent(data):
    """Along any legal session of mini every state obeys the invariants of play."""
    case = geladen(MINI)
    staat = begin(case)
    for zet in data.draw(sessions(case)):
        staat = step(staat, zet)
        check_consistent(staat)


@given(st.data())
def test_folding_the_same_moves_twice_gives_equal_states(data):
    """A session's state depends only on its moves: two folds give equal states."""
    case = geladen(MINI)
    zetten = data.draw(sessions(case))
    assert fold(begin(case), zetten) == fold(begin(case), zetten)


@given(st.data())
def test_a_saved_session_read_back_gives_the_same_state(data):
    """A session written to JSON and read back folds to the same state."""
    case = geladen(MINI)
    sessie = start(case, SPELERS).model_copy(update={"zetten": tuple(data.draw(sessions(case)))})
    terug = Sessie.model_validate_json(sessie.model_dump_json())
    assert staat_na(case, terug) == staat_na(case, sessie)


@given(st.data())
def test_a_refused_move_leaves_the_state_unchanged(data):
    """Any move `step` refuses leaves the state equal to a fresh fold of the same moves."""
    case = geladen(MINI)
    zetten = data.draw(sessions(case))
    staat = fold(begin(case), zetten)
    zet = data.draw(any_zet(case))
    try:
        na = step(staat, zet)
    except IllegalZet:
        assert staat == fold(begin(case), zetten)
        return
    # A random move the rules accept must also keep the state consistent.
    check_consistent(na)
    assert zet.soort == "rolwissel" or zet.rol == staat.ronde.aan_zet


def fact_has_its_type(value: object, kind: str) -> bool:
    if kind == "lijst":
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    return isinstance(value, {"tekst": str, "getal": float, "ja/nee": bool}[kind])


@given(st.data())
def test_every_fact_has_its_declared_type(data):
    """On any reachable state each fact is of the type FEITEN declares, or empty."""
    case = geladen(MINI)
    staat = fold(begin(case), data.draw(sessions(case)))
    facts = round_facts(case.casus, staat.ronde)
    for feit in FEITEN:
        value = facts[feit.name]
        assert (value is None and feit.needs_voorstel) or fact_has_its_type(value, feit.type), (
            feit.name, value)


def test_every_bundled_case_loads_without_problems():
    """Every case file in the bundled folder (and the general rules) loads cleanly."""
    files = sorted(bundled_folder().glob("*.toml"))
    if not files:
        pytest.skip(f"{bundled_folder()} bevat nog geen casussen (*.toml)")
    catalogus = load_folder(bundled_folder())
    problems = [str(p) for found in catalogus.problemen.values() for p in found]
    assert problems == []
    assert sorted(g.bestand for g in catalogus.casussen.values()) == files


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
@settings(max_examples=max(10, settings.default.max_examples // 4))  # per case
@given(data=st.data())
def test_every_rule_evaluates_on_every_reachable_state(path, data):
    """For mini and every bundled case, no rule or ban fails on any state of play."""
    case = geladen(path)
    regelboek, staat, unjudged = case.regelboek, begin(case), []
    for zet in data.draw(sessions(case)):
        staat = step(staat, zet)
        keuzes = staat.ronde.laatste_voorstel
        if zet.soort in VOORSTEL_SOORTEN and keuzes is not None:  # what step judged the bans on
            facts = voorstel_facts(staat.casus, dict(keuzes)) | case_facts(staat.casus)
            unjudged += regelboek.unjudged(facts, regels=False)
        # what the round report judges every rule on
        unjudged += regelboek.unjudged(round_facts(staat.casus, staat.ronde), verboden=False)
    assert unjudged == []
