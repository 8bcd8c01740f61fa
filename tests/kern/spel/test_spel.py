"""The rules of play: who moves, which moves are legal, how a round ends.

All tests use `tests/data/mini.toml`: max_zetten 10; the gemeente brief has belang
b1 (tarieven) and vraag v1 (kern_opdracht) and no arguments; the swo brief has
belang b1 (looptijd), vraag v1 (marktordening) and argument a1 (looptijd).
"""

from __future__ import annotations

import pytest

from simulatie.kern.model import Zet
from simulatie.kern.model.score import score
from simulatie.kern.spel import (
    IllegalZet,
    SessieStaat,
    fold,
    legal_soorten,
    speel,
    staat_na,
    start,
    step,
    verslag,
)

GEMEENTE_IDEAAL = {"inkoopvorm": "aanbesteden", "aanbieders": "een", "looptijd": "j2",
                   "verlengopties": "twee"}
SWO_IDEAAL = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
              "verlengopties": "geen"}


def zet(soort: str, rol: str | None = "gemeente", **velden) -> Zet:
    return Zet(soort=soort, rol=rol, **velden)


def vraag(rol: str = "gemeente") -> Zet:
    return zet("vraag", rol, item="v1")


def voorstel(rol: str, keuzes: dict[str, str], soort: str = "voorstel") -> Zet:
    return zet(soort, rol, keuzes=keuzes)


def gemeente_stelt_voor(begin: SessieStaat) -> SessieStaat:
    """The gemeente opens with its ideal; the swo is to move."""
    return step(begin, voorstel("gemeente", GEMEENTE_IDEAAL))


def afgelopen(begin: SessieStaat) -> SessieStaat:
    """Round 1 ended without a deal after one move."""
    return step(begin, zet("stop"))


# --- turn order ---------------------------------------------------------------

def test_a_new_session_starts_round_one_with_the_gemeente_to_move(begin):
    """A new session has one running round in which the gemeente moves first."""
    ronde = begin.ronde
    assert (ronde.nummer, ronde.aan_zet, ronde.uitkomst) == (1, "gemeente", "lopend")


def test_player_a_plays_the_gemeente_in_round_one(begin):
    """Player A (index 0) holds the gemeente role in round 1."""
    assert begin.ronde.speler("gemeente") == 0


def test_the_swo_cannot_open_a_round(begin):
    """The gemeente opens every round: an swo move first is refused."""
    with pytest.raises(IllegalZet, match="Niet aan de beurt"):
        step(begin, vraag("swo"))


def test_turns_alternate_between_the_roles(begin):
    """After a gemeente move the swo is to move, and after that the gemeente again."""
    na_een = step(begin, vraag("gemeente"))
    na_twee = step(na_een, vraag("swo"))
    assert (na_een.ronde.aan_zet, na_twee.ronde.aan_zet) == ("swo", "gemeente")


def test_the_same_role_cannot_move_twice_in_a_row(begin):
    """A second gemeente move straight after the first is refused."""
    with pytest.raises(IllegalZet, match="Niet aan de beurt"):
        fold(begin, [vraag("gemeente"), vraag("gemeente")])


def test_every_move_is_recorded_in_its_round(begin):
    """The round keeps the moves played, in order."""
    zetten = [vraag("gemeente"), zet("belang", "swo", item="b1")]
    assert fold(begin, zetten).ronde.zetten == tuple(zetten)


# --- talking moves --------------------------------------------------------------

def test_a_question_from_the_brief_marks_its_topic_as_asked(begin):
    """Quoting question v1 records its topic, kern_opdracht, as asked by the gemeente."""
    dialogue = step(begin, vraag("gemeente")).ronde.dialogue
    assert dialogue.vroeg["gemeente"] == {"kern_opdracht"}
    assert "kern_opdracht" in dialogue.besproken


