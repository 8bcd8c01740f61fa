"""The deal space of a case: its issues in independent groups, with the bans applied.

A ban names a few facts, and those facts depend on a few issues (`looptijd_jaren` on
the duration, `max_looptijd_jaren` on duration and extensions, `"x" in kenmerken` on
the issues with an option that carries x). Issues that some ban names together form one
group, whose allowed combinations are found by judging every combination of that group
alone: exact, because nothing outside the group can change what the ban sees. Every
other issue is a group of its own. The allowed deals are then every pick of one allowed
combination per group, and their number is the product of the groups' counts.

A ban on scores (`score_gemeente`, `boven_ondergrens_swo`) depends on every issue: it
makes one group of the whole case, judged deal by deal. That is said in `notities`, and
bounded by `MAX_GROEP`; a larger group is not worked out (`onberekend` says why).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ..catalogus.controle import MAX_DOORREKENEN
from ..model.casus import Casus
from ..regels.feiten import case_facts, voorstel_facts
from ..regels.regels import Compiled, Regelboek
from ..regels.regeltaal import rule_engine
from .getallen import aantal

# Combinations judged one by one for one group of issues tied by bans: the game's one
# enumeration limit.
MAX_GROEP = MAX_DOORREKENEN

_WORD = re.compile(r"\"([^\"\\]*)\"|'([^'\\]*)'")
_NAME = re.compile(r"(?<![\w.$])[A-Za-z_]\w*")
_IN_KENMERKEN = re.compile(r"(\"[^\"\\]*\"|'[^'\\]*')\s+(?:not\s+)?in\s+kenmerken\b")
# Number facts and the fixed points they read; a point split per segment is read in
# every segment's issue (`aanbieders_jeugd`, ...: `Casus.punt_ids`).
_NUMBER_FACTS = {
    "aantal_aanbieders": ("aanbieders",), "looptijd_jaren": ("looptijd",),
    "verlengopties_jaren": ("verlengopties",), "aantal_percelen": ("percelen",),
    "max_looptijd_jaren": ("looptijd", "verlengopties"),
}
SCORE_FACTS = frozenset({"score_gemeente", "score_swo", "boven_ondergrens_gemeente",
                         "boven_ondergrens_swo"})


def matches(compiled: Compiled, facts: Mapping[str, object]) -> bool:
    """A condition judged on these facts; one that cannot be judged does not hold."""
    try:
        return bool(compiled.rule.matches(facts))
    except (rule_engine.errors.EngineError, RecursionError):
        return False


def fact_names(als: str) -> set[str]:
    """The names a condition uses, outside its quoted words."""
    return set(_NAME.findall(_WORD.sub(" ", als)))


def issues_of(casus: Casus, als: str) -> tuple[set[str], bool]:
    """The issues whose choice can change a condition, and whether it reads the scores."""
    punten = casus.onderhandelpunten
    names = fact_names(als)
    issues = {n for n in names if n in punten}
    for name, depends in _NUMBER_FACTS.items():
        if name in names:
            issues |= {p for vast in depends for p in casus.punt_ids(vast)}
    if "kenmerken" in names:
        words = {m.group(1)[1:-1] for m in _IN_KENMERKEN.finditer(als)}
        only_in = len(re.findall(r"\bkenmerken\b", _WORD.sub(" ", als))) == len(
            _IN_KENMERKEN.findall(als))
        for punt_id, punt in punten.items():
            carried = {k for optie in punt.opties.values() for k in optie.kenmerken}
            if carried & words if only_in else carried:
                issues.add(punt_id)
    # Any other fact about the deal (a newer one this table does not know): every issue.
    handled = set(punten) | set(_NUMBER_FACTS) | {"kenmerken"}
    scores = bool(names & SCORE_FACTS) or bool((names & set(voorstel_facts(casus, None))) - handled)
    return (set(punten) if scores else issues), scores


@dataclass(frozen=True)
class Groep:
    """Issues tied together by bans, with their allowed combinations."""

    punten: tuple[str, ...]
    keuzes: tuple[tuple[str, ...], ...]  # allowed option ids, one per issue in `punten`
    verboden: tuple[str, ...] = ()  # ids of the bans judged on this group
    beoordeeld: int = 0  # combinations judged to find them


@dataclass(frozen=True, eq=False)  # one space per case and rule book: same object, same space
class Ruimte:
    """Every allowed deal of a case, kept as groups rather than listed."""

    casus: Casus
    regelboek: Regelboek = field(repr=False)
    case_facts: dict[str, object]
    groepen: tuple[Groep, ...]
    verboden_raak: frozenset[int]  # indices of the bans that exclude at least one deal
    notities: tuple[str, ...] = ()  # how the bans were handled, in Dutch
    onberekend: str | None = None  # why the space was not worked out, if it was not
    leest_scores: tuple[str, ...] = field(default=())  # bans that read the scores

    @property
    def totaal(self) -> int:
        return math.prod(len(g.keuzes) for g in self.groepen) if self.groepen else 0

    def akkoorden(self) -> Iterator[dict[str, str]]:
        """Every allowed deal, lazily, with the issues in the case's order."""
        order = list(self.casus.onderhandelpunten)
        for picks in itertools.product(*(g.keuzes for g in self.groepen)):
            keuzes: dict[str, str] = {}
            for groep, pick in zip(self.groepen, picks, strict=True):
                keuzes.update(zip(groep.punten, pick, strict=True))
            yield {p: keuzes[p] for p in order}

    def gezien(self, punten: set[str]) -> Iterator[dict[str, str]]:
        """The allowed choices on these issues alone, each once (a rule that reads
        only these issues cannot tell two deals apart that agree on them)."""
        parts: list[list[dict[str, str]]] = []
        for groep in self.groepen:
            mine = [i for i, p in enumerate(groep.punten) if p in punten]
            if not mine:
                continue
            seen = dict.fromkeys(tuple(k[i] for i in mine) for k in groep.keuzes)
            parts.append([dict(zip((groep.punten[i] for i in mine), s, strict=True)) for s in seen])
        for picks in itertools.product(*parts):
            yield {k: v for pick in picks for k, v in pick.items()}


