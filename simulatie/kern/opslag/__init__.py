"""Saved sessions: atomic writes, reading a save back, trainer notes, the list of saves.
"""

from __future__ import annotations

from .gedeeld import SaveConflict, add_note, save_moves
from .opslag import (
    GeladenSessie,
    SaveInfo,
    SLOT,
    afgerond,
    list_saves,
    load,
    new_save_path,
    notitie_for,
    save,
    to_toml,
    with_notitie,
    write_atomic,
)
from .tijdelijk import remove_stale_temps

__all__ = [
    "GeladenSessie",
    "SLOT",
    "SaveConflict",
    "add_note",
    "remove_stale_temps",
    "save_moves",
    "SaveInfo",
    "afgerond",
    "list_saves",
    "load",
    "new_save_path",
    "notitie_for",
    "save",
    "to_toml",
    "with_notitie",
    "write_atomic",
]
