"""The moves of a real dialogue: answers and refusals, preference statements, secrets told,
and what they do to the state, the facts, the judged scores and the report.

Played as real moves through `step` on `tests/data/regels/lessen.toml`, whose swo brief has
an answer item, a secret with an effect on the municipality's values and a secret that
rules out a two-year contract for the swo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.kern.bestanden import bundled_folder
from simulatie.kern.catalogus import load_algemeen, load_casus
from simulatie.kern.model import Zet
from simulatie.kern.model.casus import Casus
from simulatie.kern.regels import round_facts
from simulatie.kern.spel import (
    GeladenCasus, IllegalZet, SessieStaat, fold, legal_zetten, new_session, step, verslag,
    wat_ik_weet,
)

DATA = Path(__file__).parents[2] / "data" / "regels" / "lessen.toml"
G, S = "gemeente", "swo"
BASIS = {
    "inkoopvorm": "subsidie", "aanbieders": "drie", "looptijd": "j5",
    "verlengopties": "twee", "percelen": "een", "gunning": "kwaliteit",
    "sturing": "output", "eisen": "gewoon", "samenwerking": "los",
    "ruimte": "gesloten", "regie": "ambtelijk", "personeel": "blijft",
    "overleg": "los", "beoordeling": "panel",
}


@pytest.fixture(scope="module")
def geladen() -> GeladenCasus:
    return load_casus(DATA, load_algemeen(bundled_folder() / "algemeen" / "regels.toml"))


@pytest.fixture
def begin(geladen: GeladenCasus) -> SessieStaat:
    return new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))


def z(soort: str, rol: str | None, **velden: object) -> Zet:
    return Zet(soort=soort, rol=rol, **velden)  # type: ignore[arg-type]


def voorstel(rol: str, **keuzes: str) -> Zet:
    return z("voorstel", rol, keuzes=BASIS | keuzes)


def facts(staat: SessieStaat) -> dict[str, object]:
    return round_facts(staat.casus, staat.ronde)


# --- Questions stay open for one move ------------------------------------------------

def test_a_question_is_open_until_the_other_side_moves(begin):
    """After a question from the brief it stands open, with its text and topic."""
    vraag = step(begin, z("vraag", G, item="g-kern")).ronde.uitwisseling.open_vraag
    assert (vraag.door, vraag.tekst, vraag.onderwerp, vraag.status) == (
        G, "Wat is de kern?", "kern_opdracht", "open")


def test_an_answer_from_the_brief_closes_the_question_and_credits_its_topic(begin):
    """The swo answers with its answer item: answered, with the item's text, and the swo
    shared the topic kern_opdracht."""
    staat = fold(begin, [z("vraag", G, item="g-kern"), z("antwoord", S, item="s-kern")])
    vraag = staat.ronde.uitwisseling.vragen[0]
    assert (vraag.status, vraag.antwoord) == ("beantwoord", "De kern is dat inwoners elkaar weer vinden")
    assert staat.ronde.uitwisseling.open_vraag is None
    assert facts(staat)["gemeente_kreeg_antwoord"] == ("kern_opdracht",)
    assert "kern_opdracht" in facts(staat)["swo_deelde"]


def test_an_answer_in_own_words_counts_as_answered_but_earns_no_topic(begin):
    staat = fold(begin, [z("vraag", G, item="g-kern"), z("antwoord", S, tekst="Elkaar vinden.")])
    f = facts(staat)
    assert (f["gemeente_vragen_beantwoord"], f["swo_deelde"]) == (1.0, ())


def test_an_answer_to_a_free_text_question_gives_no_topic(begin):
    """'koffie?' labelled as the core and answered: answered, but no topic for anyone."""
    staat = fold(begin, [z("vraag", G, tekst="koffie?", onderwerp="kern_opdracht"),
                         z("antwoord", S, tekst="Graag.")])
    f = facts(staat)
    assert (f["gemeente_vragen_beantwoord"], f["gemeente_kreeg_antwoord"], f["besproken"]) == (
        1.0, (), ())


def test_declining_is_visible_and_closes_the_question(begin):
    staat = fold(begin, [z("vraag", G, item="g-kern"), z("weiger", S, tekst="Nog niet.")])
    f = facts(staat)
    assert (f["gemeente_vragen_geweigerd"], f["gemeente_vragen_beantwoord"]) == (1.0, 0.0)
    assert staat.ronde.uitwisseling.vragen[0].antwoord == "Nog niet."


def test_any_other_move_passes_the_question_by(begin):
    """A counter-question leaves the first one ignored and opens its own."""
    staat = fold(begin, [z("vraag", G, item="g-kern"), z("vraag", S, item="s-markt")])
    f = facts(staat)
    assert (f["gemeente_vragen_genegeerd"], f["swo_vragen"]) == (1.0, 1.0)
    assert staat.ronde.uitwisseling.open_vraag.door == S


@pytest.mark.parametrize("soort", ["antwoord", "weiger"])
def test_answering_or_declining_needs_an_open_question_of_the_other_side(begin, soort):
    with pytest.raises(IllegalZet, match="geen vraag van de sociaalwerkorganisatie open"):
        step(begin, z(soort, G, tekst="Ja."))


def test_an_answer_cannot_come_one_move_late(begin):
    """After the swo passed the question by, the municipality cannot answer its own."""
    staat = fold(begin, [z("vraag", G, item="g-kern"), z("belang", S, item="s-praktijk")])
    with pytest.raises(IllegalZet, match="geen vraag van de sociaalwerkorganisatie open"):
        step(staat, z("antwoord", G, tekst="Ja."))


def test_an_answer_must_say_something(begin):
    staat = step(begin, z("vraag", G, item="g-kern"))
    with pytest.raises(IllegalZet, match="typ een antwoord"):
        step(staat, z("antwoord", S))


def test_an_answer_cannot_quote_a_question(begin):
    staat = step(begin, z("vraag", G, item="g-kern"))
    with pytest.raises(IllegalZet, match="niet bij de antwoorden, belangen of argumenten"):
        step(staat, z("antwoord", S, item="s-markt"))


# --- Secrets -----------------------------------------------------------------------------

def test_a_plain_string_secret_gets_an_id_from_its_place(geladen):
    """The old form, a plain string, loads with the derived id geheim_1."""
    geheim = geladen.casus.brief(G).geheimen[0]
    assert (geheim.id, geheim.tekst, str(geheim)) == (
        "geheim_1", "De wethouder wil snel resultaat.", "De wethouder wil snel resultaat.")


def test_telling_a_secret_shows_it_to_the_other_side(begin):
    staat = fold(begin, [z("belang", G, item="g-budget"), z("onthul", S, geheim="s-wijkteam")])
    kennis = wat_ik_weet(staat, G)
    assert [g.id for g in kennis.geheimen] == ["s-wijkteam"]
    assert wat_ik_weet(staat, S).geheimen == ()
    assert facts(staat)["swo_onthulde"] == ("s-wijkteam",)
    assert "praktijk" in facts(staat)["swo_deelde"]


def test_a_told_secret_changes_the_other_sides_value_and_its_judged_score(begin):
    """The swo's s-wijkteam makes staff transfer worth 100 (was 50) to the municipality:
    the same agreement scores 53.6 instead of 50 for the municipality once it knows."""
    deal = [voorstel(G, personeel="over"), z("accepteer", S)]
    zonder = fold(begin, [z("belang", G, item="g-budget"), z("belang", S, item="s-praktijk"),
                          *deal])
    met = fold(begin, [z("belang", G, item="g-budget"), z("onthul", S, geheim="s-wijkteam"),
                       *deal])
    assert verslag(zonder, zonder.ronde).scores[G] == 50.0
    assert verslag(met, met.ronde).scores[G] == 53.6
    assert verslag(met, met.ronde).scores[S] == verslag(zonder, zonder.ronde).scores[S]
    veranderd = wat_ik_weet(fold(begin, [z("belang", G, item="g-budget"),
                                         z("onthul", S, geheim="s-wijkteam")]), G).veranderd
    assert [(v.punt, v.optie, v.was, v.nu) for v in veranderd] == [("personeel", "over", 50, 100)]


def test_answering_with_a_secret_tells_it(begin):
    staat = fold(begin, [z("vraag", G, item="g-kern"), z("antwoord", S, geheim="s-wijkteam")])
    assert facts(staat)["swo_geheimen_onthuld"] == 1.0
    assert staat.ronde.uitwisseling.vragen[0].status == "beantwoord"


def test_a_secret_is_told_once(begin):
    staat = fold(begin, [z("belang", G, item="g-budget"), z("onthul", S, geheim="s-wijkteam"),
                         z("belang", G, item="g-bestuur")])
    with pytest.raises(IllegalZet, match="al verteld"):
        step(staat, z("onthul", S, geheim="s-wijkteam"))


def test_an_unknown_secret_is_refused_with_a_suggestion(begin):
    with pytest.raises(IllegalZet, match="Bedoelde je 'geheim_1'"):
        step(begin, z("onthul", G, geheim="geheim_2"))


def test_a_hidden_constraint_puts_a_deal_below_the_holders_line(begin):
    """The swo's s-personeel rules out two years: the deal scores 50 against a line of 10,
    yet it is below the swo's bottom line, and the warning says so."""
    staat = fold(begin, [voorstel(G, looptijd="j2"), z("accepteer", S)])
    rapport = verslag(staat, staat.ronde)
    assert (rapport.scores[S], rapport.boven_ondergrens[S]) == (50.0, False)
    assert "akkoord-onder-ondergrens-swo" in {f.regel.id for f in rapport.feedback}


