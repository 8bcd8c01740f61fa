"""For facilitators: `simulatie valideer` and `simulatie nieuw`.
"""

from __future__ import annotations

from .nieuw import slug, template, write_new
from .valideren import Uitslag, kind_of, summary, validate

__all__ = [
    "Uitslag",
    "kind_of",
    "slug",
    "summary",
    "template",
    "validate",
    "write_new",
]
