"""Every lesson of the sources can be learnt in at least two shipped cases.

A rule names the lessons it teaches (`lessen`). A lesson is reachable in a case when some
rule of that lesson can fire on a legal round of that case:
- a rule that reads only the case and the deal (and whether there is one) is judged by
  the exact search of the analysis, `can_fire`: some allowed deal makes it true;
- a rule that reads the conversation is played: scripted rounds built from the case's own
  briefs (questions answered from the brief, interests shared, secrets told, preferences
  stated, questions passed by, ...), ending in a deal, a rejected proposal or a stop, are
  folded move by move and the rule must be in the round's feedback. A topic no brief item
  of the case carries can then never be credited, as in the game.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from simulatie.kern.analyse import can_fire
from simulatie.kern.analyse.ruimte import fact_names, ruimte
from simulatie.kern.catalogus import load_catalogus
from simulatie.kern.catalogus.controle import all_keuzes
from simulatie.kern.model import Zet, woorden
from simulatie.kern.model.casus import Brief, Casus
from simulatie.kern.model.kennis import favorieten, gewicht_klasse, other
from simulatie.kern.regels.feiten import FEITEN, ONDERWERP_FEITEN, case_facts, voorstel_facts
from simulatie.kern.regels.regels import Compiled
from simulatie.kern.spel import GeladenCasus, SessieStaat, fold, new_session, verslag
from simulatie.kern.spel.stap import step

CATALOGUS = load_catalogus()
CASUSSEN = sorted(CATALOGUS.casussen)
G, S = "gemeente", "swo"
MINSTENS = 2  # cases per lesson
DEALS_PER_SCRIPT = 120  # a fixed sample of the allowed deals per scripted conversation

# Facts about the course of the conversation: beyond what `can_fire` varies exactly.
_GESPREK = frozenset({*ONDERWERP_FEITEN, "aantal_zetten", "aantal_voorstellen",
                      "eerste_voorstel_zet", "eerste_voorstel_door"} | {
    f.name for f in FEITEN
    if f.name.startswith(("gemeente_", "swo_", "eerste_bod_", "concessie_",
                          "akkoord_onder_ondergrens_"))})


def reads_conversation(compiled: Compiled) -> bool:
    return bool(fact_names(compiled.item.als) & _GESPREK)


# --- Scripted conversations from a case's briefs ------------------------------------------

class Gesprek:
    """Moves in turn order, the municipality first; `zeg` fills a skipped turn with a
    remark in the player's own words (no topic, no question), so turns alternate."""

    def __init__(self, limiet: int, samen: Gesprek | None = None) -> None:
        # `samen`: go on in that conversation's moves, with a lower limit of its own.
        self.zetten: list[Zet] = samen.zetten if samen is not None else []
        self.limiet = limiet

    @property
    def aan_zet(self) -> str:
        return G if len(self.zetten) % 2 == 0 else S

    def vol(self, nodig: int = 1) -> bool:
        return len(self.zetten) + nodig > self.limiet

    def zeg(self, rol: str, zet: Zet) -> None:
        if self.aan_zet != rol:
            self.zetten.append(Zet(soort="belang", rol=self.aan_zet, tekst="Ik luister."))
        self.zetten.append(zet)


def _answer(brief: Brief, rol: str, onderwerp: str) -> Zet:
    """An answer from the brief on the question's topic (an answer, interest, argument or
    secret), or in the player's own words."""
    for lijst in ("antwoorden", "belangen", "argumenten"):
        for item in getattr(brief, lijst):
            if item.onderwerp == onderwerp:
                return Zet(soort="antwoord", rol=rol, item=item.id)
    for geheim in brief.geheimen:
        if geheim.onderwerp == onderwerp:
            return Zet(soort="antwoord", rol=rol, geheim=geheim.id)
    return Zet(soort="antwoord", rol=rol, tekst="Daar kom ik op terug.")


def _asks(casus: Casus, gesprek: Gesprek, vrager: str, beantwoord: bool = True) -> None:
    for vraag in casus.brief(vrager).vragen:
        if gesprek.vol(3):
            return
        gesprek.zeg(vrager, Zet(soort="vraag", rol=vrager, item=vraag.id))
        ander = other(vrager)
        gesprek.zeg(ander, _answer(casus.brief(ander), ander, vraag.onderwerp) if beantwoord
                    else Zet(soort="weiger", rol=ander, tekst="Dat zeg ik liever niet."))


def _shares(casus: Casus, gesprek: Gesprek, rollen: tuple[str, ...]) -> None:
    wachtrij = {rol: [Zet(soort=soort, rol=rol, item=item.id)
                      for soort, lijst in (("belang", "belangen"), ("argument", "argumenten"))
                      for item in getattr(casus.brief(rol), lijst)] for rol in rollen}
    while any(wachtrij.values()) and not gesprek.vol(2):
        rol = gesprek.aan_zet if wachtrij.get(gesprek.aan_zet) else next(
            r for r in rollen if wachtrij[r])
        gesprek.zeg(rol, wachtrij[rol].pop(0))


def _tells(casus: Casus, gesprek: Gesprek) -> None:
    for rol in (G, S):
        for geheim in casus.brief(rol).geheimen:
            if not gesprek.vol(2):
                gesprek.zeg(rol, Zet(soort="onthul", rol=rol, geheim=geheim.id))


def _states(casus: Casus, gesprek: Gesprek) -> None:
    """Each side says, truthfully, how heavily each issue weighs and what it likes best."""
    for punt in casus.onderhandelpunten:
        for rol in (G, S):
            if not gesprek.vol(2):
                brief = casus.brief(rol)
                gesprek.zeg(rol, Zet(soort="voorkeur", rol=rol, punt=punt,
                                     gewicht=gewicht_klasse(brief, punt),
                                     optie=favorieten(brief, punt)[0]))


