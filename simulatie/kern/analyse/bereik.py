"""Can a rule ever fire on a case? A search over the situations the case allows.

A rule that no round can make true is a quiet mistake: the author waits for feedback
that never comes. Trying every possible round is impossible, but a condition looks at
only a few facts, and only the words and numbers it names matter for them. So per
rule we try every allowed proposal as the rule sees it (only the issues its facts
depend on, each combination once: see `Ruimte.gezien`) with a small set of dialogue
values built from the rule's own words and numbers, plus the extremes. One that fires:
the rule can fire. All tried and none fired: it never can. Too many to try, a fact we
do not model or a construct we do not follow: we do not know, and say nothing.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator

from ..model import woorden
from ..model.casus import Casus
from ..model.kennis import rondes
from ..regels.feiten import FEITEN, ONDERWERP_FEITEN, voorstel_facts
from ..regels.regels import Compiled
from .ruimte import Ruimte, issues_of, matches

MAX_SITUATIES = 10_000  # situations tried per rule before we give up guessing
MAX_BEKEKEN = 100_000  # proposals looked at per rule (a rule on scores sees them all)

_WORD = re.compile(r"\"([^\"\\]*)\"|'([^'\\]*)'")
_NAME = re.compile(r"(?<![\w.$])[A-Za-z_]\w*")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
# Brackets, attributes, regex matches, ternaries, builtins: beyond this simple model.
_OPAQUE = re.compile(r"[\[\]{}?$]|=~|!~|\.\s*[A-Za-z_]")
_OUTCOME = frozenset({"uitkomst", "akkoord", "afgelopen"})
# The dialogue facts `_domains` gives values to; a rule naming any other is not judged.
# The facts of the round's course, per side (questions, secrets, statements, offers).
_TALK = {f.name: f.type for f in FEITEN if f.name.startswith(
    ("gemeente_", "swo_", "eerste_bod_", "concessie_", "akkoord_onder_ondergrens_"))
    and f.name not in ONDERWERP_FEITEN}
_MODELLED = frozenset({*ONDERWERP_FEITEN, *_OUTCOME, "heeft_voorstel", "eerste_voorstel_door",
                       "ronde", "aantal_zetten", "aantal_voorstellen", "eerste_voorstel_zet",
                       *_TALK})


def can_fire(compiled: Compiled, space: Ruimte) -> bool | None:
    """True: some round fires the rule. False: none can. None: we cannot tell."""
    text = compiled.item.als
    bare = _WORD.sub(" ", text)
    if _OPAQUE.search(bare):
        return None
    words = {a or b for a, b in _WORD.findall(text)}
    numbers = [float(n) for n in _NUMBER.findall(bare)]
    names = set(_NAME.findall(bare)) - {"and", "or", "not", "in", "true", "false", "null"}
    known = set(space.case_facts) | set(voorstel_facts(space.casus, None)) | _MODELLED
    if space.onberekend is not None or names - known:
        return None  # a space we could not work out, or a fact this search does not vary
    try:
        for tried, facts in enumerate(_situations(space, compiled.item.als, names, words, numbers)):
            if tried >= MAX_SITUATIES:
                return None
            if matches(compiled, facts):
                return True
    except _TooMany:
        return None
    return False


class _TooMany(Exception):
    """More proposals to look at than `MAX_BEKEKEN`."""


def _situations(space: Ruimte, als: str, names: set[str], words: set[str],
                numbers: list[float]) -> Iterator[dict[str, object]]:
    empty = voorstel_facts(space.casus, None)
    about_proposal = names & set(empty)
    fixed = {n: v for n, v in space.case_facts.items() if n in names}
    seen = _seen(space, als, about_proposal) if about_proposal else iter([{}])
    proposals: Iterator[dict[str, object] | None] = itertools.chain(
        [None], seen if space.totaal else [])
    for proposal in proposals:
        has = proposal is not None
        start = fixed | (proposal if proposal is not None else
                         {n: empty[n] for n in about_proposal})
        start["heeft_voorstel"] = has
        domains = _domains(names, has, space.casus, words, numbers)
        for values in itertools.product(*(d for _, d in domains)):
            facts = start | dict(zip((n for n, _ in domains), values, strict=True))
            if "uitkomst" in facts:
                facts["akkoord"] = facts["uitkomst"] == "akkoord"
                facts["afgelopen"] = facts["uitkomst"] != "lopend"
            yield facts


def _seen(space: Ruimte, als: str, names: set[str]) -> Iterator[dict[str, object]]:
    """Allowed proposals as the rule sees them: only the facts it names, each shape once.
    Only the issues those facts depend on are varied; the others stay at a fixed option."""
    issues, _ = issues_of(space.casus, als)
    rest = next(space.akkoorden())
    shapes: set[tuple[object, ...]] = set()
    order = sorted(names)
    for looked, choice in enumerate(space.gezien(issues)):
        if looked >= MAX_BEKEKEN:
            raise _TooMany
        facts = voorstel_facts(space.casus, rest | choice)
        shape = tuple(_hashable(facts[n]) for n in order)
        if shape not in shapes:
            shapes.add(shape)
            yield {n: facts[n] for n in order}


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


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
    domains += [(name, subsets) for name in ONDERWERP_FEITEN if name in names]
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
    kinds = _TALK
    domains: list[tuple[str, list[object]]] = []
    for name in sorted(names & set(kinds)):
        if kinds[name] == "ja/nee":
            domains.append((name, [False, True]))
        elif kinds[name] == "getal":
            low = -100.0 if name.startswith("concessie_") else 0.0
            high = 100.0 if name.startswith(("eerste_bod_", "concessie_")) else casus.max_zetten
            domains.append((name, _numbers(low, high, numbers)))
        elif name.endswith("_onthulde"):
            rol = name.split("_")[0]  # a round-2 variant may keep other secrets
            ids = list(dict.fromkeys(g.id for ronde in rondes(casus)
                                     for g in casus.brief(rol, ronde).geheimen))
            domains.append((name, [(), tuple(ids)]))
    return domains


def _numbers(low: float, high: float, literals: list[float]) -> list[object]:
    """Whole numbers at both ends of the range and on each side of every literal."""
    candidates = {low, low + 1, low + 2, high - 1, high}
    for n in literals:
        candidates |= {math.floor(n) - 1, math.floor(n), math.ceil(n), math.ceil(n) + 1}
    return [*sorted(float(c) for c in candidates if low <= c <= high)]
