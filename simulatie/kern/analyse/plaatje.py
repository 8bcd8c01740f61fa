"""What a picture of the deal space shows, as plain data for the terminal and the SVG.

Both axes run from 0 to 100: the gemeente's score to the right, the swo's upwards. The
allowed deals are a density: how many deals fall in each whole-point cell. Up to
`MAX_EXACT` deals they are counted one by one (exact); beyond that, group by group on a
grid of quarter points (each group's share rounded to the grid, so a cell can be off
by a few tenths of a point per group; the caption says so). On top: the Pareto frontier,
both bottom lines, the Nash point, each side's proposals numbered in order (the
negotiation dance) and the agreement.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ..model.casus import Casus
from ..model.score import score
from ..spel.stap import RondeStaat
from .analyse import Analyse, briefs_voor
from .nabespreking import Nabespreking, Voorstel, proposals
from .ruimte import Ruimte
from .weging import Weging

MAX_EXACT = 20_000  # deals counted one by one for the density
CELLS = 101  # whole points 0..100 on each axis
FINE = 4  # grid steps per point when the density is built group by group


@dataclass(frozen=True)
class Plaatje:
    dichtheid: tuple[tuple[int, ...], ...]  # [gemeente point][swo point]: deals there
    exact: bool  # the density was counted deal by deal
    grens: tuple[tuple[float, float], ...]  # frontier, gemeente high to low
    ondergrens: tuple[float, float]  # gemeente, swo
    nash: tuple[float, float] | None
    voorstellen: tuple[Voorstel, ...]
    akkoord: tuple[float, float] | None


def density(space: Ruimte, casus: Casus, ronde: int = 1) -> tuple[tuple[tuple[int, ...], ...], bool]:
    """Deals per whole-point cell (gemeente, swo), and whether that count is exact, with
    the briefs of round `ronde`."""
    weging = {rol: Weging.of(casus, brief) for rol, brief in briefs_voor(casus, ronde).items()}
    parts = [[(sum(weging["gemeente"].bijdrage[p][o] for p, o in zip(g.punten, k, strict=True)),
               sum(weging["swo"].bijdrage[p][o] for p, o in zip(g.punten, k, strict=True)))
              for k in g.keuzes] for g in space.groepen]
    if space.totaal <= MAX_EXACT:
        grid = [[0] * CELLS for _ in range(CELLS)]
        for picks in itertools.product(*parts):
            g = weging["gemeente"].score(sum(p[0] for p in picks))
            s = weging["swo"].score(sum(p[1] for p in picks))
            grid[_cell(g)][_cell(s)] += 1
        return tuple(tuple(row) for row in grid), True
    return _by_groups(parts, weging), False


def _cell(x: float) -> int:
    return min(CELLS - 1, max(0, int(x)))


def _by_groups(parts: Sequence[Sequence[tuple[int, int]]], weging: dict[str, Weging]):
    """The density built group by group on a fine grid (numpy: only for large spaces)."""
    import numpy as np

    size = 100 * FINE + 1
    grid = np.zeros((size, size), dtype=np.float64)
    grid[0, 0] = 1.0
    for part in parts:
        new = np.zeros_like(grid)
        for a, b in part:
            da = int(round(a * weging["gemeente"].teller / weging["gemeente"].noemer * FINE))
            db = int(round(b * weging["swo"].teller / weging["swo"].noemer * FINE))
            new[da:, db:] += grid[: size - da, : size - db]
        grid = new
    coarse = np.zeros((CELLS, CELLS))
    index = np.minimum(np.arange(size) // FINE, CELLS - 1)
    np.add.at(coarse, (index[:, None], index[None, :]), grid)
    return tuple(tuple(int(round(v)) for v in row) for row in coarse)


def plaatje(casus: Casus, space: Ruimte, analyse: Analyse, ronde: RondeStaat | None,
            dichtheid: tuple[tuple[tuple[int, ...], ...], bool] | None = None,
            debrief: Nabespreking | None = None) -> Plaatje:
    """The picture of this case's deal space, with the round's dance if one is given.
    `dichtheid`: the density from `density`, when the caller already has it; `debrief`:
    the round's `nabespreking`, whose proposals and agreement are scored already."""
    nummer = 1 if ronde is None else ronde.nummer
    briefs = briefs_voor(casus, nummer)
    cells, exact = dichtheid if dichtheid is not None else density(space, casus, nummer)
    nash = analyse.beste_samen
    akkoord: tuple[float, float] | None = None
    dance: tuple[Voorstel, ...] = ()
    if ronde is not None and debrief is not None:
        dance = debrief.voorstellen
        if debrief.akkoord is not None:
            akkoord = (debrief.akkoord.gemeente, debrief.akkoord.swo)
    elif ronde is not None:
        dance = proposals(casus, ronde)
        if ronde.akkoord is not None:
            akkoord = (score(briefs["gemeente"], ronde.akkoord), score(briefs["swo"], ronde.akkoord))
    return Plaatje(cells, exact, tuple((u.gemeente, u.swo) for u in analyse.grens),
                   (briefs["gemeente"].ondergrens, briefs["swo"].ondergrens),
                   None if nash is None else (nash.gemeente, nash.swo), dance, akkoord)
