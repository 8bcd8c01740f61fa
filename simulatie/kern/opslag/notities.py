"""Trainer notes: written beside the moves of a save, per move number, never changing them."""

from __future__ import annotations

from ..model.sessie import Sessie


def with_notitie(sessie: Sessie, nummer: int, tekst: str) -> Sessie:
    """The session with a note at move `nummer` (1-based; empty text removes it).

    Only `notities` changes: the moves, the case and its fingerprint stay as they were,
    so a note never makes a changed case look unchanged.
    """
    if not 1 <= nummer <= len(sessie.zetten):
        raise ValueError(f"zet {nummer} bestaat niet; de sessie heeft {len(sessie.zetten)} zetten.")
    notities = dict(sessie.notities)
    if tekst.strip():
        notities[str(nummer)] = tekst
    else:
        notities.pop(str(nummer), None)
    in_order = dict(sorted(notities.items(), key=_move_order))  # the file reads top-down
    return sessie.model_copy(update={"notities": in_order})


def _move_order(item: tuple[str, str]) -> tuple[int, str]:
    sleutel = item[0]
    return (int(sleutel) if sleutel.isdigit() else 1 << 62, sleutel)


def notitie_for(sessie: Sessie, nummer: int) -> str:
    return sessie.notities.get(str(nummer), "")
