"""The general rules file: each rule fires on the moves that should trigger it and stays
quiet on the near misses, each ban refuses its proposal, and a broken rule file says
where it is broken.

Every case below is played as real moves through `fold` on the test case
`tests/data/regels/lessen.toml`; the facts come from `round_facts`, as in the game.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from simulatie.kern.bestanden import LoadFailed, bundled_folder
from simulatie.kern.catalogus import AlgemeneRegels, load_algemeen, load_casus
from simulatie.kern.model import Zet
from simulatie.kern.regels import round_facts
from simulatie.kern.spel import (
    GeladenCasus,
    IllegalZet,
    SessieStaat,
    fold,
    new_session,
    other,
    step,
)

DATA = Path(__file__).parents[2] / "data" / "regels"
ALGEMEEN = bundled_folder() / "algemeen" / "regels.toml"
G, S = "gemeente", "swo"

# A plain proposal that the near misses start from: it stays clear of the tags,
# goals and numbers most rules look at.
BASIS = {
    "inkoopvorm": "subsidie", "aanbieders": "drie", "looptijd": "j5",
    "verlengopties": "twee", "percelen": "een", "gunning": "kwaliteit",
    "sturing": "output", "eisen": "gewoon", "samenwerking": "los",
    "ruimte": "gesloten", "regie": "ambtelijk", "personeel": "blijft",
    "overleg": "los", "beoordeling": "panel",
}


# --- Moves -------------------------------------------------------------------------

def vraag(rol: str, item: str) -> Zet:
    return Zet(soort="vraag", rol=rol, item=item)


def belang(rol: str, item: str) -> Zet:
    return Zet(soort="belang", rol=rol, item=item)


def argument(rol: str, item: str) -> Zet:
    return Zet(soort="argument", rol=rol, item=item)


def vrij(rol: str, tekst: str, onderwerp: str, soort: str = "belang") -> Zet:
    """A move in the player's own words with a topic label of their choosing."""
    return Zet(soort=soort, rol=rol, tekst=tekst, onderwerp=onderwerp)


def antwoord(rol: str, **velden: str) -> Zet:
    return Zet(soort="antwoord", rol=rol, **velden)


def onthul(rol: str, geheim: str) -> Zet:
    return Zet(soort="onthul", rol=rol, geheim=geheim)


def voorkeur(rol: str, punt: str, **velden: str) -> Zet:
    return Zet(soort="voorkeur", rol=rol, punt=punt, **velden)


def voorstel(rol: str, **keuzes: str) -> Zet:
    return Zet(soort="voorstel", rol=rol, keuzes=BASIS | keuzes)


def _aan_zet(zetten: tuple[Zet, ...]) -> str:
    """The municipality opens and turns alternate, so the count says who is to move."""
    return G if len(zetten) % 2 == 0 else S


def akkoord(*gesprek: Zet, **keuzes: str) -> tuple[Zet, ...]:
    """The talk, then a proposal by whoever is to move, accepted by the other side."""
    wie = _aan_zet(gesprek)
    return (*gesprek, voorstel(wie, **keuzes), Zet(soort="accepteer", rol=other(wie)))


def voorstel_eerst(*gesprek: Zet, **keuzes: str) -> tuple[Zet, ...]:
    """The municipality proposes at once, the talk follows, then the swo accepts."""
    assert len(gesprek) % 2 == 0, "the swo must be to move when it accepts"
    return (voorstel(G, **keuzes), *gesprek, Zet(soort="accepteer", rol=S))


def afgewezen(*gesprek: Zet, **keuzes: str) -> tuple[Zet, ...]:
    """The talk, then a proposal by whoever is to move, and the other side stops: the
    round ends without agreement, with this as the last proposal."""
    wie = _aan_zet(gesprek)
    return (*gesprek, voorstel(wie, **keuzes), Zet(soort="stop", rol=other(wie)))


def geen_voorstel(*gesprek: Zet) -> tuple[Zet, ...]:
    """The talk, then whoever is to move stops: the round ends without a proposal."""
    return (*gesprek, Zet(soort="stop", rol=_aan_zet(gesprek)))


# --- The table: for every rule, what triggers it and what narrowly does not -------

@dataclass(frozen=True)
class Geval:
    """A round as it was played; `doelen` and `inwoners` override the test case."""

    wat: str
    zetten: tuple[Zet, ...]
    doelen: tuple[str, ...] | None = None
    inwoners: int | None = None


@dataclass(frozen=True)
class Les:
    regel: str
    raak: tuple[Geval, ...]
    mis: tuple[Geval, ...]


