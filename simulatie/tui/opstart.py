"""Start-up: where the cases come from and how they load without slowing the first screens.

The core (pydantic, the rules library) and loading the cases cost about as much as
Textual itself, so the app module, the start screen and the case list never import the
core at module level; the screens of a session are imported where they open. The cases
load in a thread. Without a cached case list (`casuslijst`) that thread starts with the
app; with one, the case list shows from the cache and the load waits until that list
has painted (or the player lingers on the start screen for `LEZEN` seconds): two Python
threads share one interpreter lock, so a load running meanwhile would slow every screen.

`Casusbron` holds all of that, so nothing else keeps a lock, a thread or a cache key.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from . import casuslijst
from . import catalogus as cat

if TYPE_CHECKING:
    from simulatie.kern.catalogus import Catalogus

    from .casuslijst import CasusLijst

LEZEN = 0.4
"""Seconds a player looks at the start screen before the core loads behind it (with a
cached case list). Shorter would slow the case list for one who presses 'n' at once."""


class Casusbron:
    """The case folders, the loaded cases and the list the case screen shows.

    `catalogus` waits for a load under way and loads itself when none ran; `lijst` is
    the list to show (from the cache until the load replaced it); `eigen` is the
    facilitator's own folder, changed only through `kies_map`.
    """

    def __init__(self, eigen: Path | None, meegeleverd: bool = True,
                 catalogus: Catalogus | None = None, cache_dir: Path | None = None) -> None:
        self.eigen, self.meegeleverd, self.cache_dir = eigen, meegeleverd, cache_dir
        self._catalogus = catalogus
        self._slot = threading.Lock()
        self._cache: tuple[Path, str] | None = None  # (file, key) for this start's folders
        self.lijst: CasusLijst | None = None
        if catalogus is None and cache_dir is not None:
            self._cache = (casuslijst.cache_file(cache_dir, self.mappen),
                           casuslijst.fingerprint(self.mappen))
            self.lijst = casuslijst.read_cache(*self._cache)
        if catalogus is None and self.lijst is None:
            # A plain thread, not a worker: workers only start once the app runs.
            threading.Thread(target=self._laad_vroeg, name="casussen-laden",
                             daemon=True).start()

    @property
    def uit_cache(self) -> bool:
        """The list shows from the cache while the cases are not loaded yet."""
        return self.lijst is not None and self._catalogus is None

    @property
    def geladen(self) -> bool:
        return self._catalogus is not None

    @property
    def mappen(self) -> list[Path]:
        """The folders the cases come from, own folder first."""
        return cat.folders(self.eigen, self.meegeleverd)

    @property
    def catalogus(self) -> Catalogus:
        """The cases; waits for the loading thread when it is still busy."""
        with self._slot:
            if self._catalogus is None:
                self._catalogus = cat.load(self.eigen, self.meegeleverd)
        return self._catalogus

    def _laad_vroeg(self) -> None:
        """Load the cases (and import the case screen) as early as possible."""
        try:
            self.catalogus
            from .screens import casussen  # noqa: F401
        except Exception:  # noqa: BLE001 — `laad_lijst` tries again and reports it
            pass

    def laad_lijst(self) -> None:
        """Load the cases and make their list (in a thread); keep it for the next start."""
        oud = self.lijst
        self.lijst = casuslijst.from_catalogus(self.catalogus, self.mappen)
        from .screens import casussen  # noqa: F401
        # Kept for the next start only now: writing waits for the disk, the list need not.
        if self._cache is not None and self.lijst != oud:  # key made before the load
            casuslijst.write_cache(*self._cache, self.lijst)

    def kies_map(self, eigen: Path | None) -> None:
        """A facilitator's own folder from now on (read by the next `lees`)."""
        self.eigen = eigen

    def lees(self, eigen: Path | None) -> tuple[Catalogus, CasusLijst]:
        """Read the case folders again (F5, own folder; in a thread): cases and their list.

        The list is kept for the next start, under a key made before the files are read:
        a file changed meanwhile then gives a key that no later start will match.
        """
        mappen = cat.folders(eigen, self.meegeleverd)
        sleutel = casuslijst.fingerprint(mappen) if self.cache_dir is not None else None
        nieuw = cat.load(eigen, self.meegeleverd)
        lijst = casuslijst.from_catalogus(nieuw, mappen)
        if self.cache_dir is not None and sleutel is not None:
            casuslijst.write_cache(casuslijst.cache_file(self.cache_dir, mappen), sleutel, lijst)
        return nieuw, lijst

    def vervang(self, nieuw: Catalogus, lijst: CasusLijst) -> Catalogus:
        """Put freshly read cases and their list in place; returns the old cases.

        A session under way keeps its own loaded case, so a reload never changes it.
        """
        with self._slot:
            oud, self._catalogus = self._catalogus, nieuw
            self.lijst = lijst
        return oud or nieuw
