"""Saved sessions: atomic writes, reading a save back, trainer notes, the list of saves.
"""

from __future__ import annotations

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

__all__ = [
    "GeladenSessie",
    "SLOT",
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
