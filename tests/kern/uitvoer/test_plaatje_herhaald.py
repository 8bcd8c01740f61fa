"""A page of many rounds draws each deal-space density once and refers to it after."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.opslag import load
from simulatie.kern.uitvoer import export_save

DATA = Path(__file__).resolve().parents[2] / "data"
SAVE = DATA / "saves" / "mini-twee-rondes.toml"


def _page() -> str:
    return export_save(SAVE, load_casus(DATA / "mini.toml", AlgemeneRegels()))[1]


def test_a_density_is_drawn_once_and_referenced_in_later_rounds():
    html = _page()
    drawn = re.findall(r'<g id="(dichtheid-[0-9a-f]+)"', html)
    used = re.findall(r'<use href="#(dichtheid-[0-9a-f]+)"/>', html)
    assert len(drawn) == 1 and used == drawn  # two rounds, one brief pair: one drawing
    assert html.index(f'id="{drawn[0]}"') < html.index(f'href="#{drawn[0]}"')
    first, second = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    assert "fill-opacity" in first and "fill-opacity" not in second  # no squares drawn twice


def test_every_picture_in_the_page_is_well_formed_and_the_page_is_the_same_each_run():
    html = _page()
    pictures = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    assert len(pictures) == 2
    for picture in pictures:
        ET.fromstring(picture)
    assert _page() == html
