"""Does a case reward talking? Three measures from the two scoring tables alone.

Negotiation teaching (see docs/casus-schrijven.md, "Een casus die het gesprek beloont"):
- the simple compromise (on every issue the option with the best minimum for both) should
  land well below the best joint deal, or splitting the difference is as good as talking;
- at least two issues should be integrative: weighed very differently by the two sides,
  so that trading them creates value;
- at least one issue should be compatible: both sides like the same option best, which they
  only find out by asking.
"""

from __future__ import annotations

from functools import partial

from dataclasses import dataclass

from ..model.casus import Brief, Casus
from ..model.score import score
from .getallen import getal

MIN_AFSTAND = 12  # joint points the compromise should lie below the best joint deal
RUIL_VERSCHIL = 15  # weight points (of 100) that make an issue integrative
MIN_RUILPUNTEN = 2
BRUG = 70  # an option at least this good for both is a bridge that makes the search easy


@dataclass(frozen=True)
class Ruilpunt:
    punt: str
    gemeente: float  # weight as a share of 100
    swo: float


def _weight(brief: Brief, punt: str) -> float:
    total = sum(brief.gewichten.values()) or 1
    return 100 * brief.gewichten.get(punt, 0) / total


def compromis(casus: Casus) -> dict[str, str]:
    """On every issue the option whose lower value of the two is highest (ties: the higher
    sum, then the first listed): what two sides reach by splitting each issue apart."""
    gemeente, swo = casus.brief("gemeente"), casus.brief("swo")

    def merit(punt: str, optie: str) -> tuple[float, float]:
        a, b = gemeente.waarden[punt][optie], swo.waarden[punt][optie]
        return (min(a, b), a + b)

    return {punt: max(p.opties, key=partial(merit, punt))
            for punt, p in casus.onderhandelpunten.items()}


def compromis_scores(casus: Casus) -> tuple[float, float]:
    keuzes = compromis(casus)
    return score(casus.brief("gemeente"), keuzes), score(casus.brief("swo"), keuzes)


def ruilpunten(casus: Casus) -> list[Ruilpunt]:
    """Issues whose weights (as shares of 100) differ by at least RUIL_VERSCHIL."""
    gemeente, swo = casus.brief("gemeente"), casus.brief("swo")
    found = [Ruilpunt(p, round(_weight(gemeente, p), 1), round(_weight(swo, p), 1))
             for p in casus.onderhandelpunten]
    return [r for r in found if abs(r.gemeente - r.swo) >= RUIL_VERSCHIL - 1e-9]


def _favourite(brief: Brief, punt: str) -> str | None:
    """The one best option on an issue, or None when several share the top."""
    waarden = brief.waarden[punt]
    top = max(waarden.values())
    best = [o for o, v in waarden.items() if v == top]
    return best[0] if len(best) == 1 else None


def verenigbare_punten(casus: Casus) -> dict[str, str]:
    """Issues on which both sides like the same option best (issue -> that option)."""
    found = {}
    for punt in casus.onderhandelpunten:
        mine = _favourite(casus.brief("gemeente"), punt)
        if mine is not None and mine == _favourite(casus.brief("swo"), punt):
            found[punt] = mine
    return found


def bruggen(casus: Casus) -> list[tuple[str, str]]:
    """Options worth at least BRUG to both sides, outside the compatible issues."""
    gemeente, swo = casus.brief("gemeente"), casus.brief("swo")
    samen = verenigbare_punten(casus)
    return [(punt, optie) for punt, p in casus.onderhandelpunten.items() if punt not in samen
            for optie in p.opties
            if min(gemeente.waarden[punt][optie], swo.waarden[punt][optie]) >= BRUG]


def twijfels(casus: Casus, beste_samen: float | None) -> list[tuple[tuple, str]]:
    """(path, message) for each measure the case misses; `beste_samen` is the joint score
    of the best joint deal (None: there is none, another warning says so)."""
    found: list[tuple[tuple, str]] = []
    gemeente, swo = compromis_scores(casus)
    if beste_samen is not None and gemeente + swo > beste_samen - MIN_AFSTAND:
        found.append((("onderhandelpunten",), (
            f"het simpele compromis (op elk punt de optie die voor beide het minst slecht is) "
            f"geeft samen {getal(gemeente + swo)}, het beste gezamenlijke akkoord {getal(beste_samen)}: "
            f"minder dan {MIN_AFSTAND} punten verschil, dus ruilen loont nauwelijks. Geef "
            "de middenopties lagere waarden voor beide, of laat de kanten meer verschillende "
            "punten zwaar wegen.")))
    ruil = ruilpunten(casus)
    if len(ruil) < MIN_RUILPUNTEN:
        genoemd = ", ".join(f"{r.punt} ({getal(r.gemeente)}/{getal(r.swo)})" for r in ruil) or "geen"
        found.append((("rollen",), (
            f"de casus heeft {len(ruil)} ruilpunt(en) (gewichten die minstens "
            f"{RUIL_VERSCHIL} punten verschillen: {genoemd}); een goede casus heeft er "
            f"minstens {MIN_RUILPUNTEN}, zodat toegeven op wat jou weinig kost loont.")))
    if not verenigbare_punten(casus):
        found.append((("rollen",), (
            "geen enkel punt waarop beide kanten dezelfde optie het best vinden. Een "
            "verenigbaar punt, dat de spelers pas ontdekken door te vragen, leert dat de "
            "ander niet op elk punt tegenover je staat.")))
    return found