def test_an_interest_from_the_brief_marks_its_topic_as_shared(begin):
    """Sharing interest b1 records its topic, tarieven, as shared by the gemeente."""
    dialogue = step(begin, zet("belang", item="b1")).ronde.dialogue
    assert (dialogue.deelde["gemeente"], dialogue.vroeg["gemeente"]) == ({"tarieven"}, set())


def test_an_unknown_brief_item_is_refused(begin):
    """Quoting an item that is not in the brief is refused and names the list."""
    with pytest.raises(IllegalZet, match="'x9' staat niet bij de vragen"):
        step(begin, zet("vraag", item="x9"))


def test_an_item_from_another_list_is_refused(begin):
    """A question id cannot be played as an interest."""
    with pytest.raises(IllegalZet, match="niet bij de belangen"):
        step(begin, zet("belang", item="v1"))


def test_a_misspelt_brief_item_gets_a_suggestion(maak_casus):
    """A near miss of a brief item's id is answered with 'Bedoelde je ...?'."""
    def rename(data: dict) -> None:
        data["rollen"]["gemeente"]["vragen"][0]["id"] = "kern_vraag"

    geladen = maak_casus(rename)
    staat = staat_na(geladen, start(geladen, ("A", "B")))
    with pytest.raises(IllegalZet, match="Bedoelde je 'kern_vraag'"):
        step(staat, zet("vraag", item="kern_vrag"))


def test_free_text_needs_text(begin):
    """A question without a brief item and with blank text is refused."""
    with pytest.raises(IllegalZet, match="typ een tekst"):
        step(begin, zet("vraag", tekst="   "))


def test_free_text_earns_no_topic_whatever_its_label(begin):
    """Free text plays, but its own label earns no topic: credit comes from the brief
    ("bla bla" labelled marktordening once earned the marktordening compliments)."""
    staat = step(begin, zet("belang", tekst="bla bla", onderwerp="marktordening"))
    assert (staat.ronde.dialogue.besproken, len(staat.ronde.zetten)) == (frozenset(), 1)


def test_free_text_without_a_topic_earns_no_topic(begin):
    """A free-text question without a topic is played and recorded under no topic."""
    staat = step(begin, zet("vraag", tekst="Hoe gaat het?"))
    assert staat.ronde.dialogue.besproken == frozenset()
    assert staat.ronde.uitwisseling.open_vraag.tekst == "Hoe gaat het?"


def test_topics_before_the_first_proposal_are_remembered_apart(begin):
    """Topics raised after the first proposal do not count as raised before it."""
    staat = fold(begin, [vraag("gemeente"), voorstel("swo", SWO_IDEAAL),
                         zet("belang", item="b1")])
    dialogue = staat.ronde.dialogue
    assert dialogue.besproken_voor_voorstel == {"kern_opdracht"}
    assert dialogue.besproken == {"kern_opdracht", "tarieven"}


# --- proposals ------------------------------------------------------------------

def test_a_proposal_goes_on_the_table(begin):
    """A valid proposal lies on the table with its author and move number."""
    tafel = gemeente_stelt_voor(begin).ronde.op_tafel
    assert (dict(tafel.keuzes), tafel.door, tafel.zet) == (GEMEENTE_IDEAAL, "gemeente", 1)


def test_a_proposal_is_remembered_as_the_last_one(begin):
    """The round remembers the latest proposal even after it left the table."""
    staat = fold(begin, [voorstel("gemeente", GEMEENTE_IDEAAL),
                         zet("verwerp", "swo", item="a1")])
    assert (staat.ronde.op_tafel, dict(staat.ronde.laatste_voorstel)) == (None, GEMEENTE_IDEAAL)


def test_a_proposal_must_choose_every_issue(begin):
    """A proposal that leaves an issue open is refused and names the open issue."""
    keuzes = {k: v for k, v in GEMEENTE_IDEAAL.items() if k != "looptijd"}
    with pytest.raises(IllegalZet, match="nog open: Looptijd"):
        step(begin, voorstel("gemeente", keuzes))


