"""The dialogue beyond topics: questions and their answers, secrets told, preferences
stated, and the proposals each side made. `step` hands the new kinds of move here.

A question stays open for exactly one move of the other side: an answer or a refusal
closes it as such, any other move passes it by (ignored). So at most one question is
open, and it always belongs to the side that is not to move.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..bestanden.problemen import did_you_mean
from ..model import woorden
from ..model.casus import Brief, BriefItem, Casus, Geheim
from ..model.kennis import brief_voor, favorieten, gewicht_klasse, other, punt_onderwerp
from ..model.zetten import ANTWOORD_LIJSTEN, Zet
from .fouten import IllegalZet
from .kopie import replace

if TYPE_CHECKING:
    from .stap import RondeStaat

Keuzes = Mapping[str, str]


@dataclass(frozen=True)
class Vraag:
    """A question asked in the round and what became of it."""

    door: str
    zet: int  # 1-based number of the move in its round
    tekst: str
    item: str | None = None  # the question from the brief, if it came from there
    onderwerp: str | None = None  # its topic: only a question from the brief has one
    status: str = "open"  # open, beantwoord, geweigerd, genegeerd
    antwoord: str = ""  # the answer's text (or the reason given for not answering)


@dataclass(frozen=True)
class Uitspraak:
    """A preference statement: what a side said an issue weighs and which option it wants,
    with whether that is what its brief says (None: that part was not stated)."""

    door: str
    zet: int
    punt: str
    gewicht: str | None
    optie: str | None
    gewicht_waar: bool | None
    optie_waar: bool | None

    @property
    def waar(self) -> bool:
        return self.gewicht_waar is not False and self.optie_waar is not False


@dataclass(frozen=True)
class Bod:
    """A proposal one side made, in order."""

    door: str
    zet: int
    keuzes: Keuzes


@dataclass(frozen=True)
class Uitwisseling:
    """How the round's talk went, move by move (the topics are kept in `Dialogue`)."""

    vragen: tuple[Vraag, ...] = ()
    onthuld: tuple[tuple[str, str], ...] = ()  # (rol, secret id), in the order told
    uitspraken: tuple[Uitspraak, ...] = ()
    biedingen: tuple[Bod, ...] = ()

    @property
    def open_vraag(self) -> Vraag | None:
        if self.vragen and self.vragen[-1].status == "open":
            return self.vragen[-1]
        return None

    def onthuld_door(self, rol: str) -> tuple[str, ...]:
        return tuple(g for r, g in self.onthuld if r == rol)

    def vragen_van(self, rol: str, status: str | None = None) -> tuple[Vraag, ...]:
        return tuple(v for v in self.vragen if v.door == rol and status in (None, v.status))

    def uitspraken_van(self, rol: str) -> tuple[Uitspraak, ...]:
        return tuple(u for u in self.uitspraken if u.door == rol)

    def biedingen_van(self, rol: str) -> tuple[Bod, ...]:
        return tuple(b for b in self.biedingen if b.door == rol)

    def close(self, status: str, antwoord: str = "") -> Uitwisseling:
        vraag = self.open_vraag
        if vraag is None:
            return self
        closed = replace(vraag, status=status, antwoord=antwoord)
        return replace(self, vragen=self.vragen[:-1] + (closed,))

    def told(self, rol: str, geheim: str) -> Uitwisseling:
        if (rol, geheim) in self.onthuld:
            return self
        return replace(self, onthuld=self.onthuld + ((rol, geheim),))


# --- Moves -----------------------------------------------------------------------------

def before_move(ronde: RondeStaat, zet: Zet) -> RondeStaat:
    """A move that is neither an answer nor a refusal passes the open question by."""
    if ronde.uitwisseling.open_vraag is not None and zet.soort not in ("antwoord", "weiger"):
        return replace(ronde, uitwisseling=ronde.uitwisseling.close("genegeerd"))
    return ronde


def asked(casus: Casus, ronde: RondeStaat, zet: Zet, onderwerp: str | None) -> RondeStaat:
    """A question opens; only one from the brief carries its topic."""
    rol = zet.rol or ""
    tekst = zet.tekst
    if zet.item is not None:
        tekst = brief_voor(casus, rol, ronde.nummer).items()[zet.item].tekst
    vraag = Vraag(rol, len(ronde.zetten) + 1, tekst, zet.item, onderwerp)
    return replace(ronde, uitwisseling=replace(ronde.uitwisseling, vragen=ronde.uitwisseling.vragen + (vraag,)))


def proposed(ronde: RondeStaat, zet: Zet, keuzes: Keuzes) -> RondeStaat:
    bod = Bod(zet.rol or "", len(ronde.zetten) + 1, keuzes)
    return replace(ronde, uitwisseling=replace(ronde.uitwisseling, biedingen=ronde.uitwisseling.biedingen + (bod,)))


