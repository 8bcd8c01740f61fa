"""Is a case a good negotiation? Warnings from the exact analysis of its deal space.

A case can load cleanly and still make a poor exercise: no deal both sides accept,
a deal that barely beats giving in, an opening offer the other side already takes,
or feedback rules that no round can make fire. These checks say so, with the numbers
and what to change (see docs/casus-schrijven.md, "De vier maatstaven"). The analysis is
exact at any size (`analyse.py`); only a ban on the scores of a very large case stops
it, and then the warning says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from ..bestanden.lezen import located, read_text
from ..bestanden.problemen import Problem, Severity
from ..bestanden.toml_plaats import TomlPlaces
from ..catalogus.laden import AlgemeneRegels
from ..model import woorden
from ..model.kennis import in_ronde, rondes
from ..spel.geladen import GeladenCasus
from ..spel.stap import other as other_rol
from . import dialoogmaat
from .analyse import Analyse, analyse
from .bereik import can_fire
from .getallen import aantal, getal, procent
from .ruimte import Ruimte, ruimte

MARGE = 15  # points the best joint deal should beat the other side's opening offer by
ZONE = (0.03, 0.40)  # share of agreements that should beat both bottom lines


@lru_cache(maxsize=4)
def _places(text: str) -> TomlPlaces:
    return TomlPlaces(text)  # one scan per file, however many warnings it gets


def at(path: Path, text: str, data_path: tuple, message: str,
       severity: Severity = "fout") -> Problem:
    return located(str(path), _places(text), data_path, message, severity)


@lru_cache(maxsize=8)
def analysis(space: Ruimte) -> Analyse | None:
    """The analysis of a space, once however many checks and lines ask for it."""
    return analyse(space.casus, space.regelboek, space=space)


@lru_cache(maxsize=8)
def space_in_round(space: Ruimte, ronde: int) -> Ruimte:
    """The deal space of `space`'s case with the briefs of round `ronde`, once however
    many checks ask for it (the bans and rules are the same; the scores are the round's)."""
    if ronde == 1 or not space.casus.rolwissel:
        return space
    return ruimte(in_ronde(space.casus, ronde), space.regelboek)


def playability(geladen: GeladenCasus, space: Ruimte) -> Iterator[Problem]:
    """Doubts that do not stop a case from loading but spoil it as a negotiation."""
    casus = geladen.casus
    text = read_text(geladen.bestand)

    def warn(path: tuple, message: str, severity: Severity = "waarschuwing") -> Problem:
        return at(geladen.bestand, text, path, message, severity)

    result = analysis(space)
    if result is None:
        yield warn(("verboden",), f"de speelbaarheid is niet gecontroleerd: {space.onberekend}")
        return
    if not result.totaal:
        yield warn(("verboden",), "de verboden sluiten elk voorstel uit: er valt niets te "
                   "onderhandelen. Maak een verbod smaller.", "fout")
        return
    yield from _deal_zone(casus, result, warn)
    for ronde in rondes(casus)[1:]:
        yield from _later_round(geladen, space_in_round(space, ronde), ronde, warn)
    yield from _silent_own(geladen, space, warn)


def _later_round(geladen: GeladenCasus, space: Ruimte, ronde: int,
                 warn: Callable[..., Problem]) -> Iterator[Problem]:
    """The same marks for the briefs of a round after the role swap: both players have
    seen both round-1 tables, so the variant must make a good negotiation of its own. A
    warning points at the variant and names the round."""
    result = analysis(space)
    if result is None or not result.totaal:
        return  # the bans are the same in every round: round 1 already said so

    def warn_in_round(path: tuple, message: str, severity: Severity = "waarschuwing") -> Problem:
        rol = path[1] if len(path) > 1 else None
        if path[:1] == ("rollen",) and (rol is None or rol in geladen.casus.rolwissel):
            path = ("rolwissel", *path[1:])
        return warn(path, f"in ronde {ronde} (na de rolwissel): {message}", severity)

    yield from _deal_zone(space.casus, result, warn_in_round)


def _deal_zone(casus, result: Analyse, warn: Callable[..., Problem]) -> Iterator[Problem]:
    """The four marks of a good negotiation (see docs/casus-schrijven.md)."""
    unreachable = False
    for rol, label in _LABELS.items():
        ondergrens, best = casus.brief(rol).ondergrens, getattr(result.ideaal[rol], rol)
        if best < ondergrens:
            unreachable = True
            yield warn(("rollen", rol, "ondergrens"), (
                f"de {label} haalt de ondergrens {getal(ondergrens)} met geen enkel toegestaan "
                f"voorstel: door de verboden is {getal(best)} het hoogste. Verlaag de ondergrens "
                "of maak een verbod smaller."))
    if unreachable:
        return
    best = result.beste_samen
    if best is None:
        yield warn(("rollen",), _no_deal(casus, result))
        return
    for rol, label in _LABELS.items():
        other = other_rol(rol)
        yield from _gain(rol, label, getattr(best, rol), getattr(result.ideaal[other], rol), warn)
        ideal = getattr(result.ideaal[rol], other)
        if ideal >= casus.brief(other).ondergrens:
            yield warn(("rollen", other, "ondergrens"), (
                f"het ideale voorstel van de {label} geeft de {_LABELS[other]} al {getal(ideal)}, "
                f"en dat haalt haar ondergrens {getal(casus.brief(other).ondergrens)}: de {label} "
                f"kan gewoon haar eigen ideaal voorstellen en krijgt akkoord. Verhoog die "
                f"ondergrens boven {getal(ideal)} of maak de waarden meer tegengesteld."))
    # Does talking pay: compromise far below the best deal, trades, a shared favourite.
    for path, message in dialoogmaat.twijfels(casus, best.gemeente + best.swo):
        yield warn(path, message)
    share = result.aandeel or 0.0
    if not ZONE[0] <= share <= ZONE[1]:
        advice = ("Te weinig: de spelers vinden die akkoorden bijna niet; verlaag een "
                  "ondergrens." if share < ZONE[0] else
                  "Te veel: bijna elk akkoord is goed genoeg; verhoog de ondergrenzen.")
        yield warn(("rollen",), (
            f"{aantal(result.haalbaar or 0)} van de {aantal(result.totaal)} toegestane akkoorden "
            f"({procent(share)}) halen beide ondergrenzen; tussen {procent(ZONE[0], 0)} en "
            f"{procent(ZONE[1], 0)} geeft een goede onderhandeling. {advice}"))


_LABELS = {rol: label.lower() for rol, label in woorden.ROLLEN.items()}


def _gain(rol: str, label: str, deal: float, giving_in: float,
          warn: Callable[..., Problem]) -> Iterator[Problem]:
    if deal < giving_in + MARGE:
        yield warn(("rollen", rol, "gewichten"), (
            f"onderhandelen loont te weinig voor de {label}: het beste gezamenlijke akkoord "
            f"geeft {getal(deal)}, het ideaal van de andere kant al {getal(giving_in)}. Een goede "
            f"casus geeft minstens {MARGE} punten verschil; leg de zwaartepunten van de "
            "rollen op verschillende punten, zodat ruilen loont."))


def _no_deal(casus, result: Analyse) -> str:
    """No deal reaches both bottom lines: the most each side gets from what the other
    accepts. Both maxima lie on the frontier (a better deal for both stays accepted)."""
    parts = []
    for rol, label in _LABELS.items():
        other = other_rol(rol)
        accepted = [getattr(u, rol) for u in result.grens
                    if getattr(u, other) >= casus.brief(other).ondergrens]
        most = getal(max(accepted)) if accepted else "niets"
        parts.append(f"met een akkoord dat de {_LABELS[other]} aanvaardt, haalt de {label} "
                     f"hoogstens {most} (ondergrens {getal(casus.brief(rol).ondergrens)})")
    return ("geen enkel akkoord haalt beide ondergrenzen, dus elke ronde eindigt zonder "
            f"akkoord: {parts[0]}; {parts[1]}. Verlaag een ondergrens of geef de rollen "
            "meer verschillende gewichten.")


# --- rules that never fire -------------------------------------------------------------------

def _silent_own(geladen: GeladenCasus, space: Ruimte,
                warn: Callable[..., Problem]) -> Iterator[Problem]:
    """The case's own rules that no round can fire, and own bans that exclude nothing. A
    rule on scores may fire with the round-2 briefs only, so each round's space counts."""
    spaces = [space_in_round(space, r) for r in rondes(geladen.casus)]
    own = [c for c in geladen.regelboek.regels if c.herkomst == geladen.casus.id]
    for index, compiled in enumerate(own):
        if all(can_fire(compiled, s) is False for s in spaces):
            yield warn(("regels", index, "als"), (
                f"regel '{compiled.item.id}' kan in deze casus nooit afgaan: geen toegestaan "
                "voorstel en geen verloop van het gesprek maakt de voorwaarde waar. Kloppen "
                "de woorden en getallen met de opties van de casus?"))
    first_own = len(geladen.regelboek.verboden) - len(geladen.casus.verboden)
    for index, verbod in enumerate(geladen.casus.verboden):
        if all(first_own + index not in s.verboden_raak for s in spaces):
            yield warn(("verboden", index, "als"), (
                f"verbod '{verbod.id}' sluit in deze casus geen enkel voorstel uit."))


def silent_general(path: Path, regels: AlgemeneRegels, spaces: list[Ruimte]) -> Iterator[Problem]:
    """General rules that fire in none of the cases at hand."""
    if not spaces:
        return
    text = read_text(path)
    for index, compiled in enumerate(regels.regels):
        if all(can_fire(compiled, space) is False for space in spaces):
            yield at(path, text, ("regels", index, "als"), (
                f"de algemene regel '{compiled.item.id}' kan in geen van de {len(spaces)} "
                "casussen afgaan: geen optie of onderwerp daarin maakt de voorwaarde waar."),
                "waarschuwing")
