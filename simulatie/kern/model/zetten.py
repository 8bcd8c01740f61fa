"""A zet: one move in the dialogue. A session is nothing but a list of these."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from . import casus as c

Gewicht = Literal["zwaar", "gemiddeld", "licht"]  # the words of woorden.GEWICHTEN

Soort = Literal[
    "vraag", "belang", "argument", "voorstel", "tegenvoorstel",
    "accepteer", "verwerp", "stop", "rolwissel",
    "antwoord", "weiger", "voorkeur", "onthul",
]

SOORTEN: dict[str, str] = {
    "vraag": "Stel een vraag",
    "belang": "Deel een belang",
    "argument": "Breng een argument in",
    "voorstel": "Doe een voorstel",
    "tegenvoorstel": "Doe een tegenvoorstel",
    "accepteer": "Accepteer het voorstel",
    "verwerp": "Wijs het voorstel af (met argument)",
    "stop": "Stop zonder akkoord",
    "rolwissel": "Rolwissel: nieuwe ronde",
    "antwoord": "Beantwoord de vraag",
    "weiger": "Geef geen antwoord op de vraag",
    "voorkeur": "Zeg wat een punt je waard is",
    "onthul": "Vertel een geheim",
}

# The moves that carry `keuzes`: an option for every issue.
VOORSTEL_SOORTEN = ("voorstel", "tegenvoorstel")

# Which list of the brief a move may quote from.
BRIEF_LIJST: dict[str, str] = {
    "vraag": "vragen",
    "belang": "belangen",
    "argument": "argumenten",
    "verwerp": "argumenten",
}

# Where an answer may come from in the answering side's brief (besides a secret).
ANTWOORD_LIJSTEN = ("antwoorden", "belangen", "argumenten")

# The fields beyond `soort`, `rol`, `tekst` and `tijd` each kind of move may carry.
VELDEN: dict[str, frozenset[str]] = {
    **{soort: frozenset({"item", "onderwerp"}) for soort in BRIEF_LIJST},
    "voorstel": frozenset({"keuzes"}),
    "tegenvoorstel": frozenset({"keuzes"}),
    "antwoord": frozenset({"item", "geheim", "onderwerp"}),
    "voorkeur": frozenset({"punt", "gewicht", "optie"}),
    "onthul": frozenset({"geheim"}),
}


class Zet(c.Model):
    """One move. Which fields matter depends on `soort`; `step` checks the rest."""

    soort: Soort
    rol: c.Rol | None = None  # who moves; empty only for a rolwissel
    item: c.Id | None = None  # a question, interest or argument from the brief
    tekst: str = Field(default="", max_length=4000)  # free text, or a remark
    onderwerp: c.Onderwerp | None = None  # topic of a free-text move
    keuzes: dict[c.Id, c.Id] | None = None  # a proposal: option per issue
    geheim: c.Id | None = None  # a secret of the mover's brief (onthul, antwoord)
    punt: c.Id | None = None  # the issue of a preference statement (voorkeur)
    gewicht: Gewicht | None = None  # how heavily it weighs, as stated
    optie: c.Id | None = None  # the favourite option, as stated
    tijd: datetime | None = None
