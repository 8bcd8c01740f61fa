"""A page of many rounds draws each deal-space background once and refers to it after."""

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


def test_a_background_is_drawn_once_and_referenced_in_later_rounds():
    html = _page()
    drawn = re.findall(r'<g id="(achtergrond-[0-9a-f-]+)"', html)
    used = re.findall(r'<use href="#(achtergrond-[0-9a-f-]+)"/>', html)
    assert len(drawn) == 1 and used == drawn  # two rounds, one brief pair: one drawing
    assert html.index(f'id="{drawn[0]}"') < html.index(f'href="#{drawn[0]}"')
    first, second = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    # The squares, the axes, the frontier and the legend are in the first picture only;
    # each picture has its own title and proposals.
    for drawing in ("fill-opacity", "score gemeente", "Pareto-grens", "ondergrens swo"):
        assert drawing in first and drawing not in second
    assert len(re.findall(r'<g id="dichtheid-', first)) == 1
    for picture, ronde in ((first, 1), (second, 2)):
        assert f"<title>De akkoordruimte in ronde {ronde}</title>" in picture
        assert "voorstel van de" in picture


def test_rounds_with_other_briefs_get_their_own_background():
    """Round 2 of a case with a round-2 variant has other bottom lines: its own drawing."""
    from simulatie.kern.analyse.plaatje import Plaatje
    from simulatie.kern.uitvoer.plaatje_svg import svg

    dichtheid = ((1, 0), (0, 2))
    getekend: set[str] = set()
    one = Plaatje(dichtheid, True, ((10.0, 90.0), (90.0, 10.0)), (40.0, 40.0), None, (), None)
    two = Plaatje(dichtheid, True, ((10.0, 90.0), (90.0, 10.0)), (55.0, 40.0), None, (), None)
    pictures = [svg(p, "x", getekend) for p in (one, two, one)]
    ids = [re.findall(r'(?:id="|href="#)(achtergrond-[0-9a-f-]+)"', p)[0] for p in pictures]
    assert ids[0] != ids[1] and ids[2] == ids[0]
    assert '<g id="' in pictures[1] and "<use" in pictures[2]
    assert "ondergrens gemeente 55" in pictures[1]
    # The shared density is drawn once, in the first background, and used in the second.
    assert pictures[1].count('<use href="#dichtheid-') == 1


def test_every_picture_in_the_page_is_well_formed_and_the_page_is_the_same_each_run():
    html = _page()
    pictures = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    assert len(pictures) == 2
    for picture in pictures:
        ET.fromstring(picture)
    assert _page() == html
