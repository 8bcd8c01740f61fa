"""Headless play: a file of moves in, the dialogue, scores and feedback out.

A script is a session file (`casus`, `spelers`, `[[zetten]]`) — the same format as a
save, so a trainer can turn any save into a script and back. Trainers and tests use
it to drive the engine without the terminal app.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..analyse.getallen import getal
from ..bestanden.problemen import LoadFailed, Problem
from ..catalogus.laden import Catalogus
from ..model import woorden
from ..model.sessie import Sessie
from ..model.zetten import Zet
from ..model.kennis import brief_voor, onaanvaardbaar
from ..regels.regels import OVER_VOORSTEL, Feedback
from ..spel.rondeverslag import RondeVerslag, verslagen
from ..spel.stap import RondeStaat, SessieStaat


@dataclass(frozen=True)
class Afloop:
    """How a script played out: the final state and the first illegal move, if any."""

    staat: SessieStaat
    gespeeld: int
    fout: str | None = None


def play(catalogus: Catalogus, sessie: Sessie, bestand: str = "script") -> Afloop:
    """Fold the script's moves; stop at the first illegal move and say which and why."""
    geladen = catalogus.casussen.get(sessie.casus)
    if geladen is None:
        known = ", ".join(sorted(catalogus.casussen)) or "geen"
        raise LoadFailed([Problem(bestand, f"onbekende casus '{sessie.casus}'; beschikbaar: "
                                           f"{known}.{broken_hint(catalogus, sessie.casus)}",
                                  ("casus",))])
    verloop = geladen.verloop(sessie)
    fout = verloop.fout
    if fout is not None:
        waarom = f"zet {fout.nummer} ({fout.zet.soort}): {fout.reden}"
        return Afloop(fout.staat, fout.index, waarom)
    return Afloop(verloop.laatste, len(sessie.zetten))


def broken_hint(catalogus: Catalogus, casus_id: str) -> str:
    """The case may exist but fail to load: then "unknown" alone sends the reader astray.
    Case files are named after their id (`simulatie nieuw` does so)."""
    broken = [path for path in catalogus.problemen if path.stem == casus_id]
    if not broken:
        return ""
    return (f" Het bestand {broken[0]} heeft fouten en is niet geladen; controleer het met "
            f"'simulatie valideer {broken[0]}'.")


def one_line(text: str) -> str:
    """Players' text on one line, without control characters: a newline or a terminal
    escape in a name or a remark must not break the report or recolour the terminal."""
    if text.isprintable():  # nearly always: skip the walk over every character
        # Printable, its only white space is the plain space: a single one between
        # words means it is one line already.
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _name(staat: SessieStaat, ronde: RondeStaat, rol: str) -> str:
    return one_line(staat.spelers[ronde.speler(rol)])


def sprekers(staat: SessieStaat, ronde: RondeStaat) -> dict[str, str]:
    """Per role, how the log names who speaks: "Anna (gemeente)"."""
    return {rol: f"{_name(staat, ronde, rol)} ({label.lower()})"
            for rol, label in woorden.ROLLEN.items()}


def describe_zet(staat: SessieStaat, ronde: RondeStaat, zet: Zet,
                 wie: dict[str, str] | None = None) -> str:
    """One line of the dialogue log: who said what. `wie`: the `sprekers` of this
    round, when the caller describes many of its moves."""
    if zet.soort == "rolwissel":
        return "— rolwissel —"
    rol = zet.rol or "gemeente"
    who = (wie or sprekers(staat, ronde))[rol]
    if zet.keuzes:
        punten = staat.casus.onderhandelpunten
        parts = [f"{punten[p].titel}: {punten[p].opties[o].titel}" for p, o in zet.keuzes.items()]
        return f"{who} doet een {zet.soort}: " + "; ".join(parts)
    text = zet_tekst(staat, ronde, zet)
    return f"{who} {_WERKWOORD[zet.soort]}" + (f": {one_line(text)}" if text.strip() else "")


_WERKWOORD = {"vraag": "vraagt", "belang": "deelt", "argument": "stelt", "verwerp": "wijst af",
              "accepteer": "accepteert het voorstel", "stop": "stopt zonder akkoord",
              "antwoord": "antwoordt", "weiger": "geeft geen antwoord op de vraag",
              "voorkeur": "zegt", "onthul": "vertelt"}


