"""Checks on a case that pydantic cannot do alone: fields that must agree.

Each check yields `(path, message)` so the loader can point at the line. The checks
run only on a case that already has the right shape.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from ..bestanden.problemen import closest, did_you_mean
from ..model import woorden
from ..model.casus import Brief, Casus
from .geheimen import check_geheimen
from ..regels.feiten import FEIT_NAMEN, VASTE_PUNT_FEITEN

Issue = tuple[tuple[str | int, ...], str]
# Possible deals enumerated at most, by the analysis and the playability checks alike.
MAX_DOORREKENEN = 50_000


def check_casus(casus: Casus) -> list[Issue]:
    issues = list(_check_punten(casus))
    for rol in woorden.ROLLEN:
        issues += _check_brief(casus, rol, casus.brief(rol))
    issues += _check_unique(casus)
    issues += check_geheimen(casus)
    return issues


def _check_punten(casus: Casus) -> Iterator[Issue]:
    punten = casus.onderhandelpunten
    for vast, renamed in _renamed_fixed(casus).items():
        hint = f" Is '{renamed}' dit punt? Noem het dan '{vast}'." if renamed else ""
        yield ("onderhandelpunten",), (
            f"het vaste onderhandelpunt '{vast}' ({woorden.VASTE_PUNTEN[vast]}) ontbreekt; "
            f"elke casus heeft {', '.join(woorden.VASTE_PUNTEN)}.{hint}")
    for punt_id, punt in punten.items():
        if punt_id in FEIT_NAMEN and punt_id not in VASTE_PUNT_FEITEN:
            yield ("onderhandelpunten", punt_id), (
                f"'{punt_id}' is al de naam van een feit voor de regels; kies een andere id.")
        for optie_id, optie in punt.opties.items():
            path = ("onderhandelpunten", punt_id, "opties", optie_id)
            if punt_id in woorden.GETAL_PUNTEN and optie.getal is None:
                yield path, (f"elke optie bij '{punt_id}' heeft een 'getal' nodig: "
                             f"{woorden.GETAL_PUNTEN[punt_id]}.")
            if punt_id == "percelen" and optie.getal is not None and optie.getal < 1:
                # Rules divide by it (inwoners per perceel); no lots at all is one lot.
                yield path + ("getal",), (
                    "het aantal percelen is minstens 1; één geheel zonder percelen is 1.")
            if punt_id == "inkoopvorm" and optie_id not in woorden.INKOOPVORMEN:
                yield path, (f"'{optie_id}' is geen bekende inkoopvorm."
                             f"{did_you_mean(optie_id, woorden.INKOOPVORMEN)} Kies uit: "
                             f"{', '.join(woorden.INKOOPVORMEN)}.")


def _renamed_fixed(casus: Casus) -> dict[str, str | None]:
    """Each missing fixed issue, with the case's own issue that is probably it, renamed."""
    own = [p for p in casus.onderhandelpunten if p not in woorden.VASTE_PUNTEN]
    return {vast: closest(vast, own) for vast in woorden.VASTE_PUNTEN
            if vast not in casus.onderhandelpunten}


def _brief_punten(casus: Casus) -> list[str]:
    """The issues a brief must weigh. A fixed issue that was renamed counts under its
    fixed name, so that one slip gives one message (at the issue), not one per brief."""
    renamed = _renamed_fixed(casus)
    return [p for p in casus.onderhandelpunten if p not in renamed.values()] + list(renamed)


def _brief_keys(casus: Casus, keys: Iterable[str]) -> list[str]:
    """A brief's keys, with the own id of a renamed fixed issue read as the fixed name:
    a brief that uses the case's (wrong) id consistently is not wrong a second time."""
    aliases = {own: vast for vast, own in _renamed_fixed(casus).items() if own is not None}
    return [aliases.get(key, key) for key in keys]


def _check_brief(casus: Casus, rol: str, brief: Brief) -> list[Issue]:
    base = ("rollen", rol)
    punten = _brief_punten(casus)
    issues: list[Issue] = []
    unknown, missing = match_keys(_brief_keys(casus, brief.gewichten), punten)
    for punt, meant in unknown.items():
        issues.append((base + ("gewichten", punt), _not_known(
            punt, "onderhandelpunt", punten, meant, "Dat punt heeft nu geen gewicht.")))
    for punt in missing:
        issues.append((base + ("gewichten",), f"geen gewicht voor '{punt}'."))
    total = sum(brief.gewichten.values())
    if abs(total - brief.gewichten_totaal) > 1e-6:
        issues.append((base + ("gewichten",), (
            f"de gewichten tellen op tot {total:.10g}, maar gewichten_totaal is "
            f"{brief.gewichten_totaal:.10g}.")))  # :g would show 99.99998 as 100
    issues += _check_waarden(casus, base, brief)
    if not issues and best_score(casus, brief) < brief.ondergrens:
        issues.append((base + ("ondergrens",), (
            f"de ondergrens {brief.ondergrens:g} is met geen enkel akkoord te halen "
            f"(hoogst mogelijke score: {best_score(casus, brief):g}).")))
    return issues


def _check_waarden(casus: Casus, base: tuple[str, ...], brief: Brief) -> list[Issue]:
    punten = casus.onderhandelpunten
    issues: list[Issue] = []
    unknown, missing = match_keys(_brief_keys(casus, brief.waarden), _brief_punten(casus))
    for punt, meant in unknown.items():
        issues.append((base + ("waarden", punt), _not_known(
            punt, "onderhandelpunt", punten, meant, "Dat punt heeft nu geen waarden.")))
    for punt in missing:
        example = ", ".join(f"{o} = 50" for o in punten[punt].opties) if punt in punten else "…"
        issues.append((base + ("waarden",), (
            f"geen waarden voor '{punt}'; geef elke optie een waarde: "
            f"waarden.{punt} = {{ {example} }}.")))
    for punt, waarden in brief.waarden.items():
        if punt not in punten:
            continue
        opties = punten[punt].opties
        unknown_opties, missing_opties = match_keys(waarden, opties)
        for optie, meant in unknown_opties.items():
            issues.append((base + ("waarden", punt, optie), _not_known(
                optie, f"optie bij '{punt}'", opties, meant, "Die optie heeft nu geen waarde.")))
        if missing_opties:
            issues.append((base + ("waarden", punt),
                           f"geen waarde voor {', '.join(missing_opties)} bij '{punt}'."))
    return issues


def match_keys(given: Iterable[str], known: Iterable[str]) -> tuple[dict[str, str | None], list[str]]:
    """Unknown keys, each with the missing key it probably misspells, and the missing
    keys that no typo explains: one mistake gives one message, not two."""
    given, known = list(given), list(known)
    missing = [k for k in known if k not in given]
    unknown: dict[str, str | None] = {}
    for key in given:
        if key not in known:
            meant = unknown[key] = closest(key, missing)
            if meant is not None:
                missing.remove(meant)
    return unknown, missing


def _not_known(key: str, what: str, known: Iterable[str], meant: str | None, gap: str) -> str:
    if meant is not None:
        return f"'{key}' is geen {what}. Bedoelde je '{meant}'? {gap}"
    return f"'{key}' is geen {what}.{did_you_mean(key, known)} Kies uit: {', '.join(known)}."


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
        for lijst in ("belangen", "vragen", "argumenten", "antwoorden"):
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
