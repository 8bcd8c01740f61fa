"""Make the committed save fixtures again (after a change to the save format or to mini).

    /tmp/venv/bin/python tests/data/saves/maak.py

`mini-twee-rondes.toml` is a finished two-round session on `tests/data/mini.toml`, with
trainer notes; every other file is that save broken in one particular way. Each file has
its own test in `tests/kern/opslag/test_opslag.py`.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.model import Sessie, Zet
from simulatie.kern.opslag import to_toml, with_notitie
from simulatie.kern.spel import speel, staat_na, start

HIER = Path(__file__).resolve().parent
MINI = HIER.parent / "mini.toml"
BEGIN = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _keuzes(inkoopvorm: str, looptijd: str, verlengopties: str) -> dict[str, str]:
    return {"inkoopvorm": inkoopvorm, "aanbieders": "een", "looptijd": looptijd,
            "verlengopties": verlengopties}


ZETTEN = [
    # Round 1: Anna is the municipality.
    Zet(soort="vraag", rol="gemeente", item="v1"),
    Zet(soort="belang", rol="swo", item="b1"),
    Zet(soort="belang", rol="gemeente", item="b1"),
    Zet(soort="vraag", rol="swo", item="v1", tekst="En hoe kijkt de raad daarnaar?"),
    Zet(soort="voorstel", rol="gemeente", keuzes=_keuzes("aanbesteden", "j2", "twee")),
    Zet(soort="verwerp", rol="swo", item="a1"),
    Zet(soort="voorstel", rol="gemeente", keuzes=_keuzes("subsidie", "j6", "twee")),
    Zet(soort="accepteer", rol="swo"),
    Zet(soort="rolwissel"),
    # Round 2: Bram is the municipality.
    Zet(soort="vraag", rol="gemeente", tekst="Wat hebben jullie nodig om te vernieuwen?",
        onderwerp="praktijk"),
    Zet(soort="argument", rol="swo", item="a1"),
    Zet(soort="voorstel", rol="gemeente", keuzes=_keuzes("subsidie", "j2", "geen")),
    Zet(soort="tegenvoorstel", rol="swo", keuzes=_keuzes("subsidie", "j6", "geen")),
    Zet(soort="stop", rol="gemeente", tekst="Zes jaar is ons te lang."),
]


def gespeeld() -> Sessie:
    """The finished session, played move by move so every move is known to be legal."""
    geladen = load_casus(MINI, AlgemeneRegels())
    sessie = start(geladen, ("Anna", "Bram"))
    staat = staat_na(geladen, sessie)
    for nummer, zet in enumerate(ZETTEN):
        getimed = zet.model_copy(update={"tijd": BEGIN + timedelta(minutes=2 * nummer)})
        sessie, staat = speel(geladen, sessie, staat, getimed)
    sessie = with_notitie(sessie, 5, "Vroeg voorstel: was de kern van de opdracht al helder?")
    return with_notitie(sessie, 14, "Stoppen mag; bespreek waarom zes jaar één brug te ver was.")


def _met_zet(sessie: Sessie, index: int, **update: object) -> Sessie:
    zetten = list(sessie.zetten)
    zetten[index] = zetten[index].model_copy(update=update)
    return sessie.model_copy(update={"zetten": tuple(zetten)})


def bestanden() -> dict[str, bytes]:
    sessie = gespeeld()
    goed = to_toml(sessie)
    anders = "0000000000000000"  # the fingerprint of some older version of mini
    zonder_spelers = goed.replace('spelers = [\n    "Anna",\n    "Bram",\n]\n', "")
    return {
        "mini-twee-rondes.toml": goed.encode(),
        "afgebroken.toml": goed.encode()[: len(goed.encode()) * 3 // 5],
        "willekeurige-bytes.toml": random.Random(2025).randbytes(700),
        "geen-utf8.toml": goed.encode("latin-1"),
        "toml-fout.toml": goed.replace('soort = "belang"', "soort = belang", 1).encode(),
        "nieuwere-versie.toml": goed.replace(
            "versie = 1\n", 'versie = 2\ntafels = ["dialoogtafel"]\n').encode(),
        "zonder-spelers.toml": zonder_spelers.encode(),
        "onbekende-casus.toml": goed.replace('casus = "mini"', 'casus = "minni"').encode(),
        "casus-gewijzigd.toml": to_toml(sessie.model_copy(update={"casus_hash": anders})).encode(),
        "zet-past-niet.toml": to_toml(_met_zet(
            sessie.model_copy(update={"casus_hash": anders}), 11,
            keuzes=_keuzes("subsidie", "j4", "geen"))).encode(),
        "hand-bewerkt.toml": to_toml(_met_zet(sessie, 7, rol="gemeente")).encode(),
    }


def main() -> None:
    for naam, inhoud in bestanden().items():
        (HIER / naam).write_bytes(inhoud)
        print(f"{naam}: {len(inhoud)} bytes")


if __name__ == "__main__":
    main()
