"""The deal space as an inline SVG for the HTML debrief: no script, byte for byte the
same every time for the same round.

Same content as the terminal picture (`analyse/plaatje.py`): every allowed deal as a
shaded cell, the Pareto frontier as a line, both bottom lines, the Nash point, each
side's proposals numbered in order and the agreement. Determinism: every coordinate is
written with a fixed number of decimals, elements come in a fixed order, and nothing
depends on time, hashing or the platform.
"""

from __future__ import annotations

import hashlib
import math
from functools import cache
from xml.sax.saxutils import escape

from ..analyse.getallen import getal
from ..memo import IdMemo
from ..analyse.plaatje import CELLS, Plaatje

SIZE = 360  # plot area in px
MARGIN = 44
KLEUR = {"gemeente": "#1f5fa8", "swo": "#c2571a", "grens": "#2e7d32", "nash": "#2e7d32",
         "akkoord": "#b00020", "ondergrens": "#b8860b", "dicht": "#555555", "as": "#333333"}


def _x(score: float) -> str:
    return f"{MARGIN + score / 100 * SIZE:.1f}"


def _y(score: float) -> str:
    return f"{MARGIN + (100 - score) / 100 * SIZE:.1f}"


def svg(plaatje: Plaatje, titel: str = "De akkoordruimte", getekend: set[str] | None = None) -> str:
    """The picture as one `<svg>` element (UTF-8 text, no XML declaration). `getekend`:
    for a page of several pictures, the ids of the drawings already in it (`_background`)."""
    width = height = SIZE + 2 * MARGIN
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 56}" '
             f'viewBox="0 0 {width} {height + 56}" role="img" font-family="sans-serif" '
             f'font-size="11">', f"<title>{escape(titel)}</title>"]
    parts += _background(plaatje, height, getekend)
    parts += _dance(plaatje)
    if plaatje.akkoord is not None:
        g, s = plaatje.akkoord
        parts.append(f'<rect x="{float(_x(g)) - 5:.1f}" y="{float(_y(s)) - 5:.1f}" width="10" '
                     f'height="10" fill="{KLEUR["akkoord"]}" transform="rotate(45 {_x(g)} {_y(s)})">'
                     f"<title>Akkoord: gemeente {getal(g)}, swo {getal(s)}</title></rect>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _background(plaatje: Plaatje, height: int, getekend: set[str] | None) -> list[str]:
    """All but the round's own proposals and agreement: the density, the axes, both
    bottom lines, the frontier, the Nash point and the legend. Every round with the same
    briefs has the same one, so a page of many rounds draws it once, with an id, and
    refers to it after with `<use>`: three quarters of each later picture's bytes."""
    rest, ident = _rest(plaatje.exact, plaatje.grens, plaatje.ondergrens, plaatje.nash, height)
    if getekend is None:
        return [*_cells(plaatje, None), rest]
    ident += "-" + _density(plaatje.dichtheid)[1].removeprefix("dichtheid-")
    if ident in getekend:
        return [f'<use href="#{ident}"/>']
    getekend.add(ident)
    return [f'<g id="{ident}">', *_cells(plaatje, getekend), rest, "</g>"]


_RESTS: dict[tuple, tuple[str, str]] = {}  # the inputs of `_rest` -> its drawing and id


def _rest(exact: bool, grens: tuple[tuple[float, float], ...], ondergrens: tuple[float, float],
          nash: tuple[float, float] | None, height: int) -> tuple[str, str]:
    """The background but the density, drawn once per set of inputs, with an id that
    follows from what is drawn (the same in every run)."""
    key = (exact, grens, ondergrens, nash, height)
    known = _RESTS.get(key)
    if known is not None:
        return known
    parts = [*_axes(), *_bottom_lines(ondergrens)]
    if grens:
        points = " ".join(f"{_x(g)},{_y(s)}" for g, s in grens)
        parts.append(f'<polyline points="{points}" fill="none" stroke="{KLEUR["grens"]}" '
                     'stroke-width="2"/>')
    if nash is not None:
        g, s = nash
        parts.append(f'<circle cx="{_x(g)}" cy="{_y(s)}" r="6" fill="none" '
                     f'stroke="{KLEUR["nash"]}" stroke-width="2"><title>Nash: gemeente '
                     f'{getal(g)}, swo {getal(s)}</title></circle>')
    parts += _legend(height, exact)
    drawing = "\n".join(parts)
    if len(_RESTS) >= 64:  # a handful of brief pairs is all an export meets
        _RESTS.clear()
    known = drawing, "achtergrond-" + hashlib.sha256(drawing.encode()).hexdigest()[:12]
    _RESTS[key] = known
    return known


def _cells(plaatje: Plaatje, getekend: set[str] | None) -> list[str]:
    """The density as one group of grey squares. In a page of many rounds (`getekend`
    holds the ids already drawn there) a density drawn before is referenced with `<use>`:
    a real case has over a thousand cells, some 100 KB per round."""
    rects, ident = _density(plaatje.dichtheid)
    if not rects:
        return []
    if getekend is None:
        return [f'<g fill="{KLEUR["dicht"]}">\n{rects}\n</g>']
    if ident in getekend:
        return [f'<use href="#{ident}"/>']
    getekend.add(ident)
    return [f'<g id="{ident}" fill="{KLEUR["dicht"]}">\n{rects}\n</g>']


# An export draws the same density for every round, and hashing 10,000 cells per round
# would cost as much as drawing them: one drawing per density object (`kern/memo.py`).
_DRAWN: IdMemo[tuple[str, str]] = IdMemo(4)


def _density(dichtheid: tuple[tuple[int, ...], ...]) -> tuple[str, str]:
    """The drawing of a density and its id."""
    return _DRAWN.get((dichtheid,), None, lambda: _draw_density(dichtheid))


def _draw_density(dichtheid: tuple[tuple[int, ...], ...]) -> tuple[str, str]:
    """One square per whole-point cell that holds deals, darker where more do; and an id
    that follows from the squares, so the same density gets the same id in every run."""
    top = max((max(column, default=0) for column in dichtheid), default=0)
    if not top:
        return "", ""
    side = SIZE / CELLS
    parts = []
    for g, column in enumerate(dichtheid):
        for s, n in enumerate(column):
            if n:
                opacity = 0.15 + 0.6 * math.log1p(n) / math.log1p(top)
                parts.append(f'<rect x="{MARGIN + g * side:.1f}" y="{MARGIN + (CELLS - 1 - s) * side:.1f}" '
                             f'width="{side:.2f}" height="{side:.2f}" fill-opacity="{opacity:.2f}"/>')
    rects = "\n".join(parts)
    return rects, "dichtheid-" + hashlib.sha256(rects.encode()).hexdigest()[:12]


@cache  # the same in every picture: an export of many rounds draws it once
def _axes() -> tuple[str, ...]:
    left, bottom, right, top = MARGIN, MARGIN + SIZE, MARGIN + SIZE, MARGIN
    parts = [f'<path d="M{left} {top} V{bottom} H{right}" fill="none" stroke="{KLEUR["as"]}"/>']
    for tick in (0, 25, 50, 75, 100):
        parts.append(f'<text x="{_x(tick)}" y="{bottom + 14}" text-anchor="middle">{tick}</text>')
        parts.append(f'<text x="{left - 6}" y="{float(_y(tick)) + 4:.1f}" text-anchor="end">{tick}</text>')
    parts.append(f'<text x="{_x(50)}" y="{bottom + 30}" text-anchor="middle">score gemeente</text>')
    parts.append(f'<text x="12" y="{_y(50)}" text-anchor="middle" '
                 f'transform="rotate(-90 12 {_y(50)})">score sociaalwerkorganisatie</text>')
    return tuple(parts)


def _bottom_lines(ondergrens: tuple[float, float]) -> list[str]:
    g, s = ondergrens
    style = f'stroke="{KLEUR["ondergrens"]}" stroke-dasharray="4 3"'
    return [f'<line x1="{_x(g)}" y1="{MARGIN}" x2="{_x(g)}" y2="{MARGIN + SIZE}" {style}>'
            f"<title>ondergrens gemeente {getal(g)}</title></line>",
            f'<line x1="{MARGIN}" y1="{_y(s)}" x2="{MARGIN + SIZE}" y2="{_y(s)}" {style}>'
            f"<title>ondergrens swo {getal(s)}</title></line>"]


def _dance(plaatje: Plaatje) -> list[str]:
    """Each proposal as a numbered dot in its side's colour, joined in order."""
    if not plaatje.voorstellen:
        return []
    path = " ".join(f"{_x(v.gemeente)},{_y(v.swo)}" for v in plaatje.voorstellen)
    parts = [f'<polyline points="{path}" fill="none" stroke="#888888" stroke-dasharray="2 2"/>']
    for number, v in enumerate(plaatje.voorstellen, start=1):
        x, y = _x(v.gemeente), _y(v.swo)
        parts.append(f'<g><circle cx="{x}" cy="{y}" r="8" fill="{KLEUR[v.rol]}"/>'
                     f'<text x="{x}" y="{float(y) + 4:.1f}" text-anchor="middle" fill="#ffffff">'
                     f"{number}</text><title>{number}: voorstel van de {escape(v.rol)} (zet {v.zet}): "
                     f"gemeente {getal(v.gemeente)}, swo {getal(v.swo)}</title></g>")
    return parts


@cache  # as `_axes`
def _legend(top: int, exact: bool) -> tuple[str, ...]:
    items = [("grens", "Pareto-grens"), ("nash", "Nash"), ("gemeente", "voorstel gemeente"),
             ("swo", "voorstel swo"), ("akkoord", "akkoord"), ("ondergrens", "ondergrenzen")]
    parts = []
    for index, (kind, label) in enumerate(items):
        x, y = MARGIN + 130 * (index % 3), top + 4 + 16 * (index // 3)
        parts.append(f'<rect x="{x}" y="{y}" width="10" height="10" fill="{KLEUR[kind]}"/>')
        parts.append(f'<text x="{x + 14}" y="{y + 9}">{label}</text>')
    if not exact:
        parts.append(f'<text x="{MARGIN + 260}" y="{top + 52}">dichtheid bij benadering</text>')
    return tuple(parts)
