"""Text from a file or a person, made safe to print in a terminal.

A terminal obeys control characters: `ESC ] 0 ; … BEL` sets its title, `ESC [ …` moves
the cursor or recolours, a carriage return writes over the line. A player's name or a
note may hold any of them (pasted, or put in a file by hand), so every such text is
passed through `inert` before it is printed or written to an export. The characters
stay visible as the escape a TOML file would use for them (`\\u001b`), so the reader
sees that something odd was there and can find it in the file.
"""

from __future__ import annotations

import re
import unicodedata

# Besides the C0/C1 controls and DEL (category Cc): the bidirectional overrides and
# isolates, which reorder what is shown (a name that reads as another), and the Unicode
# line and paragraph separators, which some terminals take as a line break.
_ANDERE = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                    "\u2066\u2067\u2068\u2069\u2028\u2029")
_REGELS = frozenset("\n\t")


def is_control(char: str, lines: bool = False) -> bool:
    """Whether `char` may steer a terminal; with `lines`, newline and tab are allowed."""
    if lines and char in _REGELS:
        return False
    return char in _ANDERE or unicodedata.category(char) == "Cc"


def _escape(char: str) -> str:
    return f"\\u{ord(char):04x}"


_ALLE = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(_ANDERE) + "]")
_ZONDER_REGELS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(_ANDERE) + "]")


def inert(text: str, lines: bool = False) -> str:
    """`text` with every control character shown as its escape (`\\u001b`).

    With `lines`, newline and tab stay (a Windows line end becomes a newline); without,
    the text is one line. Everything printable, accents and emoji included, is kept.
    """
    if lines:
        text = text.replace("\r\n", "\n")
        return _ZONDER_REGELS.sub(lambda m: _escape(m.group()), text)
    return _ALLE.sub(lambda m: _escape(m.group()), text)


def has_controls(text: str, lines: bool = False) -> bool:
    return (_ZONDER_REGELS if lines else _ALLE).search(text) is not None
