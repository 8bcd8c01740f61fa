"""The round debrief in the exported debrief: the section per round and the SVG that
takes the place of its marker in the HTML page."""

from __future__ import annotations

from pathlib import Path

from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.opslag import load
from simulatie.kern.uitvoer import debrief_html
from simulatie.kern.uitvoer.export import _escape
from simulatie.kern.uitvoer.nabespreking_export import Doorrekening, marker, with_pictures

DATA = Path(__file__).resolve().parents[2] / "data"
SAVE = DATA / "saves" / "mini-twee-rondes.toml"


def _staat():
    return load(SAVE, load_casus(DATA / "mini.toml", AlgemeneRegels())).staat


def test_each_round_gets_its_debrief_and_a_picture_marker():
    staat = _staat()
    doorrekening = Doorrekening(staat)
    for ronde in staat.rondes:
        lines = list(doorrekening.section(ronde, _escape))
        assert lines[0] in ("### Waar het akkoord landde", "### Wat er mogelijk was")
        assert lines[-1] == marker(ronde.nummer)
        if ronde.akkoord is None:
            assert not any("Pareto" in line or "op tafel" in line for line in lines)
        else:
            assert any("Pareto" in line for line in lines)


def test_the_html_page_carries_one_svg_per_round_and_no_marker():
    staat = _staat()
    doorrekening = Doorrekening(staat)
    markdown = "\n".join(line for ronde in staat.rondes
                         for line in ["", *doorrekening.section(ronde, _escape)]) + "\n"
    page = with_pictures(debrief_html(markdown, "Mini"), staat)
    assert page.count("<svg ") == len(staat.rondes)
    assert "HTML-versie" not in page
    assert "<script" not in page
