"""The shipped cases and the rules that read them agree.

For every feature (kenmerk) and topic a rule asks for, some shipped case can produce it;
for every feature and brief topic a case carries, some rule reads it or it is listed here
as deliberate, with the reason. Plus the known mismatches one by one, and the `lessen`
field of a rule: a lesson number that does not exist is a located error.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulatie.kern.bestanden import LoadFailed, bundled_folder
from simulatie.kern.catalogus import load_algemeen, load_casus, load_catalogus
from simulatie.kern.model import Zet, woorden
from simulatie.kern.model.casus import Casus
from simulatie.kern.spel import fold, new_session, verslag

CATALOGUS = load_catalogus()
CASUSSEN = {cid: g.casus for cid, g in CATALOGUS.casussen.items()}
ALGEMEEN = bundled_folder() / "algemeen" / "regels.toml"
VOORBEELD = Path(__file__).parents[2] / "data" / "voorbeeld_gedocumenteerd.toml"

# Features and topics a case carries that no rule reads, on purpose.
BEDOELD_ONGELEZEN = {
    # Case rules read these options by their id (`werkwijze == "zonder_beschikkingen"`,
    # `sturing == "output"`); the feature describes the option for the players.
    "output": "kenmerk",
    "zonder_beschikking": "kenmerk",
    # Topics that steer which answers the game offers to a question and credit a
    # preference statement; no lesson turns on them having been discussed.
    "contactpersoon": "onderwerp", "dialoog": "onderwerp", "eisen": "onderwerp",
    "inkoopvorm": "onderwerp", "looptijd": "onderwerp", "samenwerking": "onderwerp",
}
_POSITIVE = re.compile(r"\"(\w+)\"\s+in\s+(\w+)")
_ANY = re.compile(r"\"(\w+)\"\s+(?:not\s+)?in\s+(\w+)")


def _rules(geladen) -> list[tuple[str, str]]:
    return [(c.item.id, c.item.als) for c in geladen.regelboek.regels]


def _features(casus: Casus) -> set[str]:
    return {k for punt in casus.onderhandelpunten.values()
            for optie in punt.opties.values() for k in optie.kenmerken}


def _topics(casus: Casus, rol: str, lijsten: tuple[str, ...]) -> set[str]:
    brief = casus.brief(rol)
    found = {i.onderwerp for lijst in lijsten for i in getattr(brief, lijst)}
    if "geheimen" in lijsten:
        found |= {g.onderwerp for g in brief.geheimen if g.onderwerp}
    return found


def _discussable(casus: Casus) -> set[str]:
    """Every topic a round of this case can credit: brief items, secrets, issues."""
    everything = ("belangen", "vragen", "argumenten", "antwoorden", "geheimen")
    topics = _topics(casus, "gemeente", everything) | _topics(casus, "swo", everything)
    return topics | {punt.onderwerp for punt in casus.onderhandelpunten.values() if punt.onderwerp} | {
        woorden.PUNT_ONDERWERPEN[p] for p in casus.onderhandelpunten if p in woorden.PUNT_ONDERWERPEN}


# Where a topic fact gets its words: which brief lists of which side.
_BRON = {
    "gemeente_deelde": ("gemeente", ("belangen", "argumenten")),
    "swo_deelde": ("swo", ("belangen", "argumenten")),
    "gemeente_vroeg": ("gemeente", ("vragen",)),
    "swo_vroeg": ("swo", ("vragen",)),
    "gemeente_kreeg_antwoord": ("gemeente", ("vragen",)),
    "swo_kreeg_antwoord": ("swo", ("vragen",)),
}


def _producible(casus: Casus, fact: str, word: str) -> bool:
    if fact in ("kenmerken", "kenmerken_in_casus"):
        return word in _features(casus)
    if fact in _BRON:
        rol, lijsten = _BRON[fact]
        return word in _topics(casus, rol, lijsten)
    if fact in ("besproken", "besproken_voor_voorstel"):
        return word in _discussable(casus)
    return True  # doelen, domein and the like: facts of the case, not produced in play


def test_every_word_a_general_rule_asks_for_can_be_produced_in_some_case() -> None:
    """A general rule that waits for a feature or topic no shipped case produces is dead
    (`bestuur_betrokken` and `dialoog_mag` once were)."""
    algemeen = load_algemeen(ALGEMEEN)
    missing = [(c.item.id, fact, word) for c in algemeen.regels
               for word, fact in _POSITIVE.findall(c.item.als)
               if not any(_producible(casus, fact, word) for casus in CASUSSEN.values())]
    assert missing == []


@pytest.mark.parametrize("casus_id", sorted(CASUSSEN))
def test_every_word_a_rule_of_the_case_asks_for_can_be_produced_there(casus_id: str) -> None:
    geladen = CATALOGUS.casussen[casus_id]
    own = [c for c in geladen.regelboek.regels if c.herkomst == casus_id]
    missing = [(c.item.id, fact, word) for c in own
               for word, fact in _POSITIVE.findall(c.item.als)
               if not _producible(geladen.casus, fact, word)]
    assert missing == []


@pytest.mark.parametrize("casus_id", sorted(CASUSSEN))
def test_every_feature_and_topic_of_a_case_is_read_by_a_rule_or_deliberate(casus_id: str) -> None:
    geladen = CATALOGUS.casussen[casus_id]
    read = {word for _, als in _rules(geladen) for word, _ in _ANY.findall(als)}
    carried = _features(geladen.casus) | _discussable(geladen.casus)
    assert sorted(carried - read - set(BEDOELD_ONGELEZEN)) == []


def test_the_deliberately_unread_words_are_still_unread() -> None:
    """A word on the deliberate list that a rule starts reading is taken off the list."""
    read = {word for g in CATALOGUS.casussen.values() for _, als in _rules(g)
            for word, _ in _ANY.findall(als)}
    assert sorted(set(BEDOELD_ONGELEZEN) & read) == []


# --- The known mismatches ---------------------------------------------------------------------

def _item(casus_id: str, rol: str, item_id: str):
    return CASUSSEN[casus_id].brief(rol).items()[item_id]


def test_tilburg_the_municipality_assessing_is_marked_as_such() -> None:
    """The rule on residents deciding while the municipality assesses reads this feature."""
    opties = CASUSSEN["tilburg"].onderhandelpunten["beoordeling"].opties
    assert "gemeente_beoordeelt" in opties["gemeente_toetst"].kenmerken


@pytest.mark.parametrize("casus_id", ["dalfsen", "helmond", "leiden"])
def test_telling_that_dialogue_is_allowed_is_the_correction(casus_id: str) -> None:
    """`praten_mag` says dialogue is allowed during a tender: the correction the lesson-4
    rule waits for, not a plain remark about dialogue."""
    assert _item(casus_id, "swo", "praten_mag").onderwerp == "dialoog_mag"


def test_helmond_equal_treatment_is_no_misconception() -> None:
    """Giving every provider the same information is right; only 'you may not talk
    during a tender' is the misconception."""
    helmond = CASUSSEN["helmond"]
    assert _item("helmond", "gemeente", "gelijke_behandeling").onderwerp != "dialoog_verboden"
    claims = [i.id for rol in ("gemeente", "swo") for i in helmond.brief(rol).items().values()
              if i.onderwerp == "dialoog_verboden"]
    assert claims == []