def test_a_proposal_naming_an_unknown_issue_gets_a_suggestion(begin):
    """A misspelt issue id is refused with the closest known issue."""
    keuzes = GEMEENTE_IDEAAL | {"looptyd": "j2"}
    with pytest.raises(IllegalZet, match="Onbekend onderhandelpunt 'looptyd'.*'looptijd'"):
        step(begin, voorstel("gemeente", keuzes))


def test_a_proposal_naming_an_unknown_option_gets_a_suggestion(begin):
    """An option that the issue does not offer is refused with the closest option."""
    keuzes = GEMEENTE_IDEAAL | {"inkoopvorm": "aanbesteed"}
    with pytest.raises(IllegalZet, match="'aanbesteed' is geen optie.*'aanbesteden'"):
        step(begin, voorstel("gemeente", keuzes))


def test_a_proposal_without_choices_is_refused(begin):
    """A proposal with no choices at all is refused."""
    with pytest.raises(IllegalZet, match="nog open"):
        step(begin, zet("voorstel"))


def test_a_banned_combination_cannot_be_proposed(maak_casus):
    """A proposal that a case's ban forbids is refused with the ban's reason."""
    def ban(data: dict) -> None:
        data["verboden"] = [{"id": "te_lang", "als": 'looptijd == "j6" and verlengopties == "twee"',
                             "reden": "Langer dan acht jaar mag niet."}]

    geladen = maak_casus(ban)
    staat = staat_na(geladen, start(geladen, ("A", "B")))
    keuzes = SWO_IDEAAL | {"verlengopties": "twee"}
    with pytest.raises(IllegalZet, match="Langer dan acht jaar mag niet"):
        step(staat, voorstel("gemeente", keuzes))


def test_a_side_may_replace_its_own_proposal(begin):
    """With its own proposal on the table a side may make a new plain proposal."""
    staat = fold(begin, [voorstel("gemeente", GEMEENTE_IDEAAL), vraag("swo"),
                         voorstel("gemeente", SWO_IDEAAL)])
    assert dict(staat.ronde.op_tafel.keuzes) == SWO_IDEAAL


def test_a_plain_proposal_is_refused_while_the_other_side_has_one_on_the_table(begin):
    """Facing the other side's proposal, a side must accept, reject or counter it."""
    with pytest.raises(IllegalZet, match="accepteer het, wijs het af of doe een tegenvoorstel"):
        step(gemeente_stelt_voor(begin), voorstel("swo", SWO_IDEAAL))


def test_a_counter_proposal_replaces_the_other_sides_proposal(begin):
    """A counter-proposal puts the counter on the table, by its author."""
    staat = step(gemeente_stelt_voor(begin), voorstel("swo", SWO_IDEAAL, "tegenvoorstel"))
    assert (dict(staat.ronde.op_tafel.keuzes), staat.ronde.op_tafel.door) == (SWO_IDEAAL, "swo")


def test_a_counter_proposal_needs_a_proposal_on_the_table(begin):
    """A counter-proposal with nothing on the table is refused."""
    with pytest.raises(IllegalZet, match="Een tegenvoorstel kan alleen"):
        step(begin, voorstel("gemeente", GEMEENTE_IDEAAL, "tegenvoorstel"))


def test_a_side_cannot_counter_its_own_proposal(begin):
    """A counter-proposal against one's own proposal is refused."""
    staat = fold(begin, [voorstel("gemeente", GEMEENTE_IDEAAL), vraag("swo")])
    with pytest.raises(IllegalZet, match="Een tegenvoorstel kan alleen"):
        step(staat, voorstel("gemeente", SWO_IDEAAL, "tegenvoorstel"))


