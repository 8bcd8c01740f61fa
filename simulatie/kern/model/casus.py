"""The case file as pydantic models: the shape of a `casussen/*.toml` file.

Pydantic checks the shape (types, required keys, known words). Checks that span
several fields — weights that cover every issue, reachable bottom lines — live in
`controle.py`, which reports each problem with the path to put it on a line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, Strict, StringConstraints,
    field_validator, model_serializer,
)

from ..memo import IdMemo
from . import woorden

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_\-]*$", max_length=60)]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
# Numbers are strict: TOML has real numbers, so "65" (text) or 166.000 (a decimal point
# where a Dutch writer meant a thousands dot) is a mistake to name, not to coerce.
Geheel = Annotated[int, Strict()]
Getal = Annotated[float, Strict()]  # a whole number is a number too
Waarde = Annotated[Getal, Field(ge=0, le=100)]
# Bounded so a score stays a number: an infinite or huge weight overflows it to NaN or inf.
MAX_GEWICHT = 1_000_000

# A lesson number of `woorden.LESSEN`: an unknown one is out of range, with its place.
Les = Annotated[Geheel, Field(ge=min(woorden.LESSEN), le=max(woorden.LESSEN))]
Rol = Literal["gemeente", "swo"]
Ernst = Literal["compliment", "tip", "waarschuwing"]
if TYPE_CHECKING:  # a type checker cannot read a Literal built from the vocabulary at run time
    Dimensie = str
    Doel = str
    Domein = str
    Onderwerp = str
    Kenmerk = str
else:  # pydantic checks each against its word list
    Dimensie = Literal[tuple(woorden.DIMENSIES)]
    Doel = Literal[tuple(woorden.DOELEN)]
    Domein = Literal[tuple(woorden.DOMEINEN)]
    Onderwerp = Literal[tuple(woorden.ONDERWERPEN)]
    Kenmerk = Literal[tuple(woorden.KENMERKEN)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Optie(Model):
    titel: Tekst
    uitleg: str = ""
    getal: Getal | None = Field(default=None, ge=0, le=1000)
    kenmerken: tuple[Kenmerk, ...] = ()


class Onderhandelpunt(Model):
    titel: Tekst
    uitleg: str = ""
    # What talking about this issue is about (a preference statement credits it); the
    # fixed issues have a default, see `woorden.PUNT_ONDERWERPEN`.
    onderwerp: Onderwerp | None = None
    segment: Id | None = None  # the segment this issue belongs to (see `Casus.segmenten`)
    opties: dict[Id, Optie] = Field(min_length=2)


class Segment(Model):
    """A part of the domain bought differently (Helmond: youth and living-care-welfare)."""

    titel: Tekst
    uitleg: str = ""


class BriefItem(Model):
    """A question, interest or argument a role can bring into the dialogue."""

    id: Id
    tekst: Tekst
    onderwerp: Onderwerp


def derived_geheim_id(index: int) -> str:
    """The id of a secret written as plain text: its place in the list, from 1."""
    return f"geheim_{index + 1}"


class Geheim(Model):
    """Something only this side knows; revealing it may change what the other side values
    (`effect`), and it may rule options out for this side whatever the table says
    (`onaanvaardbaar`)."""

    id: Id
    tekst: Tekst  # as its holder reads it in the brief ("je team heeft ...")
    # How it reads to the other side once told ("het team van de gemeente heeft ...");
    # without it the other side reads `tekst`, which must then read right for both.
    verteld: Tekst | None = None
    onderwerp: Onderwerp | None = None
    # Once revealed: the other side's value of these options becomes this number.
    effect: dict[Id, dict[Id, Waarde]] = {}
    # A hidden constraint of the holder: a deal with one of these is below its bottom line.
    onaanvaardbaar: dict[Id, tuple[Id, ...]] = {}

    def __str__(self) -> str:  # screens that list secrets as text keep working
        return self.tekst

    @property
    def voor_ander(self) -> str:
        """The secret as the other side reads it once it is told."""
        return self.verteld or self.tekst

    @property
    def plain(self) -> bool:
        return not (self.onderwerp or self.effect or self.onaanvaardbaar)


class Alternatief(Model):
    """What happens to this side without an agreement; with `keuzes`, the bottom line is
    the brief's score of that no-deal situation (checked in `controle.py`)."""

    tekst: Tekst
    keuzes: dict[Id, Id] | None = None