LESSEN: tuple[Les, ...] = (
    # 1. Innovation needs a long contract: the fixed duration counts, not the options.
    Les("looptijd-kort-voor-innovatie", raak=(
        Geval("two years without extensions", akkoord(looptijd="j2", verlengopties="geen")),
        Geval("exactly four fixed years", akkoord(looptijd="j4", verlengopties="geen")),
        Geval("two fixed years with four one-year options (misfire: the options only "
              "the municipality controls made it pass)",
              akkoord(looptijd="j2", verlengopties="vier")),
        Geval("a short contract in a prevention case",
              akkoord(looptijd="j2", verlengopties="geen"), doelen=("preventie",)),
        Geval("the last proposal of a round without agreement, labelled as such",
              afgewezen(looptijd="j2", verlengopties="geen")),
    ), mis=(
        Geval("five fixed years", akkoord(looptijd="j5", verlengopties="geen")),
        Geval("a short contract in a case without innovation or prevention",
              akkoord(looptijd="j2", verlengopties="geen"), doelen=("kostenbeheersing",)),
        Geval("no proposal at all", geen_voorstel()),
    )),
    Les("looptijd-lang-voor-innovatie", raak=(
        Geval("five years plus four extension years",
              akkoord(looptijd="j5", verlengopties="vier")),
        Geval("exactly eight years in all", akkoord(looptijd="j5", verlengopties="drie")),
    ), mis=(
        Geval("seven years in all", akkoord()),
        Geval("four fixed years with four options: eight, but only four certain",
              akkoord(looptijd="j4", verlengopties="vier")),
        Geval("nine years in a case without innovation",
              akkoord(looptijd="j5", verlengopties="vier"), doelen=("preventie",)),
        Geval("nine years proposed but not agreed",
              afgewezen(looptijd="j5", verlengopties="vier")),
    )),
    # 2. Many providers and partnership.
    Les("aanbieders-veel-voor-partnerschap", raak=(
        Geval("forty providers", akkoord(aanbieders="veertig")),
        Geval("exactly ten providers", akkoord(aanbieders="tien")),
        Geval("forty providers in a consortium without a connector",
              akkoord(aanbieders="veertig", samenwerking="consortium")),
    ), mis=(
        Geval("three providers", akkoord()),
        Geval("forty providers with a connecting party",
              akkoord(aanbieders="veertig", samenwerking="verbonden")),
        Geval("forty providers in a case that does not seek partnership",
              akkoord(aanbieders="veertig"), doelen=("keuzevrijheid",)),
    )),
    Les("aanbieders-keuzevrijheid-of-keuzestress", raak=(
        Geval("forty providers without talk about marktordening",
              akkoord(aanbieders="veertig")),
        Geval("exactly twenty providers", akkoord(aanbieders="twintig")),
    ), mis=(
        Geval("forty providers after marktordening named in own words (no claim it never "
              "came up)", akkoord(vrij(G, "Hoeveel partijen willen we?", "marktordening"),
                                  aanbieders="veertig")),
        Geval("ten providers", akkoord(aanbieders="tien")),
        Geval("forty providers after a question about marktordening",
              akkoord(vraag(G, "g-markt"), aanbieders="veertig")),
        Geval("forty providers with marktordening raised after the proposal",
              voorstel_eerst(vraag(S, "s-markt"), belang(G, "g-budget"), aanbieders="veertig")),
        Geval("forty providers after a preference statement on the number of providers",
              akkoord(voorkeur(G, "aanbieders", optie="drie"), aanbieders="veertig")),
        Geval("three providers", akkoord()),
        Geval("forty providers in a case that does not seek choice",
              akkoord(aanbieders="veertig"), doelen=("partnerschap",)),
    )),
    # 3. Talk about marktordening before the first proposal.
    Les("marktordening-niet-vooraf-besproken", raak=(
        Geval("a proposal without any talk", akkoord()),
        Geval("marktordening raised only after the proposal",
              voorstel_eerst(vraag(S, "s-markt"), belang(G, "g-budget"))),
    ), mis=(
        Geval("a question about marktordening before the proposal",
              akkoord(vraag(G, "g-markt"))),
        Geval("marktordening named in own words before the proposal (misfire: 'nobody "
              "began about it')", akkoord(vrij(G, "Eén partij of veel?", "marktordening",
                                               soort="vraag"), antwoord(S, tekst="Veel."))),
        Geval("no proposal at all", geen_voorstel()),
    )),
    Les("marktordening-vooraf-besproken", raak=(
        Geval("the municipality asks about marktordening first", akkoord(vraag(G, "g-markt"))),
        Geval("the swo asks about marktordening first",
              akkoord(belang(G, "g-budget"), vraag(S, "s-markt"))),
        Geval("a preference statement on the number of providers first",
              akkoord(voorkeur(G, "aanbieders", gewicht="gemiddeld"))),
    ), mis=(
        Geval("a proposal without any talk", akkoord()),
        Geval("free text 'bla bla' labelled marktordening (misfire: it earned this)",
              akkoord(vrij(G, "bla bla", "marktordening"))),
        Geval("marktordening raised only after the proposal",
              voorstel_eerst(vraag(S, "s-markt"), belang(G, "g-budget"))),
        Geval("marktordening discussed but no proposal", geen_voorstel(vraag(G, "g-markt"))),
    )),
    # 4. Dialogue is allowed during a tender.
    Les("dialoog-mag-tijdens-aanbesteding", raak=(
        Geval("the municipality argues that dialogue is not allowed",
              geen_voorstel(argument(G, "g-dialoog-mag-niet"))),
        Geval("the swo talks about dialogue but does not correct it",
              geen_voorstel(argument(G, "g-dialoog-mag-niet"), belang(S, "s-praktijk"))),
    ), mis=(
        Geval("the municipality says so in its own words (free text earns nothing)",
              geen_voorstel(vrij(G, "Tijdens de aanbesteding mogen we niet praten.",
                                 "dialoog_verboden"))),
        Geval("the municipality wants to keep talking", geen_voorstel(belang(G, "g-dialoog"))),
        Geval("a legitimate remark on equal information (misfire: read as the misconception)",
              geen_voorstel(belang(G, "g-gelijk"))),
        Geval("the swo corrects the misconception",
              geen_voorstel(argument(G, "g-dialoog-mag-niet"), argument(S, "s-dialoog-mag"))),
        Geval("the misconception is never voiced", akkoord()),
    )),
    Les("dialoog-misverstand-rechtgezet", raak=(
        Geval("the swo corrects the misconception (misfire: correcting earned nothing)",
              geen_voorstel(argument(G, "g-dialoog-mag-niet"), argument(S, "s-dialoog-mag"))),
        Geval("the swo corrects it in answer to a question",
              geen_voorstel(argument(G, "g-dialoog-mag-niet"), vraag(S, "s-markt"),
                            vraag(G, "g-kern"), antwoord(S, item="s-dialoog-mag"))),
    ), mis=(
        Geval("the swo says dialogue is allowed, but nobody claimed otherwise",
              geen_voorstel(belang(G, "g-budget"), argument(S, "s-dialoog-mag"))),
        Geval("the misconception stands", geen_voorstel(argument(G, "g-dialoog-mag-niet"))),
    )),
    Les("dialoog-tafels-na-contract", raak=(
        Geval("dialogue tables agreed", akkoord(overleg="tafels")),
    ), mis=(
        Geval("no dialogue tables", akkoord()),
        Geval("dialogue tables proposed, no agreement (misfire: praised after no deal)",
              afgewezen(overleg="tafels")),
    )),
    Les("dialoog-veel-aanbieders-zonder-tafel", raak=(
        Geval("twenty providers without tables", akkoord(aanbieders="twintig")),
    ), mis=(
        Geval("twenty providers with tables", akkoord(aanbieders="twintig", overleg="tafels")),
        Geval("ten providers without tables", akkoord(aanbieders="tien")),
    )),
    # 5. The lowest price becomes expensive.
    Les("prijs-laagste-prijs", raak=(
        Geval("a tender awarded on lowest price",
              akkoord(inkoopvorm="aanbesteden", gunning="prijs")),
    ), mis=(
        Geval("a tender awarded on quality", akkoord(inkoopvorm="aanbesteden")),
    )),
    Les("prijs-kosten-niet-besproken", raak=(
        Geval("cost control wanted, budget never raised", akkoord(), doelen=("kostenbeheersing",)),
    ), mis=(
        Geval("cost control wanted and the budget raised",
              akkoord(belang(G, "g-budget")), doelen=("kostenbeheersing",)),
        Geval("budget never raised, but cost control is no goal", akkoord()),
        Geval("a round still going", (vraag(G, "g-kern"),), doelen=("kostenbeheersing",)),
    )),
    Les("prijs-aanbesteding-tarief-onbesproken", raak=(
        Geval("a tender agreed without a word on rates", akkoord(inkoopvorm="aanbesteden")),
    ), mis=(
        Geval("a tender agreed after the budget was raised",
              akkoord(belang(G, "g-budget"), inkoopvorm="aanbesteden")),
        Geval("a subsidy agreed without a word on rates", akkoord()),
        Geval("a tender proposed, no agreement", afgewezen(inkoopvorm="aanbesteden")),
    )),
    # 6. Frequent change of provider.
    Les("wisseling-personeel-besproken", raak=(
        Geval("the swo speaks of its staff",
              akkoord(vrij(G, "...", "overig"), belang(S, "s-personeel"))),
        Geval("staff raised, then the round stopped",
              geen_voorstel(vrij(G, "...", "overig"), belang(S, "s-personeel"))),
    ), mis=(
        Geval("staff never raised", akkoord()),
        Geval("staff as a label on free text only", akkoord(vrij(G, "ons personeel", "personeel"))),
        Geval("staff raised in a round still going",
              (vrij(G, "...", "overig"), belang(S, "s-personeel"))),
    )),
    Les("wisseling-kort-aanbesteden", raak=(
        Geval("a two-year tender",
              akkoord(inkoopvorm="aanbesteden", looptijd="j2", verlengopties="geen")),
        Geval("a tender of four fixed years with options",
              akkoord(inkoopvorm="aanbesteden", looptijd="j4", verlengopties="vier")),
    ), mis=(
        Geval("a five-year tender",
              akkoord(inkoopvorm="aanbesteden", looptijd="j5", verlengopties="geen")),
        Geval("a two-year subsidy",
              akkoord(inkoopvorm="subsidie", looptijd="j2", verlengopties="geen")),
    )),
    Les("wisseling-continuiteit-kort", raak=(
        Geval("two fixed years in a case that wants continuity",
              akkoord(looptijd="j2", verlengopties="vier"), doelen=("continuiteit",)),
    ), mis=(
        Geval("four fixed years in a case that wants continuity",
              akkoord(looptijd="j4"), doelen=("continuiteit",)),
        Geval("two fixed years, continuity no goal", akkoord(looptijd="j2")),
    )),
    Les("wisseling-personeel-gaat-over", raak=(
        Geval("staff move to the new provider", akkoord(personeel="over")),
    ), mis=(
        Geval("staff stay where they are", akkoord()),
        Geval("staff transfer proposed, no agreement", afgewezen(personeel="over")),
    )),
    # 7. Keep it flexible where innovation needs new entrants.
    Les("flexibel-ruimte-voor-nieuwkomers", raak=(
        Geval("room for new entrants", akkoord(ruimte="flexibel")),
        Geval("room for new entrants with twenty providers",
              akkoord(ruimte="flexibel", aanbieders="twintig")),
    ), mis=(
        Geval("a closed field", akkoord()),
        Geval("room for new entrants beside forty providers (misfire: next to a "
              "warning about the wide field)", akkoord(ruimte="flexibel", aanbieders="veertig")),
        Geval("room for new entrants in a case without innovation",
              akkoord(ruimte="flexibel"), doelen=("partnerschap",)),
        Geval("room for new entrants proposed, no agreement", afgewezen(ruimte="flexibel")),
    )),
    Les("flexibel-gesloten-veld-bij-innovatie", raak=(
        Geval("one provider and a closed field", akkoord(aanbieders="een")),
        Geval("the municipality does the work itself",
              akkoord(inkoopvorm="inbesteden", aanbieders="geen")),
    ), mis=(
        Geval("one provider with room for new entrants",
              akkoord(aanbieders="een", ruimte="flexibel")),
        Geval("three providers", akkoord()),
        Geval("one provider in a case without innovation",
              akkoord(aanbieders="een"), doelen=("kostenbeheersing",)),
        Geval("no proposal at all", geen_voorstel()),
    )),
    Les("percelen-meer-dan-aanbieders", raak=(
        Geval("three lots for one provider", akkoord(percelen="drie_thema", aanbieders="een")),
        Geval("three neighbourhood lots for one provider",
              akkoord(percelen="drie_wijken", aanbieders="een")),
    ), mis=(
        Geval("three lots for three providers", akkoord(percelen="drie_thema", aanbieders="drie")),
        Geval("one lot for one provider", akkoord(percelen="een", aanbieders="een")),
        Geval("the municipality does it itself",
              akkoord(inkoopvorm="inbesteden", aanbieders="geen", percelen="drie_thema")),
    )),
    Les("flexibel-bestuurlijk-aanbesteden-een-aanbieder", raak=(
        Geval("administrative procurement with one provider",
              akkoord(inkoopvorm="bestuurlijk_aanbesteden", aanbieders="een")),
    ), mis=(
        Geval("administrative procurement with three providers",
              akkoord(inkoopvorm="bestuurlijk_aanbesteden")),
        Geval("a tender with one provider", akkoord(inkoopvorm="aanbesteden", aanbieders="een")),
    )),
    # 8. Outcome pairs well with a connecting party.
    Les("outcome-met-verbindende-partij", raak=(
        Geval("outcome with a connecting party",
              akkoord(sturing="outcome", samenwerking="verbonden")),
    ), mis=(
        Geval("output with a connecting party", akkoord(samenwerking="verbonden")),
        Geval("outcome in a consortium without a connector",
              akkoord(sturing="outcome", samenwerking="consortium")),
        Geval("outcome with a connector proposed, no agreement",
              afgewezen(sturing="outcome", samenwerking="verbonden")),
    )),
    Les("outcome-niet-besproken", raak=(
        Geval("outcome chosen without talking about it", akkoord(sturing="outcome")),
    ), mis=(
        Geval("outcome chosen after the municipality raised it",
              akkoord(belang(G, "g-outcome"), sturing="outcome")),
        Geval("output chosen", akkoord()),
    )),
    # 9. Residents involved early.
    Les("bewoners-beslissen-mee", raak=(
        Geval("social procurement in which residents choose",
              akkoord(inkoopvorm="maatschappelijk_aanbesteden")),
    ), mis=(
        Geval("a tender without residents", akkoord(inkoopvorm="aanbesteden")),
        Geval("residents choose while the municipality assesses (misfire)",
              akkoord(inkoopvorm="maatschappelijk_aanbesteden", beoordeling="gemeente")),
        Geval("residents choosing proposed, no agreement",
              afgewezen(inkoopvorm="maatschappelijk_aanbesteden")),
    )),
    Les("bewoners-meebeslissen-tegenstrijdig", raak=(
        Geval("residents choose while the municipality assesses",
              akkoord(inkoopvorm="maatschappelijk_aanbesteden", beoordeling="gemeente")),
        Geval("residents choose while the municipality keeps many requirements",
              akkoord(inkoopvorm="maatschappelijk_aanbesteden", eisen="veel")),
    ), mis=(
        Geval("residents choose, a panel assesses",
              akkoord(inkoopvorm="maatschappelijk_aanbesteden")),
        Geval("the municipality assesses a tender", akkoord(beoordeling="gemeente")),
    )),
    Les("bewoners-vroeg-besproken", raak=(
        Geval("residents discussed before the proposal", akkoord(vraag(G, "g-bewoners"))),
    ), mis=(
        Geval("residents raised only after the proposal",
              voorstel_eerst(belang(S, "s-praktijk"), vraag(G, "g-bewoners"))),
        Geval("residents discussed but no proposal", geen_voorstel(vraag(G, "g-bewoners"))),
        Geval("a proposal without any talk", akkoord()),
    )),
    # 10. Keep the requirements simple.
    Les("eisen-veel-eisen", raak=(
        Geval("many requirements", akkoord(eisen="veel")),
    ), mis=(
        Geval("ordinary requirements", akkoord()),
        Geval("few requirements", akkoord(eisen="weinig")),
    )),
    Les("eisen-eenvoudig", raak=(
        Geval("few requirements", akkoord(eisen="weinig")),
    ), mis=(
        Geval("ordinary requirements", akkoord()),
        Geval("many requirements", akkoord(eisen="veel")),
        Geval("few requirements in a tender with one main provider (misfire)",
              akkoord(eisen="weinig", inkoopvorm="aanbesteden", aanbieders="een")),
    )),
    # 11. A consortium needs an independent connector.
    Les("consortium-zonder-verbinder", raak=(
        Geval("a consortium without a connector", akkoord(samenwerking="consortium")),
    ), mis=(
        Geval("a consortium with a connector", akkoord(samenwerking="verbonden")),
        Geval("no consortium", akkoord()),
    )),
    # 12. Scale: neighbourhoods of at most about 25,000 residents.
    Les("schaal-te-groot", raak=(
        Geval("one provider, one lot for 90,000 residents", akkoord(aanbieders="een")),
    ), mis=(
        Geval("three providers for 90,000 residents (misfire: fired on nearly every deal)",
              akkoord()),
        Geval("three theme lots, as Leiden (misfire: fired on Leiden's real lots)",
              akkoord(percelen="drie_thema", aanbieders="drie")),
        Geval("one provider after talk about scale",
              akkoord(vraag(G, "g-schaal"), aanbieders="een")),
        Geval("one provider in neighbourhood lots",
              akkoord(percelen="drie_wijken", aanbieders="een")),
        Geval("one provider in a town of 40,000", akkoord(aanbieders="een"), inwoners=40000),
        Geval("no proposal at all", geen_voorstel()),
    )),
    Les("schaal-per-wijk", raak=(
        Geval("three neighbourhood lots", akkoord(percelen="drie_wijken")),
    ), mis=(
        Geval("three theme lots", akkoord(percelen="drie_thema")),
    )),
    Les("schaal-besproken", raak=(
        Geval("scale discussed before the proposal", akkoord(vraag(G, "g-schaal"))),
    ), mis=(
        Geval("scale discussed in a village of 20,000",
              akkoord(vraag(G, "g-schaal")), inwoners=20000),
        Geval("scale never discussed", akkoord()),
    )),
    # 13. Politics and administration from the start.
    Les("politiek-niet-betrokken", raak=(
        Geval("an agreement without talk about politics", akkoord()),
        Geval("a round stopped without talk about politics", geen_voorstel()),
    ), mis=(
        Geval("politics raised by the municipality", akkoord(belang(G, "g-bestuur"))),
        Geval("politics asked in own words and answered (misfire: 'never came up')",
              akkoord(vrij(G, "Hoe houden we de raad erbij?", "politiek", soort="vraag"),
                      antwoord(S, tekst="Nodig ze uit aan tafel."))),
        Geval("a round still going", (vraag(G, "g-kern"),)),
    )),
    Les("politiek-vroeg-betrokken", raak=(
        Geval("politics raised before the proposal", akkoord(belang(G, "g-bestuur"))),
        Geval("politics raised before a proposal that was not agreed",
              afgewezen(belang(G, "g-bestuur"))),
        Geval("an agreement that involves the administration", akkoord(regie="bestuur")),
    ), mis=(
        Geval("an agreement without politics", akkoord()),
        Geval("politics only named in own words (free text earns no compliment)",
              akkoord(vrij(G, "Hoe houden we de raad erbij?", "politiek", soort="vraag"),
                      antwoord(S, tekst="Nodig ze uit aan tafel."))),
        Geval("politics raised only after the proposal",
              voorstel_eerst(belang(S, "s-praktijk"), belang(G, "g-bestuur"))),
        Geval("politics raised but no proposal", geen_voorstel(belang(G, "g-bestuur"))),
        Geval("the administration only in a proposal nobody agreed to",
              afgewezen(regie="bestuur")),
    )),
    # 14. The core of the assignment and what happens in the field.
    Les("kern-gemeente-vraagt-naar-opdracht", raak=(
        Geval("the municipality asks about the core and gets an answer from the brief",
              geen_voorstel(vraag(G, "g-kern"), antwoord(S, item="s-kern"))),
        Geval("the swo answers in its own words",
              geen_voorstel(vraag(G, "g-kern"), antwoord(S, tekst="Dat inwoners elkaar vinden."))),
    ), mis=(
        Geval("the swo declines to answer",
              geen_voorstel(vraag(G, "g-kern"), Zet(soort="weiger", rol=S))),
        Geval("the swo passes the question by", geen_voorstel(vraag(G, "g-kern"),
                                                              belang(S, "s-praktijk"))),
        Geval("only the swo asks about the core",
              geen_voorstel(belang(G, "g-budget"), vraag(S, "s-opdracht"))),
        Geval("free text 'koffie?' labelled as the core, answered",
              geen_voorstel(vrij(G, "koffie?", "kern_opdracht", "vraag"),
                            antwoord(S, tekst="Graag."))),
    )),
    Les("kern-vraag-zonder-antwoord", raak=(
        Geval("the swo declines to answer",
              geen_voorstel(vraag(G, "g-kern"), Zet(soort="weiger", rol=S))),
        Geval("the swo passes the question by",
              geen_voorstel(vraag(G, "g-kern"), belang(S, "s-praktijk"))),
    ), mis=(
        Geval("the swo answers", geen_voorstel(vraag(G, "g-kern"), antwoord(S, item="s-kern"))),
        Geval("a round still going", (vraag(G, "g-kern"),)),
    )),
    Les("kern-swo-vertelt-over-praktijk", raak=(
        Geval("the swo tells what happens in the field",
              geen_voorstel(belang(G, "g-budget"), belang(S, "s-praktijk"))),
        Geval("the swo tells it by revealing a secret",
              geen_voorstel(belang(G, "g-budget"), onthul(S, "s-wijkteam"))),
    ), mis=(
        Geval("only the municipality tells about the field",
              geen_voorstel(argument(G, "g-signalen"))),
        Geval("the swo says 'koffie?' labelled praktijk (misfire: earned the compliment)",
              geen_voorstel(belang(G, "g-budget"), vrij(S, "koffie?", "praktijk"))),
    )),
    Les("kern-opdracht-en-praktijk-onbesproken", raak=(
        Geval("an agreement without either", akkoord()),
        Geval("only the swo asks about the core",
              geen_voorstel(belang(G, "g-budget"), vraag(S, "s-opdracht"))),
    ), mis=(
        Geval("the municipality asks about the core", akkoord(vraag(G, "g-kern"))),
        Geval("the municipality asks about the core in its own words (misfire: 'did not ask')",
              akkoord(vrij(G, "Wat moet er voor inwoners anders?", "kern_opdracht",
                           soort="vraag"), antwoord(S, tekst="Dat ze elkaar vinden."))),
        Geval("the swo tells what happens in the field",
              akkoord(belang(G, "g-budget"), belang(S, "s-praktijk"))),
        Geval("a round still going", (belang(G, "g-budget"),)),
    )),
    Les("kern-vragen-blijven-liggen", raak=(
        Geval("two questions passed by",
              geen_voorstel(vraag(G, "g-kern"), vraag(S, "s-markt"), belang(G, "g-budget"))),
    ), mis=(
        Geval("one question passed by, one answered",
              geen_voorstel(vraag(G, "g-kern"), vraag(S, "s-markt"),
                            antwoord(G, tekst="Drie."))),
        Geval("one question declined, one passed by",
              geen_voorstel(vraag(G, "g-kern"), vraag(S, "s-markt"),
                            Zet(soort="weiger", rol=G))),
    )),
    Les("kern-iets-verteld", raak=(
        Geval("the swo reveals a secret", geen_voorstel(belang(G, "g-budget"),
                                                        onthul(S, "s-wijkteam"))),
        Geval("the municipality answers with a secret",
              geen_voorstel(belang(G, "g-budget"), vraag(S, "s-markt"),
                            antwoord(G, geheim="geheim_1"))),
    ), mis=(
        Geval("nothing revealed", geen_voorstel(belang(G, "g-budget"))),
    )),
    # 15. One fixed contact person.
    Les("contactpersoon-eenvoud-veel-aanbieders", raak=(
        Geval("twenty providers and no fixed contact where simplicity is a goal",
              akkoord(aanbieders="twintig"), doelen=("eenvoud",)),
    ), mis=(
        Geval("twenty providers with a fixed contact",
              akkoord(aanbieders="twintig", regie="contactpersoon"), doelen=("eenvoud",)),
        Geval("three providers where simplicity is a goal", akkoord(), doelen=("eenvoud",)),
        Geval("twenty providers, simplicity no goal", akkoord(aanbieders="twintig")),
    )),
    Les("contactpersoon-vast", raak=(
        Geval("a fixed contact person", akkoord(regie="contactpersoon")),
    ), mis=(
        Geval("no fixed contact person", akkoord()),
        Geval("a fixed contact person proposed, no agreement", afgewezen(regie="contactpersoon")),
    )),
    # Every contracting form has its own risks.
    Les("vorm-subsidie-stapeling", raak=(
        Geval("subsidy for forty organisations", akkoord(aanbieders="veertig")),
    ), mis=(
        Geval("subsidy for three organisations", akkoord()),
        Geval("a tender with forty providers", akkoord(inkoopvorm="aanbesteden",
                                                       aanbieders="veertig")),
    )),
    Les("vorm-subsidie-zonder-resultaat", raak=(
        Geval("subsidy steering on output", akkoord()),
    ), mis=(
        Geval("subsidy steering on outcome", akkoord(belang(G, "g-outcome"), sturing="outcome")),
        Geval("a tender steering on output", akkoord(inkoopvorm="aanbesteden")),
    )),
    Les("vorm-open-house-zonder-selectie", raak=(
        Geval("open house without tables", akkoord(inkoopvorm="open_house")),
    ), mis=(
        Geval("open house with tables", akkoord(inkoopvorm="open_house", overleg="tafels")),
        Geval("open house where partnership is no goal",
              akkoord(inkoopvorm="open_house"), doelen=("keuzevrijheid",)),
    )),
    Les("vorm-aanbesteden-veel-eisen", raak=(
        Geval("a tender with many requirements",
              akkoord(inkoopvorm="aanbesteden", eisen="veel")),
    ), mis=(
        Geval("a tender with ordinary requirements", akkoord(inkoopvorm="aanbesteden")),
        Geval("a subsidy with many requirements", akkoord(eisen="veel")),
    )),
    # Accepting below one's own bottom line.
    Les("akkoord-onder-ondergrens-gemeente", raak=(
        Geval("the municipality accepts a deal below its line (misfire: unremarked)",
              (belang(G, "g-budget"), voorstel(S, gunning="prijs"),
               Zet(soort="accepteer", rol=G))),
        Geval("the municipality proposes it itself and the swo accepts",
              akkoord(gunning="prijs")),
    ), mis=(
        Geval("a deal at the municipality's line or above", akkoord()),
        Geval("the municipality stops instead",
              (belang(G, "g-budget"), voorstel(S, gunning="prijs"), Zet(soort="stop", rol=G))),
    )),
    Les("akkoord-onder-ondergrens-swo", raak=(
        Geval("the swo accepts a term its own secret rules out",
              akkoord(looptijd="j2")),
    ), mis=(
        Geval("a term the swo can live with", akkoord(looptijd="j4")),
        Geval("the swo's line is not the municipality's", akkoord(gunning="prijs")),
    )),
)

