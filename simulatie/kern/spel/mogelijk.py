"""What the player to move can do now, with what each move may carry, and what a side
has learnt of the other: the two questions a screen asks the core before it draws."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.casus import BriefItem, Geheim
from ..model.kennis import (
    brief_voor, favorieten, geldende_brief, gewicht_klasse, other, revealed,
)
from ..model.zetten import ANTWOORD_LIJSTEN, BRIEF_LIJST
from .dialoog import Uitspraak, Vraag
from .stap import SessieStaat, legal_soorten


@dataclass(frozen=True)
class Voorkeur:
    """The true preference statement on one issue, as the brief offers it."""

    punt: str
    gewicht: str  # zwaar, gemiddeld or licht
    favorieten: tuple[str, ...]  # the option(s) this side likes best


@dataclass(frozen=True)
class MogelijkeZet:
    """One kind of move the player to move may make, and what it may carry."""

    soort: str
    items: tuple[BriefItem, ...] = ()  # brief items to quote (answers: on-topic first)
    geheimen: tuple[Geheim, ...] = ()  # secrets to tell or to answer with
    vraag: Vraag | None = None  # the open question an answer or refusal is about
    voorkeuren: tuple[Voorkeur, ...] = ()  # the true statement per issue


def legal_zetten(staat: SessieStaat) -> list[MogelijkeZet]:
    """The moves the player to move may make now, answering first when a question of the
    other side is open (its natural next move); then the kinds of `legal_soorten`, then
    a preference statement and telling a secret."""
    ronde = staat.ronde
    if ronde.afgelopen:
        return [MogelijkeZet("rolwissel")]
    rol = ronde.aan_zet
    brief = brief_voor(staat.casus, rol, ronde.nummer)
    told = set(ronde.uitwisseling.onthuld_door(rol))
    untold = tuple(g for g in brief.geheimen if g.id not in told)
    zetten: list[MogelijkeZet] = []
    vraag = ronde.uitwisseling.open_vraag
    if vraag is not None and vraag.door != rol:
        answers = [i for lijst in ANTWOORD_LIJSTEN for i in getattr(brief, lijst)]
        answers.sort(key=lambda i: i.onderwerp != vraag.onderwerp)  # stable: on-topic first
        secrets = sorted(brief.geheimen, key=lambda g: g.onderwerp != vraag.onderwerp)
        zetten += [MogelijkeZet("antwoord", tuple(answers), tuple(secrets), vraag),
                   MogelijkeZet("weiger", vraag=vraag)]
    for soort in legal_soorten(staat):
        lijst = BRIEF_LIJST.get(soort)
        zetten.append(MogelijkeZet(soort, tuple(getattr(brief, lijst)) if lijst else ()))
    voorkeuren = tuple(Voorkeur(p, gewicht_klasse(brief, p), tuple(favorieten(brief, p)))
                       for p in staat.casus.onderhandelpunten)
    zetten.insert(len(zetten) - 1, MogelijkeZet("voorkeur", voorkeuren=voorkeuren))
    if untold:
        zetten.insert(len(zetten) - 1, MogelijkeZet("onthul", geheimen=untold))
    return zetten


@dataclass(frozen=True)
class Verandering:
    """An option the other side's secret made worth something else to me."""

    punt: str
    optie: str
    was: float
    nu: float


@dataclass(frozen=True)
class Kennis:
    """What `rol` knows of the other side this round ("wat je nu weet van de ander")."""

    geheimen: tuple[Geheim, ...]  # the other side's secrets, as told
    voorkeuren: tuple[Uitspraak, ...]  # its preference statements, as stated (not judged)
    antwoorden: tuple[Vraag, ...]  # my questions and what became of them
    veranderd: tuple[Verandering, ...]  # my values its secrets changed


def wat_ik_weet(staat: SessieStaat, rol: str) -> Kennis:
    """What `rol` has learnt from the other side in the current round. It never holds the
    other side's brief, scores or bottom line; statements are shown as they were made."""
    ronde = staat.ronde
    ander = other(rol)
    uitwisseling = ronde.uitwisseling
    eigen = brief_voor(staat.casus, rol, ronde.nummer)
    geldend = geldende_brief(staat.casus, rol, ronde.nummer, uitwisseling.onthuld_door(ander))
    veranderd = tuple(
        Verandering(punt, optie, eigen.waarden[punt][optie], nu)
        for punt, opties in geldend.waarden.items() for optie, nu in opties.items()
        if nu != eigen.waarden[punt][optie])
    uitspraken = tuple(Uitspraak(u.door, u.zet, u.punt, u.gewicht, u.optie, None, None)
                       for u in uitwisseling.uitspraken_van(ander))
    return Kennis(
        tuple(revealed(brief_voor(staat.casus, ander, ronde.nummer), uitwisseling.onthuld_door(ander))),
        uitspraken, uitwisseling.vragen_van(rol), veranderd)
