"""The fold's quick copy gives what `dataclasses.replace` gives, and refuses a typo."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simulatie.kern.spel.kopie import replace


@dataclass(frozen=True)
class Punt:
    x: int
    y: int = 0
    naam: str = ""


@given(st.integers(), st.integers(), st.text(max_size=5), st.dictionaries(
    st.sampled_from(["x", "y", "naam"]), st.integers() | st.text(max_size=3), max_size=3))
def test_the_copy_equals_dataclasses_replace(x, y, naam, changes):
    punt = Punt(x, y, naam)
    assert replace(punt, **changes) == dataclasses.replace(punt, **changes)
    assert punt == Punt(x, y, naam)  # the original is left as it was


def test_the_copy_is_frozen_like_the_original():
    with pytest.raises(dataclasses.FrozenInstanceError):
        replace(Punt(1), y=2).x = 3  # type: ignore[misc]


def test_an_unknown_field_is_refused_as_replace_refuses_it():
    with pytest.raises(TypeError, match="zetten_"):
        replace(Punt(1), zetten_=())
