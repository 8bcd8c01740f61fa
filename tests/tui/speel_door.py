"""Child process of the SIGKILL test: the real app, headless, playing move after move.

    python speel_door.py CASUSMAP SAVESMAP

Starts a session on 'mini' and keeps playing legal moves through `app.probeer` (the
players' own code path: autosave included), round after round, until it is killed.
After each move has been played, and so saved, it prints the move as one JSON line;
the parent kills it at some line and checks that the save holds every printed move.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from simulatie.kern.model import Zet
from simulatie.kern.spel import SessieStaat, legal_soorten
from simulatie.tui.app import make_app

KEUZES = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
          "verlengopties": "geen"}


def volgende(staat: SessieStaat, n: int) -> Zet:
    """A legal move that varies: talk, propose, counter, and a role swap between rounds."""
    soorten = legal_soorten(staat)
    rol = staat.ronde.aan_zet
    if soorten == ["rolwissel"]:
        return Zet(soort="rolwissel")
    if len(staat.ronde.zetten) == 2 and "voorstel" in soorten:
        return Zet(soort="voorstel", rol=rol, keuzes=KEUZES)
    if "tegenvoorstel" in soorten and n % 3 == 0:
        return Zet(soort="tegenvoorstel", rol=rol, keuzes={**KEUZES, "looptijd": "j2"})
    return Zet(soort="vraag", rol=rol, tekst=f"Vraag {n}: wat vinden jullie hiervan?",
               onderwerp="looptijd")


async def main(casussen: Path, saves: Path) -> None:
    app = make_app(casussen, saves, meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(headless=True, size=(80, 24)) as pilot:
        app.start_sessie(app.catalogus.casussen["mini"], ("Anna", "Bram"))
        await pilot.pause()
        n = 0
        while True:
            n += 1
            assert app.probeer(volgende(app.staat, n))
            print(app.sessie.zetten[-1].model_dump_json(), flush=True)
            await pilot.pause()  # let the screens follow, as between two key presses


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2])))
