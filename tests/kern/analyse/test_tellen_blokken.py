"""The count of deals above both bottom lines in bounded memory: a tree of at most
`TREE` second halves, the rest streamed past it; exact against brute force."""

from __future__ import annotations

import itertools
import math
import random
import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from simulatie.kern.analyse import tellen

pairs = st.tuples(st.integers(0, 60), st.integers(0, 60))
group_lists = st.lists(st.lists(pairs, min_size=1, max_size=5), min_size=1, max_size=5)


def brute(groups, need_a, need_b) -> int:
    return sum(1 for picks in itertools.product(*groups)
               if sum(p[0] for p in picks) >= need_a and sum(p[1] for p in picks) >= need_b)


@settings(max_examples=60, deadline=None)
@given(group_lists, st.integers(0, 200), st.integers(0, 200), st.integers(1, 12),
       st.integers(1, 6))
def test_any_tree_and_batch_size_counts_exactly(groups, need_a, need_b, tree, chunk):
    old = tellen.TREE, tellen.CHUNK
    tellen.TREE, tellen.CHUNK = tree, chunk
    try:
        assert tellen.count_both(groups, need_a, need_b) == brute(groups, need_a, need_b)
    finally:
        tellen.TREE, tellen.CHUNK = old


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(1, 9), min_size=1, max_size=7), st.integers(1, 400))
def test_the_tree_is_the_fullest_that_fits(sizes, cap):
    groups = [[(0, 0)] * n for n in sizes]
    keep = tellen._fullest(groups, cap)
    product = math.prod(sizes[i] for i in keep)
    fitting = [math.prod(c) for r in range(1, len(sizes) + 1)
               for c in itertools.combinations(sizes, r) if math.prod(c) <= cap]
    if fitting:
        assert product == max(fitting)
    else:  # nothing fits: one group, the smallest
        assert len(keep) == 1 and product == min(sizes)


def _peak(groups) -> float:
    tracemalloc.start()
    tellen.count_both(groups, 600, 600)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def test_peak_memory_stays_flat_as_the_space_grows():
    """5^14 and 5^16 deals: 25 times the space, about the same peak (the earlier
    square-root split kept five times as many second halves at 5^16)."""
    rng = random.Random(3)
    groups = [[(rng.randint(0, 100), rng.randint(0, 100)) for _ in range(5)]
              for _ in range(16)]
    small, large = _peak(groups[:14]), _peak(groups)
    assert large < 1.3 * small
    assert large < 16e6  # bytes: the bounded tree and one batch
