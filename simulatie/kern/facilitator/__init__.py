"""For facilitators: `simulatie valideer` and `simulatie nieuw`.
"""

from __future__ import annotations

from .nieuw import case_id, template, write_new
from .valideren import Uitslag, kind_of, summary, validate
from .twijfels import with_doubts

__all__ = [
    "Uitslag",
    "kind_of",
    "case_id",
    "summary",
    "template",
    "validate",
    "with_doubts",
    "write_new",
]
