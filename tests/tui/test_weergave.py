"""The wording of moves, briefs and bars, without running the app."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from simulatie.kern.catalogus import laden
from simulatie.kern.model import Zet
from simulatie.kern.spel import speel, staat_na, start, verslag, verslagen
from simulatie.tui import casustekst
from simulatie.tui import weergave as w
from simulatie.tui.tabellen import Kolom, regel_titel, tabel_rijen, vergelijk_rijen
from simulatie.tui.screens.spelers import check_namen

MINI = Path(__file__).parents[1] / "data" / "mini.toml"
KEUZES = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j2",
          "verlengopties": "geen"}


@pytest.fixture(scope="module")
def geladen():
    return laden.load_casus(MINI, laden.AlgemeneRegels())


def test_a_quoted_question_reads_as_the_brief_item(geladen):
    """A move that quotes the brief shows the item's own text."""
    zet = Zet(soort="vraag", rol="gemeente", item="v1")
    assert w.zet_tekst(geladen.casus, zet) == "Wat is de kern?"


def test_free_text_names_its_topic(geladen):
    """Own words show the chosen topic in Dutch: one space, no brackets in brackets."""
    zet = Zet(soort="belang", rol="swo", tekst="Rust", onderwerp="looptijd")
    assert w.zet_tekst(geladen.casus, zet) == "Rust · over Looptijd en verlenging"


def test_a_proposal_reads_as_issue_option_lines(geladen):
    """A proposal lists every issue with its chosen option, in case order."""
    tekst = w.zet_tekst(geladen.casus, Zet(soort="voorstel", rol="swo", keuzes=KEUZES))
    assert tekst.splitlines() == ["Voorstel:", "• Inkoopvorm: Subsidie", "• Aanbieders: Eén",
                                  "• Looptijd: 2 jaar", "• Verlengopties: Geen"]


def test_a_brief_holds_its_own_values_and_bottom_line_only(geladen):
    """The provider's brief shows its values and bottom line, not the municipality's."""
    tekst = w.brief_markdown(geladen.casus, "swo", "Bram")
    assert "Directeur" in tekst and "Inkoper" not in tekst
    assert "**Inkoopvorm** (weegt 25 %): Subsidie **100** · Aanbesteden **0**" in tekst
    assert "**Jouw ondergrens:** 40 punten" in tekst


def test_your_own_verdict_reads_in_dutch_numbers(geladen):
    oordeel = w.eigen_oordeel(geladen.casus.brief("gemeente"), KEUZES).plain
    assert oordeel == "Voor jou: 55 punten · ondergrens 40 · boven je ondergrens"


def test_bars_grow_left_for_negative_and_right_for_positive_values():
    assert w.balk(-2, 4) == "  ██│    "
    assert w.balk(3, 4) == "    │███ "
    assert w.balk(0, 2) == "  │  "
    assert w.balk(99, 2) == "  │██"


def test_used_items_are_those_quoted_this_round(geladen):
    """An item counts as said for its own list only (argument and rejection share one)."""
    sessie = start(geladen, ("Anna", "Bram"))
    staat = staat_na(geladen, sessie)
    sessie, staat = speel(geladen, sessie, staat, Zet(soort="vraag", rol="gemeente", item="v1"))
    assert w.gebruikte_items(staat.ronde, "gemeente", "vraag") == {"v1"}
    assert w.gebruikte_items(staat.ronde, "gemeente", "belang") == set()


def test_the_session_table_compares_rounds_per_player(geladen):
    """Rows show who held which role, the agreement and each player's score."""
    sessie = start(geladen, ("Anna", "Bram"))
    staat = staat_na(geladen, sessie)
    for zet in (Zet(soort="voorstel", rol="gemeente", keuzes=KEUZES),
                Zet(soort="accepteer", rol="swo")):
        sessie, staat = speel(geladen, sessie, staat, zet)
    rijen = tabel_rijen(staat, list(verslagen(staat)))
    assert rijen[0] == ["Gemeente", "Anna"]
    assert ["Inkoopvorm", "Subsidie"] in rijen
    assert ["Score Anna", "55 ✔ als gemeente"] in rijen
    bram = next(r for r in rijen if r[0] == "Score Bram")
    assert bram[1].endswith(" als sociaalwerkorganisatie")  # the role's name, not its id


