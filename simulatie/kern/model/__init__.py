"""The models of what users write: vocabulary, cases, moves, scores and saved sessions.

`score` is not re-exported: its module has the same name, which would win once loaded.
Import it as `from simulatie.kern.model.score import score`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import woorden

if TYPE_CHECKING:
    from .casus import Brief, Casus, Onderhandelpunt, Optie, Regel, Verbod
    from .zetten import BRIEF_LIJST, SOORTEN, VOORSTEL_SOORTEN, Zet
    from .sessie import FORMAAT_VERSIE, Sessie, casus_hash

# Loaded on first use: importing `woorden` alone must not import pydantic.
_LAZY = {
    "Brief": "casus",
    "Casus": "casus",
    "Onderhandelpunt": "casus",
    "Optie": "casus",
    "Regel": "casus",
    "Verbod": "casus",
    "BRIEF_LIJST": "zetten",
    "SOORTEN": "zetten",
    "VOORSTEL_SOORTEN": "zetten",
    "Zet": "zetten",
    "FORMAAT_VERSIE": "sessie",
    "Sessie": "sessie",
    "casus_hash": "sessie",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BRIEF_LIJST",
    "Brief",
    "Casus",
    "FORMAAT_VERSIE",
    "Onderhandelpunt",
    "Optie",
    "Regel",
    "SOORTEN",
    "Sessie",
    "VOORSTEL_SOORTEN",
    "Verbod",
    "Zet",
    "casus_hash",
    "woorden",
]
