"""What a side's brief says once the talk has uncovered something, and what is true of it.

A revealed secret can change what an option is worth to the side that hears it (its
`effect`); a secret can also rule options out for its holder (`onaanvaardbaar`), revealed
or not. Preference statements are judged true or not against the brief. These are plain
functions of a case and a list of revealed secret ids, so the rules, the game and the
analysis all read the same answers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import woorden
from .casus import Brief, Casus, Geheim, Rollen

# A weight this far above or below the mean weight of the issues reads as heavy or light.
ZWAAR_VANAF = 1.2
LICHT_TOT = 0.7


def brief_voor(casus: Casus, rol: str, ronde: int = 1) -> Brief:
    """The brief `rol` plays in round `ronde` (a case may give even rounds a variant): the
    one place the game, the facts and the round report choose a round's brief."""
    return casus.brief(rol, ronde)


def briefs_in(casus: Casus, ronde: int = 1) -> dict[str, Brief]:
    """Both briefs as round `ronde` plays them."""
    return {rol: brief_voor(casus, rol, ronde) for rol in woorden.ROLLEN}


def rondes(casus: Casus) -> tuple[int, ...]:
    """The rounds whose briefs differ: round 1, and round 2 when the case has a variant.
    Whatever checks a case as a whole checks each of these."""
    return (1, 2) if casus.rolwissel else (1,)


def in_ronde(casus: Casus, ronde: int) -> Casus:
    """The case as round `ronde` plays it: its round briefs as `rollen`, no variants left.
    Case-wide checks and analyses written for `rollen` then judge that round unchanged."""
    if ronde % 2 or not casus.rolwissel:
        return casus
    rollen = Rollen(gemeente=brief_voor(casus, "gemeente", ronde),
                    swo=brief_voor(casus, "swo", ronde))
    return casus.model_copy(update={"rollen": rollen, "rolwissel": {}})


def other(rol: str) -> str:
    return "swo" if rol == "gemeente" else "gemeente"


def revealed(brief: Brief, ids: Iterable[str]) -> list[Geheim]:
    """The secrets of `brief` with these ids, in the order given (unknown ids skipped)."""
    by_id = {g.id: g for g in brief.geheimen}
    return [by_id[i] for i in ids if i in by_id]


def with_effects(brief: Brief, geheimen: Iterable[Geheim]) -> Brief:
    """`brief` with the values the other side's revealed secrets set; a later secret
    overrides an earlier one on the same option. The brief itself is left unchanged."""
    waarden: dict[str, dict[str, float]] | None = None
    for geheim in geheimen:
        for punt, opties in geheim.effect.items():
            if punt not in brief.waarden:
                continue
            if waarden is None:
                waarden = {p: dict(v) for p, v in brief.waarden.items()}
            waarden[punt].update({o: v for o, v in opties.items() if o in waarden[punt]})
    return brief if waarden is None else brief.model_copy(update={"waarden": waarden})


def geldende_brief(casus: Casus, rol: str, ronde: int,
                   onthuld_door_ander: Iterable[str]) -> Brief:
    """The brief `rol` is judged by: its own, with what the other side revealed to it."""
    ander = brief_voor(casus, other(rol), ronde)
    return with_effects(brief_voor(casus, rol, ronde), revealed(ander, onthuld_door_ander))


def onaanvaardbaar(brief: Brief, keuzes: Mapping[str, str]) -> list[Geheim]:
    """The holder's secrets that rule out an option of this deal."""
    return [g for g in brief.geheimen
            if any(keuzes.get(punt) in opties for punt, opties in g.onaanvaardbaar.items())]


def aanvaardbaar(brief: Brief, keuzes: Mapping[str, str]) -> bool:
    return not onaanvaardbaar(brief, keuzes)


def gewicht_klasse(brief: Brief, punt: str) -> str:
    """How heavily `punt` weighs for this side: zwaar, gemiddeld or licht, measured
    against the mean weight of its issues."""
    total = sum(brief.gewichten.values())
    if total <= 0 or punt not in brief.gewichten:
        return "licht"
    ratio = brief.gewichten[punt] / (total / len(brief.gewichten))
    if ratio >= ZWAAR_VANAF:
        return "zwaar"
    return "licht" if ratio <= LICHT_TOT else "gemiddeld"


def favorieten(brief: Brief, punt: str) -> list[str]:
    """The options with the highest value on `punt` for this side (ties: all of them)."""
    waarden = brief.waarden.get(punt, {})
    if not waarden:
        return []
    best = max(waarden.values())
    return [o for o, v in waarden.items() if v == best]


def punt_onderwerp(casus: Casus, punt: str) -> str | None:
    """The topic of talking about an issue: its own `onderwerp`, or the fixed default."""
    item = casus.onderhandelpunten.get(punt)
    if item is not None and item.onderwerp is not None:
        return item.onderwerp
    return woorden.PUNT_ONDERWERPEN.get(punt)
