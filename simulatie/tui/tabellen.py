"""Rounds side by side: the rows of the session-end table and of the comparison of tables.

Pure functions from core objects to rows of strings. A column is one played round; the
session end shows the rounds of one pair, the comparison the rounds of several pairs
(workshop tables) on the same case. Cells may go into a DataTable, which reads markup,
so `RondeTabel` puts every cell in as plain text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from simulatie.kern.analyse import analyse
from simulatie.kern.analyse.analyse import briefs_voor
from simulatie.kern.analyse.getallen import procent
from simulatie.kern.analyse.nabespreking import cijfers, nabespreking
from simulatie.kern.model import Regel, woorden
from simulatie.kern.spel import RondeVerslag, SessieStaat

from .tekst import getal
from .weergave import ERNST_TEKEN, optie_titel, rol_naam

MEERVOUD = {"compliment": "Complimenten", "tip": "Tips", "waarschuwing": "Waarschuwingen"}


@dataclass(frozen=True)
class Kolom:
    """One round of one session: its state (for the case and players) and its report."""

    staat: SessieStaat
    verslag: RondeVerslag
    kop: str = ""


def tabel_rijen(staat: SessieStaat, gespeeld: list[RondeVerslag]) -> list[list[str]]:
    """The rounds of one session: who played what, the agreement, each player's score."""
    kolommen = [Kolom(staat, v) for v in gespeeld]
    rijen = _spelers(kolommen) + _afspraak(kolommen)
    for speler, naam in enumerate(staat.spelers):
        rijen.append([f"Score {naam}"] + [
            _score(k.verslag, k.verslag.ronde.rol_van(speler), als=True) for k in kolommen])
    return rijen + _feedback(kolommen)


def vergelijk_rijen(kolommen: Sequence[Kolom]) -> list[list[str]]:
    """Rounds of several sessions on one case: the scores per role, as the pairs differ."""
    rijen = _spelers(kolommen) + _afspraak(kolommen)
    for rol in ("gemeente", "swo"):
        rijen.append([f"Score {woorden.ROLLEN[rol].lower()}"] + [
            _score(k.verslag, rol, als=False) for k in kolommen])
    return rijen + analyse_rijen(kolommen) + _feedback(kolommen)


def _spelers(kolommen: Sequence[Kolom]) -> list[list[str]]:
    return [[woorden.ROLLEN[rol]] + [k.staat.spelers[k.verslag.ronde.speler(rol)]
                                     for k in kolommen]
            for rol in ("gemeente", "swo")]


def _afspraak(kolommen: Sequence[Kolom]) -> list[list[str]]:
    rijen = [["Uitkomst"] + [woorden.UITKOMSTEN[k.verslag.ronde.uitkomst] for k in kolommen]]
    if not kolommen:
        return rijen
    casus = kolommen[0].staat.casus
    for pid, punt in casus.onderhandelpunten.items():
        rijen.append([punt.titel] + [
            optie_titel(casus, pid, k.verslag.ronde.akkoord[pid]) if k.verslag.ronde.akkoord
            else "–" for k in kolommen])
    return rijen


def _feedback(kolommen: Sequence[Kolom]) -> list[list[str]]:
    """Counts per kind, then one row per rule that fired anywhere: which tables got it."""
    rijen = []
    for ernst, naam in MEERVOUD.items():
        rijen.append([naam] + [str(Counter(f.regel.ernst for f in k.verslag.feedback)[ernst])
                               for k in kolommen])
    gevuurd: dict[str, Regel] = {}
    for k in kolommen:
        for f in k.verslag.feedback:
            gevuurd.setdefault(f.regel.id, f.regel)
    for regel_id, regel in gevuurd.items():
        teken = ERNST_TEKEN[regel.ernst]
        rijen.append([f"{teken} {regel_titel(regel)}"] + [
            teken if any(f.regel.id == regel_id for f in k.verslag.feedback) else ""
            for k in kolommen])
    return rijen


def _score(v: RondeVerslag, rol: str, als: bool) -> str:
    if not v.ronde.akkoord:
        return "geen akkoord"
    teken = "✔" if v.boven_ondergrens[rol] else "✘"
    # the role's Dutch name, never its id: "als sociaalwerkorganisatie", not "als swo"
    return f"{getal(v.scores[rol] or 0)} {teken}" + (f" als {rol_naam(rol).lower()}" if als else "")


KORT = 34  # characters of a rule's title in a table row: the table still fits 80 columns


def regel_titel(regel: Regel) -> str:
    """A short Dutch name for a rule: its `titel` where the rule has one, else the first
    words of its message (never its id, which players do not read)."""
    titel = getattr(regel, "titel", None) or " ".join(regel.bericht.split())
    titel = re.split(r"(?<=[.:;])\s", titel, maxsplit=1)[0].rstrip(".:;")
    if len(titel) <= KORT:
        return titel
    return titel[:KORT].rsplit(" ", 1)[0].rstrip(",;:") + "…"  # whole words, then …


def analyse_rijen(kolommen: Sequence[Kolom]) -> list[list[str]]:
    """Per round: the agreement's joint score as a share of the best joint score of the
    case, and whether no deal is better for both (Pareto-efficient)."""
    if not kolommen:
        return []
    staat = kolommen[0].staat
    results = {parity: analyse(staat.casus, staat.regelboek, tellen=False,
                               briefs=briefs_voor(staat.casus, parity or 2))
               for parity in (0, 1)}  # odd and even rounds may have other briefs
    aandeel, pareto = ["Van het beste samen"], ["Pareto-efficiënt"]
    for k in kolommen:
        result = results[k.verslag.ronde.nummer % 2]
        share, efficient = (None, None) if result is None else cijfers(
            nabespreking(k.staat.casus, k.verslag.ronde, result))
        aandeel.append("–" if share is None else procent(share, 0))
        pareto.append("–" if efficient is None else ("ja" if efficient else "nee"))
    return [aandeel, pareto]


def tafel_cijfers(staat: SessieStaat) -> str:
    """One table (save) over all its rounds: agreements, their mean share of the best
    joint score, and how many were Pareto-efficient."""
    results = {parity: analyse(staat.casus, staat.regelboek, tellen=False,
                               briefs=briefs_voor(staat.casus, parity or 2)) for parity in (0, 1)}
    if None in results.values():
        return ""
    found = [cijfers(nabespreking(staat.casus, ronde, results[ronde.nummer % 2]))  # type: ignore[arg-type]
             for ronde in staat.rondes if ronde.akkoord is not None]
    if not found:
        return "geen akkoord"
    shares = [share for share, _ in found if share is not None]
    efficient = sum(1 for _, pareto in found if pareto)
    mean = procent(sum(shares) / len(shares), 0) if shares else "–"
    return (f"{len(found)} akkoord{'en' if len(found) != 1 else ''}, gemiddeld {mean} van het "
            f"beste samen, {efficient} van {len(found)} Pareto-efficiënt")
