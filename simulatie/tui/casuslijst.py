"""The case list as the case screen shows it, and a cache of it for a quick start.

Loading the cases needs the core: pydantic and the rules library take about as long to
import as Textual itself. The list a player picks from needs none of that, only each
case's name and public text and the broken files' errors. So after every full load the
app keeps that list in a cache file, and the next start shows the list from it while the
core loads behind it.

The cache is only used for the exact same input: its key (`fingerprint`) covers the
bytes of every file the loader reads and the game's own code. Whatever the cache says,
the full load follows and replaces the list, and a case is only ever played from it. A
cache that is missing, damaged or unwritable is simply not used: it never stops a game.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.content import Content, Span

from simulatie.kern.bestanden import REGELS_BESTAND, bundled_folder, case_files

from . import catalogus as cat
from .casustekst import (
    STIJLEN, WAARSCHUWINGSTEKEN, casus_tekst, probleem_tekst, waarschuwingen_kop,
)

if TYPE_CHECKING:
    from simulatie.kern.bestanden import Problem
    from simulatie.kern.catalogus import Catalogus
    from simulatie.kern.spel import GeladenCasus

FORMAT = 1  # raise when the cached shape changes
_PACKAGE = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class CasusKaart:
    """One entry of the list: the case's id, its label and its public description."""

    id: str
    gemeente: str
    titel: str
    detail: Content


@dataclass(frozen=True)
class CasusLijst:
    """What the case screen shows: the playable cases, and the broken files' errors."""

    kaarten: tuple[CasusKaart, ...] = ()
    problemen: tuple[Content, ...] = ()
    foutbestanden: int = 0

    def kaart(self, casus_id: str | None) -> CasusKaart | None:
        return next((k for k in self.kaarten if k.id == casus_id), None)


def from_catalogus(catalogus: Catalogus, mappen: list[Path]) -> CasusLijst:
    """The list for the loaded `catalogus`, files named relative to `mappen`."""
    titels = Counter(g.casus.titel for g in catalogus.casussen.values())
    kaarten = tuple(_kaart(g, catalogus.waarschuwingen.get(g.bestand, []), titels[g.casus.titel] > 1,
                           mappen) for g in catalogus.casussen.values())
    problemen = tuple(probleem_tekst(p, cat.name(p.file, mappen))
                      for problems in catalogus.problemen.values() for p in problems)
    return CasusLijst(kaarten, problemen, len(catalogus.problemen))


def _kaart(geladen: GeladenCasus, twijfels: list[Problem], gedeelde_titel: bool,
           mappen: list[Path]) -> CasusKaart:
    """A case's entry: marked when it has warnings, with its file where a title is shared."""
    casus = geladen.casus
    titel = f"{casus.titel} ({geladen.bestand.name})" if gedeelde_titel else casus.titel
    gemeente = f"{WAARSCHUWINGSTEKEN} {casus.gemeente}" if twijfels else casus.gemeente
    detail = casus_tekst(casus)
    if twijfels:
        regels = [probleem_tekst(p, cat.name(p.file, mappen)) for p in twijfels]
        # The mark on top, the warnings (for the facilitator) below the public description.
        detail = Content("\n").join([waarschuwingen_kop(len(regels), "onderaan"), Content(""),
                                     detail, Content(""), waarschuwingen_kop(len(regels)),
                                     *regels])
    return CasusKaart(casus.id, gemeente, titel, detail)


# -- the cache ----------------------------------------------------------------------------


def fingerprint(mappen: list[Path]) -> str:
    """A key that changes whenever a full load could give another list.

    Covers each folder (by path), the bytes of every file a load reads there, the
    bundled general rules, and the size and time of the game's own code (an update or an
    edit of the code can change what a load finds).
    """
    digest = hashlib.sha256(f"casuslijst {FORMAT}".encode())
    bestanden: list[Path] = [bundled_folder() / REGELS_BESTAND]
    for map_ in mappen:
        digest.update(f"\0map {map_.resolve()} {map_.is_dir()}".encode())
        if map_.is_dir():
            bestanden += [map_ / REGELS_BESTAND, *case_files(map_)]
    for pad in bestanden:
        digest.update(f"\0bestand {pad.resolve()}\0".encode())
        try:
            digest.update(pad.read_bytes())
        except OSError as error:  # missing or unreadable: the load reports it; so does the key
            digest.update(f"\0{type(error).__name__}".encode())
    for pad in sorted(_PACKAGE.rglob("*.py")):
        info = pad.stat()
        digest.update(f"\0code {pad.relative_to(_PACKAGE)} {info.st_size} {info.st_mtime_ns}".encode())
    return digest.hexdigest()


def cache_file(cache_dir: Path, mappen: list[Path]) -> Path:
    """One cache file per set of folders, so an own folder does not push out the bundled."""
    naam = hashlib.sha256("\0".join(str(m.resolve()) for m in mappen).encode()).hexdigest()
    return cache_dir / f"casuslijst-{naam[:16]}.json"


def read_cache(path: Path, sleutel: str) -> CasusLijst | None:
    """The cached list for `sleutel`, or None when there is none or it cannot be trusted."""
    try:
        data = json.loads(path.read_bytes())
        return _lijst(data) if data["sleutel"] == sleutel else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # no cache, an old one, or damaged: the full load is the truth anyway


def write_cache(path: Path, sleutel: str, lijst: CasusLijst) -> bool:
    """Keep `lijst` for the next start; False (and nothing written) when that fails."""
    from simulatie.kern.opslag import write_atomic  # the core is loaded by now

    try:
        data = {
            "sleutel": sleutel,
            "kaarten": [{"id": k.id, "gemeente": k.gemeente, "titel": k.titel,
                         "detail": _plain(k.detail)} for k in lijst.kaarten],
            "problemen": [_plain(p) for p in lijst.problemen],
            "foutbestanden": lijst.foutbestanden,
        }
        if _lijst(data) != lijst:  # e.g. a carriage return, which Content itself rewrites
            return False  # what would read back differently is better not kept
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except (OSError, TypeError, ValueError):
        return False  # a read-only home or a full disk costs a slower next start, no more
    return True


def _lijst(data: dict) -> CasusLijst:
    return CasusLijst(tuple(CasusKaart(k["id"], k["gemeente"], k["titel"], _content(k["detail"]))
                            for k in data["kaarten"]),
                      tuple(_content(p) for p in data["problemen"]),
                      int(data["foutbestanden"]))


def _plain(content: Content) -> dict:
    # Text and spans, not markup: markup does not survive every text a case file can hold.
    return {"tekst": content.plain,
            "spans": [[s.start, s.end, _style(s.style)] for s in content.spans]}


def _style(style: object) -> str:
    if style not in STIJLEN:
        raise TypeError(f"stijl {style!r} hoort niet in de cache")
    return style  # type: ignore[return-value]


def _content(data: dict) -> Content:
    tekst = data["tekst"]
    if not isinstance(tekst, str):
        raise TypeError("tekst")
    spans = []
    for start, end, style in data["spans"]:
        # A style outside `STIJLEN` could fail only when drawn: refuse it here instead.
        if not (isinstance(start, int) and isinstance(end, int) and style in STIJLEN
                and 0 <= start <= end <= len(tekst)):
            raise ValueError("span")
        spans.append(Span(start, end, style))
    return Content(tekst, spans)
