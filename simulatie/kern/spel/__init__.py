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
from .dialoog import Uitspraak, Verloop, Vraag
from .geladen import GeladenCasus, speel, staat_na, start
from .mogelijk import Kennis, MogelijkeZet, Verandering, Voorkeur, legal_zetten, wat_ik_weet
from .rondeverslag import RondeVerslag, verslag, verslagen

__all__ = [
    "GeladenCasus",
    "Kennis",
    "MogelijkeZet",
    "Uitspraak",
    "Verandering",
    "Verloop",
    "Voorkeur",
    "Vraag",
    "legal_zetten",
    "wat_ik_weet",
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
