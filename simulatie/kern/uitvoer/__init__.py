"""Text of moves and rounds: headless play of a script and the debrief export.
"""

from __future__ import annotations

from .headless import Afloop, play, report
from .export import debrief_html, debrief_markdown, debrief_page, export_save

__all__ = [
    "Afloop",
    "debrief_html",
    "debrief_markdown",
    "debrief_page",
    "export_save",
    "play",
    "report",
]
