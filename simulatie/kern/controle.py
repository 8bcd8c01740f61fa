"""Checks on a case that pydantic cannot do alone: fields that must agree.

Each check yields `(path, message)` so the loader can point at the line. The checks
run only on a case that already has the right shape.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from . import woorden
from .casus import Brief, Casus
from .feiten import FEIT_NAMEN, VASTE_PUNT_FEITEN
from .problemen import did_you_mean

Issue = tuple[tuple[str | int, ...], str]
MAX_COMBINATIES = 200_000  # beyond this we do not enumerate agreements


def check_casus(casus: Casus) -> list[Issue]:
    issues = list(_check_punten(casus))
    for rol in woorden.ROLLEN:
        issues += _check_brief(casus, rol, casus.brief(rol))
    issues += _check_unique(casus)
    return issues


def _check_punten(casus: Casus) -> Iterator[Issue]:
    punten = casus.onderhandelpunten
    for vast, titel in woorden.VASTE_PUNTEN.items():
        if vast not in punten:
            yield ("onderhandelpunten",), (
                f"het vaste onderhandelpunt '{vast}' ({titel}) ontbreekt; elke casus "
                f"heeft {', '.join(woorden.VASTE_PUNTEN)}.")
    for punt_id, punt in punten.items():
        if punt_id in FEIT_NAMEN and punt_id not in VASTE_PUNT_FEITEN:
            yield ("onderhandelpunten", punt_id), (
                f"'{punt_id}' is al de naam van een feit voor de regels; kies een andere id.")
        for optie_id, optie in punt.opties.items():
            path = ("onderhandelpunten", punt_id, "opties", optie_id)
            if punt_id in woorden.GETAL_PUNTEN and optie.getal is None:
                yield path, (f"elke optie bij '{punt_id}' heeft een 'getal' nodig: "
                             f"{woorden.GETAL_PUNTEN[punt_id]}.")
            if punt_id == "inkoopvorm" and optie_id not in woorden.INKOOPVORMEN:
                yield path, (f"'{optie_id}' is geen bekende inkoopvorm."
                             f"{did_you_mean(optie_id, woorden.INKOOPVORMEN)} Kies uit: "
                             f"{', '.join(woorden.INKOOPVORMEN)}.")


def _check_brief(casus: Casus, rol: str, brief: Brief) -> list[Issue]:
    base = ("rollen", rol)
    punten = casus.onderhandelpunten
    issues: list[Issue] = []
    for punt in brief.gewichten:
        if punt not in punten:
            issues.append((base + ("gewichten", punt),
                           f"'{punt}' is geen onderhandelpunt.{did_you_mean(punt, punten)}"))
    for punt in punten:
        if punt not in brief.gewichten:
            issues.append((base + ("gewichten",), f"geen gewicht voor '{punt}'."))
    total = sum(brief.gewichten.values())
    if abs(total - brief.gewichten_totaal) > 1e-6:
        issues.append((base + ("gewichten",), (
            f"de gewichten tellen op tot {total:g}, maar gewichten_totaal is "
            f"{brief.gewichten_totaal:g}.")))
    issues += _check_waarden(casus, base, brief)
    if not issues and best_score(casus, brief) < brief.ondergrens:
        issues.append((base + ("ondergrens",), (
            f"de ondergrens {brief.ondergrens:g} is met geen enkel akkoord te halen "
            f"(hoogst mogelijke score: {best_score(casus, brief):g}).")))
    return issues


def _check_waarden(casus: Casus, base: tuple[str, ...], brief: Brief) -> list[Issue]:
    punten = casus.onderhandelpunten
    issues: list[Issue] = []
    for punt, waarden in brief.waarden.items():
        if punt not in punten:
            issues.append((base + ("waarden", punt),
                           f"'{punt}' is geen onderhandelpunt.{did_you_mean(punt, punten)}"))
            continue
        for optie in waarden:
            if optie not in punten[punt].opties:
                issues.append((base + ("waarden", punt, optie), (
                    f"'{optie}' is geen optie bij '{punt}'."
                    f"{did_you_mean(optie, punten[punt].opties)}")))
    for punt_id, punt in punten.items():
        given = brief.waarden.get(punt_id, {})
        missing = [o for o in punt.opties if o not in given]
        if missing:
            issues.append((base + ("waarden", punt_id) if punt_id in brief.waarden
                           else base + ("waarden",),
                           f"geen waarde voor {', '.join(missing)} bij '{punt_id}'."))
    return issues


def best_score(casus: Casus, brief: Brief) -> float:
    """The highest score this brief can get: the best option on every issue."""
    total = sum(brief.gewichten.values()) or 1
    return round(sum(
        gewicht * max(brief.waarden[punt].values()) for punt, gewicht in brief.gewichten.items()
    ) / total, 1)


def _check_unique(casus: Casus) -> Iterator[Issue]:
    for rol in woorden.ROLLEN:
        brief = casus.brief(rol)
        seen: set[str] = set()
        for lijst in ("belangen", "vragen", "argumenten"):
            for index, item in enumerate(getattr(brief, lijst)):
                if item.id in seen:
                    yield ("rollen", rol, lijst, index, "id"), (
                        f"de id '{item.id}' komt twee keer voor in deze brief.")
                seen.add(item.id)
    for section in ("regels", "verboden"):
        ids: set[str] = set()
        for index, item in enumerate(getattr(casus, section)):
            if item.id in ids:
                yield (section, index, "id"), f"de id '{item.id}' komt twee keer voor."
            ids.add(item.id)


def all_keuzes(casus: Casus) -> Iterator[dict[str, str]]:
    """Every complete proposal of a case (callers check `combinations` first)."""
    punten = casus.onderhandelpunten
    for combo in itertools.product(*(list(p.opties) for p in punten.values())):
        yield dict(zip(punten, combo, strict=True))


def combinations(casus: Casus) -> int:
    count = 1
    for punt in casus.onderhandelpunten.values():
        count *= len(punt.opties)
    return count