class Brief(Model):
    """One role's private brief: what this side knows and wants."""

    functie: Tekst
    situatie: Tekst
    belangen: tuple[BriefItem, ...] = Field(min_length=1)
    vragen: tuple[BriefItem, ...] = Field(min_length=1)
    argumenten: tuple[BriefItem, ...] = ()
    antwoorden: tuple[BriefItem, ...] = ()
    geheimen: tuple[Geheim, ...] = ()
    alternatief: Alternatief | None = None
    gewichten_totaal: Getal = Field(default=100, gt=0, le=MAX_GEWICHT)
    gewichten: dict[Id, Annotated[Getal, Field(ge=0, le=MAX_GEWICHT)]]
    waarden: dict[Id, dict[Id, Waarde]]
    ondergrens: Waarde

    @field_validator("geheimen", mode="before")
    @classmethod
    def _plain_secrets(cls, value: object) -> object:
        """A secret written as plain text (the older form) gets an id from its place."""
        if not isinstance(value, (list, tuple)):
            return value
        return [{"id": derived_geheim_id(i), "tekst": g} if isinstance(g, str) else g
                for i, g in enumerate(value)]

    @model_serializer(mode="wrap")
    def _dump_plain_secrets(self, handler: SerializerFunctionWrapHandler) -> object:
        """Plain secrets dump as plain text again, so a case's fingerprint (and with it
        every older save of that case) stays what it was."""
        data = handler(self)
        if isinstance(data, dict) and isinstance(data.get("geheimen"), (list, tuple)):
            data["geheimen"] = [
                g.tekst if g.plain and g.id == derived_geheim_id(i) else dumped
                for i, (g, dumped) in enumerate(zip(self.geheimen, data["geheimen"]))]
        return data

    def items(self, lijst: str | None = None) -> dict[str, BriefItem]:
        """The items of the brief by id, or of one of its lists (`belangen`, ...). Read
        only: made once per brief, as every move that quotes the brief asks for them."""
        return _ITEMS.get((self,), lijst, lambda: {i.id: i for i in (
            getattr(self, lijst) if lijst else
            (*self.belangen, *self.vragen, *self.argumenten, *self.antwoorden))})

    def geheim(self, geheim_id: str) -> Geheim | None:
        return next((g for g in self.geheimen if g.id == geheim_id), None)


_ITEMS: IdMemo[dict[str, BriefItem]] = IdMemo(1024)


class Rollen(Model):
    gemeente: Brief
    swo: Brief

    def __getitem__(self, rol: str) -> Brief:
        return getattr(self, rol)


class Regel(Model):
    """A feedback rule: when `als` holds for a round, show `bericht`."""

    id: Id
    als: Tekst
    ernst: Ernst
    bericht: Tekst
    bron: Tekst
    effecten: dict[Dimensie, Annotated[Geheel, Field(ge=-5, le=5)]] = {}
    # The lessons (numbers of `woorden.LESSEN`) this rule teaches; a rule about something
    # the lessons do not cover (a deal below one's own bottom line) names none.
    lessen: tuple[Les, ...] = ()


class Verbod(Model):
    """A combination of options that cannot be proposed at all."""

    id: Id
    als: Tekst
    reden: Tekst


class Casus(Model):
    id: Id
    titel: Tekst
    gemeente: Tekst
    inwoners: Geheel = Field(gt=0, le=2_000_000)
    domein: tuple[Domein, ...] = Field(min_length=1)
    doelen: tuple[Doel, ...] = Field(min_length=1)
    samenvatting: Tekst
    bronnen: tuple[Tekst, ...] = Field(min_length=1)
    max_zetten: Geheel = Field(ge=4, le=1000)
    onderhandelpunten: dict[Id, Onderhandelpunt]
    rollen: Rollen
    regels: tuple[Regel, ...] = ()
    verboden: tuple[Verbod, ...] = ()
    segmenten: dict[Id, Segment] = {}
    # Second variant of each brief for rounds 2, 4, ...: after the role swap each player has
    # seen both round-1 tables, so the swapped round gets priorities and secrets of its own.
    rolwissel: dict[Rol, Brief] = {}
    # For the debrief only: never shown before the round ends.
    wat_er_echt_gebeurde: str = Field(default="", max_length=4000)
    debriefvragen: tuple[Tekst, ...] = Field(default=(), max_length=5)

    def brief(self, rol: str, ronde: int = 1) -> Brief:
        """The brief of a role in a round: the `rolwissel` variant in even rounds, if any."""
        if ronde % 2 == 0 and rol in self.rolwissel:
            return self.rolwissel[rol]
        return self.rollen[rol]

    def punt_ids(self, vast: str) -> list[str]:
        """The issues that hold a fixed point: itself, or one per segment when split."""
        if vast in self.onderhandelpunten or vast not in woorden.SPLITSBARE_PUNTEN:
            return [vast] if vast in self.onderhandelpunten else []
        return [gesplitst(vast, s) for s in self.segmenten
                if gesplitst(vast, s) in self.onderhandelpunten]

    def soort(self, punt_id: str) -> str:
        """The fixed point an issue holds (`aanbieders_jeugd` -> `aanbieders`), else its id."""
        punt = self.onderhandelpunten.get(punt_id)
        for vast in woorden.SPLITSBARE_PUNTEN:
            if punt is not None and punt.segment and punt_id == gesplitst(vast, punt.segment):
                return vast
        return punt_id


def gesplitst(vast: str, segment: str) -> str:
    """The id of a fixed point split per segment: `aanbieders_jeugd`."""
    return f"{vast}_{segment}"


class RegelBestand(Model):
    """The general rules file: rules and bans that hold for every case."""

    regels: tuple[Regel, ...] = ()
    verboden: tuple[Verbod, ...] = ()


def vul_rolwissel(data: dict) -> dict:
    """A case's raw data with each `[rolwissel.ROL]` completed from `[rollen.ROL]`: a variant
    names only what changes (weights, values, secrets...); the rest is the round-1 brief."""
    variant, rollen = data.get("rolwissel"), data.get("rollen")
    if not isinstance(variant, dict) or not isinstance(rollen, dict):
        return data
    filled = {rol: ({**rollen[rol], **brief} if isinstance(rollen.get(rol), dict)
                    and isinstance(brief, dict) else brief)
              for rol, brief in variant.items()}
    return {**data, "rolwissel": filled}