def test_the_misconception_can_be_voiced_and_corrected_in_two_cases() -> None:
    pairs = [cid for cid, casus in CASUSSEN.items()
             if "dialoog_verboden" in _topics(casus, "gemeente", ("belangen", "argumenten"))
             and "dialoog_mag" in _topics(casus, "swo", ("belangen", "argumenten"))]
    assert len(pairs) >= 2, pairs


def test_involving_the_administration_is_an_option_in_two_cases() -> None:
    """Lesson 13 on the proposal side: an option with `bestuur_betrokken` (Riddering: take
    politics and administration along from the start of social procurement)."""
    cases = [cid for cid, casus in CASUSSEN.items() if "bestuur_betrokken" in _features(casus)]
    assert len(cases) >= 2, cases


@pytest.mark.parametrize("casus_id", ["tilburg", "wageningen"])
def test_agreeing_on_social_procurement_involves_the_administration(casus_id: str) -> None:
    """The option says council and alderman take part from the start: agreed without any
    talk about politics, the lesson-13 compliment comes from the deal itself; proposed and
    refused, it does not."""
    geladen = CATALOGUS.casussen[casus_id]
    casus = geladen.casus
    deal = {punt: next(iter(p.opties)) for punt, p in casus.onderhandelpunten.items()}
    deal["inkoopvorm"] = "maatschappelijk_aanbesteden"
    begin = new_session(casus, geladen.regelboek, ("A", "B"))
    voorstel = Zet(soort="voorstel", rol="gemeente", keuzes=deal)
    for einde, verwacht in (("accepteer", True), ("stop", False)):
        staat = fold(begin, [voorstel, Zet(soort=einde, rol="swo")])
        fired = {f.regel.id for f in verslag(staat, staat.ronde).feedback}
        assert ("politiek-vroeg-betrokken" in fired) is verwacht, (einde, fired)


