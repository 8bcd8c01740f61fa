"""A folder that is the bundled cases (a checkout beside an installed game) is no
duplicate of itself.

Installed with `pip install .` (not editable), the game reads its bundled cases from the
installed package, and `simulatie valideer casussen` in the checkout reported each of its
six cases as "de id … bestaat al bij de meegeleverde casussen". A copy of the bundled
folder stands in for the checkout; one test (slow) does the real install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulatie.__main__ import main
from simulatie.kern.bestanden import bundled_folder
from simulatie.kern.catalogus import load_catalogus
from simulatie.kern.facilitator import validate

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def kopie(tmp_path_factory) -> Path:
    """The bundled folder, copied byte for byte to a place that is not the bundled one."""
    folder = tmp_path_factory.mktemp("checkout") / "casussen"
    shutil.copytree(bundled_folder(), folder)
    return folder


def test_validating_a_copy_of_the_bundled_cases_reports_no_duplicate_ids(kopie):
    uitslag = validate([kopie])
    assert [str(p) for p in uitslag.problems] == []
    assert uitslag.soorten["casus"] >= 6


def test_the_deals_of_one_copied_bundled_case_validate_cleanly(kopie, capsys):
    """`valideer --akkoorden casussen/dalfsen.toml` gave the same false error."""
    assert main(["valideer", "--akkoorden", str(kopie / "dalfsen.toml")]) == 0
    out = capsys.readouterr().out
    assert "bestaat al" not in out and "beste gezamenlijke akkoord" in out


def test_a_copy_of_the_bundled_cases_as_own_folder_loads_without_problems(kopie):
    catalogus = load_catalogus(kopie)
    assert catalogus.problemen == {}
    assert all(g.bestand.parent == bundled_folder() for g in catalogus.casussen.values())


def test_an_edited_copy_of_a_bundled_case_is_still_a_duplicate(kopie, tmp_path):
    """The near miss: the same id with other content is a second case the game ignores."""
    eigen = tmp_path / "dalfsen.toml"
    eigen.write_text((kopie / "dalfsen.toml").read_text(encoding="utf-8") + "\n# eigen\n",
                     encoding="utf-8")
    [problem] = validate([eigen]).errors
    assert "bestaat al bij de meegeleverde casussen" in problem.message


@pytest.mark.slow
def test_the_checkout_validates_cleanly_against_a_real_non_editable_install(tmp_path):
    """The README's `pip install .`, into a folder of its own, then `valideer casussen`."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(REPO)], check=True, capture_output=True)
    assert (target / "simulatie" / "_casussen").is_dir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import simulatie; print(simulatie.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(target))  # the installed copy, not the checkout
    done = subprocess.run([sys.executable, "-m", "simulatie", "valideer", str(REPO / "casussen")],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "bestaat al" not in done.stdout