def test_proposals_are_counted(begin):
    """The dialogue counts proposals and remembers who made the first and when."""
    staat = fold(begin, [vraag("gemeente"), voorstel("swo", SWO_IDEAAL),
                         voorstel("gemeente", GEMEENTE_IDEAAL, "tegenvoorstel")])
    dialogue = staat.ronde.dialogue
    assert (dialogue.voorstellen, dialogue.eerste_voorstel_door,
            dialogue.eerste_voorstel_zet) == (2, "swo", 2.0)


# --- accept, reject, stop -------------------------------------------------------------

def test_accepting_the_other_sides_proposal_ends_the_round_with_an_agreement(begin):
    """Accepting the proposal on the table makes it the agreement and clears the table."""
    staat = step(gemeente_stelt_voor(begin), zet("accepteer", "swo"))
    ronde = staat.ronde
    assert (ronde.uitkomst, dict(ronde.akkoord), ronde.op_tafel) == (
        "akkoord", GEMEENTE_IDEAAL, None)


def test_accepting_needs_a_proposal_on_the_table(begin):
    """Accepting with nothing on the table is refused."""
    with pytest.raises(IllegalZet, match="geen voorstel van de andere kant"):
        step(begin, zet("accepteer"))


def test_a_side_cannot_accept_its_own_proposal(begin):
    """Accepting one's own proposal is refused."""
    staat = fold(begin, [voorstel("gemeente", GEMEENTE_IDEAAL), vraag("swo")])
    with pytest.raises(IllegalZet, match="geen voorstel van de andere kant"):
        step(staat, zet("accepteer"))


def test_rejecting_with_an_argument_clears_the_table(begin):
    """Rejecting with argument a1 takes the proposal off the table and shares its topic."""
    staat = step(gemeente_stelt_voor(begin), zet("verwerp", "swo", item="a1"))
    assert staat.ronde.op_tafel is None
    assert staat.ronde.dialogue.deelde["swo"] == {"looptijd"}


def test_rejecting_with_free_text_is_allowed(begin):
    """A rejection may give its argument as free text."""
    staat = step(gemeente_stelt_voor(begin), zet("verwerp", "swo", tekst="Te kort."))
    assert (staat.ronde.op_tafel, staat.ronde.uitkomst) == (None, "lopend")


def test_rejecting_needs_an_argument(begin):
    """A rejection without an argument item or text is refused."""
    with pytest.raises(IllegalZet, match="typ een argument"):
        step(gemeente_stelt_voor(begin), zet("verwerp", "swo"))


def test_rejecting_cannot_quote_a_question(begin):
    """A rejection quotes an argument from the brief, not a question."""
    with pytest.raises(IllegalZet, match="niet bij de argumenten"):
        step(gemeente_stelt_voor(begin), zet("verwerp", "swo", item="v1"))


def test_rejecting_needs_a_proposal_of_the_other_side(begin):
    """Rejecting with nothing on the table is refused."""
    with pytest.raises(IllegalZet, match="geen voorstel van de andere kant"):
        step(begin, zet("verwerp", tekst="Nee."))


def test_stopping_ends_the_round_without_an_agreement(begin):
    """A stop ends the round as 'geen_akkoord' and clears the table."""
    staat = step(gemeente_stelt_voor(begin), zet("stop", "swo"))
    assert (staat.ronde.uitkomst, staat.ronde.akkoord, staat.ronde.op_tafel) == (
        "geen_akkoord", None, None)


# --- the turn limit -------------------------------------------------------------------

def talk(aantal: int) -> list[Zet]:
    return [vraag("gemeente" if i % 2 == 0 else "swo") for i in range(aantal)]


def test_the_turn_limit_ends_the_round(begin, mini):
    """The move that reaches max_zetten ends the round as 'beurtlimiet'."""
    staat = fold(begin, talk(mini.casus.max_zetten))
    assert staat.ronde.uitkomst == "beurtlimiet"


def test_the_round_runs_until_the_turn_limit(begin, mini):
    """One move short of max_zetten the round still runs."""
    staat = fold(begin, talk(mini.casus.max_zetten - 1))
    assert (staat.ronde.uitkomst, staat.zetten_over()) == ("lopend", 1)