# The first word of a rule id names the topic of its lesson.
ONDERWERP_PER_LES = {
    1: "looptijd", 2: "aanbieders", 3: "marktordening", 4: "dialoog", 5: "prijs",
    6: "wisseling", 7: "flexibel", 8: "outcome", 9: "bewoners", 10: "eisen",
    11: "consortium", 12: "schaal", 13: "politiek", 14: "kern", 15: "contactpersoon",
}

RAAK = [pytest.param(les.regel, g, id=f"{les.regel}: {g.wat}") for les in LESSEN for g in les.raak]
MIS = [pytest.param(les.regel, g, id=f"{les.regel}: {g.wat}") for les in LESSEN for g in les.mis]


# --- Fixtures and helpers ------------------------------------------------------------

@pytest.fixture(scope="module")
def algemeen() -> AlgemeneRegels:
    return load_algemeen(ALGEMEEN)


@pytest.fixture
def geladen(algemeen: AlgemeneRegels) -> GeladenCasus:
    return load_casus(DATA / "lessen.toml", algemeen)


def begin(geladen: GeladenCasus, geval: Geval | None = None) -> SessieStaat:
    casus = geladen.casus
    if geval is not None:
        changes = {"doelen": geval.doelen, "inwoners": geval.inwoners}
        casus = casus.model_copy(update={k: v for k, v in changes.items() if v is not None})
    return new_session(casus, geladen.regelboek, ("Anna", "Bram"))


