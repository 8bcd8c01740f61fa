"""A side's score as whole numbers: what each option adds, exactly.

The game scores a deal as the weighted mean of the option values, rounded to one
decimal (`model/score.py`). Adding floats issue by issue in another order than the game
does can move a sum by a hair and so flip a tie or a rounding. Here every weight and
value is read as the decimal it was written as (`33.3` is 333/10), scaled to a whole
number, so sums are exact in any order. The rounded score of an exact sum equals the
game's score whenever the game's float sum is exact, which it is for whole-number
weights and values; otherwise the two can differ only for a deal whose exact score lies
on a rounding midpoint (like 72,25).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from ..model.casus import Brief, Casus


def _decimal(x: float) -> Fraction:
    return Fraction(repr(float(x)))  # the shortest decimal that reads back as x


@dataclass(frozen=True)
class Weging:
    """What each option of each issue adds to one side's score, as whole numbers."""

    bijdrage: dict[str, dict[str, int]]  # issue -> option -> scaled contribution
    teller: int  # score = round(sum * teller / noemer, 1)
    noemer: int

    @classmethod
    def of(cls, casus: Casus, brief: Brief) -> Weging:
        total = sum((_decimal(w) for w in brief.gewichten.values()), Fraction(0))
        exact: dict[str, dict[str, Fraction]] = {}
        for punt_id, punt in casus.onderhandelpunten.items():
            gewicht = _decimal(brief.gewichten.get(punt_id, 0.0))
            waarden = brief.waarden.get(punt_id, {})
            exact[punt_id] = {o: gewicht * _decimal(waarden.get(o, 0.0)) for o in punt.opties}
        if total <= 0:  # the game scores every deal 0 then
            return cls({p: dict.fromkeys(o, 0) for p, o in exact.items()}, 0, 1)
        scale = math.lcm(1, *(c.denominator for opties in exact.values() for c in opties.values()))
        bijdrage = {p: {o: int(c * scale) for o, c in opties.items()} for p, opties in exact.items()}
        return cls(bijdrage, total.denominator, scale * total.numerator)

    def score(self, som: int) -> float:
        """The rounded score of a deal whose contributions add up to `som`."""
        return round(som * self.teller / self.noemer, 1)  # int / int: correctly rounded

    def drempel(self, ondergrens: float) -> int:
        """The smallest sum whose score reaches `ondergrens` (scores rise with the sum)."""
        low, high = 0, 1
        while self.score(high) < ondergrens:
            if self.teller == 0:
                return high  # every score is 0: nothing reaches a positive bottom line
            high *= 2
        while low < high:
            middle = (low + high) // 2
            if self.score(middle) >= ondergrens:
                high = middle
            else:
                low = middle + 1
        return low
