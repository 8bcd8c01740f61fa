"""The Pareto frontier of a deal space, found issue group by issue group.

A deal's score for each side is a sum over its issues. Build deals one group of issues
at a time and keep, after each group, only the partial deals no other partial deal beats
on both sums: a partial deal that is beaten stays beaten whatever the remaining issues
add, so no deal on the final frontier is ever dropped. The cost is the number of groups
times the frontier's size times a group's combinations, not the size of the space.

Sums are exact whole numbers (`weging.py`). Two partial deals with the same two sums:
the one first in the case's order of issues and options is kept, so every point of the
frontier carries the first deal (in that order) among the efficient deals that reach it.
The game shows scores rounded to one decimal; the frontier of those rounded scores is
the efficient part of the rounded exact frontier (a deal beaten on exact sums is at best
tied after rounding), so it is found by rounding and filtering once more.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .ruimte import Ruimte
from .weging import Weging


@dataclass(frozen=True)
class Punt:
    """One efficient deal: its exact sums, rounded scores and its place in option order."""

    som_gemeente: int
    som_swo: int
    gemeente: float
    swo: float
    volgnummer: int  # the deal's number in the case's order of issues and options


def _radix(ruimte: Ruimte) -> dict[str, int]:
    """Place value of each issue, so that deal numbers sort like the case's option order."""
    place, value = {}, 1
    for punt_id, punt in reversed(list(ruimte.casus.onderhandelpunten.items())):
        place[punt_id] = value
        value *= len(punt.opties)
    return place


def _efficient(states: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """States as (-sum a, -sum b, number): those no other state beats or ties on both
    sums with a lower number. Sorted: a falls, b rises."""
    states.sort()
    kept, best_b = [], 1  # best -sum b so far; 1 is above every -sum
    for state in states:
        if state[1] < best_b:
            kept.append(state)
            best_b = state[1]
    return kept


def frontier(ruimte: Ruimte, gemeente: Weging, swo: Weging) -> list[Punt]:
    """The deals no other allowed deal beats on both rounded scores, gemeente high to low."""
    if not ruimte.groepen or ruimte.totaal == 0:
        return []
    place = _radix(ruimte)
    states: list[tuple[int, int, int]] = [(0, 0, 0)]
    for groep in ruimte.groepen:
        options = [list(ruimte.casus.onderhandelpunten[p].opties) for p in groep.punten]
        parts = []
        for combo in groep.keuzes:
            parts.append((
                sum(gemeente.bijdrage[p][o] for p, o in zip(groep.punten, combo, strict=True)),
                sum(swo.bijdrage[p][o] for p, o in zip(groep.punten, combo, strict=True)),
                sum(place[p] * opts.index(o) for p, opts, o in zip(groep.punten, options, combo, strict=True)),
            ))
        parts = [(-a, -b, n) for a, b, n in _efficient([(-a, -b, n) for a, b, n in parts])]
        states = _efficient([(g - a, s - b, n + k) for g, s, n in states for a, b, k in parts])
    rounded = [(-gemeente.score(-g), -swo.score(-s), n, -g, -s) for g, s, n in states]
    rounded.sort()
    kept, best = [], 1.0
    for ng, ns, n, a, b in rounded:
        if ns < best:
            kept.append(Punt(a, b, -ng, -ns, n))
            best = ns
    return kept


def keuzes_of(ruimte: Ruimte, volgnummer: int) -> dict[str, str]:
    """The deal with this number in the case's order of issues and options."""
    keuzes: dict[str, str] = {}
    for punt_id, punt in reversed(list(ruimte.casus.onderhandelpunten.items())):
        volgnummer, index = divmod(volgnummer, len(punt.opties))
        keuzes[punt_id] = list(punt.opties)[index]
    return {p: keuzes[p] for p in ruimte.casus.onderhandelpunten}


def size_of(ruimte: Ruimte) -> int:
    return math.prod(len(p.opties) for p in ruimte.casus.onderhandelpunten.values())


def pick(points: Sequence[Punt], key) -> Punt | None:
    """The point with the highest key; equal keys: the first in option order."""
    best = None
    for point in points:
        if best is None or (key(point), -point.volgnummer) > (key(best), -best.volgnummer):
            best = point
    return best
