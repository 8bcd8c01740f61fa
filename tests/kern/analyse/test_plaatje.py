"""The picture data and its SVG: the right marks in the right places, the same bytes
every run, well-formed XML."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from simulatie.kern.analyse import analyse, ruimte
from simulatie.kern.analyse.plaatje import plaatje
from simulatie.kern.model import Zet
from simulatie.kern.spel import new_session, step
from simulatie.kern.uitvoer.plaatje_svg import svg

SCRIPT = """
from simulatie.kern.bestanden import bundled_folder
from simulatie.kern.catalogus import load_folder
from simulatie.kern.analyse import analyse, ruimte
from simulatie.kern.analyse.plaatje import plaatje
from simulatie.kern.model import Zet
from simulatie.kern.spel import new_session, step
from simulatie.kern.uitvoer.plaatje_svg import svg
import sys
g = load_folder(bundled_folder()).casussen["leiden"]
space = ruimte(g.casus, g.regelboek)
result = analyse(g.casus, g.regelboek, tellen=False, space=space)
staat = new_session(g.casus, g.regelboek, ("A", "B"))
staat = step(staat, Zet(soort="voorstel", rol="gemeente", keuzes=dict(result.ideaal["gemeente"].keuzes)))
staat = step(staat, Zet(soort="tegenvoorstel", rol="swo", keuzes=dict(result.beste_samen.keuzes)))
staat = step(staat, Zet(soort="accepteer", rol="gemeente"))
sys.stdout.write(svg(plaatje(g.casus, space, result, staat.ronde)))
"""


def played(geladen):
    space = ruimte(geladen.casus, geladen.regelboek)
    result = analyse(geladen.casus, geladen.regelboek, tellen=False, space=space)
    staat = new_session(geladen.casus, geladen.regelboek, ("A", "B"))
    staat = step(staat, Zet(soort="voorstel", rol="gemeente",
                            keuzes=dict(result.ideaal["gemeente"].keuzes)))
    staat = step(staat, Zet(soort="tegenvoorstel", rol="swo", keuzes=dict(result.beste_samen.keuzes)))
    staat = step(staat, Zet(soort="accepteer", rol="gemeente"))
    return plaatje(geladen.casus, space, result, staat.ronde), result


def test_the_picture_holds_every_deal_the_frontier_and_the_dance(catalogus):
    picture, result = played(catalogus.casussen["leiden"])
    assert sum(map(sum, picture.dichtheid)) == result.totaal and picture.exact
    assert picture.grens == tuple((u.gemeente, u.swo) for u in result.grens)
    assert [(v.zet, v.rol) for v in picture.voorstellen] == [(1, "gemeente"), (2, "swo")]
    assert picture.akkoord == (result.beste_samen.gemeente, result.beste_samen.swo)
    assert picture.nash == picture.akkoord


def test_the_svg_is_well_formed_and_shows_each_proposal_numbered(catalogus):
    picture, result = played(catalogus.casussen["leiden"])
    root = ET.fromstring(svg(picture))
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    numbers = [t.text for g in root.iter(f"{ns}g") for t in g.findall(f"{ns}text")]
    assert numbers == ["1", "2"]
    assert len(root.findall(f"{ns}g/{ns}rect")) == sum(1 for col in picture.dichtheid for n in col if n)
    assert "<script" not in svg(picture)


@pytest.mark.parametrize("seeds", [("1", "2")])
def test_the_svg_is_byte_identical_across_runs(seeds):
    """Two fresh processes with different hash seeds write the same bytes."""
    outputs = []
    for seed in seeds:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outputs.append(subprocess.run([sys.executable, "-c", SCRIPT], env=env, check=True,
                                      capture_output=True).stdout)
    assert outputs[0] == outputs[1] and len(outputs[0]) > 1000
