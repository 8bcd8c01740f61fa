"""Answers kept per object, for what a long session asks again and again.

A ban, the facts of a deal, a brief's items by id, a drawing of a density: each is a
pure function of objects that nothing changes once loaded (a case, a brief, a deal),
and a session of thousands of moves asks for the same few of them thousands of times.

The key names those objects by `id`, which is cheap, where hashing a whole case would
cost as much as the answer. The memo keeps the objects themselves beside the answer and
compares them by identity on a hit: an id is unique among objects alive at once, and
these stay alive while kept here, so a new object can never be taken for an old one.
A bound on the number of answers keeps memory flat, whatever a session or script asks.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from operator import is_
from typing import Generic, TypeVar

V = TypeVar("V")


class IdMemo(Generic[V]):
    """Answers per (objects by identity, plus a hashable rest such as a deal)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._answers: dict[Hashable, tuple[tuple[object, ...], V]] = {}

    def get(self, owners: tuple[object, ...], rest: Hashable, make: Callable[[], V]) -> V:
        """The answer for `owners` and `rest`, made by `make()` the first time."""
        key = (*map(id, owners), rest)
        known = self._answers.get(key)
        if known is not None and all(map(is_, known[0], owners)):  # same length: same key
            return known[1]
        if len(self._answers) >= self.limit:  # start over rather than grow without end
            self._answers.clear()
        answer = make()
        self._answers[key] = (owners, answer)
        return answer

    def __len__(self) -> int:
        return len(self._answers)
