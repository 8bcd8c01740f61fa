"""The game: the states, `step` from one state to the next, a session played on a case.
"""

from __future__ import annotations

from .geladen import GeladenCasus, speel, staat_na, start
from .rondeverslag import RondeVerslag, verslag, verslagen
from .stap import (
    IllegalZet,
    RondeStaat,
    SessieStaat,
    check_keuzes,
    legal_soorten,
    new_session,
    other,
    step,
)
from .dialoog import Uitspraak, Uitwisseling, Vraag
from .mogelijk import Kennis, MogelijkeZet, Verandering, Voorkeur, legal_zetten, wat_ik_weet
from .verloop import Fout, Verloop, fold

__all__ = [
    "Fout",
    "GeladenCasus",
    "Kennis",
    "MogelijkeZet",
    "Uitspraak",
    "Uitwisseling",
    "Verandering",
    "Voorkeur",
    "Vraag",
    "legal_zetten",
    "wat_ik_weet",
    "IllegalZet",
    "RondeStaat",
    "RondeVerslag",
    "SessieStaat",
    "Verloop",
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
