"""`simulatie nieuw NAAM`: a new case file from the commented template.

The template (`sjabloon.toml`, shipped inside the package) is itself a playable case,
so a facilitator starts from something that loads and plays, and changes it step by
step with `simulatie valideer` as a safety net.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..bestanden.lezen import read_toml
from ..bestanden.mappen import bundled_folder, case_files
from ..bestanden.namen import slug
from ..bestanden.problemen import LoadFailed, Problem, os_reason
from ..uitvoer.headless import one_line

MAX_ID = 60


def case_id(naam: str) -> str:
    """A case id from a municipality name: "'s-Hertogenbosch" → "s-hertogenbosch"."""
    return slug(naam, MAX_ID, separator="_", keep="-")


def bundled_ids() -> set[str]:
    """The ids of the bundled cases, read quickly (the files are not fully checked)."""
    ids = set()
    for path in case_files(bundled_folder()):
        try:
            ids.add(str(read_toml(path).data.get("id")))
        except LoadFailed:
            continue
    return ids


def template() -> str:
    return resources.files(__package__).joinpath("sjabloon.toml").read_text(encoding="utf-8")


def _toml_text(value: str) -> str:
    """Text safe inside a TOML string between double quotes."""
    return value.replace("\\", "\\\\").replace('"', '\\"')


def fill(naam: str, bestand: str) -> str:
    """The template with the municipality's name and id filled in."""
    gemeente = one_line(naam)  # TOML refuses control characters, even in a comment
    return (template().replace("__ID__", case_id(naam))
            .replace("__GEMEENTE__", _toml_text(gemeente))
            .replace("__BESTAND__", bestand))


def write_new(naam: str, folder: Path) -> Path:
    """Write `<id>.toml` in `folder`; never overwrite. `LoadFailed` says what is wrong."""
    casus_id = case_id(naam)
    if not casus_id:
        raise LoadFailed([Problem(naam, "deze naam geeft geen bruikbare id; gebruik letters "
                                        "of cijfers, bijvoorbeeld 'simulatie nieuw Tilburg'.")])
    if "\n" in naam or "\r" in naam or len(naam) > 200:
        raise LoadFailed([Problem(naam[:40], "een gemeentenaam past op één regel (hoogstens "
                                             "200 tekens).")])
    if not folder.is_dir():
        raise LoadFailed([Problem(str(folder), "deze map bestaat niet; maak haar eerst aan "
                                               "of kies een andere map met --map.")])
    if casus_id in bundled_ids():
        raise LoadFailed([Problem(naam, (
            f"er is al een meegeleverde casus met de id '{casus_id}'; het spel kan er maar één "
            f"laden. Kies een andere naam, bijvoorbeeld 'simulatie nieuw \"{naam} 2\"', en "
            "zet de echte naam daarna bij 'gemeente' en 'titel'."))])
    path = folder / f"{casus_id}.toml"
    text = fill(naam, str(path))
    try:
        with path.open("x", encoding="utf-8") as file:  # "x": fails if it already exists
            file.write(text)
    except FileExistsError:
        raise LoadFailed([Problem(str(path), (
            "dit bestand bestaat al en wordt niet overschreven. Kies een andere naam, een "
            "andere map (--map), of verwijder of hernoem het bestaande bestand eerst."))]) from None
    except OSError as error:
        raise LoadFailed([Problem(str(path), f"kan het bestand niet schrijven: "
                                             f"{os_reason(error)}.")]) from None
    return path
