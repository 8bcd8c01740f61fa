"""Checks on what a brief keeps to itself: secrets with their effects and constraints, and
the no-deal alternative from which the bottom line follows. Each yields `(path, message)`
like `controle.py`, for a case that already has the right shape."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ..bestanden.problemen import did_you_mean
from ..model import woorden
from ..model.casus import Brief, Casus
from ..model.kennis import aanvaardbaar
from ..model.score import score

Issue = tuple[tuple[str | int, ...], str]


def check_geheimen(casus: Casus) -> Iterator[Issue]:
    for rol in woorden.ROLLEN:
        brief = casus.brief(rol)
        base: tuple[str | int, ...] = ("rollen", rol)
        seen: set[str] = set()
        for index, geheim in enumerate(brief.geheimen):
            path = base + ("geheimen", index)
            if geheim.id in seen:
                yield path + ("id",), f"de id '{geheim.id}' komt twee keer voor bij de geheimen."
            seen.add(geheim.id)
            yield from _options(casus, path + ("effect",), {p: list(o) for p, o in geheim.effect.items()})
            yield from _options(casus, path + ("onaanvaardbaar",),
                                {p: list(o) for p, o in geheim.onaanvaardbaar.items()})
        yield from _alternatief(casus, base, brief)
        if any(g.onaanvaardbaar for g in brief.geheimen) and set(brief.waarden) == set(
                casus.onderhandelpunten):
            best = best_acceptable(casus, brief)
            if best is None or best < brief.ondergrens:
                hoogst = "geen enkel akkoord" if best is None else f"hoogstens {best:g}"
                yield base + ("geheimen",), (
                    f"met wat de geheimen uitsluiten ('onaanvaardbaar') haalt deze kant "
                    f"{hoogst}, onder haar ondergrens {brief.ondergrens:g}: elke ronde "
                    "eindigt dan zonder akkoord. Sluit minder opties uit.")


def _options(casus: Casus, path: tuple[str | int, ...],
             chosen: Mapping[str, list[str]]) -> Iterator[Issue]:
    """Every issue and option a secret names must exist in the case."""
    punten = casus.onderhandelpunten
    for punt, opties in chosen.items():
        if punt not in punten:
            yield path + (punt,), (f"'{punt}' is geen onderhandelpunt van deze casus."
                                   f"{did_you_mean(punt, punten)} Kies uit: {', '.join(punten)}.")
            continue
        for optie in opties:
            if optie not in punten[punt].opties:
                yield path + (punt, optie), (
                    f"'{optie}' is geen optie bij '{punt}'.{did_you_mean(optie, punten[punt].opties)}"
                    f" Kies uit: {', '.join(punten[punt].opties)}.")


def _alternatief(casus: Casus, base: tuple[str | int, ...], brief: Brief) -> Iterator[Issue]:
    """With `keuzes`, the no-deal situation is a deal of the case, and the bottom line is
    what this brief gives it."""
    if brief.alternatief is None or brief.alternatief.keuzes is None:
        return
    keuzes = brief.alternatief.keuzes
    path = base + ("alternatief", "keuzes")
    problems = list(_options(casus, path, {p: [o] for p, o in keuzes.items()}))
    missing = [p for p in casus.onderhandelpunten if p not in keuzes]
    if missing:
        problems.append((path, "het alternatief kiest bij elk punt een optie; nog open: "
                               + ", ".join(missing) + "."))
    yield from problems
    if problems or set(brief.waarden) != set(casus.onderhandelpunten):
        return
    waarde = score(brief, keuzes)
    if abs(waarde - brief.ondergrens) > 0.05:
        wie = woorden.ROLLEN[base[-1]].lower()  # type: ignore[index]
        yield base + ("ondergrens",), (
            f"het alternatief zonder akkoord scoort {waarde:g} voor de {wie}, maar de "
            f"ondergrens is {brief.ondergrens:g}: de ondergrens volgt uit het alternatief. "
            f"Zet ondergrens = {waarde:g}, of kies een ander alternatief.")


def best_acceptable(casus: Casus, brief: Brief) -> float | None:
    """The holder's best score over the deals its own constraints allow (None: none). A
    constraint rules out single options, so the allowed deals are a product per issue
    and the best takes the best allowed option on each."""
    ruled_out = {(p, o) for g in brief.geheimen for p, opties in g.onaanvaardbaar.items()
                 for o in opties}
    best: dict[str, str] = {}
    for punt, item in casus.onderhandelpunten.items():
        allowed = [o for o in item.opties if (punt, o) not in ruled_out]
        if not allowed or punt not in brief.waarden:
            return None
        best[punt] = max(allowed, key=lambda o: brief.waarden[punt].get(o, 0))
    return score(brief, best) if aanvaardbaar(brief, best) else None