def ruimte(casus: Casus, regelboek: Regelboek) -> Ruimte:
    """The allowed deals of a case as independent groups of issues."""
    punten = list(casus.onderhandelpunten)
    base = case_facts(casus)
    if not punten:
        return Ruimte(casus, regelboek, base, (), frozenset(),
                      onberekend="de casus heeft geen onderhandelpunten.")
    owner = {p: p for p in punten}  # union-find over issues a ban names together

    def find(p: str) -> str:
        while owner[p] != p:
            owner[p] = owner[owner[p]]
            p = owner[p]
        return p

    named: list[tuple[int, Compiled, set[str]]] = []
    reads_scores: list[str] = []
    for index, compiled in enumerate(regelboek.verboden):
        issues, scores = issues_of(casus, compiled.item.als)
        if scores:
            reads_scores.append(compiled.item.id)
        issues = issues or {punten[0]}  # a ban on the case alone: judged once per option
        named.append((index, compiled, issues))
        first, *rest = sorted(issues, key=punten.index)
        for other in rest:
            owner[find(other)] = find(first)
    members: dict[str, list[str]] = {}
    for p in punten:
        members.setdefault(find(p), []).append(p)
    groepen, raak, notities = [], set(), []
    for group in members.values():
        bans = [(i, c) for i, c, issues in named if find(next(iter(issues))) == find(group[0])]
        size = math.prod(len(casus.onderhandelpunten[p].opties) for p in group)
        if bans and size > MAX_GROEP:
            why = _too_big(casus, group, bans, size, reads_scores)
            return Ruimte(casus, regelboek, base, (), frozenset(), (why,), why, tuple(reads_scores))
        groep, hit = _judge(casus, base, tuple(group), bans)
        groepen.append(groep)
        raak |= hit
        if bans:
            notities.append(_note(casus, groep, reads_scores))
    return Ruimte(casus, regelboek, base, tuple(groepen), frozenset(raak), tuple(notities),
                  None, tuple(reads_scores))


def _judge(casus: Casus, base: dict[str, object], group: tuple[str, ...],
           bans: Sequence[tuple[int, Compiled]]) -> tuple[Groep, set[int]]:
    """The combinations of this group that no ban excludes (other issues at their first
    option: by construction the bans cannot see them)."""
    options = [list(casus.onderhandelpunten[p].opties) for p in group]
    if not bans:
        return Groep(group, tuple(itertools.product(*options))), set()
    rest = {p: next(iter(punt.opties)) for p, punt in casus.onderhandelpunten.items()}
    allowed, hit = [], set()
    tried = 0
    for combo in itertools.product(*options):
        tried += 1
        facts = voorstel_facts(casus, rest | dict(zip(group, combo, strict=True))) | base
        banned = {i for i, compiled in bans if matches(compiled, facts)}
        hit |= banned
        if not banned:
            allowed.append(combo)
    return Groep(group, tuple(allowed), tuple(c.item.id for _, c in bans), tried), hit


def _titles(casus: Casus, group: Sequence[str]) -> str:
    names = [casus.onderhandelpunten[p].titel.lower() for p in group]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def _note(casus: Casus, groep: Groep, reads_scores: Sequence[str]) -> str:
    ids = ", ".join(f"'{v}'" for v in groep.verboden)
    one = len(groep.verboden) == 1
    noun, reads, goes = ("verbod", "leest", "gaat") if one else ("verboden", "lezen", "gaan")
    if set(groep.verboden) & set(reads_scores):
        return (f"{noun} {ids} {reads} de scores, die van elk punt afhangen: alle "
                f"{aantal(groep.beoordeeld)} akkoorden zijn één voor één beoordeeld "
                f"(hoogstens {aantal(MAX_GROEP)}).")
    return (f"{noun} {ids} {goes} over {_titles(casus, groep.punten)}: die "
            f"{aantal(groep.beoordeeld)} combinaties zijn apart beoordeeld, "
            f"{aantal(len(groep.keuzes))} mogen.")


def _too_big(casus: Casus, group: Sequence[str], bans: Sequence[tuple[int, Compiled]],
             size: int, reads_scores: Sequence[str]) -> str:
    scoring = [c.item.id for _, c in bans if c.item.id in reads_scores]
    named = scoring or [c.item.id for _, c in bans]
    ids = ", ".join(f"'{i}'" for i in named)
    noun, verb = ("verbod", "leest") if len(named) == 1 else ("verboden", "lezen")
    cause = (f"{noun} {ids} {verb} de scores, en die hangen van elk punt af" if scoring
             else f"de verboden {ids} noemen samen {_titles(casus, group)}")
    return (f"{cause}: dan moeten {aantal(size)} combinaties één voor één beoordeeld "
            f"worden, meer dan de {aantal(MAX_GROEP)} die we doorrekenen. Schrijf het verbod "
            "over de opties zelf (bijvoorbeeld looptijd == \"jaar_2\") in plaats van over de "
            "scores, of laat het minder punten noemen.")
