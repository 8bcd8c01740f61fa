"""Benchmark of the replay screen: a session of 100 moves against one of 10,000, same run.

Run: `python bench/bench_herspelen.py [--stappen 40]`. Prints figures; it is not a test.

For each length: the time from opening the replay (the save already loaded, as
`simulatie herspeel` has it) to its first screen painted, and the median time of one
step (→) until the screen has painted the next move. Target: a step at 10,000 moves
within 1.5x of a step at 100 moves. Headless at 80x24 on the test case `mini`, whose
rounds end after 10 moves, so 10,000 moves are about 900 rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from textual import events

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulatie.kern.model import Zet  # noqa: E402
from simulatie.kern.opslag import load, new_save_path  # noqa: E402
from simulatie.kern.spel import legal_soorten, start, staat_na  # noqa: E402
from simulatie.tui import catalogus  # noqa: E402
from simulatie.tui.app import make_app  # noqa: E402
from simulatie.tui.screens import herspelen  # noqa: E402,F401  (imported before timing)

CASUSSEN = ROOT / "tests" / "tui" / "data" / "casussen"
TARGET = 1.5
KEUZES = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
          "verlengopties": "geen"}


def volgende(staat, n: int) -> Zet:
    """A legal move that varies: talk, propose, counter, and a role swap between rounds."""
    soorten, rol = legal_soorten(staat), staat.ronde.aan_zet
    if soorten == ["rolwissel"]:
        return Zet(soort="rolwissel")
    if len(staat.ronde.zetten) == 2 and "voorstel" in soorten:
        return Zet(soort="voorstel", rol=rol, keuzes=KEUZES)
    if "tegenvoorstel" in soorten and n % 3 == 0:
        return Zet(soort="tegenvoorstel", rol=rol, keuzes={**KEUZES, "looptijd": "j2"})
    return Zet(soort="vraag", rol=rol, tekst=f"Vraag {n}: wat vinden jullie hiervan?",
               onderwerp="looptijd")


def maak_save(map_: Path, aantal: int, cat) -> Path:
    from simulatie.kern.spel import speel

    geladen = cat.casussen["mini"]
    sessie = start(geladen, ("Anna", "Bram"))
    staat = staat_na(geladen, sessie)
    for n in range(1, aantal + 1):
        sessie, staat = speel(geladen, sessie, staat, volgende(staat, n))
    return new_save_path(map_, sessie)


async def refreshed(app) -> None:
    klaar = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: klaar.done() or klaar.set_result(None))
    await klaar


async def meet(bestand: Path, stappen: int) -> tuple[float, float]:
    app = make_app(CASUSSEN, Path(tempfile.mkdtemp()), meegeleverd=False)
    app.animation_level = "none"
    geladen = load(bestand, app.catalogus)
    async with app.run_test(size=(80, 24), headless=True) as pilot:
        await pilot.pause()
        begin = time.perf_counter()
        app.herspeel([geladen])
        while type(app.screen).__name__ != "HerspeelScherm":
            await asyncio.sleep(0.001)
        await refreshed(app)
        openen = time.perf_counter() - begin
        scherm = app.screen
        scherm.positie = len(geladen.sessie.zetten) // 2  # mid-session, as a trainer jumps
        await refreshed(app)
        tijden = []
        for _ in range(stappen):
            was = scherm.positie
            begin = time.perf_counter()
            app.post_message(events.Key("right", None))
            while scherm.positie == was:
                await asyncio.sleep(0)
            await refreshed(app)
            tijden.append(time.perf_counter() - begin)
    return openen, statistics.median(tijden)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stappen", type=int, default=40)
    args = parser.parse_args()
    cat = catalogus.load(CASUSSEN, meegeleverd=False)
    with tempfile.TemporaryDirectory() as map_:
        uitslag = {}
        for aantal in (100, 10_000):
            bestand = maak_save(Path(map_), aantal, cat)
            uitslag[aantal] = asyncio.run(meet(bestand, args.stappen))
    for aantal, (openen, stap) in uitslag.items():
        print(f"{aantal:>6} zetten: eerste scherm {openen * 1000:7.1f} ms, "
              f"stap (mediaan) {stap * 1000:6.1f} ms")
    factor = uitslag[10_000][1] / uitslag[100][1]
    oordeel = "binnen" if factor <= TARGET else "BUITEN"
    print(f"stap bij 10.000 / bij 100 zetten: {factor:.2f}x ({oordeel} {TARGET}x)")


if __name__ == "__main__":
    main()