def zet_tekst(staat: SessieStaat, ronde: RondeStaat, zet: Zet) -> str:
    """What a talking move says: the brief item or secret it quotes, the preference it
    states, or the player's own words."""
    brief = brief_voor(staat.casus, zet.rol or "gemeente", ronde.nummer)
    if zet.item:
        return brief.items()[zet.item].tekst
    if zet.geheim:
        geheim = brief.geheim(zet.geheim)
        return geheim.voor_ander if geheim else zet.tekst
    if zet.soort == "voorkeur" and zet.punt in staat.casus.onderhandelpunten:
        return voorkeur_tekst(staat, zet)
    return zet.tekst


def voorkeur_tekst(staat: SessieStaat, zet: Zet) -> str:
    """"Looptijd weegt voor ons zwaar; liefst 8 jaar": a preference statement in words."""
    punt = staat.casus.onderhandelpunten[zet.punt or ""]
    parts: list[str] = []
    if zet.gewicht:
        parts.append(f"{punt.titel} {woorden.GEWICHTEN[zet.gewicht]} voor ons")
    if zet.optie and zet.optie in punt.opties:
        liefst = f"liefst {punt.opties[zet.optie].titel}"
        parts.append(liefst if parts else f"{punt.titel}: {liefst}")
    return "; ".join(parts)


def _keuzes_lines(staat: SessieStaat, keuzes: dict[str, str]) -> Iterator[str]:
    for punt, optie in keuzes.items():
        item = staat.casus.onderhandelpunten[punt]
        yield f"    {item.titel}: {item.opties[optie].titel}"


def _feedback_lines(feedback: tuple[Feedback, ...]) -> Iterator[str]:
    for item in feedback:
        regel = item.regel
        label = woorden.ERNST[regel.ernst]
        if item.over == OVER_VOORSTEL:
            label += f" · {woorden.OVER_NIET_AANVAARD}"
        yield f"  [{label}] {regel.bericht} (bron: {regel.bron}; regel {regel.id})"


def report(afloop: Afloop) -> str:
    """A plain-text report of every round: log, outcome, scores and feedback."""
    staat = afloop.staat
    a, b = (one_line(speler) for speler in staat.spelers)
    lines = [f"Casus: {staat.casus.titel}", f"Spelers: {a} en {b}"]
    for verslag in verslagen(staat):
        lines += _round_lines(staat, verslag)
    if afloop.fout:
        lines += ["", f"GESTOPT bij een ongeldige zet — {afloop.fout}"]
    return "\n".join(lines) + "\n"


def _score_line(staat: SessieStaat, verslag: RondeVerslag, rol: str) -> str:
    ronde, value = verslag.ronde, verslag.scores[rol]
    who = f"{woorden.ROLLEN[rol].lower()} ({_name(staat, ronde, rol)})"
    grens = f"ondergrens {getal(verslag.ondergrenzen[rol])}"
    if ronde.akkoord and value is not None:
        mark = "haalt" if verslag.boven_ondergrens[rol] else "haalt niet"
        if onaanvaardbaar(brief_voor(staat.casus, rol, ronde.nummer), ronde.akkoord):
            mark += " (een eigen geheim sluit dit akkoord uit)"
        return f"  Score {who}: {getal(value)} — {grens}: {mark}"
    laatste = verslag.voorstel_scores[rol]
    if laatste is None:
        return f"  Score {who}: — er is geen voorstel gedaan ({grens})"
    return (f"  Geen akkoord voor {who} — het laatste voorstel, niet aanvaard, gaf "
            f"{getal(laatste)} ({grens})")


def _round_lines(staat: SessieStaat, verslag: RondeVerslag) -> list[str]:
    ronde = verslag.ronde
    lines = ["", f"== Ronde {ronde.nummer}: {_name(staat, ronde, 'gemeente')} is gemeente, "
                 f"{_name(staat, ronde, 'swo')} is sociaalwerkorganisatie =="]
    lines += [f"  {n}. {describe_zet(staat, ronde, z)}" for n, z in enumerate(ronde.zetten, 1)]
    lines.append(f"Uitkomst: {woorden.UITKOMSTEN[ronde.uitkomst]}")
    if ronde.akkoord:
        lines += ["  Akkoord:", *_keuzes_lines(staat, dict(ronde.akkoord))]
    lines += [_score_line(staat, verslag, rol) for rol in woorden.ROLLEN]
    lines.append("Feedback:")
    lines += list(_feedback_lines(verslag.feedback)) or ["  (geen)"]
    dims = ", ".join(f"{woorden.DIMENSIES[d]} {v:+d}" for d, v in verslag.dimensies.items() if v)
    lines.append(f"Publieke waarden: {dims or 'geen effect'}")
    return lines