def test_the_turn_limit_clears_the_table(begin, mini):
    """A proposal made with the last move does not stay on the table."""
    zetten = talk(mini.casus.max_zetten - 1) + [voorstel("swo", SWO_IDEAAL)]
    ronde = fold(begin, zetten).ronde
    assert (ronde.uitkomst, ronde.op_tafel, dict(ronde.laatste_voorstel)) == (
        "beurtlimiet", None, SWO_IDEAAL)


def test_accepting_with_the_last_move_is_an_agreement(begin, mini):
    """An acceptance as the last allowed move counts as an agreement, not the limit."""
    zetten = talk(mini.casus.max_zetten - 2) + [voorstel("gemeente", GEMEENTE_IDEAAL),
                                               zet("accepteer", "swo")]
    assert fold(begin, zetten).ronde.uitkomst == "akkoord"


@pytest.mark.parametrize("klaar", ["stop", "akkoord", "beurtlimiet"])
def test_no_move_is_allowed_after_the_round_ended(begin, mini, klaar):
    """After a stop, an agreement or the turn limit, any move but a rolwissel is refused."""
    eind = {
        "stop": [zet("stop")],
        "akkoord": [voorstel("gemeente", GEMEENTE_IDEAAL), zet("accepteer", "swo")],
        "beurtlimiet": talk(mini.casus.max_zetten),
    }[klaar]
    staat = fold(begin, eind)
    with pytest.raises(IllegalZet, match="al voorbij"):
        step(staat, vraag(staat.ronde.aan_zet))


# --- role swap ----------------------------------------------------------------------

def test_a_role_swap_needs_the_round_to_be_over(begin):
    """A rolwissel during a running round is refused."""
    with pytest.raises(IllegalZet, match="pas als de ronde voorbij is"):
        step(begin, zet("rolwissel", None))


def test_a_role_swap_starts_the_next_round(begin):
    """After a rolwissel, round 2 runs with the gemeente to move and nothing played."""
    ronde = step(afgelopen(begin), zet("rolwissel", None)).ronde
    assert (ronde.nummer, ronde.aan_zet, ronde.uitkomst, ronde.zetten) == (
        2, "gemeente", "lopend", ())


def test_in_round_two_player_b_plays_the_gemeente(begin):
    """The rolwissel swaps the sides: player B (index 1) is the gemeente in round 2."""
    ronde = step(afgelopen(begin), zet("rolwissel", None)).ronde
    assert (ronde.gemeente_speler, ronde.speler("gemeente"), ronde.rol_van(0)) == (1, 1, "swo")


def test_in_round_three_player_a_plays_the_gemeente_again(begin):
    """A second rolwissel gives the gemeente back to player A."""
    staat = fold(begin, [zet("stop"), zet("rolwissel", None), zet("stop"),
                         zet("rolwissel", None)])
    assert [r.gemeente_speler for r in staat.rondes] == [0, 1, 0]


def test_a_role_swap_keeps_the_earlier_round(begin):
    """The ended round stays in the session unchanged after a rolwissel."""
    eerste = gemeente_stelt_voor(begin)
    eerste = step(eerste, zet("accepteer", "swo"))
    staat = step(eerste, zet("rolwissel", None))
    assert staat.rondes[0] == eerste.ronde


# --- legal kinds of move --------------------------------------------------------------

def test_at_the_start_the_gemeente_may_ask_share_propose_or_stop(begin):
    """Without arguments in its brief and nothing on the table the gemeente has four kinds."""
    assert legal_soorten(begin) == ["vraag", "belang", "voorstel", "stop"]


def test_facing_a_proposal_the_swo_may_accept_reject_or_counter(begin):
    """With the gemeente's proposal on the table the swo may not make a plain proposal."""
    soorten = legal_soorten(gemeente_stelt_voor(begin))
    assert soorten == ["vraag", "belang", "argument", "tegenvoorstel", "accepteer",
                       "verwerp", "stop"]


