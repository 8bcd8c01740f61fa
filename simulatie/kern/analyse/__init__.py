"""The deal space of a case: ideals, best joint deal, what rules can fire, playability.
"""

from __future__ import annotations

from .analyse import Analyse, analyse
from .bereik import Ruimte, can_fire, ruimte
from .speelbaarheid import MAX_DOORREKENEN, playability

__all__ = [
    "Analyse",
    "MAX_DOORREKENEN",
    "Ruimte",
    "analyse",
    "can_fire",
    "playability",
    "ruimte",
]
