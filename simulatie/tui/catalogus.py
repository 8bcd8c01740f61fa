"""Which cases the app offers: the bundled ones, a facilitator's own folder, or both.

Only `load` needs the core (pydantic, the rules library); it imports it when called, so
the case list can name its folders and files before the core has loaded.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from simulatie.kern.bestanden import LoadFailed, Problem, REGELS_BESTAND, bundled_folder

if TYPE_CHECKING:
    from simulatie.kern.catalogus import Catalogus


def load(eigen: Path | None, meegeleverd: bool = True) -> Catalogus:
    """The bundled cases, plus `eigen` beside them (as `simulatie --casussen MAP`), each
    with its doubts as a negotiation (the list marks them).

    With `meegeleverd=False` only `eigen` counts, with its own general rules when it
    has `algemeen/regels.toml`: a fixed world for tests and snapshots.
    """
    from simulatie.kern.facilitator import with_doubts

    return with_doubts(_load(eigen, meegeleverd))


def _load(eigen: Path | None, meegeleverd: bool) -> Catalogus:
    from simulatie.kern.catalogus import laden

    if eigen is None or meegeleverd:
        return laden.load_catalogus(eigen)
    regels = eigen / REGELS_BESTAND
    if not regels.is_file():
        return laden.load_folder(eigen)
    try:
        algemeen = laden.load_algemeen(regels)
    except LoadFailed as failed:
        catalogus = laden.load_folder(eigen, laden.AlgemeneRegels())
        catalogus.problemen[regels] = failed.problems
        return catalogus
    return laden.load_folder(eigen, algemeen)


def folders(eigen: Path | None, meegeleverd: bool = True) -> list[Path]:
    """The folders `load` reads, own folder first."""
    bundled = [bundled_folder()] if eigen is None or meegeleverd else []
    return ([eigen] if eigen is not None else []) + bundled


def name(path: Path | str, mappen: list[Path]) -> str:
    """A file named relative to the folder it is in: shorter, and stable for snapshots."""
    for map_ in mappen:
        try:
            return str(Path(path).resolve().relative_to(map_.resolve()))
        except ValueError:
            continue
    return str(path)


def relative(problem: Problem, mappen: list[Path]) -> str:
    """`str(problem)` with the file named as `name` does."""
    return str(replace(problem, file=name(problem.file, mappen)))
