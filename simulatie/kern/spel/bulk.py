"""Building many objects at once, without Python's cycle collector walking them.

Folding a long session makes a few hundred thousand small objects with no cycles among
them: the collector would walk them again and again as they pile up, for nothing to free
(a third of opening a 10,000-move save). It is switched off while such a batch is built
and on again after, also when the batch fails.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_collector() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
