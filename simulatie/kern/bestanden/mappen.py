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


def ignored_files(folder: Path) -> list[Path]:
    """Files a facilitator may take for cases that the game does not read: a hidden or
    doubled extension (`apeldoorn.toml.txt`, `apeldoorn.toml.bak`) or capitals (`X.TOML`)."""
    return sorted(path for path in folder.glob("*")
                  if ".toml" in path.name.lower() and not path.name.endswith(".toml")
                  and not path.name.startswith(".") and path.is_file())


def meant_name(path: Path) -> str:
    """The name the game would read: `apeldoorn.toml.txt` → `apeldoorn.toml`."""
    name = path.name
    return name[: name.lower().index(".toml")] + ".toml"


def same_file(one: Path, other: Path) -> bool:
    """The same file, or a copy of it byte for byte: the same case, not a second one.

    A checkout's `casussen/` beside an installed game is such a copy of the bundled folder.
    """
    try:
        return one.resolve() == other.resolve() or one.read_bytes() == other.read_bytes()
    except OSError:
        return False
