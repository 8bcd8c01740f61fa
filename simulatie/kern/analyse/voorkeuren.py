"""Stated against true preferences: for the debrief of a round, what each side said an
issue weighs and which option it wants (its `voorkeur` moves), set beside what its brief
for that round really says.

A weight word is judged against the brief's own class of that issue (`gewicht_klasse`:
heavy, middling or light against the mean weight of its issues), so "zwaar" for an issue
the brief calls middling is overstated, and "licht" for it understated. A named favourite
is true when it is one of the options the brief values most (`favorieten`); otherwise it
is a false favourite. The brief is the round's (`brief_voor`): a round-2 variant judges
its own round. Only the debrief shows this, once the round is over or to a trainer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..model import woorden
from ..model.casus import Brief, Casus
from ..model.kennis import brief_voor, favorieten, gewicht_klasse
from ..spel.dialoog import Uitspraak
from ..spel.stap import RondeStaat
from .getallen import getal, procent

ORDE = {"licht": 0, "gemiddeld": 1, "zwaar": 2}  # weight words from light to heavy
KLOPT, OVERDREVEN, AFGEZWAKT, VALS = "klopt", "overdreven", "afgezwakt", "valse favoriet"
LABEL = {rol: naam.lower() for rol, naam in woorden.ROLLEN.items()}


@dataclass(frozen=True)
class Voorkeuroordeel:
    """One preference statement of the round beside the brief, with its verdict.

    `gewicht_oordeel` is klopt, overdreven or afgezwakt (None: no weight was said);
    `optie_oordeel` is klopt or valse favoriet (None: no option was named)."""

    zet: int  # 1-based move number in the round
    rol: str
    punt: str
    gewicht: str | None  # the weight word said
    echt_gewicht: str  # the brief's class of this issue
    aandeel: float  # the share (0–1) of the brief's total weight
    optie: str | None  # the favourite option said
    favorieten: tuple[str, ...]  # the options the brief values most
    gewicht_oordeel: str | None
    optie_oordeel: str | None
    regel: str  # the verdict as one Dutch line

    @property
    def waar(self) -> bool:
        return self.gewicht_oordeel in (None, KLOPT) and self.optie_oordeel in (None, KLOPT)


def voorkeuroordelen(casus: Casus, ronde: RondeStaat) -> tuple[Voorkeuroordeel, ...]:
    """Every preference statement made so far in `ronde`, in order, judged against the
    round's brief of the side that made it (empty when nobody stated one)."""
    briefs = {rol: brief_voor(casus, rol, ronde.nummer) for rol in woorden.ROLLEN}
    return tuple(_judge(casus, briefs[u.door], u) for u in ronde.uitwisseling.uitspraken
                 if u.door in briefs and u.punt in casus.onderhandelpunten)


def _judge(casus: Casus, brief: Brief, uitspraak: Uitspraak) -> Voorkeuroordeel:
    punt = uitspraak.punt
    echt = gewicht_klasse(brief, punt)
    total = sum(brief.gewichten.values())
    aandeel = brief.gewichten.get(punt, 0.0) / total if total > 0 else 0.0
    beste = tuple(favorieten(brief, punt))
    gewicht_oordeel = None
    if uitspraak.gewicht is not None:
        verschil = ORDE[uitspraak.gewicht] - ORDE[echt]
        gewicht_oordeel = KLOPT if not verschil else OVERDREVEN if verschil > 0 else AFGEZWAKT
    optie_oordeel = None
    if uitspraak.optie is not None:
        optie_oordeel = KLOPT if uitspraak.optie in beste else VALS
    oordeel = Voorkeuroordeel(uitspraak.zet, uitspraak.door, punt, uitspraak.gewicht, echt,
                              aandeel, uitspraak.optie, beste, gewicht_oordeel, optie_oordeel,
                              "")
    return replace(oordeel, regel=_line(casus, brief, oordeel))


def _line(casus: Casus, brief: Brief, o: Voorkeuroordeel) -> str:
    """"De gemeente zei dat looptijd zwaar weegt; in haar brief weegt het 10 % (licht) —
    overdreven (zet 3)."""
    punt = casus.onderhandelpunten[o.punt]
    titel = punt.titel.lower()
    waarden: Mapping[str, float] = brief.waarden.get(o.punt, {})
    said, really = [], []
    if o.gewicht is not None:
        said.append(f"{titel} {o.gewicht} weegt")
        really.append(f"weegt het {procent(o.aandeel)} ({o.echt_gewicht})")
    if o.optie is not None:
        gezegd = punt.opties[o.optie].titel
        said.append(f"ze bij {titel} het liefst {gezegd} wil" if o.gewicht is None
                    else f"ze het liefst {gezegd} wil")
        if o.optie_oordeel == KLOPT:
            really.append(f"is {gezegd} ook het meest waard ({getal(waarden.get(o.optie, 0.0))})")
        else:
            beste = " of ".join(punt.opties[b].titel for b in o.favorieten) or "geen optie"
            top = getal(waarden[o.favorieten[0]]) if o.favorieten else "0"
            really.append(f"is {beste} het meest waard ({top}; {gezegd}: "
                          f"{getal(waarden.get(o.optie, 0.0))})")
    return (f"De {LABEL[o.rol]} zei dat " + " en dat ".join(said) + "; in haar brief "
            + " en ".join(really) + f" — {_verdict(o)} (zet {o.zet}).")


def _verdict(o: Voorkeuroordeel) -> str:
    if o.waar:
        return KLOPT
    parts = []
    if o.gewicht_oordeel is not None:
        parts.append("gewicht klopt" if o.gewicht_oordeel == KLOPT else o.gewicht_oordeel)
    if o.optie_oordeel is not None:
        parts.append("favoriet klopt" if o.optie_oordeel == KLOPT else o.optie_oordeel)
    return ", ".join(parts)
