"""The facts of the course of a round: questions and answers, secrets told, preferences
stated, first offers and concessions. Declared in `feiten.FEITEN`; computed here.

Scores here are each side's own, by the brief it is judged by at the end of the round
(its own brief plus what the other side revealed to it), so one measure runs through
first offer, concession and agreement.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..model import woorden
from ..model.kennis import aanvaardbaar, geldende_brief, other
from ..model.score import score

if TYPE_CHECKING:
    from ..model.casus import Brief, Casus


def judged_briefs(casus: Casus, ronde: Any) -> dict[str, Brief]:
    """Per side, the brief it is judged by now: with what the other side revealed."""
    uitwisseling = ronde.uitwisseling
    return {rol: geldende_brief(casus, rol, ronde.nummer, uitwisseling.onthuld_door(other(rol)))
            for rol in woorden.ROLLEN}


def talk_facts(casus: Casus, ronde: Any, briefs: Mapping[str, Brief]) -> dict[str, object]:
    """The per-side facts of the round's course (see the 'What the talk uncovered' part
    of `feiten.FEITEN`)."""
    del casus  # the briefs carry what is needed; kept for a uniform signature
    uitwisseling = ronde.uitwisseling
    facts: dict[str, object] = {}
    for rol in woorden.ROLLEN:
        brief = briefs[rol]
        vragen = uitwisseling.vragen_van(rol)
        uitspraken = uitwisseling.uitspraken_van(rol)
        biedingen = uitwisseling.biedingen_van(rol)
        onthuld = uitwisseling.onthuld_door(rol)
        facts.update({
            f"{rol}_vragen": float(len(vragen)),
            f"{rol}_vragen_beantwoord": float(sum(v.status == "beantwoord" for v in vragen)),
            f"{rol}_vragen_geweigerd": float(sum(v.status == "geweigerd" for v in vragen)),
            f"{rol}_vragen_genegeerd": float(sum(v.status == "genegeerd" for v in vragen)),
            f"{rol}_kreeg_antwoord": tuple(sorted({
                v.onderwerp for v in vragen if v.status == "beantwoord" and v.onderwerp})),
            f"{rol}_onthulde": tuple(onthuld),
            f"{rol}_geheimen_onthuld": float(len(onthuld)),
            f"{rol}_voorkeuren": float(len(uitspraken)),
            f"{rol}_voorkeuren_onwaar": float(sum(not u.waar for u in uitspraken)),
            f"{rol}_voorstellen": float(len(biedingen)),
        })
        facts.update(_offers(rol, brief, ronde, biedingen))
    return facts


def _offers(rol: str, brief: Brief, ronde: Any, biedingen: tuple[Any, ...]) -> dict[str, object]:
    """First offer and concession of one side, and whether it agreed below its line."""
    akkoord = ronde.akkoord
    onder = akkoord is not None and (
        score(brief, akkoord) < brief.ondergrens or not aanvaardbaar(brief, akkoord))
    if not biedingen:
        first, concession = 0.0, 0.0
    else:
        first = score(brief, biedingen[0].keuzes)
        final = akkoord if akkoord is not None else biedingen[-1].keuzes
        concession = round(first - score(brief, final), 1)
    return {f"eerste_bod_{rol}": first, f"concessie_{rol}": concession,
            f"akkoord_onder_ondergrens_{rol}": onder}