def fired(geladen: GeladenCasus, geval: Geval) -> set[str]:
    """The ids of the rules that give feedback after playing `geval`."""
    staat = fold(begin(geladen, geval), geval.zetten)
    facts = round_facts(staat.casus, staat.ronde)
    assert geladen.regelboek.unjudged(facts) == [], "a rule could not be judged"
    feedback = geladen.regelboek.feedback(facts)
    return {item.regel.id for item in feedback}


def rule_ids(algemeen: AlgemeneRegels) -> list[str]:
    return [compiled.item.id for compiled in algemeen.regels]


# --- Every rule fires when it should, and only then -----------------------------------

@pytest.mark.parametrize(("regel", "geval"), RAAK)
def test_a_rule_fires_on_the_moves_that_should_trigger_it(
        geladen: GeladenCasus, regel: str, geval: Geval) -> None:
    """A round played into the rule's situation gets the rule's feedback."""
    assert regel in fired(geladen, geval)


@pytest.mark.parametrize(("regel", "geval"), MIS)
def test_a_rule_stays_quiet_on_a_near_miss(
        geladen: GeladenCasus, regel: str, geval: Geval) -> None:
    """A round that differs from the rule's situation in one respect gets no such feedback."""
    assert regel not in fired(geladen, geval)


def test_every_general_rule_has_triggers_and_near_misses_in_the_table(
        algemeen: AlgemeneRegels) -> None:
    """A rule added to the general file without a row in the table fails here."""
    table = [les.regel for les in LESSEN]
    assert sorted(table) == sorted(rule_ids(algemeen))
    assert len(set(table)) == len(table)
    assert all(les.raak and les.mis for les in LESSEN)


