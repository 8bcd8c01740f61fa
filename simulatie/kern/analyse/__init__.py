"""The deal space of a case, exactly at any size: ideals, the Pareto frontier, Nash and
Kalai–Smorodinsky points, the zone above both bottom lines, what rules can fire,
playability, and the debrief of a round against what was possible.
"""

from __future__ import annotations

from .analyse import Analyse, Akkoord, analyse
from .bereik import can_fire
from .ruimte import MAX_GROEP, Groep, Ruimte, ruimte
from .speelbaarheid import playability

__all__ = [
    "Analyse",
    "Groep",
    "MAX_GROEP",
    "Ruimte",
    "Akkoord",
    "analyse",
    "can_fire",
    "playability",
    "ruimte",
]