def test_after_the_round_only_a_role_swap_is_legal(begin):
    """Once the round ended the only legal kind of move is the rolwissel."""
    assert legal_soorten(afgelopen(begin)) == ["rolwissel"]


# --- an illegal move changes nothing ----------------------------------------------------

ILLEGAL = {
    "swo opent": ([], vraag("swo")),
    "dubbele beurt": ([vraag("gemeente")], vraag("gemeente")),
    "onbekend item": ([], zet("vraag", item="x9")),
    "lege tekst": ([], zet("belang", tekst="")),
    "onvolledig voorstel": ([], voorstel("gemeente", {"inkoopvorm": "subsidie"})),
    "onbekende optie": ([], voorstel("gemeente", GEMEENTE_IDEAAL | {"looptijd": "j9"})),
    "voorstel tegenover voorstel": ([voorstel("gemeente", GEMEENTE_IDEAAL)],
                                    voorstel("swo", SWO_IDEAAL)),
    "tegenvoorstel zonder voorstel": ([], voorstel("gemeente", SWO_IDEAAL, "tegenvoorstel")),
    "accepteer zonder voorstel": ([], zet("accepteer")),
    "verwerp zonder argument": ([voorstel("gemeente", GEMEENTE_IDEAAL)], zet("verwerp", "swo")),
    "rolwissel tijdens ronde": ([], zet("rolwissel", None)),
    "zet na einde": ([zet("stop")], vraag("swo")),
}


@pytest.mark.parametrize("naam", list(ILLEGAL))
def test_an_illegal_move_leaves_the_state_as_it_was(begin, naam):
    """A refused move raises IllegalZet and the state equals a fresh fold of the moves."""
    voor, fout = ILLEGAL[naam]
    staat = fold(begin, voor)
    with pytest.raises(IllegalZet):
        step(staat, fout)
    assert staat == fold(begin, voor)
    assert len(staat.ronde.zetten) == len(voor)


# --- scores ---------------------------------------------------------------------------

@pytest.mark.parametrize(("keuzes", "gemeente", "swo"), [
    (GEMEENTE_IDEAAL, 100.0, 25.0),
    (SWO_IDEAAL, 30.0, 100.0),
    ({"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j2",
      "verlengopties": "geen"}, 55.0, 75.0),
])
def test_each_side_scores_a_proposal_with_its_own_weights(mini, keuzes, gemeente, swo):
    """The score is the weighted mean of the brief's option values."""
    casus = mini.casus
    assert (score(casus.brief("gemeente"), keuzes), score(casus.brief("swo"), keuzes)) == (
        gemeente, swo)


def test_a_score_is_rounded_to_one_decimal(mini):
    """Weights that do not divide evenly give a score rounded to one decimal."""
    brief = mini.casus.brief("gemeente").model_copy(update={
        "gewichten": {"inkoopvorm": 1, "aanbieders": 2, "looptijd": 0, "verlengopties": 0}})
    assert score(brief, GEMEENTE_IDEAAL | {"aanbieders": "vijf"}) == 33.3


# --- the round report -----------------------------------------------------------------

def test_a_report_without_any_proposal_has_no_scores(begin):
    """Before any proposal the report has no scores and no bottom line is met."""
    rapport = verslag(begin, begin.ronde)
    assert (rapport.scores, rapport.boven_ondergrens) == (
        {"gemeente": None, "swo": None}, {"gemeente": False, "swo": False})


def test_a_report_scores_the_agreement_for_both_sides(begin):
    """After an agreement the report gives each side's score for it."""
    staat = step(gemeente_stelt_voor(begin), zet("accepteer", "swo"))
    assert verslag(staat, staat.ronde).scores == {"gemeente": 100.0, "swo": 25.0}


