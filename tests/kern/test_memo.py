"""The memo by identity: one answer per set of objects, never one for a look-alike."""

from __future__ import annotations

import gc
import weakref

from hypothesis import given
from hypothesis import strategies as st

from simulatie.kern.memo import IdMemo


class Ding:
    """An object that equals every other: only identity tells two apart."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ding)

    __hash__ = object.__hash__


def test_the_same_objects_and_rest_are_answered_once():
    memo: IdMemo[int] = IdMemo(10)
    made: list[int] = []
    a, b = Ding(), Ding()
    for _ in range(3):
        assert memo.get((a, b), "deal", lambda: made.append(1) or len(made)) == 1
    assert made == [1]


def test_an_equal_object_or_another_rest_is_another_answer():
    memo: IdMemo[str] = IdMemo(10)
    a, a2 = Ding(), Ding()
    assert memo.get((a,), 1, lambda: "a") == "a"
    assert memo.get((a2,), 1, lambda: "a2") == "a2"  # equal, but not the same object
    assert memo.get((a,), 2, lambda: "a, 2") == "a, 2"
    assert memo.get((a,), 1, lambda: "opnieuw") == "a"


def test_a_kept_object_stays_alive_so_its_id_is_never_reused():
    memo: IdMemo[str] = IdMemo(10)
    a = Ding()
    alive = weakref.ref(a)
    memo.get((a,), None, lambda: "a")
    del a
    gc.collect()
    assert alive() is not None  # held by the memo: no new object can get its id


@given(st.lists(st.integers(0, 30), max_size=200), st.integers(1, 8))
def test_memory_stays_bounded_and_every_answer_is_right(rests, limit):
    memo: IdMemo[int] = IdMemo(limit)
    owner = Ding()
    for rest in rests:
        assert memo.get((owner,), rest, lambda r=rest: r * r) == rest * rest
        assert len(memo) <= limit
