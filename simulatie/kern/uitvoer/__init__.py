"""Text of moves and rounds: headless play of a script and the debrief export.
"""

from __future__ import annotations

from .export import debrief_html, debrief_markdown, debrief_page, export_save
from .headless import Afloop, play, report

__all__ = [
    "Afloop",
    "debrief_html",
    "debrief_markdown",
    "debrief_page",
    "export_save",
    "play",
    "report",
]