@pytest.mark.parametrize(("a", "b", "fout"), [
    ("", "Bram", "Vul voor beide"), ("Anna", " ", "Vul voor beide"),
    ("Anna", "anna", "verschillende namen"), ("Anna", "Bram", None)])
def test_player_names_are_checked_in_dutch(a, b, fout):
    uitkomst = check_namen(a.strip(), b.strip())
    assert uitkomst is None if fout is None else fout in uitkomst


def _akkoord(geladen, spelers):
    sessie = start(geladen, spelers)
    staat = staat_na(geladen, sessie)
    for zet in (Zet(soort="voorstel", rol="gemeente", keuzes=KEUZES),
                Zet(soort="accepteer", rol="swo")):
        sessie, staat = speel(geladen, sessie, staat, zet)
    return staat


def test_the_comparison_scores_per_role_since_the_tables_have_other_players(geladen):
    a, b = _akkoord(geladen, ("Anna", "Bram")), _akkoord(geladen, ("Chris", "Dewi"))
    rijen = vergelijk_rijen([Kolom(s, verslag(s, s.ronde)) for s in (a, b)])
    assert rijen[0] == ["Gemeente", "Anna", "Chris"]
    assert ["Score gemeente", "55 ✔", "55 ✔"] in rijen
    assert ["Inkoopvorm", "Subsidie", "Subsidie"] in rijen


def test_a_rule_that_fired_gets_a_row_marking_the_rounds_it_fired_in(geladen):
    staat = _akkoord(geladen, ("Anna", "Bram"))
    v = verslag(staat, staat.ronde)
    assert v.feedback, "mini's own rule should fire on a two-year contract"
    regel = v.feedback[0].regel
    teken = w.ERNST_TEKEN[regel.ernst]
    assert [f"{teken} {regel_titel(regel)}", teken] in tabel_rijen(staat, [v])
    assert regel_titel(regel) == "Kort"  # the rule's first words, not its id


def test_names_that_look_like_markup_stay_plain_text_in_the_table(geladen):
    staat = _akkoord(geladen, ("[b]Anna", "Bram"))
    assert tabel_rijen(staat, list(verslagen(staat)))[0] == ["Gemeente", "[b]Anna"]  # as text


def test_a_proposal_in_the_replay_log_is_one_line_of_options(geladen):
    zet = Zet(soort="tegenvoorstel", rol="swo", keuzes=KEUZES)
    assert w.zet_kort(geladen.casus, zet) == "Tegenvoorstel: Subsidie · Eén · 2 jaar · Geen"
    vrij = Zet(soort="vraag", rol="gemeente", tekst="Hoe\nzo?")
    assert w.zet_kort(geladen.casus, vrij) == "Hoe zo?"


def test_times_read_in_local_time_and_a_missing_time_as_a_dash():
    moment = datetime(2025, 3, 14, 8, 56, tzinfo=timezone.utc)  # 09:56 in Amsterdam
    assert w.tijd_tekst(moment) == "14-03-2025 09:56"
    assert w.tijd_tekst(moment, kort=True) == "14-03 09:56"
    assert w.tijd_tekst(datetime(2025, 3, 14, 9, 56)) == "14-03-2025 09:56"
    assert w.tijd_tekst(None) == "–"
    assert w.tijd_tekst(moment.astimezone(timezone(timedelta(hours=5)))) == "14-03-2025 09:56"


@pytest.mark.parametrize(("tekst", "kort"), [
    ("het bestand is onvolledig: de slotregel ontbreekt", "Het bestand is onvolledig"),
    ("dit bestand is gemaakt met een nieuwere versie van het programma (formaat 2; "
     "deze versie leest tot 1)", "Dit bestand is gemaakt met een nieuwere versie van het "
                                 "programma"),
    ("de casus 'minni' bestaat niet (meer) in de casusmap; deze sessie kan pas weer open",
     "De casus 'minni' bestaat niet (meer) in de casusmap"),
    ("'spelers' ontbreekt", "'spelers' ontbreekt"),
])
def test_a_problem_in_the_list_is_its_first_clause(tekst, kort):
    assert w.probleem_kort(tekst) == kort