# --- The file as a whole -------------------------------------------------------------

def test_the_general_rules_file_loads(algemeen: AlgemeneRegels) -> None:
    """The bundled general rules compile: rules and bans, none left out."""
    assert len(algemeen.regels) >= 15
    assert len(algemeen.verboden) == 1


@pytest.mark.parametrize(("les", "onderwerp"), ONDERWERP_PER_LES.items())
def test_every_lesson_has_at_least_one_rule(
        algemeen: AlgemeneRegels, les: int, onderwerp: str) -> None:
    """Each of the fifteen lessons is given by a rule whose id starts with its topic."""
    assert any(rid.startswith(onderwerp + "-") for rid in rule_ids(algemeen)), les


def test_every_rule_names_its_source_with_a_year(algemeen: AlgemeneRegels) -> None:
    """A source is an organisation or author with a year (or z.j. when there is none)."""
    for compiled in algemeen.regels:
        assert re.search(r"\b(19|20)\d\d\b|z\.j\.", compiled.item.bron), compiled.item.id


def test_the_general_rules_never_name_a_form_as_such(algemeen: AlgemeneRegels) -> None:
    """No rule fires on subsidy or tender alone: feedback depends on goals and talk."""
    for compiled in algemeen.regels:
        als = compiled.item.als
        bare = re.fullmatch(r'(heeft_voorstel and )?inkoopvorm == "\w+"', als)
        assert bare is None, compiled.item.id