def test_a_report_says_which_side_reached_its_bottom_line(begin):
    """The gemeente's ideal beats its own bottom line (40) but not the swo's."""
    staat = step(gemeente_stelt_voor(begin), zet("accepteer", "swo"))
    assert verslag(staat, staat.ronde).boven_ondergrens == {"gemeente": True, "swo": False}


def test_a_report_without_agreement_meets_no_bottom_line(begin):
    """A round that ends without a deal reaches no bottom line, even after a good proposal;
    the rejected proposal's scores stand apart from the (empty) agreement scores."""
    staat = step(gemeente_stelt_voor(begin), zet("stop", "swo"))
    rapport = verslag(staat, staat.ronde)
    assert (rapport.scores, rapport.voorstel_scores["gemeente"], rapport.boven_ondergrens) == (
        {"gemeente": None, "swo": None}, 100.0, {"gemeente": False, "swo": False})


def test_a_report_gives_the_feedback_of_the_rules_that_hold(begin):
    """Mini's rule 'kort' fires for a two-year deal and lowers innovation by 2."""
    staat = step(gemeente_stelt_voor(begin), zet("accepteer", "swo"))
    rapport = verslag(staat, staat.ronde)
    assert [f.regel.id for f in rapport.feedback] == ["kort"]
    assert rapport.dimensies["innovatie"] == -2


def test_a_report_gives_no_feedback_when_no_rule_holds(begin):
    """A six-year deal does not trigger mini's rule about short contracts."""
    staat = fold(begin, [voorstel("gemeente", SWO_IDEAAL), zet("accepteer", "swo")])
    assert verslag(staat, staat.ronde).feedback == ()


# --- the saved session ----------------------------------------------------------------

def test_playing_a_move_adds_it_to_the_session(mini):
    """`speel` returns the session with the move appended and the state after it."""
    sessie = start(mini, ("A", "B"))
    sessie, staat = speel(mini, sessie, staat_na(mini, sessie), vraag())
    assert (sessie.zetten, staat.ronde.aan_zet) == ((vraag(),), "swo")


def test_an_illegal_move_is_not_saved(mini):
    """`speel` raises on an illegal move, so the session never holds it."""
    sessie = start(mini, ("A", "B"))
    with pytest.raises(IllegalZet):
        speel(mini, sessie, staat_na(mini, sessie), vraag("swo"))
    assert sessie.zetten == ()


def test_the_state_after_a_prefix_replays_only_those_moves(mini):
    """`staat_na` with a count folds only the first moves of the session."""
    sessie = start(mini, ("A", "B")).model_copy(
        update={"zetten": (vraag("gemeente"), vraag("swo"), zet("stop"))})
    assert [len(staat_na(mini, sessie, n).ronde.zetten) for n in (0, 2, None)] == [0, 2, 3]


# --- fields a move has no use for (found in review) ---------------------------------------

def test_options_on_a_move_that_is_not_a_proposal_are_refused(begin):
    """A question carrying 'keuzes' would read as a proposal in the log: refused."""
    with pytest.raises(IllegalZet, match="Bij een zet 'vraag' horen geen keuzes"):
        step(begin, zet("vraag", item="v1", keuzes=GEMEENTE_IDEAAL))


def test_a_brief_item_on_a_move_that_quotes_nothing_is_refused(begin):
    """A stop carrying an 'item' is refused: only talking moves quote the brief."""
    with pytest.raises(IllegalZet, match="Bij een zet 'stop' hoort geen item"):
        step(begin, zet("stop", item="v1"))


def test_a_move_without_a_role_says_the_role_is_missing(begin):
    """A script move without 'rol' was told 'Niet aan de beurt', which sent the author
    looking at the turn order instead of the missing key."""
    with pytest.raises(IllegalZet, match="ontbreekt de rol; de gemeente is aan zet"):
        step(begin, zet("vraag", None, item="v1"))
