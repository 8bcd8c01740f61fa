"""The debrief of a session as Markdown (and HTML): what a trainer hands out afterwards.

Per round: who played which side, the dialogue with trainer notes, the agreement,
each side's score against its bottom line, and the feedback with its sources.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from ..model import woorden
from ..regels.regels import OVER_VOORSTEL
from ..model.sessie import Sessie
from ..spel.rondeverslag import RondeVerslag, verslagen
from ..spel.stap import SessieStaat
from .headless import OVER_NIET_AANVAARD, describe_zet, one_line


def debrief_markdown(staat: SessieStaat, sessie: Sessie) -> str:
    casus = staat.casus
    lines = [
        f"# Nabespreking: {casus.titel}",
        "",
        f"- **Gemeente:** {casus.gemeente} ({casus.inwoners:,} inwoners)".replace(",", "."),
        f"- **Spelers:** {_escape(staat.spelers[0])} en {_escape(staat.spelers[1])}",
        f"- **Rondes:** {len(staat.rondes)}",
        "",
        casus.samenvatting.strip(),
    ]
    first_move = 1
    for verslag in verslagen(staat):
        lines += ["", *_round(staat, sessie, verslag, first_move)]
        first_move += len(verslag.ronde.zetten) + 1  # the rolwissel is a move too
    lines += ["", "## Bronnen van de casus", "", *(f"- {bron}" for bron in casus.bronnen)]
    return "\n".join(lines) + "\n"


def _round(staat: SessieStaat, sessie: Sessie, verslag: RondeVerslag, first: int) -> Iterator[str]:
    ronde = verslag.ronde
    gemeente = _escape(staat.spelers[ronde.speler("gemeente")])
    swo = _escape(staat.spelers[ronde.speler("swo")])
    yield f"## Ronde {ronde.nummer}: {gemeente} als gemeente, {swo} als sociaalwerkorganisatie"
    yield ""
    yield "### Gesprek"
    yield ""
    for offset, zet in enumerate(ronde.zetten):
        yield f"{offset + 1}. {_escape(describe_zet(staat, ronde, zet))}"
        note = sessie.notities.get(str(first + offset))
        if note:
            yield f"   > *Notitie trainer:* {_escape(note)}"
    yield ""
    yield f"**Uitkomst:** {woorden.UITKOMSTEN[ronde.uitkomst]}"
    if ronde.akkoord:
        yield ""
        yield "| onderhandelpunt | akkoord |"
        yield "|---|---|"
        for punt, optie in ronde.akkoord.items():
            onderhandelpunt = staat.casus.onderhandelpunten[punt]
            yield f"| {onderhandelpunt.titel} | {onderhandelpunt.opties[optie].titel} |"
    yield ""
    yield from _scores(staat, verslag)
    yield ""
    yield "### Feedback"
    yield ""
    if not verslag.feedback:
        yield "Geen opmerkingen van de regels."
    for item in verslag.feedback:
        regel = item.regel
        label = woorden.ERNST[regel.ernst]
        if item.over == OVER_VOORSTEL:
            label += f" ({OVER_NIET_AANVAARD})"
        yield f"- **{label}:** {_escape(regel.bericht)} *(bron: {regel.bron})*"
    dims = [f"{woorden.DIMENSIES[d]} {v:+d}" for d, v in verslag.dimensies.items() if v]
    yield ""
    yield f"**Publieke waarden:** {', '.join(dims) if dims else 'geen effect'}"


def _scores(staat: SessieStaat, verslag: RondeVerslag) -> Iterator[str]:
    ronde = verslag.ronde
    yield "| rol | speler | score | ondergrens | gehaald |"
    yield "|---|---|---|---|---|"
    for rol, label in woorden.ROLLEN.items():
        value = verslag.scores[rol]
        shown = "—" if value is None else f"{value:g}"
        gehaald = "ja" if verslag.boven_ondergrens[rol] else "nee"
        laatste = verslag.voorstel_scores[rol]
        if ronde.akkoord is None:
            # No agreement: no score; a rejected proposal is named as such, never as a deal.
            gehaald = "geen akkoord"
            if laatste is not None:
                shown = f"— (laatste voorstel, niet aanvaard: {laatste:g})"
        ondergrens = verslag.ondergrenzen[rol]
        speler = _escape(staat.spelers[ronde.speler(rol)])
        yield f"| {label} | {speler} | {shown} | {ondergrens:g} | {gehaald} |"


def _escape(text: str) -> str:
    """Keep players' free text from turning into Markdown markup or HTML."""
    text = html.escape(one_line(text), quote=False)
    for char in "\\`*_[]|#":
        text = text.replace(char, "\\" + char)
    return text


def debrief_html(markdown: str, titel: str) -> str:
    """The same debrief as one self-contained HTML page."""
    from markdown_it import MarkdownIt  # ships with Textual's dependencies

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    return (
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(titel)}</title><style>"
        "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;"
        "line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
        "padding:.2rem .5rem}blockquote{color:#555;margin:.2rem 0 .2rem 1rem}</style>"
        f"</head><body>\n{body}</body></html>\n"
    )
