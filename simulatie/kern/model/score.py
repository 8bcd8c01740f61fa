"""A side's own score for a proposal: a linear additive utility, 0 to 100."""

from __future__ import annotations

from collections.abc import Mapping

from .casus import Brief


def score(brief: Brief, keuzes: Mapping[str, str]) -> float:
    """Weighted mean of the option values the brief gives, on a 0–100 scale."""
    gewichten = brief.gewichten
    total = sum(gewichten.values())
    if total <= 0:
        return 0.0
    # A plain loop: the debrief of a long session asks this some 30 times per round.
    waarden = brief.waarden
    earned = 0.0
    for punt, gewicht in gewichten.items():
        optie = keuzes.get(punt)
        if optie is not None:
            earned += gewicht * waarden[punt][optie]
    return round(earned / total, 1)