def apply(casus: Casus, ronde: RondeStaat, zet: Zet) -> tuple[RondeStaat, str | None]:
    """Play an answer, refusal, preference statement or told secret: the new round and
    the topic the mover gets credit for (None: no topic)."""
    rol = zet.rol or ""
    brief = brief_voor(casus, rol, ronde.nummer)
    if zet.soort in ("antwoord", "weiger"):
        vraag = ronde.uitwisseling.open_vraag
        if vraag is None or vraag.door == rol:
            raise IllegalZet(f"Er staat geen vraag van de {_rol(other(rol))} open; "
                             + ("een antwoord hoort direct na de vraag." if zet.soort == "antwoord"
                                else "weigeren kan alleen direct na een vraag."))
        if zet.soort == "weiger":
            return replace(ronde, uitwisseling=ronde.uitwisseling.close("geweigerd", zet.tekst)), None
        return _answer(brief, ronde, zet)
    if zet.soort == "onthul":
        geheim = _geheim(brief, rol, zet, required=True)
        assert geheim is not None
        if geheim.id in ronde.uitwisseling.onthuld_door(rol):
            raise IllegalZet("Dit geheim heb je deze ronde al verteld.")
        return replace(ronde, uitwisseling=ronde.uitwisseling.told(rol, geheim.id)), geheim.onderwerp
    return _state_preference(casus, brief, ronde, zet)


def _answer(brief: Brief, ronde: RondeStaat, zet: Zet) -> tuple[RondeStaat, str | None]:
    rol = zet.rol or ""
    if zet.item is not None and zet.geheim is not None:
        raise IllegalZet("Antwoord met een punt uit je brief of met een geheim, niet met allebei.")
    uitwisseling = ronde.uitwisseling
    onderwerp: str | None = None
    tekst = zet.tekst
    if zet.item is not None:
        item = _answer_item(brief, rol, zet.item)
        onderwerp, tekst = item.onderwerp, item.tekst
    elif zet.geheim is not None:
        geheim = _geheim(brief, rol, zet, required=True)
        assert geheim is not None
        onderwerp, tekst = geheim.onderwerp, geheim.tekst
        uitwisseling = uitwisseling.told(rol, geheim.id)
    elif not zet.tekst.strip():
        raise IllegalZet("Kies een antwoord uit je brief, vertel een geheim of typ een antwoord.")
    return replace(ronde, uitwisseling=uitwisseling.close("beantwoord", tekst)), onderwerp


def _answer_item(brief: Brief, rol: str, item_id: str) -> BriefItem:
    items = {i.id: i for lijst in ANTWOORD_LIJSTEN for i in getattr(brief, lijst)}
    if item_id not in items:
        raise IllegalZet(f"'{item_id}' staat niet bij de antwoorden, belangen of argumenten "
                         f"in de brief van de {_rol(rol)}." + did_you_mean(item_id, items))
    return items[item_id]


def _geheim(brief: Brief, rol: str, zet: Zet, required: bool) -> Geheim | None:
    if zet.geheim is None:
        if required:
            raise IllegalZet("Kies welk geheim je vertelt (geheim = \"...\").")
        return None
    geheim = brief.geheim(zet.geheim)
    if geheim is None:
        ids = [g.id for g in brief.geheimen]
        known = f" Kies uit: {', '.join(ids)}." if ids else " Deze brief heeft geen geheimen."
        raise IllegalZet(f"'{zet.geheim}' is geen geheim in de brief van de {_rol(rol)}."
                         + did_you_mean(zet.geheim, ids) + known)
    return geheim


def _state_preference(casus: Casus, brief: Brief, ronde: RondeStaat,
                      zet: Zet) -> tuple[RondeStaat, str | None]:
    punten = casus.onderhandelpunten
    if zet.punt is None or zet.punt not in punten:
        hint = did_you_mean(zet.punt, punten) if zet.punt else ""
        raise IllegalZet("Kies het onderhandelpunt waarover je iets zegt (punt = \"...\")."
                         + hint + f" Punten: {', '.join(punten)}.")
    if zet.gewicht is None and zet.optie is None:
        raise IllegalZet("Zeg hoe zwaar het punt weegt (gewicht = \"zwaar\", \"gemiddeld\" "
                         "of \"licht\"), welke optie je het liefst hebt (optie = \"...\"), "
                         "of allebei.")
    opties = punten[zet.punt].opties
    if zet.optie is not None and zet.optie not in opties:
        raise IllegalZet(f"'{zet.optie}' is geen optie bij {punten[zet.punt].titel}."
                         + did_you_mean(zet.optie, opties))
    uitspraak = Uitspraak(
        zet.rol or "", len(ronde.zetten) + 1, zet.punt, zet.gewicht, zet.optie,
        None if zet.gewicht is None else zet.gewicht == gewicht_klasse(brief, zet.punt),
        None if zet.optie is None else zet.optie in favorieten(brief, zet.punt),
    )
    uitwisseling = replace(ronde.uitwisseling, uitspraken=ronde.uitwisseling.uitspraken + (uitspraak,))
    return replace(ronde, uitwisseling=uitwisseling), punt_onderwerp(casus, zet.punt)


def _rol(rol: str) -> str:
    return woorden.ROLLEN.get(rol, rol).lower()