# --- Preference statements ---------------------------------------------------------------

def test_a_preference_statement_is_judged_against_the_brief(begin):
    """Every issue weighs the same (gemiddeld) and gunning 'kwaliteit' is the municipality's
    favourite (prijs = 0): one true statement, one untrue."""
    staat = fold(begin, [
        z("voorkeur", G, punt="gunning", gewicht="gemiddeld", optie="kwaliteit"),
        z("belang", S, item="s-praktijk"),
        z("voorkeur", G, punt="gunning", gewicht="zwaar"),
    ])
    waar = [u.waar for u in staat.ronde.uitwisseling.uitspraken]
    assert waar == [True, False]
    assert (facts(staat)["gemeente_voorkeuren"], facts(staat)["gemeente_voorkeuren_onwaar"]) == (
        2.0, 1.0)


def test_the_other_side_sees_a_statement_as_stated_not_as_judged(begin):
    staat = step(begin, z("voorkeur", G, punt="gunning", gewicht="zwaar"))
    (uitspraak,) = wat_ik_weet(staat, S).voorkeuren
    assert (uitspraak.gewicht, uitspraak.gewicht_waar) == ("zwaar", None)


@pytest.mark.parametrize(("velden", "fout"), [
    ({"punt": "gunnen", "gewicht": "zwaar"}, "Bedoelde je 'gunning'"),
    ({"punt": "gunning"}, "Zeg hoe zwaar"),
    ({"punt": "gunning", "optie": "goedkoop"}, "geen optie bij Gunning"),
])
def test_a_preference_statement_needs_a_known_issue_and_something_to_say(begin, velden, fout):
    with pytest.raises(IllegalZet, match=fout):
        step(begin, z("voorkeur", G, **velden))


