"""The game: the states, `step` from one state to the next, a session played on a case.
"""

from __future__ import annotations

from .stap import (
    IllegalZet,
    RondeStaat,
    SessieStaat,
    check_keuzes,
    fold,
    legal_soorten,
    new_session,
    other,
    step,
)
from .geladen import GeladenCasus, speel, staat_na, start
from .rondeverslag import RondeVerslag, verslag, verslagen

__all__ = [
    "GeladenCasus",
    "IllegalZet",
    "RondeStaat",
    "RondeVerslag",
    "SessieStaat",
    "check_keuzes",
    "fold",
    "legal_soorten",
    "new_session",
    "other",
    "speel",
    "staat_na",
    "start",
    "step",
    "verslag",
    "verslagen",
]
