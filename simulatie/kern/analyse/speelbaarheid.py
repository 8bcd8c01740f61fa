"""Is a case a good negotiation? Warnings from every agreement the case allows.

A case can load cleanly and still make a poor exercise: no deal both sides accept,
a deal that barely beats giving in, an opening offer the other side already takes,
or feedback rules that no round can make fire. These checks say so, with the numbers
and what to change (see docs/casus-schrijven.md, "De vier maatstaven").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from ..model import woorden
from .analyse import Uitkomst, summarise
from .bereik import Ruimte, can_fire
from ..model.casus import Casus
from ..catalogus.laden import AlgemeneRegels
from ..spel.geladen import GeladenCasus
from ..bestanden.problemen import Problem
from ..spel.stap import other as other_rol
from ..bestanden.lezen import located, read_text
from ..bestanden.toml_plaats import TomlPlaces

MAX_DOORREKENEN = 50_000  # agreements enumerated for the playability checks
MARGE = 15  # points the best joint deal should beat the other side's opening offer by
ZONE = (0.03, 0.40)  # share of agreements that should beat both bottom lines


@lru_cache(maxsize=4)
def _places(text: str) -> TomlPlaces:
    return TomlPlaces(text)  # one scan per file, however many warnings it gets


def at(path: Path, text: str, data_path: tuple, message: str,
       severity: str = "fout") -> Problem:
    return located(str(path), _places(text), data_path, message, severity)


def playability(geladen: GeladenCasus, space: Ruimte | None) -> Iterator[Problem]:
    """Doubts that do not stop a case from loading but spoil it as a negotiation."""
    casus = geladen.casus
    text = read_text(geladen.bestand)

    def warn(path: tuple, message: str, severity: str = "waarschuwing") -> Problem:
        return at(geladen.bestand, text, path, message, severity)

    if space is None:
        yield warn(("onderhandelpunten",), (
            "er zijn te veel mogelijke akkoorden om door te rekenen (hoogstens "
            f"{MAX_DOORREKENEN:_}); de speelbaarheid is niet gecontroleerd. Minder punten "
            "of opties maakt de casus ook overzichtelijker voor de spelers.").replace("_", "."))
        return
    if not space.voorstellen:
        yield warn(("verboden",), "de verboden sluiten elk voorstel uit: er valt niets te "
                   "onderhandelen. Maak een verbod smaller.", "fout")
        return
    yield from _deal_zone(casus, space, warn)
    yield from _silent_own(geladen, space, warn)


def _outcomes(casus: Casus, space: Ruimte) -> list[Uitkomst]:
    punten = list(casus.onderhandelpunten)
    return [Uitkomst({p: f[p] for p in punten}, f["score_gemeente"], f["score_swo"])  # type: ignore[misc]
            for f in space.voorstellen]


def _deal_zone(casus: Casus, space: Ruimte, warn: Callable[..., Problem]) -> Iterator[Problem]:
    """The four marks of a good negotiation (see docs/casus-schrijven.md)."""
    outcomes = _outcomes(casus, space)
    result = summarise(casus, outcomes)
    unreachable = False
    for rol, label in _LABELS.items():
        ondergrens, best = casus.brief(rol).ondergrens, getattr(result.ideaal[rol], rol)
        if best < ondergrens:
            unreachable = True
            yield warn(("rollen", rol, "ondergrens"), (
                f"de {label} haalt de ondergrens {ondergrens:g} met geen enkel toegestaan "
                f"voorstel: door de verboden is {best:g} het hoogste. Verlaag de ondergrens "
                "of maak een verbod smaller."))
    if unreachable:
        return
    best = result.beste_samen
    if best is None:
        yield warn(("rollen",), _no_deal(casus, outcomes))
        return
    for rol, label in _LABELS.items():
        other = other_rol(rol)
        yield from _gain(rol, label, getattr(best, rol), getattr(result.ideaal[other], rol), warn)
        ideal = getattr(result.ideaal[rol], other)
        if ideal >= casus.brief(other).ondergrens:
            yield warn(("rollen", other, "ondergrens"), (
                f"het ideale voorstel van de {label} geeft de {_LABELS[other]} al {ideal:g}, "
                f"en dat haalt haar ondergrens {casus.brief(other).ondergrens:g}: de {label} "
                f"kan gewoon haar eigen ideaal voorstellen en krijgt akkoord. Verhoog die "
                f"ondergrens boven {ideal:g} of maak de waarden meer tegengesteld."))
    share = result.haalbaar / result.totaal
    if not ZONE[0] <= share <= ZONE[1]:
        advice = ("Te weinig: de spelers vinden die akkoorden bijna niet; verlaag een "
                  "ondergrens." if share < ZONE[0] else
                  "Te veel: bijna elk akkoord is goed genoeg; verhoog de ondergrenzen.")
        yield warn(("rollen",), (
            f"{result.haalbaar} van de {result.totaal} toegestane akkoorden ({share:.1%}) "
            f"halen beide ondergrenzen; tussen {ZONE[0]:.0%} en {ZONE[1]:.0%} geeft een goede "
            f"onderhandeling. {advice}"))


_LABELS = {rol: label.lower() for rol, label in woorden.ROLLEN.items()}


def _gain(rol: str, label: str, deal: float, giving_in: float,
          warn: Callable[..., Problem]) -> Iterator[Problem]:
    if deal < giving_in + MARGE:
        yield warn(("rollen", rol, "gewichten"), (
            f"onderhandelen loont te weinig voor de {label}: het beste gezamenlijke akkoord "
            f"geeft {deal:g}, het ideaal van de andere kant al {giving_in:g}. Een goede "
            f"casus geeft minstens {MARGE} punten verschil; leg de zwaartepunten van de "
            "rollen op verschillende punten, zodat ruilen loont."))


def _no_deal(casus: Casus, outcomes: list[Uitkomst]) -> str:
    parts = []
    for rol, label in _LABELS.items():
        other = other_rol(rol)
        accepted = [getattr(u, rol) for u in outcomes
                    if getattr(u, other) >= casus.brief(other).ondergrens]
        parts.append(f"met een akkoord dat de {_LABELS[other]} aanvaardt, haalt de {label} "
                     f"hoogstens {max(accepted):g} (ondergrens {casus.brief(rol).ondergrens:g})")
    return ("geen enkel akkoord haalt beide ondergrenzen, dus elke ronde eindigt zonder "
            f"akkoord: {parts[0]}; {parts[1]}. Verlaag een ondergrens of geef de rollen "
            "meer verschillende gewichten.")


def deal_lines(geladen: GeladenCasus, space: Ruimte | None) -> list[str]:
    """What a facilitator needs to write a script: each side's ideal and the best deal."""
    casus = geladen.casus
    if space is None or not space.voorstellen:
        return []
    result = summarise(casus, _outcomes(casus, space))
    share = result.haalbaar / result.totaal
    lines = [f"{geladen.bestand} — casus '{casus.id}': {result.totaal} toegestane akkoorden, "
             f"{result.haalbaar} ({share:.1%}) halen beide ondergrenzen (gemeente "
             f"{casus.brief('gemeente').ondergrens:g}, swo {casus.brief('swo').ondergrens:g})."]
    shown = [(f"ideaal van de {label}", result.ideaal[rol]) for rol, label in _LABELS.items()]
    shown.append(("beste gezamenlijke akkoord", result.beste_samen))
    for name, uitkomst in shown:
        if uitkomst is None:
            lines.append(f"  {name}: geen")
            continue
        keuzes = ", ".join(f'{p} = "{o}"' for p, o in uitkomst.keuzes.items())
        lines.append(f"  {name}: gemeente {uitkomst.gemeente:g}, swo {uitkomst.swo:g}\n"
                     f"    keuzes = {{ {keuzes} }}")
    return lines


# --- rules that never fire -------------------------------------------------------------------

def _silent_own(geladen: GeladenCasus, space: Ruimte,
                warn: Callable[..., Problem]) -> Iterator[Problem]:
    """The case's own rules that no round can fire, and own bans that exclude nothing."""
    own = [c for c in geladen.regelboek.regels if c.herkomst == geladen.casus.id]
    for index, compiled in enumerate(own):
        if can_fire(compiled, space) is False:
            yield warn(("regels", index, "als"), (
                f"regel '{compiled.item.id}' kan in deze casus nooit afgaan: geen toegestaan "
                "voorstel en geen verloop van het gesprek maakt de voorwaarde waar. Kloppen "
                "de woorden en getallen met de opties van de casus?"))
    first_own = len(geladen.regelboek.verboden) - len(geladen.casus.verboden)
    for index, verbod in enumerate(geladen.casus.verboden):
        if first_own + index not in space.verboden_raak:
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
