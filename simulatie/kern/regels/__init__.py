"""The rules: the facts they read, compiling them into a rule book, and their feedback.
"""

from __future__ import annotations

from .feiten import FEIT_NAMEN, FEITEN, facts_markdown, round_facts
from .regels import OVER_VOORSTEL, Compiled, Feedback, Regelboek, dimension_totals

__all__ = [
    "Compiled",
    "FEITEN",
    "FEIT_NAMEN",
    "OVER_VOORSTEL",
    "Feedback",
    "Regelboek",
    "dimension_totals",
    "facts_markdown",
    "round_facts",
]
