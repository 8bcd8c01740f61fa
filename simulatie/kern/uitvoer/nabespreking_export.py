"""The round debrief in the exported debrief: a Markdown section per round, and in the
HTML page the deal-space picture as inline SVG in place of a marker paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from ..analyse.analyse import analyse
from ..analyse.nabespreking import nabespreking
from ..analyse.plaatje import density, plaatje
from ..analyse.ruimte import ruimte
from ..spel.stap import RondeStaat, SessieStaat
from .plaatje_svg import svg


def marker(nummer: int) -> str:
    """The Markdown paragraph the HTML page replaces by round `nummer`'s picture."""
    return f"*Het plaatje van de akkoordruimte (ronde {nummer}) staat in de HTML-versie.*"


def _rendered(nummer: int) -> str:
    return f"<p><em>{marker(nummer)[1:-1]}</em></p>"


class Doorrekening:
    """The analysis of one session's case, worked out once for all its rounds."""

    def __init__(self, staat: SessieStaat) -> None:
        self.casus = staat.casus
        self.space = ruimte(staat.casus, staat.regelboek)
        self.analyse = analyse(staat.casus, staat.regelboek, tellen=False, space=self.space)
        self.dichtheid = density(self.space, staat.casus) if self.analyse is not None else None

    def section(self, ronde: RondeStaat, escape) -> Iterator[str]:
        """"### Waar het akkoord landde" with the debrief lines and the picture marker."""
        yield "### Waar het akkoord landde" if ronde.akkoord else "### Wat er mogelijk was"
        yield ""
        if self.analyse is None:
            yield f"Niet doorgerekend: {escape(self.space.onberekend or '')}"
            return
        for line in nabespreking(self.casus, ronde, self.analyse).regels:
            indent = line.startswith("  ")
            yield ("  - " if indent else "- ") + escape(line.strip())
        yield ""
        yield marker(ronde.nummer)

    def svg(self, ronde: RondeStaat) -> str:
        assert self.analyse is not None
        return svg(plaatje(self.casus, self.space, self.analyse, ronde, self.dichtheid),
                   f"De akkoordruimte in ronde {ronde.nummer}")


def with_pictures(page: str, staat: SessieStaat) -> str:
    """The HTML page with each round's marker paragraph replaced by its SVG."""
    doorrekening = Doorrekening(staat)
    if doorrekening.analyse is None:
        return page
    for ronde in staat.rondes:
        page = page.replace(_rendered(ronde.nummer), doorrekening.svg(ronde), 1)
    return page
