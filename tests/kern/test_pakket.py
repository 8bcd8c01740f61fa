"""The bundled cases are found from a checkout and from an installed package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from simulatie.kern.bestanden import bundled_folder

ROOT = Path(__file__).resolve().parents[2]


def test_the_bundled_folder_holds_the_general_rules_file() -> None:
    assert (bundled_folder() / "algemeen" / "regels.toml").is_file()


def test_from_a_checkout_the_bundled_folder_is_the_top_level_casussen() -> None:
    """With the source tree first on the path, cases come from `casussen/`."""
    code = "from simulatie.kern.bestanden import bundled_folder; print(bundled_folder())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert Path(result.stdout.strip()) == ROOT / "casussen"


def test_an_installed_package_carries_its_own_copy_of_the_cases(tmp_path: Path) -> None:
    """A wheel built from this tree contains every case file under simulatie/_casussen."""
    import zipfile

    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
         str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(ROOT)],
            capture_output=True, text=True, timeout=300,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("simulatie-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for case in (ROOT / "casussen").rglob("*.toml"):
        relative = case.relative_to(ROOT / "casussen").as_posix()
        assert f"simulatie/_casussen/{relative}" in names
