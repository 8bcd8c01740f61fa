"""The deal space as a picture in the terminal: density, frontier, bottom lines, the
Nash point, both sides' proposals numbered in order, and the agreement.

Drawn with text cells by this widget itself rather than with textual-plotext: one
picture of a few marks needs no plotting library (and no pinned plotext), the cells
are the same on every terminal and in every snapshot, and the colours come from the
app's theme through component classes.
"""

from __future__ import annotations

import math

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from simulatie.kern.analyse.plaatje import CELLS, Plaatje

SHADES = " ·░▒▓"
LEFT = 4  # "100│"
MARKS = "123456789abcdefghijklmnopqrstuvwxyz"
LABELS = {"gemeente": "gemeente", "swo": "swo"}


class Akkoordruimte(Widget):
    """A scatter of every allowed deal: gemeente to the right, swo upwards."""

    COMPONENT_CLASSES = {
        "akkoordruimte--dicht", "akkoordruimte--grens", "akkoordruimte--ondergrens",
        "akkoordruimte--gemeente", "akkoordruimte--swo", "akkoordruimte--nash",
        "akkoordruimte--akkoord", "akkoordruimte--as",
    }
    DEFAULT_CSS = """
    Akkoordruimte { height: 18; min-height: 9; width: 1fr; }
    Akkoordruimte > .akkoordruimte--dicht { color: $foreground-muted; }
    Akkoordruimte > .akkoordruimte--grens { color: $success; text-style: bold; }
    Akkoordruimte > .akkoordruimte--ondergrens { color: $warning; }
    Akkoordruimte > .akkoordruimte--gemeente { color: $primary; text-style: bold; }
    Akkoordruimte > .akkoordruimte--swo { color: $accent; text-style: bold; }
    Akkoordruimte > .akkoordruimte--nash { color: $success; text-style: bold reverse; }
    Akkoordruimte > .akkoordruimte--akkoord { color: $error; text-style: bold reverse; }
    Akkoordruimte > .akkoordruimte--as { color: $foreground-muted; }
    """

    def __init__(self, plaatje: Plaatje, **kwargs) -> None:
        super().__init__(**kwargs)
        self.plaatje = plaatje

    def render(self) -> Text:
        styles = {name.split("--")[1]: self.get_component_rich_style(name, partial=True)
                  for name in self.COMPONENT_CLASSES}
        return teken(self.plaatje, self.size.width, self.size.height, styles)


def teken(plaatje: Plaatje, width: int, height: int,
          styles: dict[str, Style] | None = None) -> Text:
    """The picture in `width` × `height` cells: plot, axis, ticks and a legend line."""
    styles = styles or {}
    cols, rows = max(4, width - LEFT), max(3, height - 4)
    grid: list[list[tuple[str, str]]] = [[(" ", "dicht")] * cols for _ in range(rows)]

    def col(x: float) -> int:
        return min(cols - 1, max(0, int(x * cols / CELLS)))

    def row(y: float) -> int:
        return rows - 1 - min(rows - 1, max(0, int(y * rows / CELLS)))

    _density(plaatje, grid, cols, rows)
    low_g, low_s = plaatje.ondergrens
    for r in range(rows):
        grid[r][col(low_g)] = ("│", "ondergrens")
    for c in range(cols):
        grid[row(low_s)][c] = ("┼" if c == col(low_g) else "─", "ondergrens")
    for g, s in plaatje.grens:
        grid[row(s)][col(g)] = ("•", "grens")
    if plaatje.nash is not None:
        grid[row(plaatje.nash[1])][col(plaatje.nash[0])] = ("N", "nash")
    for index, voorstel in enumerate(plaatje.voorstellen):
        mark = MARKS[index] if index < len(MARKS) else "+"
        grid[row(voorstel.swo)][col(voorstel.gemeente)] = (mark, voorstel.rol)
    if plaatje.akkoord is not None:
        grid[row(plaatje.akkoord[1])][col(plaatje.akkoord[0])] = ("★", "akkoord")
    text = Text(no_wrap=True, overflow="crop")
    labels = {0: "100", rows // 2: " 50", rows - 1: "  0"}
    for r, cells in enumerate(grid):
        text.append(f"{labels.get(r, '   ')}│", styles.get("as"))
        for char, kind in cells:
            text.append(char, styles.get(kind))
        text.append("\n")
    text.append("   └" + "─" * cols + "\n", styles.get("as"))
    ticks = f"0{'50':^{cols - 4}}100"
    text.append(" " * LEFT + ticks[:cols] + "\n", styles.get("as"))
    legend = [("↑ swo → gemeente  ", "as"), ("·░▒▓ akkoorden  ", "dicht"), ("• grens  ", "grens"),
              ("│─ ondergrenzen  ", "ondergrens"), ("N", "nash"), (" Nash  ", "as"),
              ("★", "akkoord"), (" akkoord", "as")]
    if not plaatje.exact:
        legend.append(("  (dichtheid bij benadering)", "as"))
    for part, kind in legend:
        text.append(part, styles.get(kind))
    text.append("\n")
    text.append("voorstellen: ", styles.get("as"))
    if not plaatje.voorstellen:
        text.append("geen", styles.get("as"))
    for index, voorstel in enumerate(plaatje.voorstellen):
        mark = MARKS[index] if index < len(MARKS) else "+"
        text.append(("" if not index else ", "), styles.get("as"))
        text.append(f"{mark} {LABELS[voorstel.rol]}", styles.get(voorstel.rol))
    return text


def _density(plaatje: Plaatje, grid: list[list[tuple[str, str]]], cols: int, rows: int) -> None:
    """Shade each cell by how many deals fall in it, on a log scale of the busiest."""
    counts = [[0] * cols for _ in range(rows)]
    for g, column in enumerate(plaatje.dichtheid):
        c = min(cols - 1, g * cols // CELLS)
        for s, n in enumerate(column):
            if n:
                counts[rows - 1 - min(rows - 1, s * rows // CELLS)][c] += n
    top = max((n for line in counts for n in line), default=0)
    if not top:
        return
    for r in range(rows):
        for c in range(cols):
            n = counts[r][c]
            if n:
                # A scale of at least 8 deals: a lone deal stays a dot, not a block.
                level = 1 + int((len(SHADES) - 2) * math.log1p(n) / math.log1p(max(top, 8)) + 1e-9)
                grid[r][c] = (SHADES[min(level, len(SHADES) - 1)], "dicht")
