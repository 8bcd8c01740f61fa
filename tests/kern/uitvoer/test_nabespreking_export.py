"""The round debrief for the exported debrief, per round of the committed save."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.opslag import load
from simulatie.kern.uitvoer.nabespreking_export import Doorrekening

DATA = Path(__file__).resolve().parents[2] / "data"
SAVE = DATA / "saves" / "mini-twee-rondes.toml"


def test_each_round_gets_its_debrief_and_picture():
    staat = load(SAVE, load_casus(DATA / "mini.toml", AlgemeneRegels())).staat
    doorrekening = Doorrekening(staat)
    kinds = set()
    for ronde in staat.rondes:
        part = doorrekening.ronde(ronde)
        kinds.add(ronde.akkoord is not None)
        text = "\n".join(part.regels)
        if ronde.akkoord is None:
            assert part.titel == "Wat er mogelijk was"
            assert "Pareto" not in text and "op tafel" not in text
        else:
            assert part.titel == "Waar het akkoord landde" and "Pareto" in text
        assert ET.fromstring(part.svg).tag.endswith("svg")
    assert kinds == {True, False}  # the save has a round of each kind
