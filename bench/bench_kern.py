"""Benchmark of the domain core: loading, rules, folding a long session.

Run: `python bench/bench_kern.py [--profile]`. Prints figures; it is not a test.

(a) load + validate 1,000 case files, against bare `tomllib.loads` of the same files
    (target: validation within 3x of bare parsing);
(b) rule evaluations per second on the facts of a mid-round state;
(c) folding a 1,000-move session with the round report after every move (target < 1 s).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from simulatie.kern.bestanden import REGELS_BESTAND, bundled_folder
from simulatie.kern.catalogus import AlgemeneRegels, load_algemeen, load_casus
from simulatie.kern.model import BRIEF_LIJST, Zet
from simulatie.kern.regels import round_facts
from simulatie.kern.spel import (
    GeladenCasus,
    IllegalZet,
    SessieStaat,
    legal_soorten,
    new_session,
    step,
    verslag,
)

MINI = Path(__file__).resolve().parent.parent / "tests" / "data" / "mini.toml"
FILES = 1_000
MOVES = 1_000
LOAD_TARGET = 3.0
FOLD_TARGET = 1.0


def general_rules() -> AlgemeneRegels:
    path = bundled_folder() / REGELS_BESTAND
    return load_algemeen(path) if path.exists() else AlgemeneRegels()


def richest_case(algemeen: AlgemeneRegels) -> GeladenCasus:
    """The bundled case with the most rules (mini when none loads), the hardest to judge."""
    loaded = []
    for path in sorted(bundled_folder().glob("*.toml")):
        try:
            loaded.append(load_casus(path, algemeen))
        except Exception as error:  # a case still being written: skip it, say so
            print(f"  (overgeslagen: {path.name}: {str(error).splitlines()[0]})")
    if not loaded:
        return load_casus(MINI, algemeen)
    return max(loaded, key=lambda g: (len(g.regelboek.regels), g.bestand.stat().st_size))


def timed(work: Callable[[], object]) -> float:
    begin = time.perf_counter()
    work()
    return time.perf_counter() - begin


# --- (a) loading ----------------------------------------------------------------------

def bench_loading(case: GeladenCasus, algemeen: AlgemeneRegels) -> float:
    text = case.bestand.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"casus_{i:04d}.toml" for i in range(FILES)]
        for path in paths:
            path.write_text(text, encoding="utf-8")
        bare = timed(lambda: [tomllib.loads(p.read_text(encoding="utf-8")) for p in paths])
        full = timed(lambda: [load_casus(p, algemeen) for p in paths])
    ratio = full / bare
    print(f"(a) laden van {FILES} kopieën van {case.bestand.name} "
          f"({len(text):,} tekens, {len(case.casus.onderhandelpunten)} punten)")
    print(f"    tomllib.loads       : {FILES / bare:8,.0f} bestanden/s")
    print(f"    load_casus (+check) : {FILES / full:8,.0f} bestanden/s")
    print(f"    verhouding          : {ratio:.2f}x  (doel <= {LOAD_TARGET:g}x) "
          f"{'OK' if ratio <= LOAD_TARGET else 'TE TRAAG'}")
    return ratio


# --- (b) rules ------------------------------------------------------------------------

def mid_round(case: GeladenCasus) -> SessieStaat:
    """A running round with some dialogue behind it and a proposal on the table."""
    staat = new_session(case.casus, case.regelboek, ("A", "B"))
    rng = random.Random(7)
    while len(staat.ronde.zetten) < min(8, case.casus.max_zetten - 2):
        zet = random_zet(case, staat, rng, allow_end=False)
        try:
            staat = step(staat, zet)
        except IllegalZet:
            continue
    return staat


def bench_rules(case: GeladenCasus) -> float:
    facts = round_facts(case.casus, mid_round(case).ronde)
    regels = len(case.regelboek.regels)
    rounds = max(1, 20_000 // max(regels, 1))
    elapsed = timed(lambda: [case.regelboek.feedback(facts) for _ in range(rounds)])
    rate = rounds * regels / elapsed
    print(f"(b) regels: {regels} per casus ({case.casus.id}), "
          f"{rate:,.0f} regel-evaluaties/s ({rounds} keer alle regels)")
    return rate


# --- (c) folding a long session --------------------------------------------------------

def random_zet(case: GeladenCasus, staat: SessieStaat, rng: random.Random,
               allow_end: bool = True) -> Zet:
    """A move of a legal kind, filled in from the case, as a player might make it."""
    soorten = legal_soorten(staat)
    if not allow_end:
        soorten = [s for s in soorten if s not in ("stop", "accepteer")] or soorten
    soort = rng.choice(soorten)
    if soort == "rolwissel":
        return Zet(soort="rolwissel")
    rol = staat.ronde.aan_zet
    if soort in BRIEF_LIJST:
        items = getattr(case.casus.brief(rol), BRIEF_LIJST[soort])
        if items:
            return Zet(soort=soort, rol=rol, item=rng.choice(items).id)
        return Zet(soort=soort, rol=rol, tekst="Daar denken wij anders over.")
    if soort in ("voorstel", "tegenvoorstel"):
        keuzes = {p: rng.choice(list(punt.opties))
                  for p, punt in case.casus.onderhandelpunten.items()}
        return Zet(soort=soort, rol=rol, keuzes=keuzes)
    return Zet(soort=soort, rol=rol)


def long_session(case: GeladenCasus) -> list[Zet]:
    staat = new_session(case.casus, case.regelboek, ("A", "B"))
    rng = random.Random(1)
    zetten: list[Zet] = []
    while len(zetten) < MOVES:
        # Stops are rare so rounds run long, as in a real workshop.
        zet = random_zet(case, staat, rng, allow_end=rng.random() < 0.1)
        try:
            staat = step(staat, zet)
        except IllegalZet:  # a banned proposal: try another move
            continue
        zetten.append(zet)
    return zetten


def fold_with_reports(case: GeladenCasus, zetten: list[Zet]) -> SessieStaat:
    staat = new_session(case.casus, case.regelboek, ("A", "B"))
    for zet in zetten:
        staat = step(staat, zet)
        verslag(staat, staat.ronde)
    return staat


def bench_fold(case: GeladenCasus) -> float:
    zetten = long_session(case)
    staat = None

    def work() -> None:
        nonlocal staat
        staat = fold_with_reports(case, zetten)

    elapsed = min(timed(work) for _ in range(3))
    print(f"(c) {MOVES} zetten ({len(staat.rondes)} rondes) vouwen met verslag na elke zet: "
          f"{elapsed:.3f} s (doel < {FOLD_TARGET:g} s) "
          f"{'OK' if elapsed < FOLD_TARGET else 'TE TRAAG'}")
    return elapsed


def profile(work: Callable[[], object], title: str) -> None:
    print(f"\n--- profiel: {title} ---")
    profiler = cProfile.Profile()
    profiler.runcall(work)
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(18)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profiel ook als de doelen gehaald zijn")
    args = parser.parse_args()
    algemeen = general_rules()
    print(f"algemene regels: {len(algemeen.regels)} regels, {len(algemeen.verboden)} verboden")
    case = richest_case(algemeen)
    ratio = bench_loading(case, algemeen)
    bench_rules(case)
    elapsed = bench_fold(case)
    if args.profile or ratio > LOAD_TARGET:
        profile(lambda: [load_casus(case.bestand, algemeen) for _ in range(200)],
                "200x load_casus")
    if args.profile or elapsed >= FOLD_TARGET:
        zetten = long_session(case)
        profile(lambda: fold_with_reports(case, zetten), f"{MOVES} zetten met verslag")


if __name__ == "__main__":
    main()
