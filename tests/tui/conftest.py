"""Fixtures for the TUI tests; `async def` tests run under pytest-asyncio (auto mode)."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from simulatie.tui.app import SimulatieApp, make_app

MINI = Path(__file__).parents[1] / "data" / "mini.toml"


@pytest.fixture(autouse=True)
def eigen_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test in a folder of its own: an app without `saves_dir` autosaves in ./saves,
    which must never be the checkout's own folder."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture(autouse=True)
def nederlandse_tijd():
    """Times show in local time: pin it, so screens and snapshots read the same anywhere."""
    if not hasattr(time, "tzset"):  # Windows: no tzset; the fixture saves carry +01:00
        yield
        return
    oud = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    yield
    if oud is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = oud
    time.tzset()


@pytest.fixture
def casussen_dir(tmp_path: Path) -> Path:
    """mini.toml alone, with an empty general rules file so no bundled rules leak in."""
    folder = tmp_path / "casussen"
    (folder / "algemeen").mkdir(parents=True)
    shutil.copy(MINI, folder / "mini.toml")
    (folder / "algemeen" / "regels.toml").write_text("", encoding="utf-8")
    return folder


@pytest.fixture
def app(casussen_dir: Path, tmp_path: Path) -> SimulatieApp:
    app = make_app(casussen_dir, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    return app
