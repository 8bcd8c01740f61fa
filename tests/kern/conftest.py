"""Fixtures for the domain core: the mini case, a fresh session, variants of mini."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
import tomli_w

from simulatie.kern.bestanden import bundled_folder
from simulatie.kern.catalogus import AlgemeneRegels, Catalogus, load_casus, load_folder
from simulatie.kern.spel import GeladenCasus, SessieStaat, new_session

DATA = Path(__file__).resolve().parent.parent / "data"
MINI = DATA / "mini.toml"
SPELERS = ("Anna", "Bram")


@pytest.fixture(scope="session")
def mini() -> GeladenCasus:
    """The tiny valid case, without the general rules, so tests see only its own rule."""
    return load_casus(MINI, AlgemeneRegels())


@pytest.fixture
def begin(mini: GeladenCasus) -> SessieStaat:
    return new_session(mini.casus, mini.regelboek, SPELERS)


@pytest.fixture
def maak_casus(tmp_path: Path) -> Callable[[Callable[[dict], None]], GeladenCasus]:
    """Load a variant of mini: `change` edits its TOML data before it is written."""
    base = tomllib.loads(MINI.read_text(encoding="utf-8"))

    def make(change: Callable[[dict], None]) -> GeladenCasus:
        data = copy.deepcopy(base)
        change(data)
        path = tmp_path / f"{data['id']}.toml"
        path.write_text(tomli_w.dumps(data), encoding="utf-8")
        return load_casus(path, AlgemeneRegels())

    return make


@pytest.fixture(scope="session")
def catalogus() -> Catalogus:
    """The bundled cases, loaded with the bundled general rules."""
    return load_folder(bundled_folder())
