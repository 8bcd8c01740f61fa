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
        status = [v.status for v in vragen]
        facts.update(zip(_NAMEN[rol], (
            float(len(vragen)),
            float(status.count("beantwoord")),
            float(status.count("geweigerd")),
            float(status.count("genegeerd")),
            tuple(sorted({v.onderwerp for v in vragen
                          if v.status == "beantwoord" and v.onderwerp})),
            tuple(onthuld),
            float(len(onthuld)),
            float(len(uitspraken)),
            float(sum(not u.waar for u in uitspraken)),
            float(len(biedingen)),
        ), strict=True))
        facts.update(_offers(rol, brief, ronde, biedingen))
    return facts


# The names of the per-side facts, in the order `talk_facts` computes them.
_NAMEN = {rol: tuple(f"{rol}_{naam}" for naam in (
    "vragen", "vragen_beantwoord", "vragen_geweigerd", "vragen_genegeerd", "kreeg_antwoord",
    "onthulde", "geheimen_onthuld", "voorkeuren", "voorkeuren_onwaar", "voorstellen"))
    for rol in woorden.ROLLEN}


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
