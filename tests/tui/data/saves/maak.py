"""Make the committed saves for the TUI tests and snapshots again (after a format change).

    /tmp/venv/bin/python tests/tui/data/saves/maak.py

They are played on the fixture cases in `tests/tui/data/casussen/`: two unfinished
sessions (one mid-round, one on the feedback of round 1), one the pair finished, one
whose case changed since, and one cut off halfway. The names sort as the app lists them:
newest first.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from simulatie.kern.catalogus import load_algemeen, load_folder
from simulatie.kern.model import Sessie, Zet
from simulatie.kern.opslag import to_toml
from simulatie.kern.spel import speel, staat_na, start

HIER = Path(__file__).resolve().parent
CASUSSEN = HIER.parent / "casussen"
TIJDZONE = timezone(timedelta(hours=1))
MINI = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6", "verlengopties": "geen"}
ZON = {"inkoopvorm": "bestuurlijk_aanbesteden", "aanbieders": "drie", "looptijd": "j4",
       "verlengopties": "twee"}


def _speel(casus: str, spelers: tuple[str, str], begin: datetime, zetten: list[Zet]) -> Sessie:
    catalogus = load_folder(CASUSSEN, load_algemeen(CASUSSEN / "algemeen" / "regels.toml"))
    geladen = catalogus.casussen[casus]
    sessie = start(geladen, spelers)
    staat = staat_na(geladen, sessie)
    for n, zet in enumerate(zetten):
        getimed = zet.model_copy(update={"tijd": begin + timedelta(minutes=n)})
        sessie, staat = speel(geladen, sessie, staat, getimed)
    return sessie


def bestanden() -> dict[str, str]:
    halverwege = _speel("zonnedorp", ("Chris", "Dewi"), datetime(2025, 3, 14, 14, 0,
                                                                 tzinfo=TIJDZONE), [
        Zet(soort="vraag", rol="gemeente", item="kern"),
        Zet(soort="belang", rol="swo", item="tijd"),
        Zet(soort="argument", rol="gemeente", item="prijs"),
        Zet(soort="voorstel", rol="swo", keuzes=ZON),
    ])
    na_ronde = _speel("mini", ("Anna", "Bram"), datetime(2025, 3, 14, 11, 0, tzinfo=TIJDZONE), [
        Zet(soort="vraag", rol="gemeente", item="v1"),
        Zet(soort="voorstel", rol="swo", keuzes=MINI),
        Zet(soort="accepteer", rol="gemeente"),
    ])
    klaar = _speel("mini", ("Eva", "Fatima"), datetime(2025, 3, 13, 15, 0, tzinfo=TIJDZONE), [
        Zet(soort="vraag", rol="gemeente", item="v1"),
        Zet(soort="stop", rol="swo", tekst="We komen er niet uit."),
    ]).model_copy(update={"afgerond": True})
    gewijzigd = na_ronde.model_copy(update={"spelers": ("Gijs", "Hanna"),
                                            "casus_hash": "0000000000000000"})
    afgebroken = to_toml(halverwege)
    return {
        "2025-03-14-140000-zonnedorp-chris-dewi-a1b2c3.toml": to_toml(halverwege),
        "2025-03-14-110000-mini-anna-bram-d4e5f6.toml": to_toml(na_ronde),
        "2025-03-13-150000-mini-eva-fatima-0a0b0c.toml": to_toml(klaar),
        "2025-03-12-090000-mini-gijs-hanna-111111.toml": to_toml(gewijzigd),
        "2025-03-11-090000-zonnedorp-ivo-jet-222222.toml": afgebroken[: len(afgebroken) // 2],
    }


def main() -> None:
    for naam, tekst in bestanden().items():
        (HIER / naam).write_text(tekst, encoding="utf-8")
        print(naam)


if __name__ == "__main__":
    main()
