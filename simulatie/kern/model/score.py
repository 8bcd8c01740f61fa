"""A side's own score for a proposal: a linear additive utility, 0 to 100."""

from __future__ import annotations

from collections.abc import Mapping

from .casus import Brief


def score(brief: Brief, keuzes: Mapping[str, str]) -> float:
    """Weighted mean of the option values the brief gives, on a 0–100 scale."""
    total = sum(brief.gewichten.values())
    if total <= 0:
        return 0.0
    earned = sum(
        gewicht * brief.waarden[punt][keuzes[punt]]
        for punt, gewicht in brief.gewichten.items()
        if punt in keuzes
    )
    return round(earned / total, 1)
