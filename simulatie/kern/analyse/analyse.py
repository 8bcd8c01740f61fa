"""What a case allows: each side's ideal, the efficient deals, the fair points, the zone.

Exact at any size: the frontier comes from `grens.py` (a pass over the issue groups that
keeps only efficient partial deals), the number of deals that beat both bottom lines
from `tellen.py` (two halves of the issues, counted against each other). Nothing lists
the whole space. All scores are the game's (rounded to one decimal), all deals respect
the bans.

The named points, each among the deals that reach both bottom lines:
- Nash: the highest product of both gains over the bottom lines; equal products: the
  higher joint score, then the higher score for the gemeente.
- Kalai–Smorodinsky: each side's gain as a share of the most it can gain in that zone;
  the highest smaller share, then the higher sum of shares, then the gemeente's score.
- Best joint: the highest sum of both scores; equal sums: the more even split (higher
  lower score), then the gemeente's score. `beste_som` looks at every allowed deal.
Each named point lies on the frontier (a deal beaten on both scores has a lower key), and
the deal shown for it is the first in the case's order among the efficient deals there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from ..model.casus import Brief, Casus
from ..regels.regels import Regelboek

from .grens import Punt, frontier, keuzes_of, pick
from .ruimte import Ruimte, ruimte
from .weging import Weging


@dataclass(frozen=True)
class Akkoord:
    """A possible deal: an option on every issue, and what it scores for each side.

    Not to be confused with a round's `uitkomst`, which says how the round ended.
    """

    keuzes: dict[str, str]
    gemeente: float
    swo: float

    @property
    def samen(self) -> float:
        return self.gemeente + self.swo


@dataclass(frozen=True)
class Analyse:
    ideaal: dict[str, Akkoord]  # each side's best deal (its obvious opening)
    beste_samen: Akkoord | None  # the Nash point: highest product of both gains
    haalbaar: int | None  # allowed deals that reach both bottom lines (None: not counted)
    totaal: int  # allowed deals
    grens: tuple[Akkoord, ...] = ()  # the Pareto frontier, gemeente high to low
    ks: Akkoord | None = None  # the Kalai–Smorodinsky point
    beste_som: Akkoord | None = None  # highest joint score of any allowed deal
    beste_som_zone: Akkoord | None = None  # highest joint score above both bottom lines
    ondergrens: Mapping[str, float] | None = None
    notities: tuple[str, ...] = ()  # how bans were handled

    @property
    def nash(self) -> Akkoord | None:
        return self.beste_samen

    @property
    def aandeel(self) -> float | None:
        """Share of the allowed deals that reach both bottom lines."""
        return None if self.haalbaar is None or not self.totaal else self.haalbaar / self.totaal


def briefs_voor(casus: Casus, ronde: int) -> dict[str, Brief]:
    """Both briefs as they hold in round `ronde` (a case may give round 2 other ones)."""
    return {rol: casus.brief(rol, ronde) for rol in ("gemeente", "swo")}


def _briefs(casus: Casus, briefs: Mapping[str, Brief] | None) -> dict[str, Brief]:
    return {rol: (briefs or {}).get(rol) or casus.brief(rol) for rol in ("gemeente", "swo")}


def analyse(casus: Casus, regelboek: Regelboek, *, tellen: bool = True,
            briefs: Mapping[str, Brief] | None = None, space: Ruimte | None = None) -> Analyse | None:
    """The analysis of a case; None only when a ban makes its space too large to judge.

    `tellen`: also count the deals above both bottom lines (the one part that needs
    numpy). `briefs`: score with these briefs instead of the case's (e.g. a side's
    values after the other side revealed a secret).
    """
    space = space if space is not None else ruimte(casus, regelboek)
    if space.onberekend is not None:
        return None
    chosen = _briefs(casus, briefs)
    weging = {rol: Weging.of(casus, brief) for rol, brief in chosen.items()}
    grens = frontier(space, weging["gemeente"], weging["swo"])
    ondergrens = {rol: brief.ondergrens for rol, brief in chosen.items()}
    haalbaar = count(space, weging, ondergrens) if tellen and grens else (0 if tellen else None)
    return summarise(space, grens, ondergrens, haalbaar)


def count(space: Ruimte, weging: Mapping[str, Weging], ondergrens: Mapping[str, float]) -> int:
    """Allowed deals whose scores reach both bottom lines, counted exactly."""
    from .tellen import count_both  # numpy, only when counting

    groups = []
    for groep in space.groepen:
        groups.append([
            (sum(weging["gemeente"].bijdrage[p][o] for p, o in zip(groep.punten, k, strict=True)),
             sum(weging["swo"].bijdrage[p][o] for p, o in zip(groep.punten, k, strict=True)))
            for k in groep.keuzes])
    return count_both(groups, weging["gemeente"].drempel(ondergrens["gemeente"]),
                      weging["swo"].drempel(ondergrens["swo"]))


def summarise(space: Ruimte, grens: list[Punt], ondergrens: Mapping[str, float],
              haalbaar: int | None) -> Analyse:
    """The named points of a frontier."""
    def deal(point: Punt | None) -> Akkoord | None:
        if point is None:
            return None
        return Akkoord(keuzes_of(space, point.volgnummer), point.gemeente, point.swo)

    if not grens:
        return Analyse({}, None, haalbaar, space.totaal, ondergrens=ondergrens,
                       notities=space.notities)
    low_g, low_s = ondergrens["gemeente"], ondergrens["swo"]
    zone = [p for p in grens if p.gemeente >= low_g and p.swo >= low_s]
    nash = pick(zone, lambda p: ((p.gemeente - low_g) * (p.swo - low_s), p.gemeente + p.swo,
                                 p.gemeente))
    ks = pick(zone, _ks_key(zone, low_g, low_s)) if zone else None
    joint = lambda p: (p.gemeente + p.swo, min(p.gemeente, p.swo), p.gemeente)  # noqa: E731
    return Analyse(
        ideaal={"gemeente": deal(grens[0]), "swo": deal(grens[-1])},  # type: ignore[dict-item]
        beste_samen=deal(nash), haalbaar=haalbaar, totaal=space.totaal,
        grens=tuple(deal(p) for p in grens),  # type: ignore[misc]
        ks=deal(ks), beste_som=deal(pick(grens, joint)),
        beste_som_zone=deal(pick(zone, joint)), ondergrens=ondergrens,
        notities=space.notities)


def _ks_key(zone: list[Punt], low_g: float, low_s: float):
    """Gains as shares of the most each side can gain in the zone, exactly."""
    top_g = Fraction(max(p.gemeente for p in zone)) - Fraction(low_g)
    top_s = Fraction(max(p.swo for p in zone)) - Fraction(low_s)

    def key(p: Punt) -> tuple[Fraction, Fraction, float]:
        share_g = (Fraction(p.gemeente) - Fraction(low_g)) / top_g if top_g else Fraction(1)
        share_s = (Fraction(p.swo) - Fraction(low_s)) / top_s if top_s else Fraction(1)
        return min(share_g, share_s), share_g + share_s, p.gemeente

    return key
