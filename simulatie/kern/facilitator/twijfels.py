"""The doubts about each loaded case, for the lists that offer cases to play.

A case can load cleanly and still make a poor negotiation (no agreement reaches both
bottom lines, say). `valideer` warns about it; the case list in the app and `simulatie
casussen` should not offer it as if nothing were the matter. The check analyses the
case's agreements once (see `analyse/`), a few hundredths of a second for a bundled case.
"""

from __future__ import annotations

from ..analyse.ruimte import ruimte
from ..analyse.speelbaarheid import playability
from ..catalogus.laden import Catalogus


def with_doubts(catalogus: Catalogus) -> Catalogus:
    """`catalogus` with every loaded case's playability warnings in `waarschuwingen`."""
    for geladen in catalogus.casussen.values():
        doubts = list(playability(geladen, ruimte(geladen.casus, geladen.regelboek)))
        if doubts:
            catalogus.waarschuwingen.setdefault(geladen.bestand, []).extend(doubts)
    return catalogus
