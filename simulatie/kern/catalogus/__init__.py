"""Loading case folders and the general rules into a `Catalogus`, with cross-field checks.
"""

from __future__ import annotations

from .laden import (
    AlgemeneRegels,
    Catalogus,
    load_algemeen,
    load_casus,
    load_catalogus,
    load_folder,
    load_model,
    not_a_folder,
)

__all__ = [
    "AlgemeneRegels",
    "Catalogus",
    "load_algemeen",
    "load_casus",
    "load_catalogus",
    "load_folder",
    "load_model",
    "not_a_folder",
]
