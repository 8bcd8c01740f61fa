"""The state of a session and the one function that changes it: `step`.

A session's state is the fold of its moves over the case (`verloop.Verloop`). `step`
is pure: it returns a new state or raises `IllegalZet` with a Dutch reason and leaves the
old one, and the rule book, as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..bestanden.problemen import did_you_mean
from ..model import woorden
from ..model.casus import Casus
from ..model.kennis import brief_voor, briefs_in
from ..model.zetten import BRIEF_LIJST, VELDEN, VOORSTEL_SOORTEN, Zet
from ..regels.feiten import case_facts, voorstel_facts
from ..regels.regels import Regelboek
from . import dialoog
from .dialoog import Uitwisseling
from .fouten import IllegalZet
from .kopie import replace

Keuzes = Mapping[str, str]
_EMPTY: frozenset[str] = frozenset()


def other(rol: str) -> str:
    return "swo" if rol == "gemeente" else "gemeente"


@dataclass(frozen=True)
class Dialogue:
    """What the talk so far has covered: the raw material of the dialogue facts."""

    besproken: frozenset[str] = _EMPTY
    besproken_voor_voorstel: frozenset[str] = _EMPTY
    vroeg: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({"gemeente": _EMPTY, "swo": _EMPTY}))
    deelde: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({"gemeente": _EMPTY, "swo": _EMPTY}))
    # Topics only named: free text carrying a label. They earn no credit (nobody can
    # tell "bla bla" from a real point), but no rule may say they never came up.
    genoemd: frozenset[str] = _EMPTY
    genoemd_voor_voorstel: frozenset[str] = _EMPTY
    noemde: Mapping[str, frozenset[str]] = field(  # the same, per side that named it
        default_factory=lambda: MappingProxyType({"gemeente": _EMPTY, "swo": _EMPTY}))
    voorstellen: int = 0
    eerste_voorstel_zet: float | None = None
    eerste_voorstel_door: str | None = None

    def talked(self, rol: str, onderwerp: str | None, asked: bool,
               label: str | None = None) -> Dialogue:
        """A topic brought in from the case; free text (`onderwerp` None) earns no topic,
        and its `label`, if any, counts as named only."""
        if onderwerp is None:
            return self._named(rol, label) if label else self
        before = self.besproken_voor_voorstel
        if self.voorstellen == 0:
            before = before | {onderwerp}
        talked = replace(self, besproken=self.besproken | {onderwerp},
                         besproken_voor_voorstel=before)
        grown = dict(self.vroeg if asked else self.deelde)
        grown[rol] = grown[rol] | {onderwerp}
        if asked:
            return replace(talked, vroeg=MappingProxyType(grown))
        return replace(talked, deelde=MappingProxyType(grown))

    def _named(self, rol: str, label: str) -> Dialogue:
        before = self.genoemd_voor_voorstel | ({label} if self.voorstellen == 0 else set())
        noemde = dict(self.noemde)
        noemde[rol] = noemde.get(rol, _EMPTY) | {label}
        return replace(self, genoemd=self.genoemd | {label}, genoemd_voor_voorstel=before,
                       noemde=MappingProxyType(noemde))

    def proposed(self, rol: str, zet_nummer: int) -> Dialogue:
        if self.voorstellen:
            return replace(self, voorstellen=self.voorstellen + 1)
        return replace(self, voorstellen=1, eerste_voorstel_zet=float(zet_nummer),
                       eerste_voorstel_door=rol)


@dataclass(frozen=True)
class Voorstel:
    """A proposal on the table: an option for every issue, and who made it."""

    keuzes: Keuzes
    door: str
    zet: int  # 1-based number of the move in its round


@dataclass(frozen=True)
class RondeStaat:
    nummer: int
    gemeente_speler: int  # 0 = player A, 1 = player B
    zetten: tuple[Zet, ...] = ()
    aan_zet: str = "gemeente"
    op_tafel: Voorstel | None = None
    laatste_voorstel: Keuzes | None = None
    akkoord: Keuzes | None = None
    uitkomst: str = "lopend"
    dialogue: Dialogue = field(default_factory=Dialogue)
    uitwisseling: Uitwisseling = field(default_factory=Uitwisseling)

    @property
    def afgelopen(self) -> bool:
        return self.uitkomst != "lopend"

    def speler(self, rol: str) -> int:
        """Index of the player who holds `rol` in this round."""
        return self.gemeente_speler if rol == "gemeente" else 1 - self.gemeente_speler

    def rol_van(self, speler: int) -> str:
        return "gemeente" if speler == self.gemeente_speler else "swo"


@dataclass(frozen=True)
class SessieStaat:
    """The session after some moves: the rounds that ended, and the one being played.

    The ended rounds are one tuple that every state of a round shares: a move makes a
    new `ronde` only, so a move costs the same in round 1 as in round 1,000.
    """

    casus: Casus
    regelboek: Regelboek = field(compare=False, repr=False)
    spelers: tuple[str, str]
    eerdere: tuple[RondeStaat, ...]  # the rounds before this one, all of them ended
    ronde: RondeStaat  # the round being played (or just ended, before the rolwissel)

    @property
    def rondes(self) -> tuple[RondeStaat, ...]:
        """Every round so far, this one last."""
        return (*self.eerdere, self.ronde)

    def zetten_over(self) -> int:
        return max(0, self.casus.max_zetten - len(self.ronde.zetten))


def new_session(casus: Casus, regelboek: Regelboek, spelers: tuple[str, str]) -> SessieStaat:
    """Round 1: player A (index 0) is the municipality, the municipality opens."""
    return SessieStaat(casus, regelboek, spelers, (), RondeStaat(nummer=1, gemeente_speler=0))


def legal_soorten(staat: SessieStaat) -> list[str]:
    """The kinds of move the player to move may make now."""
    ronde = staat.ronde
    if ronde.afgelopen:
        return ["rolwissel"]
    soorten = ["vraag", "belang"]
    if brief_voor(staat.casus, ronde.aan_zet, ronde.nummer).argumenten:
        soorten.append("argument")
    tafel = ronde.op_tafel
    if tafel is None or tafel.door == ronde.aan_zet:
        soorten.append("voorstel")
    else:
        soorten += ["tegenvoorstel", "accepteer", "verwerp"]
    soorten.append("stop")
    return soorten


def step(staat: SessieStaat, zet: Zet) -> SessieStaat:
    """The state after `zet`, or `IllegalZet` explaining why it cannot be played."""
    ronde = staat.ronde
    if zet.soort == "rolwissel":
        if not ronde.afgelopen:
            raise IllegalZet("Een rolwissel kan pas als de ronde voorbij is.")
        nieuwe = RondeStaat(nummer=ronde.nummer + 1, gemeente_speler=1 - ronde.gemeente_speler)
        return replace(staat, eerdere=staat.rondes, ronde=nieuwe)
    _check_turn(ronde, zet)
    _check_fields(zet)
    basis, changes = _apply(staat, dialoog.before_move(ronde, zet), zet)
    changes["zetten"] = zetten = ronde.zetten + (zet,)
    changes["aan_zet"] = other(ronde.aan_zet)
    if changes.get("uitkomst", basis.uitkomst) == "lopend" and len(zetten) >= staat.casus.max_zetten:
        changes.update(uitkomst="beurtlimiet", op_tafel=None)
    return replace(staat, ronde=replace(basis, **changes))  # one new round state per move


def _check_turn(ronde: RondeStaat, zet: Zet) -> None:
    """Nobody moves in a round that ended; otherwise only the role to move."""
    if ronde.afgelopen:
        raise IllegalZet(f"Ronde {ronde.nummer} is al voorbij; begin met een rolwissel "
                         "een nieuwe ronde.")
    if zet.rol == ronde.aan_zet:
        return
    aan_zet = woorden.ROLLEN[ronde.aan_zet].lower()
    if zet.rol is None:  # a script that left out 'rol' is not playing out of turn
        raise IllegalZet(f"Bij deze zet ontbreekt de rol; de {aan_zet} is aan zet "
                         f"(rol = \"{ronde.aan_zet}\").")
    raise IllegalZet(f"Niet aan de beurt: de {aan_zet} is aan zet.")


_FIELD_USE = {
    "geheim": "alleen een onthulling of een antwoord noemt een geheim",
    "punt": "alleen een voorkeur noemt een punt met gewicht of optie",
    "gewicht": "alleen een voorkeur noemt een gewicht",
    "optie": "alleen een voorkeur noemt een optie; een voorstel gebruikt keuzes",
}


_ALLE_VELDEN = ("keuzes", "item", *_FIELD_USE)
_NIET_BIJ = {soort: tuple(n for n in _ALLE_VELDEN if n not in allowed)
             for soort, allowed in VELDEN.items()}


def _check_fields(zet: Zet) -> None:
    """Options, a brief item or a secret on a move that has no use for them: a script's
    slip. Kept, the move would claim something that the state never saw."""
    for name in _NIET_BIJ.get(zet.soort, _ALLE_VELDEN):  # one look per field it may not have
        if getattr(zet, name) is not None:
            break
    else:
        return  # the usual case
    allowed = VELDEN.get(zet.soort, frozenset())
    if zet.keuzes is not None and "keuzes" not in allowed:
        raise IllegalZet(f"Bij een zet '{zet.soort}' horen geen keuzes: alleen een voorstel "
                         "of tegenvoorstel kiest opties.")
    if zet.item is not None and "item" not in allowed:
        raise IllegalZet(f"Bij een zet '{zet.soort}' hoort geen item: alleen een vraag, belang, "
                         "argument, antwoord of afwijzing haalt een punt uit de brief aan.")
    for name, use in _FIELD_USE.items():
        if getattr(zet, name) is not None and name not in allowed:
            raise IllegalZet(f"Bij een zet '{zet.soort}' hoort geen {name}: {use}.")


def _apply(staat: SessieStaat, ronde: RondeStaat, zet: Zet) -> tuple[RondeStaat, dict[str, Any]]:
    """What `zet` does to the round: a round state and the changes still to make to it
    (`step` adds its own and makes them all at once)."""
    rol = zet.rol or ""
    tafel = ronde.op_tafel
    from_other = tafel is not None and tafel.door != rol
    if zet.soort in ("vraag", "belang", "argument"):
        onderwerp = _onderwerp(staat.casus, ronde, zet)
        if zet.soort == "vraag":
            ronde = dialoog.asked(staat.casus, ronde, zet, onderwerp)
        return ronde, {"dialogue": ronde.dialogue.talked(rol, onderwerp, zet.soort == "vraag",
                                                         zet.onderwerp)}
    if zet.soort in ("antwoord", "weiger", "voorkeur", "onthul"):
        ronde, onderwerp = dialoog.apply(staat.casus, ronde, zet)
        return ronde, {"dialogue": ronde.dialogue.talked(rol, onderwerp, False, zet.onderwerp)}
    if zet.soort in VOORSTEL_SOORTEN:
        return _propose(staat, ronde, zet, from_other)
    if zet.soort == "stop":  # either side may walk away at any time
        return ronde, {"uitkomst": "geen_akkoord", "op_tafel": None}
    if tafel is None or not from_other:
        raise IllegalZet("Er ligt geen voorstel van de andere kant op tafel.")
    if zet.soort == "accepteer":
        return ronde, {"akkoord": tafel.keuzes, "uitkomst": "akkoord", "op_tafel": None}
    onderwerp = _onderwerp(staat.casus, ronde, zet)  # verwerp: the argument is the reason
    return ronde, {"op_tafel": None,
                   "dialogue": ronde.dialogue.talked(rol, onderwerp, False, zet.onderwerp)}


def _onderwerp(casus: Casus, ronde: RondeStaat, zet: Zet) -> str | None:
    """The topic of a talking move: quoting the brief gives its topic; free text is
    allowed but earns none, whatever label it carries ("bla bla" about marktordening)."""
    lijst = BRIEF_LIJST[zet.soort]
    if zet.item is not None:
        items = brief_voor(casus, zet.rol or "", ronde.nummer).items(lijst)
        if zet.item not in items:
            raise IllegalZet(f"'{zet.item}' staat niet bij de {lijst} in de brief van de "
                             f"{woorden.ROLLEN[zet.rol or ''].lower()}."
                             + did_you_mean(zet.item, items))
        return items[zet.item].onderwerp
    if not zet.tekst.strip():
        what = "een argument" if zet.soort == "verwerp" else "een tekst"
        raise IllegalZet(f"Kies een punt uit je brief of typ {what}.")
    return None


def _propose(staat: SessieStaat, ronde: RondeStaat, zet: Zet,
             from_other: bool) -> tuple[RondeStaat, dict[str, Any]]:
    if zet.soort == "tegenvoorstel" and not from_other:
        raise IllegalZet("Een tegenvoorstel kan alleen op een voorstel van de andere kant; "
                         "doe anders een gewoon voorstel.")
    if zet.soort == "voorstel" and from_other:
        raise IllegalZet("Er ligt een voorstel van de andere kant: accepteer het, wijs het "
                         "af of doe een tegenvoorstel.")
    keuzes = check_keuzes(staat, zet.keuzes or {})
    nummer = len(ronde.zetten) + 1
    return dialoog.proposed(ronde, zet, keuzes), {
        "op_tafel": Voorstel(keuzes, zet.rol or "", nummer),
        "laatste_voorstel": keuzes,
        "dialogue": ronde.dialogue.proposed(zet.rol or "", nummer),
    }


def check_keuzes(staat: SessieStaat, keuzes: Mapping[str, str]) -> Keuzes:
    """A complete, known and allowed choice per issue, or `IllegalZet` saying why not."""
    punten = staat.casus.onderhandelpunten
    for punt in keuzes:
        if punt not in punten:
            raise IllegalZet(f"Onbekend onderhandelpunt '{punt}'." + did_you_mean(punt, punten))
    missing = [punten[p].titel for p in punten if p not in keuzes]
    if missing:
        raise IllegalZet("Een voorstel kiest bij elk punt een optie; nog open: "
                         + ", ".join(missing) + ".")
    for punt, optie in keuzes.items():
        if optie not in punten[punt].opties:
            raise IllegalZet(f"'{optie}' is geen optie bij {punten[punt].titel}."
                             + did_you_mean(optie, punten[punt].opties))
    ordered = MappingProxyType({p: keuzes[p] for p in punten})
    casus = staat.casus
    briefs = briefs_in(casus, staat.ronde.nummer)  # a ban may read this round's scores
    owners = (casus, briefs["gemeente"], briefs["swo"])
    banned = staat.regelboek.banned_once(
        owners, tuple(ordered.values()),  # the values, in the order of the issues
        lambda: voorstel_facts(casus, dict(ordered), briefs) | case_facts(casus))
    if banned:
        raise IllegalZet("Dit voorstel kan niet: " + " ".join(v.reden for v in banned))
    return ordered
