"""Dutch numbers: the quick path for one decimal reads as the general one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from simulatie.kern.analyse.getallen import getal


def _algemeen(x: float, decimalen: int) -> str:
    """The general rule: fixed decimals, trailing zeros off, a comma, never "-0"."""
    text = f"{x:.{decimalen}f}".rstrip("0").rstrip(".") if decimalen else f"{x:.0f}"
    text = "0" if text in ("-0", "") else text
    return text.replace(".", ",")


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
       | st.integers(-1000, 1000).map(lambda n: n / 10))
def test_one_decimal_reads_as_the_general_rule(x):
    assert getal(x) == _algemeen(x, 1)


def test_examples():
    assert [getal(x) for x in (70.0, 70.5, -0.04, 0.05, 153.25, 12.0)] == [
        "70", "70,5", "0", "0,1", "153,2", "12"]
