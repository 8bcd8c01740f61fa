"""Numbers as a Dutch reader expects them: 70,5 · 12,3 % · 153.600."""

from __future__ import annotations


def getal(x: float, decimalen: int = 1) -> str:
    """A score or other measure: decimal comma, no trailing zeros (70 · 70,5)."""
    if decimalen == 1:  # nearly every call (a debrief makes some 15 per round): no format spec to build
        text = f"{x:.1f}"
        text = text[:-2] if text.endswith(".0") else text
        return "0" if text == "-0" else text.replace(".", ",")
    text = f"{x:.{decimalen}f}".rstrip("0").rstrip(".") if decimalen else f"{x:.0f}"
    text = "0" if text in ("-0", "") else text
    return text.replace(".", ",")


def aantal(n: int) -> str:
    """A count with a dot between thousands (153.600)."""
    return f"{n:,}".replace(",", ".")


def procent(share: float, decimalen: int = 1) -> str:
    """A share as a percentage with a space before the sign (12,3 %)."""
    return f"{getal(100 * share, decimalen)} %"