# --- Bans ----------------------------------------------------------------------------

BANNED = [
    pytest.param("open-house-met-een-aanbieder",
                 {"inkoopvorm": "open_house", "aanbieders": "een"}, id="open house, one provider"),
    pytest.param("open-house-met-een-aanbieder",
                 {"inkoopvorm": "open_house", "aanbieders": "geen"}, id="open house, no provider"),
]
NEAR_MISS = [
    pytest.param({"inkoopvorm": "open_house", "aanbieders": "drie"}, id="open house, three"),
    pytest.param({"inkoopvorm": "open_house", "aanbieders": "veertig"}, id="open house, forty"),
    pytest.param({"percelen": "drie_thema", "aanbieders": "drie"}, id="three lots, three"),
    pytest.param({"percelen": "een", "aanbieders": "een"}, id="one lot, one provider"),
    pytest.param({"percelen": "drie_thema", "aanbieders": "een"},
                 id="three lots, one provider (a warning, not a ban)"),
    pytest.param({"inkoopvorm": "inbesteden", "aanbieders": "geen"},
                 id="the municipality itself, no provider"),
]


def reden(algemeen: AlgemeneRegels, verbod_id: str) -> str:
    """The reason a ban gives the players."""
    verbod = next(c.item for c in algemeen.verboden if c.item.id == verbod_id)
    return verbod.reden  # type: ignore[union-attr]