def test_fields_of_one_kind_are_refused_on_another(begin):
    with pytest.raises(IllegalZet, match="Bij een zet 'belang' hoort geen geheim"):
        step(begin, z("belang", G, item="g-budget", geheim="geheim_1"))


# --- First offers and concessions ------------------------------------------------------

def test_first_offer_and_concession_per_side(begin):
    """The municipality opens with gunning on price (46.4 for itself), then concedes to
    quality (50): its concession is negative, it moved toward its own interest; the swo
    made no proposal and conceded nothing."""
    staat = fold(begin, [voorstel(G, gunning="prijs"), z("tegenvoorstel", S, keuzes=BASIS),
                         z("accepteer", G)])
    f = facts(staat)
    assert (f["eerste_bod_gemeente"], f["concessie_gemeente"], f["gemeente_voorstellen"]) == (
        46.4, -3.6, 1.0)
    assert (f["eerste_bod_swo"], f["concessie_swo"], f["swo_voorstellen"]) == (50.0, 0.0, 1.0)


# --- Legal moves for the app -----------------------------------------------------------

def test_after_a_question_answering_is_the_first_legal_move(begin):
    staat = step(begin, z("vraag", G, item="g-kern"))
    zetten = legal_zetten(staat)
    assert [m.soort for m in zetten][:2] == ["antwoord", "weiger"]
    assert zetten[0].vraag.tekst == "Wat is de kern?"
    assert zetten[0].items[0].id == "s-kern"  # on topic first
    assert zetten[-1].soort == "stop"


