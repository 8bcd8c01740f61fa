"""The round debrief for the exported debrief: per round a heading, the debrief lines,
the deal-space picture as inline SVG, and each preference statement beside the brief.
Plain data; `export.py` makes blocks of it."""

from __future__ import annotations

from dataclasses import dataclass

from ..analyse.analyse import analyse, briefs_voor
from ..analyse.nabespreking import nabespreking
from ..analyse.plaatje import density, plaatje
from ..analyse.ruimte import ruimte
from ..spel.stap import RondeStaat, SessieStaat
from .plaatje_svg import svg

NOOT = "Het plaatje van de akkoordruimte staat in de HTML-versie."


@dataclass(frozen=True)
class RondeAnalyse:
    titel: str
    regels: tuple[str, ...]  # a line starting with two spaces belongs to the one above
    svg: str | None  # the picture, or None when the space was not worked out
    # Stated against true preferences, one line each (empty: nobody stated one); these
    # need no analysis, so they are there even when the space was not worked out.
    voorkeuren: tuple[str, ...] = ()


class Doorrekening:
    """The analysis of one session's case, worked out once for all its rounds."""

    def __init__(self, staat: SessieStaat) -> None:
        self.casus, self.regelboek = staat.casus, staat.regelboek
        self.space = ruimte(staat.casus, staat.regelboek)
        self._per_brief: dict[int, tuple] = {}  # odd and even rounds may have other briefs
        self._getekend: set[str] = set()  # densities already drawn in this page

    def _for(self, nummer: int) -> tuple:
        parity = nummer % 2
        if parity not in self._per_brief:
            result = analyse(self.casus, self.regelboek, tellen=False, space=self.space,
                             briefs=briefs_voor(self.casus, nummer))
            cells = density(self.space, self.casus, nummer) if result is not None else None
            self._per_brief[parity] = (result, cells)
        return self._per_brief[parity]

    def ronde(self, ronde: RondeStaat) -> RondeAnalyse:
        titel = "Waar het akkoord landde" if ronde.akkoord else "Wat er mogelijk was"
        result, cells = self._for(ronde.nummer)
        debrief = nabespreking(self.casus, ronde, result)
        gezegd = tuple(o.regel for o in debrief.voorkeuren)
        if result is None:
            return RondeAnalyse(titel, (f"Niet doorgerekend: {self.space.onberekend}",), None,
                                gezegd)
        picture = plaatje(self.casus, self.space, result, ronde, cells, debrief)
        return RondeAnalyse(titel, debrief.regels,
                            svg(picture, f"De akkoordruimte in ronde {ronde.nummer}",
                                self._getekend), gezegd)