@pytest.mark.parametrize(("verbod", "keuzes"), BANNED)
def test_a_banned_proposal_is_refused_and_the_state_stays_as_it_was(
        algemeen: AlgemeneRegels, geladen: GeladenCasus, verbod: str, keuzes: dict) -> None:
    """`step` refuses the proposal with the ban's reason; the round goes on unchanged."""
    staat = fold(begin(geladen), (vraag(G, "g-markt"), belang(S, "s-praktijk")))
    ronde_voor = staat.ronde
    with pytest.raises(IllegalZet) as refused:
        step(staat, voorstel(G, **keuzes))
    assert reden(algemeen, verbod) in str(refused.value)
    assert staat.ronde is ronde_voor
    assert len(staat.ronde.zetten) == 2 and staat.ronde.op_tafel is None
    assert staat.ronde.aan_zet == G


@pytest.mark.parametrize(("verbod", "keuzes"), BANNED)
def test_a_ban_also_refuses_a_counter_proposal(
        geladen: GeladenCasus, verbod: str, keuzes: dict) -> None:
    """A banned combination cannot come back as a counter-proposal either."""
    staat = fold(begin(geladen), (voorstel(G),))
    with pytest.raises(IllegalZet):
        step(staat, Zet(soort="tegenvoorstel", rol=S, keuzes=BASIS | keuzes))


