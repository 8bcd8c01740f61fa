"""How many deals beat both bottom lines: counted exactly, without listing every deal.

A deal's score for a side is the sum of what its issues contribute, so a deal is a pair
(one combination of the first half of the issues, one of the second half). For every
first half we need the second halves that make up what is still missing on *both*
sides: a two-dimensional dominance count. The second halves go into a merge-sort tree
(each level: blocks of 2^l of them sorted by the other side's sum), so one first half is
answered with one binary search per level. Cost: about (A + B) log B for A first and B
second halves, with A·B the whole space.

Memory stays flat in the size of the space: the tree holds at most `TREE` second halves
and the first halves stream past it in batches of at most `CHUNK`, so beyond a space of
about `TREE`² deals the peak no longer grows (time then grows with the space / `TREE`).
`bench/bench_analyse.py` (e) shows both against the earlier, larger bounds.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import numpy as np

CHUNK = 1 << 16  # first halves answered per batch (about 5 MB of work arrays)
TREE = 1 << 17  # second halves kept in the tree at most (about 10 MB)


Groups = Sequence[Sequence[tuple[int, int]]]  # per group: (a, b) of each combination


def half_sums(parts: Groups, dtype: type) -> tuple[np.ndarray, np.ndarray]:
    """Every combination of these groups as its two sums, one array per side."""
    a: np.ndarray = np.zeros(1, dtype=dtype)
    b: np.ndarray = np.zeros(1, dtype=dtype)
    for part in parts:
        ca: np.ndarray = np.array([c[0] for c in part], dtype=dtype)
        cb: np.ndarray = np.array([c[1] for c in part], dtype=dtype)
        a = (a[:, None] + ca[None, :]).ravel()
        b = (b[:, None] + cb[None, :]).ravel()
    return a, b


class Dominance:
    """Points (ya, yb); for many queries, the number with ya >= qa and yb >= qb.

    The points sorted by ya, their yb replaced by its rank, and those ranks kept as a
    wavelet matrix: one bit vector per bit of the rank (stored as running counts of
    zeros). Counting the ranks below a bound in a range of positions then takes one
    step per bit, for all queries at once.
    """

    def __init__(self, ya: np.ndarray, yb: np.ndarray) -> None:
        order = np.argsort(ya, kind="stable")
        self.a = ya[order]
        self.values, rank = np.unique(yb[order], return_inverse=True)
        self.n = len(ya)
        bits = max(1, int(len(self.values)).bit_length())
        sequence = rank.astype(np.int32)
        self.levels: list[tuple[int, np.ndarray]] = []  # (bit, zeros before each position)
        for bit in range(bits - 1, -1, -1):
            ones = ((sequence >> bit) & 1).astype(bool)
            zeros_before = np.zeros(self.n + 1, dtype=np.int32)
            np.cumsum(~ones, out=zeros_before[1:])
            self.levels.append((bit, zeros_before))
            sequence = np.concatenate((sequence[~ones], sequence[ones]))

    def count(self, qa: np.ndarray, qb: np.ndarray) -> int:
        start = np.searchsorted(self.a, qa, "left").astype(np.int32)  # from here: ya >= qa
        bound = np.searchsorted(self.values, qb, "left").astype(np.int32)  # rank >= bound
        low = start
        high = np.full(len(low), self.n, dtype=np.int32)
        smaller = np.zeros(len(low), dtype=np.int64)  # in [start, n) with rank < bound
        for bit, zeros_before in self.levels:
            zeros = zeros_before[-1]
            z_low, z_high = zeros_before[low], zeros_before[high]
            up = ((bound >> bit) & 1).astype(bool)
            smaller += (z_high - z_low) * up
            low = np.where(up, low - z_low + zeros, z_low)
            high = np.where(up, high - z_high + zeros, z_high)
        return int((self.n - start).sum() - smaller.sum())


def halves(groups: Sequence[Sequence[tuple[int, int]]]) -> tuple[list, list, int]:
    """The groups in two halves of products as equal as they allow, largest groups first;
    the first half's product last."""
    parts: tuple[list, list] = ([], [])
    sizes = [1, 1]
    for group in sorted(groups, key=len, reverse=True):
        side = 0 if sizes[0] <= sizes[1] else 1
        parts[side].append(group)
        sizes[side] *= len(group)
    return parts[0], parts[1], sizes[0]


def _split(groups: Sequence[Sequence[tuple[int, int]]]) -> tuple[list, list]:
    """Groups for the tree and groups for the queries: products as equal as the groups
    allow, the tree no larger than `TREE` combinations."""
    tree, queries, tree_size = halves(groups)
    if tree_size > TREE:  # a huge space: keep the largest tree that fits, stream the rest
        keep = _fullest(groups, TREE)
        tree = [groups[i] for i in keep]
        queries = [g for i, g in enumerate(groups) if i not in keep]
    return tree, queries


def _fullest(groups: Sequence[Sequence[tuple[int, int]]], cap: int) -> set[int]:
    """The groups whose product of sizes is the largest that stays within `cap` (at
    least one group): a fuller tree means fewer batches for the same memory."""
    best: dict[int, frozenset[int]] = {1: frozenset()}  # product -> groups making it
    for i, group in enumerate(groups):
        for product, chosen in list(best.items()):
            grown = product * len(group)
            if grown <= cap and grown not in best:
                best[grown] = chosen | {i}
    product = max(best)
    if product == 1:  # every group alone is larger than the cap: take the smallest
        return {min(range(len(groups)), key=lambda i: len(groups[i]))}
    return set(best[product])


def count_both(groups: Sequence[Sequence[tuple[int, int]]], need_a: int, need_b: int) -> int:
    """How many picks of one pair per group add up to at least `need_a` and `need_b`.

    Each group is a list of (a, b) contributions, one per allowed combination.
    """
    if any(len(g) == 0 for g in groups):
        return 0
    largest = sum(max(a for a, _ in g) for g in groups) + sum(max(b for _, b in g) for g in groups)
    # Whole numbers past int64 (huge weights with many decimals): exact, as Python ints.
    dtype: type = np.int64 if max(largest, need_a, need_b) < 2**62 else object
    tree_groups, query_groups = _split(groups)
    ya, yb = half_sums(tree_groups, dtype)
    tree = Dominance(ya, yb)
    total = 0
    for qa, qb in _chunks(query_groups, dtype):
        total += tree.count(need_a - qa, need_b - qb)
    return total


def _chunks(groups: Groups, dtype: type) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The sums of every combination of these groups, a bounded batch at a time."""
    inner: list[Sequence[tuple[int, int]]] = []
    outer: list[Sequence[tuple[int, int]]] = []
    size = 1
    for group in sorted(groups, key=len):
        if size * len(group) <= CHUNK or not inner:
            inner.append(group)
            size *= len(group)
        else:
            outer.append(group)
    a, b = half_sums(inner, dtype)
    # Highest sums first: every batch's bounds (need - sum) then rise, and a search of
    # rising keys walks the tree's sorted array in order (about twice as fast).
    order = np.argsort(a, kind="stable")[::-1]
    a, b = a[order], b[order]
    for picks in itertools.product(*outer):
        yield a + sum(p[0] for p in picks), b + sum(p[1] for p in picks)
