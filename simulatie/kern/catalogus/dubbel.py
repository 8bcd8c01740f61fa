"""Two case files with one id: which one the game uses, and what it says about both.

A backup beside the original (`apeldoorn - kopie.toml`) sorts before it, so "the first
file wins" would play the stale copy. The file named after its id wins instead (as
`simulatie nieuw` names files); when none is, the first in name order. The other files
are named as ignored, and the used one says which copies it shadows.
"""

from __future__ import annotations

from pathlib import Path

from ..bestanden.lezen import read_toml
from ..bestanden.problemen import LoadFailed, Problem, Severity


def used_file(casus_id: str, files: list[Path]) -> Path:
    """Of the files that hold `casus_id`, the one the game plays."""
    return next((f for f in files if f.stem == casus_id), sorted(files)[0])


def ignored(path: Path, casus_id: str, used: str) -> Problem:
    """The problem of a file that is not loaded because `used` has its id."""
    return at_id(path, (
        f"de id '{casus_id}' bestaat al in {used}; het spel gebruikt {used} en negeert dit "
        "bestand. Geef dit bestand een eigen id, of haal de kopie uit de map."))


def ignored_for_bundled(path: Path, casus_id: str) -> Problem:
    return at_id(path, (
        f"de id '{casus_id}' bestaat al bij de meegeleverde casussen; het spel gebruikt de "
        "meegeleverde casus en negeert dit bestand. Kies een andere id."))


def shadows(path: Path, casus_id: str, others: list[Path]) -> Problem:
    """The warning of the file that is used, naming the copies it wins from."""
    names = ", ".join(o.name for o in others)
    return at_id(path, (
        f"ook {names} heeft de id '{casus_id}'; het spel gebruikt dit bestand en negeert "
        f"{'dat' if len(others) == 1 else 'die'}."), "waarschuwing")


def at_id(path: Path, message: str, severity: Severity = "fout") -> Problem:
    """A problem on the file's `id` line (the file loaded once, so it reads again)."""
    try:
        return read_toml(path).located(("id",), message, severity)
    except LoadFailed:
        return Problem(str(path), message, ("id",), severity=severity)