@pytest.mark.parametrize("keuzes", NEAR_MISS)
def test_the_near_miss_of_a_ban_can_be_proposed(geladen: GeladenCasus, keuzes: dict) -> None:
    """One step away from a banned combination the proposal lands on the table."""
    staat = step(begin(geladen), voorstel(G, **keuzes))
    assert staat.ronde.op_tafel is not None
    assert dict(staat.ronde.op_tafel.keuzes) == BASIS | keuzes


# --- Broken rule files ------------------------------------------------------------

BROKEN = [
    pytest.param("onbekend_feit.toml", "tikfout-in-feit", "looptijdjaren", id="unknown fact"),
    pytest.param("schrijffout.toml", "dubbel-en", "and and", id="syntax error"),
    pytest.param("soorten.toml", "getal-met-tekst", '> "innovatie"', id="type clash"),
    pytest.param("zonder_bewaking.toml", "onbewaakt", "looptijd_jaren < 5",
                 id="proposal fact without guard"),
    pytest.param("verbod_over_gesprek.toml", "praat-eerst", "besproken",
                 id="ban about the dialogue"),
]


@pytest.mark.parametrize(("bestand", "regel", "merkteken"), BROKEN)
def test_a_broken_rule_file_names_the_file_the_line_and_the_rule(
        bestand: str, regel: str, merkteken: str) -> None:
    """The problem points at the condition's line and starts with the rule's id."""
    path = DATA / bestand
    lines = path.read_text(encoding="utf-8").splitlines()
    expected = next(n for n, line in enumerate(lines, 1) if merkteken in line)
    with pytest.raises(LoadFailed) as failed:
        load_algemeen(path)
    [problem] = failed.value.problems
    assert problem.file == str(path)
    assert problem.line == expected
    assert problem.message.startswith(regel + ":")
    assert f"{bestand}:{expected}:" in str(problem)


def test_an_unknown_fact_suggests_the_closest_name() -> None:
    """A typo in a fact name comes back with the name that was probably meant."""
    with pytest.raises(LoadFailed) as failed:
        load_algemeen(DATA / "onbekend_feit.toml")
    assert "'looptijd_jaren'" in failed.value.problems[0].message


@pytest.mark.parametrize("als", ["not " * 990 + "afgelopen", "-" * 3000 + "ronde > 1"],
                         ids=["990 nots", "3000 minus signs"])
def test_a_condition_nested_too_deep_is_a_problem_not_a_crash(tmp_path: Path, als: str) -> None:
    """The parser recursed past Python's limit and the RecursionError escaped the
    loader, taking the whole catalogue (and the app) down (found in review)."""
    path = tmp_path / "regels.toml"
    path.write_text(f'[[regels]]\nid = "diep"\nals = "{als}"\nernst = "tip"\n'
                    'bericht = "b"\nbron = "b, 2020"\n', encoding="utf-8")
    with pytest.raises(LoadFailed) as failed:
        load_algemeen(path)
    [problem] = failed.value.problems
    assert problem.message.startswith("diep: de voorwaarde is te diep genest")


def test_judging_a_rule_that_cannot_be_judged_leaves_the_rule_book_as_it_was(geladen):
    """Rules and bans are judged without a trace on the rule book, so `step` stays pure.

    With no facts at all no condition can be judged: nothing fires, each is named once,
    and judging again gives the same answer.
    """
    regelboek = geladen.regelboek
    before = {k: (list(v) if isinstance(v, list) else v) for k, v in vars(regelboek).items()}
    assert regelboek.feedback({}) == [] and regelboek.banned({}) == []
    unjudged = regelboek.unjudged({})
    assert len(unjudged) == len(regelboek.regels) + len(regelboek.verboden) > 0
    assert vars(regelboek) == before
    assert regelboek.unjudged({}) == unjudged
