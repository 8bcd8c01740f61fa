"""Temporary files that a crashed write left beside the saves, and tidying them away.

`write_atomic` writes to `.NAAM.<8 hex>.tmp` and renames it over the save. A process
killed in between leaves that file behind: it holds nothing the save lacks (the rename
never happened), so once it is clearly no write in progress it can go.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

OUD_S = 3600.0  # a temporary file this old belongs to no write still going on
NAAM = re.compile(r"\..+\.[0-9a-f]{8}\.tmp")  # how `write_atomic` names them; only those are ours


def remove_stale_temps(folder: Path | str, ouder_dan: float = OUD_S) -> list[Path]:
    """Remove temporary files a crashed write left in `folder`; the ones removed.

    Only files named as `write_atomic` names them, and only when older than `ouder_dan`
    seconds, so a write still going on in another process keeps its file.
    """
    grens = time.time() - ouder_dan
    weg: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return weg
    for entry in entries:
        if not NAAM.fullmatch(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < grens:
                os.unlink(entry.path)
                weg.append(Path(entry.path))
        except OSError:  # gone already, or a read-only folder: nothing to do
            continue
    return weg