def _passes_by(casus: Casus, gesprek: Gesprek) -> None:
    """Both sides ask and neither answers: each question is passed by with another one."""
    for vragen in zip(casus.brief(G).vragen, casus.brief(S).vragen, strict=False):
        for vraag, rol in zip(vragen, (G, S), strict=True):
            if not gesprek.vol(2):
                gesprek.zeg(rol, Zet(soort="vraag", rol=rol, item=vraag.id))


def scripts(casus: Casus) -> Iterator[list[Zet]]:
    """The conversations tried before the proposal; each leaves room to propose and end."""
    limiet = casus.max_zetten - 3
    plans = [
        lambda g: None,
        lambda g: _asks(casus, g, G),
        lambda g: _asks(casus, g, G, beantwoord=False),
        lambda g: _asks(casus, g, S),
        lambda g: _shares(casus, g, (G, S)),
        lambda g: _shares(casus, g, (G,)),
        lambda g: _shares(casus, g, (S,)),
        lambda g: _tells(casus, g),
        lambda g: _states(casus, g),
        lambda g: _passes_by(casus, g),
        lambda g: (_asks(casus, Gesprek(limiet // 2, g), G), _shares(casus, g, (G, S))),
    ]
    for plan in plans:
        gesprek = Gesprek(limiet)
        plan(gesprek)
        yield gesprek.zetten


# --- Which lessons a case teaches -----------------------------------------------------------

def _deals(geladen: GeladenCasus) -> list[dict[str, str]]:
    casus, base = geladen.casus, case_facts(geladen.casus)
    allowed = [k for k in all_keuzes(casus)
               if not geladen.regelboek.banned(voorstel_facts(casus, k) | base)]
    return random.Random(casus.id).sample(allowed, min(DEALS_PER_SCRIPT, len(allowed)))


def _endings(gesprek: SessieStaat, rol: str, deals: list[dict[str, str]]) -> Iterator[SessieStaat]:
    """After the talk: a stop, and each deal proposed by `rol`, agreed or refused."""
    yield step(gesprek, Zet(soort="stop", rol=rol))
    for deal in deals:
        voorgesteld = step(gesprek, Zet(soort="voorstel", rol=rol, keuzes=deal))
        yield step(voorgesteld, Zet(soort="accepteer", rol=other(rol)))
        yield step(voorgesteld, Zet(soort="stop", rol=other(rol)))


def _played(geladen: GeladenCasus, wanted: set[str]) -> set[str]:
    """The rules among `wanted` that some scripted round of the case fires."""
    found: set[str] = set()
    begin = new_session(geladen.casus, geladen.regelboek, ("A", "B"))
    deals = _deals(geladen)
    for zetten in scripts(geladen.casus):
        rol = G if len(zetten) % 2 == 0 else S
        for staat in _endings(fold(begin, zetten), rol, deals):
            found |= {f.regel.id for f in verslag(staat, staat.ronde).feedback} & wanted
            if wanted <= found:
                return found
    return found


def lessons_taught(geladen: GeladenCasus) -> dict[int, set[str]]:
    """Per lesson, the rules of that lesson that can fire in this case."""
    space = ruimte(geladen.casus, geladen.regelboek)
    talk = {c.item.id for c in geladen.regelboek.regels if c.item.lessen and reads_conversation(c)}
    played = _played(geladen, talk)
    taught: dict[int, set[str]] = {}
    for compiled in geladen.regelboek.regels:
        regel = compiled.item
        fires = (regel.id in played if regel.id in talk
                 else can_fire(compiled, space) is True)
        if fires:
            for les in regel.lessen:
                taught.setdefault(les, set()).add(regel.id)
    return taught


@pytest.fixture(scope="module")
def per_casus() -> dict[str, dict[int, set[str]]]:
    return {casus_id: lessons_taught(CATALOGUS.casussen[casus_id]) for casus_id in CASUSSEN}


@pytest.mark.parametrize("les", sorted(woorden.LESSEN))
def test_every_lesson_can_be_learnt_in_at_least_two_shipped_cases(
        per_casus: dict[str, dict[int, set[str]]], les: int) -> None:
    """Some rule tied to the lesson fires on a legal round in two or more cases."""
    cases = {c: sorted(taught[les]) for c, taught in per_casus.items() if les in taught}
    assert len(cases) >= MINSTENS, (les, woorden.LESSEN[les], cases)


def test_every_scripted_conversation_is_a_legal_round() -> None:
    """The scripts are real play: every move of every script is allowed in its case."""
    for casus_id in CASUSSEN:
        geladen = CATALOGUS.casussen[casus_id]
        begin = new_session(geladen.casus, geladen.regelboek, ("A", "B"))
        for zetten in scripts(geladen.casus):
            assert len(zetten) <= geladen.casus.max_zetten - 2, casus_id
            staat = fold(begin, zetten)
            assert not staat.ronde.afgelopen, casus_id


def test_a_conversation_rule_needs_the_brief_items_to_fire() -> None:
    """Helmond's municipality never claims that talking is not allowed during a tender:
    the exact search, which tries any topic, says the lesson-4 rule could fire, but no
    played round of Helmond fires it. That is why conversation rules are played."""
    geladen = CATALOGUS.casussen["helmond"]
    [regel] = [c for c in geladen.regelboek.regels if c.item.id == "dialoog-mag-tijdens-aanbesteding"]
    assert can_fire(regel, ruimte(geladen.casus, geladen.regelboek)) is True
    assert "dialoog-mag-tijdens-aanbesteding" not in set().union(*lessons_taught(geladen).values())
