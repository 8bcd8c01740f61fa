"""Where case files live: the bundled folder and the general rules file inside a folder.

Apart from `laden` because it needs nothing heavy: the app asks for its folders (to
show the case list from its cache) before it imports pydantic and the rules library.
"""

from __future__ import annotations

from pathlib import Path

REGELS_BESTAND = Path("algemeen") / "regels.toml"


def bundled_folder() -> Path:
    """The bundled cases: inside the installed package, or beside it in a checkout."""
    package = Path(__file__).resolve().parents[2]  # simulatie/kern/bestanden -> simulatie
    installed = package / "_casussen"
    return installed if installed.is_dir() else package.parent / "casussen"


def case_files(folder: Path) -> list[Path]:
    """The case files a folder offers, in the order they load."""
    return sorted(folder.glob("*.toml"))
