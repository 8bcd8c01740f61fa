"""A second process on one save: a playing window or a trainer, for the tests beside it.

    python schrijver.py speler  SAVE VAN TOT [DAG]   knows moves 1..VAN, appends VAN+1..TOT
    python schrijver.py trainer SAVE NAAM ZET...     writes a note at each ZET
    python schrijver.py venster SAVE                 plays SAVE: holds its claim until stdin closes

Each waits for a line on stdin before it starts, so the test can start all of them at
once; then it prints one line per write ("ok N", or "conflict: why") and exits.
Importable too: `zetten` gives the tests the very moves the player writes.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from simulatie.kern.model import Sessie, Zet
from simulatie.kern.opslag import SaveConflict, add_note, claim_play, save_moves

KEUZES = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
          "verlengopties": "geen"}


def zetten(aantal: int, dag: int = 0) -> list[Zet]:
    """`aantal` legal moves on mini: rounds of six moves and a role swap; `dag` shifts
    their times, so two players' otherwise equal moves differ."""
    begin = datetime(2025, 3, 14, 9, 0, tzinfo=timezone.utc) + timedelta(days=dag)
    result: list[Zet] = []
    while len(result) < aantal:
        tijd = begin + timedelta(minutes=len(result))
        result += [
            Zet(soort="vraag", rol="gemeente", item="v1", tijd=tijd),
            Zet(soort="belang", rol="swo", item="b1", tijd=tijd),
            Zet(soort="voorstel", rol="gemeente", keuzes=KEUZES, tijd=tijd),
            Zet(soort="verwerp", rol="swo", item="a1", tijd=tijd,
                tekst="Vernieuwen vraagt meer tijd.\nEcht."),
            Zet(soort="voorstel", rol="gemeente", keuzes=KEUZES, tijd=tijd),
            Zet(soort="accepteer", rol="swo", tijd=tijd),
            Zet(soort="rolwissel", tijd=tijd),
        ]
    return result[:aantal]


def begin(aantal: int) -> Sessie:
    return Sessie(casus="mini", spelers=("Anna", "Bram"), zetten=tuple(zetten(aantal)))


def speler(save: Path, van: int, tot: int, dag: int) -> None:
    alle = zetten(tot, dag)
    sessie = begin(van)
    for nummer in range(van + 1, tot + 1):
        sessie = sessie.model_copy(update={"zetten": (*sessie.zetten, alle[nummer - 1])})
        try:
            sessie = save_moves(save, sessie)
        except SaveConflict as conflict:
            print(f"conflict: {conflict}", flush=True)
            return
        print(f"ok {nummer}", flush=True)


def trainer(save: Path, naam: str, nummers: list[int]) -> None:
    for nummer in nummers:
        add_note(save, nummer, f"{naam} bij zet {nummer}")
        print(f"ok {nummer}", flush=True)


def venster(save: Path) -> None:
    claim = claim_play(save)  # kept: a claim nobody holds is given up
    print("speelt", flush=True)
    sys.stdin.read()  # until the test closes it, or kills this process
    claim.release()


def main(argv: list[str]) -> None:
    soort, save = argv[0], Path(argv[1])
    if soort == "venster":
        venster(save)
        return
    sys.stdin.readline()  # the start signal: everything is imported, so all start at once
    if soort == "speler":
        speler(save, int(argv[2]), int(argv[3]), int(argv[4]) if len(argv) > 4 else 0)
    else:
        trainer(save, argv[2], [int(n) for n in argv[3:]])


if __name__ == "__main__":
    main(sys.argv[1:])
