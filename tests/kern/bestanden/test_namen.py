"""One slug for file names and case ids: plain ASCII, no separator at either end."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from simulatie.kern.bestanden import slug


def test_accents_lose_their_marks_and_other_runs_become_one_separator():
    assert slug("Súdwest-Fryslân  & Co", 40) == "sudwest-fryslan-co"
    assert slug("'s-Hertogenbosch", 60, separator="_", keep="-") == "s-hertogenbosch"
    assert slug("Den Haag / Rijswijk", 60, separator="_", keep="-") == "den_haag_rijswijk"


def test_nothing_left_gives_the_fallback():
    assert slug("!!! ???", 10, fallback="speler") == "speler"
    assert slug("漢字", 10, separator="_", keep="-") == ""


@given(text=st.text(), max_length=st.integers(1, 40),
       style=st.sampled_from([("-", ""), ("_", "-")]))
def test_any_text_gives_a_short_plain_name_that_stays_as_it_is(text, max_length, style):
    separator, keep = style
    name = slug(text, max_length, separator=separator, keep=keep)
    assert re.fullmatch(r"[a-z0-9_\-]*", name) and len(name) <= max_length
    assert not name.startswith(("-", "_")) and not name.endswith(("-", "_"))
    assert slug(name, max_length, separator=separator, keep=keep) == name
