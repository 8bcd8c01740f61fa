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
    # `sum`, not a `+=` loop: from Python 3.12 on `sum` adds floats with compensation,
    # so a loop could round a score 0,1 differently there than on 3.11.
    waarden = brief.waarden
    earned = sum([gewicht * waarden[punt][keuzes[punt]]
                  for punt, gewicht in gewichten.items() if punt in keuzes])
    return round(earned / total, 1)