@pytest.mark.parametrize(("fout", "reden"), [
    (OSError(errno.ENOSPC, "No space left on device"), "de schijf is vol"),
    (PermissionError(errno.EACCES, "Permission denied"), "geen schrijfrecht"),
    (OSError(errno.EROFS, "Read-only file system"), "alleen-lezen"),
    (OSError(errno.EIO, "Input/output error"), "Input/output error"),
])
def test_a_failed_save_is_explained_in_words_a_facilitator_can_act_on(fout, reden):
    assert w.bewaar_reden(fout).startswith("Opslaan mislukt: ")
    assert reden in w.bewaar_reden(fout)


def test_the_case_description_names_issues_and_options_and_joins_lines(geladen):
    """The public description: figures in Dutch notation, each issue with its options, and
    the summary's single line breaks joined into paragraphs as Markdown did."""
    casus = geladen.casus.model_copy(update={"samenvatting": "Een\nzin.\n\nTweede."})
    tekst = casustekst.casus_tekst(casus).plain
    assert "Gemeente: Minidorp · Inwoners: 20.000" in tekst
    assert "• Looptijd: 2 jaar, 6 jaar" in tekst
    assert "Een zin.\n\nTweede." in tekst


def test_a_problem_line_has_place_path_and_message():
    """file:line:column (as named on screen), the data path, then the Dutch message."""
    from simulatie.kern.bestanden import Problem

    probleem = Problem("/ver/weg/kapot.toml", "te klein.", ("rollen", "swo", "vragen", 0), 7, 3)
    assert casustekst.probleem_tekst(probleem, "kapot.toml").plain == (
        "kapot.toml:7:3: [rollen.swo.vragen[1]] te klein.")
    waarschuwing = Problem("x.toml", "let op.", severity="waarschuwing")
    assert casustekst.probleem_tekst(waarschuwing, "x.toml").plain == "x.toml: waarschuwing: let op."


def test_feedback_about_a_proposal_is_labelled_by_whether_the_round_is_over(geladen):
    from simulatie.kern.regels import OVER_VOORSTEL, Feedback
    from simulatie.kern.regels.regels import OVER_AKKOORD

    regel = geladen.regelboek.regels[0].item
    voorstel, akkoord = Feedback(regel, "algemeen", OVER_VOORSTEL), Feedback(regel, "algemeen", OVER_AKKOORD)
    assert w.over_label(voorstel, afgelopen=True) == " (over het laatste voorstel, dat niet werd aanvaard)"
    assert "nog niet aanvaard" in w.over_label(voorstel, afgelopen=False)
    assert w.over_label(akkoord, afgelopen=True) == ""


def test_your_own_score_on_screen_counts_what_the_other_side_told(tmp_path):
    """A told secret can raise an option's worth to the listener: the proposal and accept
    screens score with it, as the round report does (they once used the bare brief)."""
    from simulatie.kern.catalogus import AlgemeneRegels, load_casus
    from simulatie.kern.model.score import score
    from simulatie.kern.regels.gespreksfeiten import judged_briefs
    from simulatie.kern.spel import new_session, step

    lessen = Path(__file__).resolve().parents[1] / "data" / "regels" / "lessen.toml"
    geladen = load_casus(lessen, AlgemeneRegels())
    staat = new_session(geladen.casus, geladen.regelboek, ("Anna", "Bram"))
    keuzes = {p: next(iter(punt.opties)) for p, punt in geladen.casus.onderhandelpunten.items()}
    keuzes["personeel"] = "over"
    before = score(w.eigen_brief(staat, "gemeente"), keuzes)
    staat = step(staat, Zet(soort="belang", rol="gemeente", item="g-budget"))
    staat = step(staat, Zet(soort="onthul", rol="swo", geheim="s-wijkteam"))
    after = score(w.eigen_brief(staat, "gemeente"), keuzes)
    assert after > before  # 'over' is now worth 100 to the municipality
    assert after == score(judged_briefs(staat.casus, staat.ronde)["gemeente"], keuzes)
    assert w.getal(after) in w.eigen_oordeel(w.eigen_brief(staat, "gemeente"), keuzes).plain