def test_no_title_gives_the_real_outcome_away() -> None:
    """Both players read the title first: Leiden's three lots, Veendam's working without
    eligibility decisions and Wageningen's connecting party are what really happened."""
    verklapt = {"leiden": ["drie percelen"], "veendam": ["zonder beschikkingen"],
                "wageningen": ["verbindende partij"], "dalfsen": ["open tafel", "dialoogtafel"]}
    for casus_id, woorden_ in verklapt.items():
        titel = CASUSSEN[casus_id].titel.lower()
        assert not [w for w in woorden_ if w in titel], (casus_id, titel)


_GEKOZEN = re.compile(r"\b(koos|kozen|gekozen|gegund|kwam uit op)\b", re.IGNORECASE)


def _public(casus: Casus) -> list[str]:
    """What both players read before the round: the case list shows title, summary, the
    issues and options, and the sources."""
    texts = [casus.titel, casus.samenvatting, *casus.bronnen]
    for punt in casus.onderhandelpunten.values():
        texts += [punt.titel, punt.uitleg]
        texts += [t for o in punt.opties.values() for t in (o.titel, o.uitleg)]
    return texts


@pytest.mark.parametrize("casus_id", sorted(CASUSSEN))
def test_no_public_text_says_what_the_municipality_chose(casus_id: str) -> None:
    """'Wat Leiden koos' beside an option, or a source line that tells Dalfsen's model,
    gives the real outcome away before the round; it belongs in wat_er_echt_gebeurde."""
    told = [t for t in _public(CASUSSEN[casus_id]) if _GEKOZEN.search(t)]
    assert told == []


# --- What the rules say -------------------------------------------------------------------

def _all_rules():
    seen = {}
    for geladen in CATALOGUS.casussen.values():
        for c in geladen.regelboek.regels:
            seen[(c.herkomst, c.item.id)] = c.item
    return seen


def test_the_rules_set_requirements_rather_than_ask_them() -> None:
    """Dutch sets requirements ('eisen stellen'); 'vraagt veel eisen' is a slip."""
    assert not [k for k, r in _all_rules().items() if "vraagt veel eisen" in r.bericht]


def test_leidens_staff_figure_always_says_no_guarantee_was_given() -> None:
    """Leiden's new provider took on 70–80 % of the staff without any guarantee in advance
    (SWN 2021). A message quoting the figure says so, and names the source with its year,
    so a compliment on a mandatory takeover does not pass Leiden off as one."""
    quoting = {k: r for k, r in _all_rules().items()
               if re.search(r"70|zeventig", r.bericht)}
    assert quoting
    for key, regel in quoting.items():
        assert re.search(r"geen garantie|niet gegarandeerd", regel.bericht), key
        assert "Sociaal Werk Nederland, 2021" in regel.bron, key


def test_every_rule_of_a_case_names_its_source_with_a_year() -> None:
    for key, regel in _all_rules().items():
        assert re.search(r"\b(19|20)\d\d\b|z\.j\.", regel.bron), key


# --- The lessons a rule names -------------------------------------------------------------

def test_every_lesson_number_a_shipped_rule_names_exists() -> None:
    named = {les for g in CATALOGUS.casussen.values() for c in g.regelboek.regels
             for les in c.item.lessen}
    assert named <= set(woorden.LESSEN)
    assert named == set(woorden.LESSEN), "every lesson is named by some rule"


def test_the_lesson_list_in_the_format_guide_is_the_one_the_loader_knows() -> None:
    text = (Path(__file__).parents[3] / "docs" / "casusformaat.md").read_text(encoding="utf-8")
    section = text.split("### LESSEN", 1)[1].split("###", 1)[0]
    rows = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.MULTILINE))
    assert {int(n): les for n, les in rows.items()} == woorden.LESSEN


@pytest.mark.parametrize(("waarde", "melding"), [
    ("[16]", "hoogstens 15"), ("[0]", "minstens 1"), ('["drie"]', "verwacht een getal"),
])
def test_an_unknown_lesson_number_is_an_error_on_its_line(
        tmp_path: Path, waarde: str, melding: str) -> None:
    """`lessen = [16]` in a case's rule is refused with file:line:column and what to write."""
    text = VOORBEELD.read_text(encoding="utf-8")
    marker = 'ernst = "compliment"                 # verplicht'
    assert marker in text
    text = text.replace(marker, f"lessen = {waarde}\n" + marker, 1)
    path = tmp_path / "lessen.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadFailed) as failed:
        load_casus(path, load_algemeen(ALGEMEEN))
    [problem] = failed.value.problems
    line = text.splitlines().index(f"lessen = {waarde}") + 1
    assert problem.line == line
    assert "lessen" in str(problem) and melding in problem.message, str(problem)
