"""What a facilitator probably meant where a condition does not parse.

The rules library says "syntax error" and names a token. The slips behind it are few and
recognisable: one `=` for a comparison, Dutch `en`/`of`/`niet` for `and`/`or`/`not`,
curly quotes from a word processor, a decimal comma. Each gets the text to type instead
and the offset of the slip inside the condition.
"""

from __future__ import annotations

import re

from ..bestanden.toml_fout import SMART_QUOTES

_DUTCH = {"en": "and", "of": "or", "niet": "not", "AND": "and", "OR": "or", "NOT": "not",
          "En": "and", "Of": "or", "Niet": "not"}
_WORD_BEFORE = re.compile(r"(\w+)\s*$")


def syntax_hint(als: str, value: str, offset: int) -> tuple[str, str, int]:
    """A hint for the token `value` at `offset` that broke `als` ("" when none), and the
    slip itself with its offset: `niet x` breaks at `x`, but the slip is `niet`."""
    before = _WORD_BEFORE.search(als[:offset])
    for word, at in ((value, offset), (before.group(1), before.start(1)) if before else ("", 0)):
        if word in _DUTCH:
            return (f" Schrijf '{_DUTCH[word]}' in plaats van '{word}': de voorwaarden gebruiken "
                    "and, or en not (in kleine letters)."), word, at
    if value.startswith(("=>", "=<")):
        return f" Schrijf '{value[1]}=' in plaats van '{value[:2]}'.", value, offset
    if value.startswith("=") and not value.startswith("=="):
        return " Vergelijken schrijf je met == (twee isgelijktekens), niet met één =.", value, offset
    if value[:1] in SMART_QUOTES:
        return (" Dit zijn gekrulde aanhalingstekens (uit een tekstverwerker); gebruik rechte: "
                "\"…\" binnen een voorwaarde tussen '…'."), value, offset
    if value in ("&", "&&", "|", "||"):
        return " Schrijf 'and' of 'or' in plaats van & of |.", value, offset
    if value == "," and re.search(r"\d$", als[:offset]) and re.match(r",\d", als[offset:]):
        return " Een decimaal getal schrijf je met een punt: 4.5, niet 4,5.", value, offset
    return "", value, offset
