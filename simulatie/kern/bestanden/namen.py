"""Names the game makes for files and cases: plain ASCII, safe in any folder."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str, max_length: int, separator: str = "-", keep: str = "",
         fallback: str = "") -> str:
    """`text` in lower-case ASCII letters and digits (plus the characters in `keep`).

    Accents lose their marks ("Súdwest" → "sudwest"); every other run of characters
    becomes one `separator`. No separator (or kept character) starts or ends the result,
    which is at most `max_length` long; `fallback` when nothing is left.
    """
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(f"[^a-z0-9{re.escape(keep)}]+", separator, plain.lower())
    edges = separator + keep
    return words.strip(edges)[:max_length].rstrip(edges) or fallback
