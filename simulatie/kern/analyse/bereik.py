"""Can a rule ever fire on a case? A search over the situations the case allows.

A rule that no round can make true is a quiet mistake: the author waits for feedback
that never comes. Trying every possible round is impossible, but a condition looks at
only a few facts, and only the words and numbers it names matter for them. So per
rule we try every allowed proposal (as seen through the facts the rule uses) with a
small set of dialogue values built from the rule's own words and numbers, plus the
extremes. One that fires: the rule can fire. All tried and none fired: it never
can. Too many to try, or a construct we do not model: we do not know, and say nothing.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..regels.regeltaal import rule_engine

from ..model import woorden
from ..model.casus import Casus
from ..catalogus.controle import all_keuzes, combinations
from ..regels.feiten import case_facts, voorstel_facts
from ..regels.regels import Compiled, Regelboek

MAX_SITUATIES = 10_000  # situations tried per rule before we give up guessing

_WORD = re.compile(r"\"([^\"\\]*)\"|'([^'\\]*)'")
_NAME = re.compile(r"(?<![\w.$])[A-Za-z_]\w*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
# Brackets, attributes, regex matches, ternaries, builtins: beyond this simple model.
_OPAQUE = re.compile(r"[\[\]{}?$]|=~|!~|\.\s*[A-Za-z_]")
_TOPIC_LISTS = ("besproken", "besproken_voor_voorstel", "gemeente_vroeg", "swo_vroeg",
                "gemeente_deelde", "swo_deelde", "gemeente_kreeg_antwoord",
                "swo_kreeg_antwoord")
_OUTCOME = frozenset({"uitkomst", "akkoord", "afgelopen"})


@dataclass(frozen=True)
class Ruimte:
    """What a case allows: its own facts and the facts of every allowed proposal."""

    casus: Casus
    case_facts: dict[str, object]
    voorstellen: tuple[dict[str, object], ...]
    verboden_raak: frozenset[int]  # indices of the bans that exclude at least one proposal


def ruimte(casus: Casus, regelboek: Regelboek, limit: int) -> Ruimte | None:
    """Every allowed proposal of the case, or None when there are more than `limit`."""
    if combinations(casus) > limit:
        return None
    base = case_facts(casus)
    allowed: list[dict[str, object]] = []
    raak: set[int] = set()
    bans: list[Callable[[dict[str, object]], bool]] = []
    for keuzes in all_keuzes(casus):
        facts = voorstel_facts(casus, keuzes) | base
        bans = bans or [_remembering(c, facts) for c in regelboek.verboden]
        banned = {i for i, ban in enumerate(bans) if ban(facts)}
        raak |= banned
        if not banned:
            allowed.append(facts)
    return Ruimte(casus, base, tuple(allowed), frozenset(raak))


def _remembering(compiled: Compiled, sample: dict[str, object]) -> Callable[[dict[str, object]], bool]:
    """A ban judged once per combination of the few facts it names, not per proposal."""
    names = sorted(set(_NAME.findall(_WORD.sub(" ", compiled.item.als))) & set(sample))
    known: dict[tuple[object, ...], bool] = {}

    def banned(facts: dict[str, object]) -> bool:
        key = tuple(facts[n] for n in names)
        if key not in known:
            known[key] = matches(compiled, facts)
        return known[key]

    return banned


def matches(compiled: Compiled, facts: dict[str, object]) -> bool:
    # The typed rule is already parsed; a case's few hundred evaluations do not repay
    # parsing the untyped `fast` copy.
    try:
        return bool(compiled.rule.matches(facts))
    except (rule_engine.errors.EngineError, RecursionError):
        return False


def can_fire(compiled: Compiled, space: Ruimte) -> bool | None:
    """True: some round fires the rule. False: none can. None: we cannot tell."""
    text = compiled.item.als
    bare = _WORD.sub(" ", text)
    if _OPAQUE.search(bare):
        return None
    words = {a or b for a, b in _WORD.findall(text)}
    numbers = [float(n) for n in _NUMBER.findall(bare)]
    names = set(_NAME.findall(bare)) - {"and", "or", "not", "in", "true", "false", "null"}
    for tried, facts in enumerate(_situations(space, names, words, numbers)):
        if tried >= MAX_SITUATIES:
            return None
        if matches(compiled, facts):
            return True
    return False


def _situations(space: Ruimte, names: set[str], words: set[str],
                numbers: list[float]) -> Iterator[dict[str, object]]:
    empty = voorstel_facts(space.casus, None)
    about_proposal = names & set(empty)
    fixed = {n: v for n, v in space.case_facts.items() if n in names}
    for proposal in [None, *_distinct(space.voorstellen, about_proposal)]:
        has = proposal is not None
        start = fixed | (proposal if has else {n: empty[n] for n in about_proposal})
        start["heeft_voorstel"] = has
        domains = _domains(names, has, space.casus, words, numbers)
        for values in itertools.product(*(d for _, d in domains)):
            facts = start | dict(zip((n for n, _ in domains), values, strict=True))
            if "uitkomst" in facts:
                facts["akkoord"] = facts["uitkomst"] == "akkoord"
                facts["afgelopen"] = facts["uitkomst"] != "lopend"
            yield facts


def _distinct(voorstellen: tuple[dict[str, object], ...], names: set[str]) -> list[dict[str, object]]:
    """Proposals as the rule sees them: only the facts it names, each shape once."""
    seen: dict[tuple[object, ...], dict[str, object]] = {}
    order = sorted(names)
    for facts in voorstellen:
        seen.setdefault(tuple(facts[n] for n in order), {n: facts[n] for n in order})
    return list(seen.values())


def _domains(names: set[str], has: bool, casus: Casus, words: set[str],
             numbers: list[float]) -> list[tuple[str, list[object]]]:
    """The values worth trying for each dialogue fact the rule names."""
    top = casus.max_zetten
    domains: list[tuple[str, list[object]]] = []
    if names & _OUTCOME:
        domains.append(("uitkomst", [u for u in woorden.UITKOMSTEN if has or u != "akkoord"]))
    topics = sorted(words & set(woorden.ONDERWERPEN))
    subsets: list[object] = [c for r in range(len(topics) + 1)
                             for c in itertools.combinations(topics, r)]
    subsets.append(tuple(sorted(woorden.ONDERWERPEN)))
    domains += [(name, subsets) for name in _TOPIC_LISTS if name in names]
    if "eerste_voorstel_door" in names:
        domains.append(("eerste_voorstel_door", list(woorden.ROLLEN) if has else [None]))
    ranges = {"ronde": (1, max([10.0, *numbers]) + 1), "aantal_zetten": (0, top),
              "aantal_voorstellen": (1, top) if has else (0, 0),
              "eerste_voorstel_zet": (1, top)}
    for name, (low, high) in ranges.items():
        if name in names:
            none = name == "eerste_voorstel_zet" and not has
            domains.append((name, [None] if none else _numbers(low, high, numbers)))
    return domains + _talk_domains(names - {n for n, _ in domains}, casus, numbers)


def _talk_domains(names: set[str], casus: Casus,
                  numbers: list[float]) -> list[tuple[str, list[object]]]:
    """The facts of the round's course (questions, secrets, preferences, offers): counts
    from 0 to the turn limit, scores 0–100, yes/no, and the case's secret ids."""
    from ..regels.feiten import FEITEN

    kinds = {f.name: f.type for f in FEITEN if f.name.startswith(
        ("gemeente_", "swo_", "eerste_bod_", "concessie_", "akkoord_onder_ondergrens_"))}
    domains: list[tuple[str, list[object]]] = []
    for name in sorted(names & set(kinds)):
        if kinds[name] == "ja/nee":
            domains.append((name, [False, True]))
        elif kinds[name] == "getal":
            low = -100.0 if name.startswith("concessie_") else 0.0
            high = 100.0 if name.startswith(("eerste_bod_", "concessie_")) else casus.max_zetten
            domains.append((name, _numbers(low, high, numbers)))
        elif name.endswith("_onthulde"):
            ids = [g.id for g in casus.brief(name.split("_")[0]).geheimen]
            domains.append((name, [(), tuple(ids)]))
    return domains


def _numbers(low: float, high: float, literals: list[float]) -> list[object]:
    """Whole numbers at both ends of the range and on each side of every literal."""
    candidates = {low, low + 1, low + 2, high - 1, high}
    for n in literals:
        candidates |= {math.floor(n) - 1, math.floor(n), math.ceil(n), math.ceil(n) + 1}
    return sorted(float(c) for c in candidates if low <= c <= high)
