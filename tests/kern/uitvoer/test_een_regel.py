"""Players' text on one line: the quick path for printable text is the same as the walk."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simulatie.kern.uitvoer.headless import one_line


def _walk(text: str) -> str:
    """Every character that is not printable becomes a space, then runs of white space
    become one and the ends are trimmed."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


@given(st.text() | st.text(alphabet=" a\n\t\u00a0\u2003\u202e\x1b"))
def test_one_line_is_the_walk(text):
    assert one_line(text) == _walk(text)


def test_examples():
    assert one_line("Anna  de\tVries\n") == "Anna de Vries"
    assert one_line(" Bram") == "Bram" and one_line("Bram ") == "Bram"
    assert one_line("a\u00a0b") == "a b"  # a non-breaking space is white space too
