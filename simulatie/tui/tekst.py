"""Text as people read it: what they typed shown as typed, numbers in Dutch.

Names, free text and case texts never go into a markup string: a name such as
`Anna [1` or `[$warning]x` would be read as markup and lose or gain style. `opmaak`
builds styled `Content` from a markup template whose `$naam` variables are inserted
as plain text.
"""

from __future__ import annotations

import re
import unicodedata

from textual.content import Content

_ONZICHTBAAR = re.compile("[\u202a-\u202e\u2066-\u2069]")  # bidi overrides and isolates


def opmaak(sjabloon: str, **waarden: object) -> Content:
    """`sjabloon` is markup written here; each `$name` becomes its value, unstyled."""
    return Content.from_markup(sjabloon, **{k: str(v) for k, v in waarden.items()})


def schoon(tekst: str) -> str:
    """`tekst` without control characters (escape codes, bells, bidi overrides).

    Tabs and line breaks become spaces: every field typed in the app is one line.
    """
    tekst = _ONZICHTBAAR.sub("", tekst)
    return "".join(" " if c in "\t\n\r" else c for c in tekst
                   if c in "\t\n\r" or unicodedata.category(c) != "Cc")


def getal(waarde: float) -> str:
    """A number as a Dutch reader writes it: 70,5 · 100 · 12,25 (never 1e+02)."""
    if waarde == int(waarde):
        return str(int(waarde))
    return f"{waarde:.2f}".rstrip("0").replace(".", ",")


def procent(waarde: float) -> str:
    """A share in Dutch: '12,3 %' (one decimal at most)."""
    return f"{getal(round(waarde, 1))} %"


def punten(waarde: float) -> str:
    return f"{getal(waarde)} punten"
