"""A session is a case, two players and the list of moves: nothing more is stored.

Every state — now, after move 17, at the end of round 2 — is the fold of a prefix of
`zetten` over the case (see `simulatie.kern.spel`).
"""

from __future__ import annotations

import hashlib

from pydantic import Field

from .casus import Casus, Model, Tekst
from .zetten import Zet

FORMAAT_VERSIE = 1


class Sessie(Model):
    """What gets saved: the case, the players and every move in order."""

    versie: int = FORMAAT_VERSIE
    casus: str
    casus_hash: str = ""
    spelers: tuple[Tekst, Tekst]
    # Set when the pair chose 'Sessie afronden'; written only then, so older saves stay valid.
    afgerond: bool = False
    zetten: tuple[Zet, ...] = ()
    notities: dict[str, str] = Field(default_factory=dict)  # trainer notes per move number


def casus_hash(casus: Casus) -> str:
    """A short fingerprint of the case content, to notice a case changed after a save.

    Defaults stay out, so a new optional field in the case model does not make every
    saved session look as if its case had changed.
    """
    return hashlib.sha256(casus.model_dump_json(exclude_defaults=True).encode()).hexdigest()[:16]
