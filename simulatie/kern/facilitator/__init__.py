"""For facilitators: `simulatie valideer` and `simulatie nieuw`.
"""

from __future__ import annotations

from .valideren import Uitslag, kind_of, summary, validate
from .nieuw import slug, template, write_new
from .twijfels import with_doubts

__all__ = [
    "Uitslag",
    "kind_of",
    "slug",
    "summary",
    "template",
    "validate",
    "with_doubts",
    "write_new",
]
