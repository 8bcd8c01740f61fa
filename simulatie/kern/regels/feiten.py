"""The facts of a round: the only things a rule's condition can talk about.

`FEITEN` is the single list of fact names, with their type and meaning; the docs
(`docs/feiten.md`) are generated from it and the rules engine type-checks every
condition against it at load. A case's own issues add one text fact each, named
after the issue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ..memo import IdMemo
from ..model import woorden

if TYPE_CHECKING:
    from ..model.casus import Brief, Casus

FactType = Literal["tekst", "getal", "ja/nee", "lijst"]


# What the facts read of a round. The game's `RondeStaat` and `Dialogue` (spel/stap.py)
# have these; the rules name them here so that they need nothing from the game above them.

class Gesprek(Protocol):
    @property
    def besproken(self) -> frozenset[str]: ...
    @property
    def besproken_voor_voorstel(self) -> frozenset[str]: ...
    @property
    def genoemd(self) -> frozenset[str]: ...
    @property
    def genoemd_voor_voorstel(self) -> frozenset[str]: ...
    @property
    def noemde(self) -> Mapping[str, frozenset[str]]: ...
    @property
    def vroeg(self) -> Mapping[str, frozenset[str]]: ...
    @property
    def deelde(self) -> Mapping[str, frozenset[str]]: ...
    @property
    def voorstellen(self) -> int: ...
    @property
    def eerste_voorstel_zet(self) -> float | None: ...
    @property
    def eerste_voorstel_door(self) -> str | None: ...


class Ronde(Protocol):
    @property
    def nummer(self) -> int: ...
    @property
    def uitkomst(self) -> str: ...
    @property
    def zetten(self) -> tuple[object, ...]: ...
    @property
    def akkoord(self) -> Mapping[str, str] | None: ...
    @property
    def laatste_voorstel(self) -> Mapping[str, str] | None: ...
    @property
    def dialogue(self) -> Gesprek: ...
    @property
    def uitwisseling(self) -> Any: ...  # questions, secrets told, statements: gespreksfeiten


@dataclass(frozen=True)
class Feit:
    name: str
    type: FactType
    meaning: str
    needs_voorstel: bool = False  # empty (null) while no proposal was made
    over_onderwerpen: bool = False  # a list of topics (woorden.ONDERWERPEN)


def _f(name: str, type_: FactType, meaning: str, needs_voorstel: bool = False) -> Feit:
    return Feit(name, type_, meaning, needs_voorstel)


def _onderwerpen(name: str, meaning: str) -> Feit:
    return Feit(name, "lijst", meaning, over_onderwerpen=True)


FEITEN: tuple[Feit, ...] = (
    # The case
    _f("ronde", "getal", "nummer van de ronde (1, 2, …)"),
    _f("doelen", "lijst", "doelen van de casus: " + ", ".join(woorden.DOELEN)),
    _f("domein", "lijst", "domeinen van de casus: " + ", ".join(woorden.DOMEINEN)),
    _f("inwoners", "getal", "aantal inwoners van de gemeente"),
    # The outcome
    _f("uitkomst", "tekst", "stand van de ronde: " + ", ".join(woorden.UITKOMSTEN)),
    _f("akkoord", "ja/nee", "de ronde eindigde met een akkoord"),
    _f("afgelopen", "ja/nee", "de ronde is voorbij (akkoord, geen akkoord of zetten op)"),
    _f("heeft_voorstel", "ja/nee", "er ligt een akkoord of er is minstens één voorstel gedaan; "
       "zet dit vóór elk voorstel-feit: `heeft_voorstel and looptijd_jaren < 5`"),
    # The agreement, or else the last proposal
    _f("inkoopvorm", "tekst", "gekozen inkoopvorm: " + ", ".join(woorden.INKOOPVORMEN), True),
    _f("aanbieders", "tekst", "gekozen optie-id bij aanbieders", True),
    _f("looptijd", "tekst", "gekozen optie-id bij looptijd", True),
    _f("verlengopties", "tekst", "gekozen optie-id bij verlengopties", True),
    _f("aantal_aanbieders", "getal", "het getal van de gekozen optie bij aanbieders", True),
    _f("looptijd_jaren", "getal", "het getal van de gekozen optie bij looptijd", True),
    _f("verlengopties_jaren", "getal", "het getal van de gekozen optie bij verlengopties", True),
    _f("max_looptijd_jaren", "getal", "looptijd plus alle verlengopties", True),
    _f("aantal_percelen", "getal", "het getal bij percelen; 1 als de casus geen percelen kent", True),
    _f("kenmerken", "lijst", "kenmerken van alle gekozen opties: " + ", ".join(woorden.KENMERKEN)),
    _f("score_gemeente", "getal", "score (0–100) van het voorstel voor de gemeente", True),
    _f("score_swo", "getal", "score (0–100) van het voorstel voor de sociaalwerkorganisatie", True),
    _f("boven_ondergrens_gemeente", "ja/nee", "het voorstel haalt de ondergrens van de gemeente "
       "(en geen geheim van de gemeente sluit het uit)"),
    _f("boven_ondergrens_swo", "ja/nee", "het voorstel haalt de ondergrens van de swo "
       "(en geen geheim van de swo sluit het uit)"),
    _f("onaanvaardbaar_gemeente", "ja/nee", "het voorstel bevat een optie die een geheim van "
       "de gemeente uitsluit (`onaanvaardbaar`), wat de tabel ook zegt"),
    _f("onaanvaardbaar_swo", "ja/nee", "het voorstel bevat een optie die een geheim van de "
       "swo uitsluit"),
    _f("akkoord_onder_ondergrens_gemeente", "ja/nee", "er is een akkoord en het ligt onder de "
       "ondergrens van de gemeente, of een geheim van de gemeente sluit het uit"),
    _f("akkoord_onder_ondergrens_swo", "ja/nee", "er is een akkoord en het ligt onder de "
       "ondergrens van de swo, of een geheim van de swo sluit het uit"),
    _f("kenmerken_in_casus", "lijst", "kenmerken die minstens één optie van de casus heeft: "
       "zo weet een regel of een keuze er was (`\"wijkgericht\" in kenmerken_in_casus`)"),
    # The dialogue
    _f("aantal_zetten", "getal", "zetten gedaan in deze ronde"),
    _f("aantal_voorstellen", "getal", "voorstellen en tegenvoorstellen in deze ronde"),
    _f("eerste_voorstel_zet", "getal", "volgnummer van de zet met het eerste voorstel", True),
    _f("eerste_voorstel_door", "tekst", "rol die het eerste voorstel deed: gemeente of swo", True),
    _onderwerpen("besproken", "onderwerpen die aan bod kwamen: " + ", ".join(woorden.ONDERWERPEN)),
    _onderwerpen("besproken_voor_voorstel",
                 "onderwerpen die aan bod kwamen vóór het eerste voorstel"),
    _onderwerpen("aangeroerd", "onderwerpen die aan bod kwamen, of die iemand in eigen woorden "
                 "noemde (vrije tekst met een onderwerp): voor regels die zeggen dat iets "
                 "níet ter sprake kwam; een compliment leest `besproken`"),
    _onderwerpen("aangeroerd_voor_voorstel",
                 "hetzelfde, vóór het eerste voorstel"),
    _onderwerpen("gemeente_noemde", "onderwerpen die de gemeente alleen in eigen woorden "
                 "noemde (vrije tekst met een onderwerp): geen compliment, wel genoeg om niet "
                 "te zeggen dat ze er niets over zei"),
    _onderwerpen("swo_noemde", "hetzelfde voor de swo"),
    _onderwerpen("gemeente_vroeg", "onderwerpen waarover de gemeente een vraag stelde"),
    _onderwerpen("swo_vroeg", "onderwerpen waarover de swo een vraag stelde"),
    _onderwerpen("gemeente_deelde", "onderwerpen van belangen en argumenten van de gemeente"),
    _onderwerpen("swo_deelde", "onderwerpen van belangen en argumenten van de swo"),
    # What the talk uncovered, per side (see docs/headless.md for the moves)
    *(feit for rol, wie in (("gemeente", "de gemeente"), ("swo", "de swo"))
      for feit in (
        _f(f"{rol}_vragen", "getal", f"vragen die {wie} stelde (uit de brief of eigen woorden)"),
        _f(f"{rol}_vragen_beantwoord", "getal", f"vragen van {wie} die een antwoord kregen"),
        _f(f"{rol}_vragen_geweigerd", "getal", f"vragen van {wie} waarop de ander zichtbaar "
           "geen antwoord gaf"),
        _f(f"{rol}_vragen_genegeerd", "getal", f"vragen van {wie} waaraan de ander voorbijging "
           "(een andere zet dan antwoorden of weigeren)"),
        _onderwerpen(f"{rol}_kreeg_antwoord", f"onderwerpen van vragen uit de brief van {wie} "
                     "die beantwoord werden"),
        _f(f"{rol}_onthulde", "lijst", f"id's van de geheimen die {wie} vertelde"),
        _f(f"{rol}_geheimen_onthuld", "getal", f"aantal geheimen dat {wie} vertelde"),
        _f(f"{rol}_voorkeuren", "getal", f"voorkeuren (gewicht of favoriete optie van een "
           f"punt) die {wie} uitsprak"),
        _f(f"{rol}_voorkeuren_onwaar", "getal", f"voorkeuren van {wie} die niet klopten met "
           "de eigen brief"),
        _f(f"{rol}_voorstellen", "getal", f"voorstellen en tegenvoorstellen van {wie}"),
        _f(f"eerste_bod_{rol}", "getal", f"score voor {wie} zelf van het eigen eerste "
           "voorstel; 0 als er geen was"),
        _f(f"concessie_{rol}", "getal", f"hoeveel {wie} toegaf, in eigen punten: het eerste "
           "eigen voorstel min het akkoord (zonder akkoord: min het laatste eigen voorstel); "
           "0 zonder eigen voorstel"),
      )),
)
# The facts that list topics of the talk: the rules check their words, the analysis
# tries subsets of topics for them.
ONDERWERP_FEITEN = tuple(f.name for f in FEITEN if f.over_onderwerpen)

FEIT_NAMEN = frozenset(f.name for f in FEITEN)
# Issue facts every case has; a case's own issues become facts too (see `case_fact_names`).
VASTE_PUNT_FEITEN = frozenset(woorden.VASTE_PUNTEN)


def case_fact_names(casus: Casus) -> dict[str, FactType]:
    """Fact names a rule inside this case may use: the general ones and its issues."""
    names: dict[str, FactType] = {f.name: f.type for f in FEITEN}
    for punt in casus.onderhandelpunten:
        names.setdefault(punt, "tekst")
    return names


def case_facts(casus: Casus) -> dict[str, object]:
    """The facts of the case itself, the same in every round and for every proposal
    (worked out once per case: every round's report asks for them)."""
    return dict(_CASE_FACTS.get((casus,), None, lambda: _case_facts(casus)))


def _case_facts(casus: Casus) -> dict[str, object]:
    in_casus = sorted({k for punt in casus.onderhandelpunten.values()
                       for optie in punt.opties.values() for k in optie.kenmerken})
    return {"doelen": casus.doelen, "domein": casus.domein,
            "inwoners": float(casus.inwoners), "kenmerken_in_casus": tuple(in_casus)}


_CASE_FACTS: IdMemo[dict[str, object]] = IdMemo(64)


def _number(casus: Casus, punt: str, keuzes: dict[str, str]) -> float | None:
    optie_id = keuzes.get(punt)
    if optie_id is None or punt not in casus.onderhandelpunten:
        return None
    return casus.onderhandelpunten[punt].opties[optie_id].getal


def _segment_numbers(casus: Casus, keuzes: dict[str, str]) -> dict[str, float | None]:
    """The number facts. In a case that splits a fixed point per segment they read it
    cautiously: the most providers and the shortest contract of any segment, so that no
    rule praises or warns about a segment that does not earn it (docs/casusformaat.md)."""
    segmenten = list(casus.segmenten) or [""]

    def per_segment(vast: str) -> list[float | None]:
        ids = casus.punt_ids(vast)
        if len(ids) == 1:
            return [_number(casus, ids[0], keuzes)] * len(segmenten)
        return [_number(casus, punt, keuzes) for punt in ids]

    aanbieders = [n for n in per_segment("aanbieders") if n is not None]
    looptijd = per_segment("looptijd")
    verleng = [n or 0.0 for n in per_segment("verlengopties")]
    jaren = [n for n in looptijd if n is not None]
    known = len(jaren) == len(looptijd)
    return {
        "aantal_aanbieders": max(aanbieders, default=None),
        "looptijd_jaren": min(jaren) if known else None,
        "verlengopties_jaren": min(verleng),
        "max_looptijd_jaren": min(l + v for l, v in zip(jaren, verleng)) if known else None,
    }


def voorstel_facts(casus: Casus, keuzes: dict[str, str] | None,
                   briefs: Mapping[str, Brief] | None = None) -> dict[str, object]:
    """The facts that depend only on a proposal (or their empty values). `briefs`: the
    briefs each side is judged by (with what it learnt); the case's own by default."""
    from ..model.kennis import aanvaardbaar
    from ..model.score import score

    facts: dict[str, object] = {punt: None for punt in casus.onderhandelpunten}
    facts.update({name: None for name in VASTE_PUNT_FEITEN})
    if keuzes is None:
        facts.update(
            aantal_aanbieders=None, looptijd_jaren=None, verlengopties_jaren=None,
            max_looptijd_jaren=None, aantal_percelen=None, kenmerken=(),
            score_gemeente=None, score_swo=None,
            boven_ondergrens_gemeente=False, boven_ondergrens_swo=False,
            onaanvaardbaar_gemeente=False, onaanvaardbaar_swo=False,
        )
        return facts
    facts.update(keuzes)
    numbers = _segment_numbers(casus, keuzes)
    percelen = _number(casus, "percelen", keuzes)
    if percelen is None and casus.segmenten:
        percelen = float(len(casus.segmenten))  # each segment is bought as its own part
    kenmerken = sorted({
        k for punt, optie in keuzes.items()
        for k in casus.onderhandelpunten[punt].opties[optie].kenmerken
    })
    briefs = briefs or {rol: casus.brief(rol) for rol in woorden.ROLLEN}
    scores = {rol: score(briefs[rol], keuzes) for rol in woorden.ROLLEN}
    ok = {rol: aanvaardbaar(briefs[rol], keuzes) for rol in woorden.ROLLEN}
    facts.update(
        **numbers,
        aantal_percelen=1.0 if percelen is None else percelen,
        kenmerken=tuple(kenmerken),
        score_gemeente=scores["gemeente"],
        score_swo=scores["swo"],
        boven_ondergrens_gemeente=ok["gemeente"] and scores["gemeente"] >= briefs["gemeente"].ondergrens,
        boven_ondergrens_swo=ok["swo"] and scores["swo"] >= briefs["swo"].ondergrens,
        onaanvaardbaar_gemeente=not ok["gemeente"],
        onaanvaardbaar_swo=not ok["swo"],
    )
    return facts


def round_facts(casus: Casus, ronde: Ronde,
                briefs: Mapping[str, Brief] | None = None) -> dict[str, object]:
    """Every fact of a round as it stands now. `briefs`: the round's `judged_briefs`,
    when the caller has them already."""
    dialogue = ronde.dialogue
    keuzes = ronde.akkoord or ronde.laatste_voorstel
    facts: dict[str, object] = {
        **case_facts(casus),
        "ronde": float(ronde.nummer),
        "uitkomst": ronde.uitkomst,
        "akkoord": ronde.uitkomst == "akkoord",
        "afgelopen": ronde.uitkomst != "lopend",
        "heeft_voorstel": keuzes is not None,
        "aantal_zetten": float(len(ronde.zetten)),
        "aantal_voorstellen": float(dialogue.voorstellen),
        "eerste_voorstel_zet": dialogue.eerste_voorstel_zet,
        "eerste_voorstel_door": dialogue.eerste_voorstel_door,
        "besproken": tuple(sorted(dialogue.besproken)),
        "besproken_voor_voorstel": tuple(sorted(dialogue.besproken_voor_voorstel)),
        "aangeroerd": tuple(sorted(dialogue.besproken | dialogue.genoemd)),
        "aangeroerd_voor_voorstel": tuple(sorted(dialogue.besproken_voor_voorstel
                                                 | dialogue.genoemd_voor_voorstel)),
        "gemeente_noemde": tuple(sorted(dialogue.noemde["gemeente"])),
        "swo_noemde": tuple(sorted(dialogue.noemde["swo"])),
        "gemeente_vroeg": tuple(sorted(dialogue.vroeg["gemeente"])),
        "swo_vroeg": tuple(sorted(dialogue.vroeg["swo"])),
        "gemeente_deelde": tuple(sorted(dialogue.deelde["gemeente"])),
        "swo_deelde": tuple(sorted(dialogue.deelde["swo"])),
    }
    from .gespreksfeiten import judged_briefs, talk_facts  # needs pydantic: load on use

    if briefs is None:
        briefs = judged_briefs(casus, ronde)
    facts.update(_deal_facts(casus, keuzes, briefs))
    facts.update(talk_facts(casus, ronde, briefs))
    return facts


# `voorstel_facts` of the deals rounds ended on: a long session ends hundreds of rounds
# on the same few deals, judged by the same briefs (see `kern/memo.py`).
_DEALS: IdMemo[dict[str, object]] = IdMemo(4096)


def _deal_facts(casus: Casus, keuzes: Mapping[str, str] | None,
                briefs: Mapping[str, Brief]) -> dict[str, object]:
    """Read only: the caller copies them into the round's facts."""
    return _DEALS.get((casus, briefs["gemeente"], briefs["swo"]),
                      tuple(keuzes.items()) if keuzes else None,
                      lambda: voorstel_facts(casus, dict(keuzes) if keuzes else None, briefs))


def facts_markdown() -> str:
    """The fact reference for `docs/feiten.md`, generated so it never drifts."""
    lines = [
        "# Feiten voor regels",
        "",
        "Gegenereerd uit `simulatie/kern/regels/feiten.py` met `simulatie feiten`; niet met de hand wijzigen.",
        "",
        "Een regel (`als = \"...\"`) mag alleen deze namen gebruiken. Elk onderhandelpunt",
        "van een casus is daarnaast een tekst-feit met de id van de gekozen optie",
        "(bijvoorbeeld `sturing == \"outcome\"`) — alleen in regels binnen die casus.",
        "Feiten met * zijn leeg zolang er geen voorstel is: begin zo'n voorwaarde met",
        "`heeft_voorstel and`.",
        "",
        "| feit | soort | betekenis |",
        "|---|---|---|",
    ]
    for feit in FEITEN:
        star = " *" if feit.needs_voorstel else ""
        lines.append(f"| `{feit.name}`{star} | {feit.type} | {feit.meaning} |")
    return "\n".join(lines) + "\n"


_DIALOGUE_ONLY = frozenset({
    "ronde", "uitkomst", "akkoord", "afgelopen", "heeft_voorstel", "aantal_zetten",
    "aantal_voorstellen", "eerste_voorstel_zet", "eerste_voorstel_door", *ONDERWERP_FEITEN,
    # A ban is public and judges the proposal alone: no hidden constraints either.
    "onaanvaardbaar_gemeente", "onaanvaardbaar_swo", "akkoord_onder_ondergrens_gemeente",
    "akkoord_onder_ondergrens_swo",
    *(f.name for f in FEITEN if f.name.startswith(("gemeente_", "swo_", "eerste_bod_",
                                                   "concessie_"))),
})

# Facts about the agreement, or else the last proposal: feedback that reads one of these
# is about a deal (see `regels.reads_deal`). A case's own issues are deal facts too.
DEAL_FEITEN = frozenset({
    "inkoopvorm", "aanbieders", "looptijd", "verlengopties", "aantal_aanbieders",
    "looptijd_jaren", "verlengopties_jaren", "max_looptijd_jaren", "aantal_percelen",
    "kenmerken", "score_gemeente", "score_swo", "boven_ondergrens_gemeente",
    "boven_ondergrens_swo", "onaanvaardbaar_gemeente", "onaanvaardbaar_swo",
})


def ban_fact_names(names: dict[str, FactType]) -> dict[str, FactType]:
    """A ban judges a proposal on its own: no facts about the dialogue."""
    return {name: kind for name, kind in names.items() if name not in _DIALOGUE_ONLY}