def test_the_secrets_on_offer_are_the_ones_not_yet_told(begin):
    staat = fold(begin, [z("belang", G, item="g-budget"), z("onthul", S, geheim="s-wijkteam"),
                         z("belang", G, item="g-bestuur")])
    onthul = next(m for m in legal_zetten(staat) if m.soort == "onthul")
    assert [g.id for g in onthul.geheimen] == ["s-personeel"]


def test_the_true_preference_per_issue_is_on_offer(begin):
    voorkeur = next(m for m in legal_zetten(begin) if m.soort == "voorkeur")
    gunning = next(v for v in voorkeur.voorkeuren if v.punt == "gunning")
    assert (gunning.gewicht, gunning.favorieten) == ("gemiddeld", ("kwaliteit",))


def test_every_legal_move_listed_can_be_played(begin):
    """Each listed kind, filled from what it carries, is accepted by `step`."""
    staat = step(begin, z("vraag", G, item="g-kern"))
    for mogelijk in legal_zetten(staat):
        velden: dict[str, object] = {"tekst": "Ja."}
        if mogelijk.soort in ("voorstel", "tegenvoorstel"):
            velden = {"keuzes": BASIS}
        elif mogelijk.soort == "voorkeur":
            velden = {"punt": "gunning", "gewicht": "gemiddeld"}
        elif mogelijk.soort == "onthul":
            velden = {"geheim": mogelijk.geheimen[0].id}
        elif mogelijk.items:
            velden = {"item": mogelijk.items[0].id}
        step(staat, z(mogelijk.soort, S, **velden))


# --- Old saves and cases keep loading -------------------------------------------------

def test_a_case_with_plain_secrets_keeps_its_fingerprint(geladen):
    """Dumping a brief writes a plain secret back as plain text, so the case's fingerprint
    (which saves compare against) does not change with the new secret form."""
    dumped = geladen.casus.model_dump(exclude_defaults=True)
    assert dumped["rollen"]["gemeente"]["geheimen"] == ["De wethouder wil snel resultaat."]
    assert Casus.model_validate(dumped) == geladen.casus


def test_the_weight_words_of_a_move_are_the_vocabulary():
    """The move's `gewicht` accepts exactly the words of `woorden.GEWICHTEN`."""
    from typing import get_args

    from simulatie.kern.model import woorden
    from simulatie.kern.model.zetten import Gewicht

    assert set(get_args(Gewicht)) == set(woorden.GEWICHTEN)


def test_the_report_of_a_round_without_agreement_reads_like_no_agreement(begin):
    """The score rows name the last proposal as not accepted, and a tip about it says so;
    the new moves read as sentences in the log."""
    from simulatie.kern.uitvoer import Afloop, report

    zetten = [z("vraag", G, item="g-kern"), z("antwoord", S, geheim="s-wijkteam"),
              z("vraag", G, item="g-markt"), z("weiger", S),
              z("voorkeur", G, punt="looptijd", gewicht="gemiddeld", optie="j5"),
              voorstel(S, looptijd="j2", verlengopties="vier"), z("stop", G)]
    tekst = report(Afloop(fold(begin, zetten), len(zetten)))
    assert "Bram (sociaalwerkorganisatie) antwoordt: Wij hebben al een wijkteam klaarstaan" in tekst
    assert "Anna (gemeente) zegt: Looptijd weegt gemiddeld voor ons; liefst 5 jaar" in tekst
    assert "Bram (sociaalwerkorganisatie) geeft geen antwoord op de vraag" in tekst
    assert ("Geen akkoord voor gemeente (Anna) — het laatste voorstel, niet aanvaard, gaf "
            in tekst)
    assert "Score gemeente" not in tekst
    assert "[Tip · over het laatste voorstel, dat niet werd aanvaard] Vast ligt hoogstens" in tekst
