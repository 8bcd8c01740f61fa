"""Saved sessions: atomic writes (`schrijven`), reading a save back (`lezen`), trainer
notes (`notities`), the list of saves (`lijst`), several processes on one save (`gedeeld`).
"""

from __future__ import annotations

from .gedeeld import PlayClaim, SaveConflict, add_note, claim_play, save_moves
from .lezen import GeladenSessie, load
from .lijst import SaveInfo, afgerond, list_saves
from .notities import notitie_for, with_notitie
from .schrijven import SLOT, new_save_path, save, to_toml, write_atomic
from .tijdelijk import remove_stale_temps

__all__ = [
    "GeladenSessie",
    "PlayClaim",
    "SLOT",
    "SaveConflict",
    "add_note",
    "remove_stale_temps",
    "save_moves",
    "SaveInfo",
    "afgerond",
    "claim_play",
    "list_saves",
    "load",
    "new_save_path",
    "notitie_for",
    "save",
    "to_toml",
    "with_notitie",
    "write_atomic",
]
