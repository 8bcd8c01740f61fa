"""How the core's state reads on screen: plain strings or styled text, no widgets.

Everything here is a pure function of `simulatie.kern` objects, so screens stay thin
and the wording can be tested without running the app.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING


from textual.content import Content

from simulatie.kern.bestanden import os_reason
from simulatie.kern.model import BRIEF_LIJST, VOORSTEL_SOORTEN, Brief, Casus, Zet, woorden
from simulatie.kern.model.score import score

from .tekst import getal, opmaak, procent
from .uitspraken import NIEUWE_SOORTEN, uitspraak_tekst

if TYPE_CHECKING:  # the case list needs this module, not the game's state (faster start)
    from simulatie.kern.regels import Feedback
    from simulatie.kern.spel import RondeStaat, SessieStaat

ERNST_TEKEN = {"compliment": "✔", "tip": "➜", "waarschuwing": "⚠"}


def rol_naam(rol: str) -> str:
    return woorden.ROLLEN[rol]


def speler_label(staat: SessieStaat, rol: str, ronde: RondeStaat | None = None) -> str:
    """'Anna (Gemeente)': who holds `rol` in this round."""
    ronde = ronde or staat.ronde
    return f"{staat.spelers[ronde.speler(rol)]} ({rol_naam(rol)})"


def optie_titel(casus: Casus, punt: str, optie: str) -> str:
    return casus.onderhandelpunten[punt].opties[optie].titel


def keuzes_regels(casus: Casus, keuzes: Mapping[str, str]) -> list[str]:
    """A proposal as 'issue: option' lines, in the case's order of issues."""
    return [f"{p.titel}: {optie_titel(casus, pid, keuzes[pid])}"
            for pid, p in casus.onderhandelpunten.items() if pid in keuzes]


def zet_tekst(casus: Casus, zet: Zet, ronde: int = 1) -> str:
    """What a move says, as the other player hears it; a brief item as round `ronde`'s
    brief words it."""
    if zet.soort in VOORSTEL_SOORTEN:
        kop = "Voorstel:" if zet.soort == "voorstel" else "Tegenvoorstel:"
        return "\n".join([kop, *(f"• {r}" for r in keuzes_regels(casus, zet.keuzes or {}))])
    if zet.soort == "accepteer":
        return "Akkoord: ik accepteer het voorstel."
    if zet.soort == "stop":
        return "Ik stop: geen akkoord." + (f"\n{zet.tekst}" if zet.tekst else "")
    if zet.soort == "rolwissel":
        return "Rolwissel."
    if zet.soort in NIEUWE_SOORTEN:
        return uitspraak_tekst(casus, zet, ronde)
    said = _gezegd(casus, zet, ronde)
    if zet.soort == "verwerp":
        return f"Ik wijs het voorstel af. {said}"
    return said


def _gezegd(casus: Casus, zet: Zet, ronde: int) -> str:
    if zet.item is not None:
        lijst = getattr(casus.brief(zet.rol or "gemeente", ronde), BRIEF_LIJST[zet.soort])
        return next((i.tekst for i in lijst if i.id == zet.item), zet.item)
    onderwerp = zet.onderwerp and zet.onderwerp != "overig"
    return zet.tekst + (f" · over {woorden.ONDERWERPEN[zet.onderwerp]}" if onderwerp else "")


SOORT_KORT = {
    "vraag": "vraag", "belang": "belang", "argument": "argument", "voorstel": "voorstel",
    "tegenvoorstel": "tegenvoorstel", "accepteer": "akkoord", "verwerp": "afwijzing",
    "stop": "stop", "rolwissel": "rolwissel", "antwoord": "antwoord",
    "weiger": "geen antwoord", "voorkeur": "voorkeur", "onthul": "geheim verteld",
}


def laatste_voorstel_van(ronde: RondeStaat, rol: str) -> Mapping[str, str] | None:
    """The last proposal `rol` made in this round, if any."""
    for zet in reversed(ronde.zetten):
        if zet.rol == rol and zet.soort in VOORSTEL_SOORTEN:
            return zet.keuzes
    return None


def gebruikte_items(ronde: RondeStaat, rol: str, soort: str) -> set[str]:
    """Brief items `rol` already quoted this round from the list `soort` uses."""
    lijst = BRIEF_LIJST[soort]
    return {z.item for z in ronde.zetten
            if z.rol == rol and z.item and BRIEF_LIJST.get(z.soort) == lijst}


def eigen_brief(staat: SessieStaat, rol: str) -> Brief:
    """The brief `rol` is scored by now: this round's, with what the other side revealed
    to it (a told secret may change an option's worth), as the round report scores it."""
    from simulatie.kern.regels.gespreksfeiten import judged_briefs

    return judged_briefs(staat.casus, staat.ronde)[rol]


def eigen_oordeel(brief: Brief, keuzes: Mapping[str, str]) -> Content:
    """'Voor jou: 70,5 punten · ondergrens 60 · boven je ondergrens': private to `brief`'s
    player, so only shown after a handover to them."""
    punten, grens = score(brief, keuzes), brief.ondergrens
    oordeel = ("[$success]boven je ondergrens[/]" if punten >= grens
               else "[$error]onder je ondergrens[/]")
    return opmaak(f"Voor jou: [b]$punten[/b] punten · ondergrens $grens · {oordeel}",
                  punten=getal(punten), grens=getal(grens))


def brief_markdown(casus: Casus, rol: str, naam: str, ronde: int = 1) -> str:
    """One side's private brief as round `ronde` gives it, including its own value table."""
    brief = casus.brief(rol, ronde)
    lines = [
        f"# Brief voor {md(naam)}: {rol_naam(rol)}",
        f"**Jouw functie:** {md(brief.functie)}",
        *_tweede_versie(casus, rol, ronde),
        "",
        "## Situatie",
        *(md(alinea) for alinea in brief.situatie.strip().split("\n")),
        "",
        "## Jouw belangen",
        *(f"- {md(i.tekst)}" for i in brief.belangen),
        "",
        "## Vragen die je kunt stellen",
        *(f"- {md(i.tekst)}" for i in brief.vragen),
    ]
    if brief.argumenten:
        lines += ["", "## Argumenten", *(f"- {md(i.tekst)}" for i in brief.argumenten)]
    if brief.antwoorden:  # offered first when the other side asks about their topic
        lines += ["", "## Antwoorden die je kunt geven",
                  *(f"- {md(i.tekst)}" for i in brief.antwoorden)]
    if brief.geheimen:
        lines += ["", "## Alleen voor jou", *(f"- {md(g.tekst)}" for g in brief.geheimen)]
    lines += ["", "## Wat elke uitkomst jou waard is", *_waarde_tabel(casus, brief)]
    lines += ["", f"**Jouw ondergrens:** {getal(brief.ondergrens)} punten (van 100). "
              "Een akkoord daaronder is voor jou slechter dan geen akkoord."]
    if brief.alternatief is not None:
        lines += ["", f"**Zonder akkoord:** {md(brief.alternatief.tekst.strip())}"]
    return "\n".join(lines)


def _tweede_versie(casus: Casus, rol: str, ronde: int) -> list[str]:
    """A line saying this is the round-2 version: the player saw this side's round-1
    brief at work, and must not take it for the same."""
    if ronde % 2 or rol not in casus.rolwissel:
        return []
    return ["", f"*Ronde {ronde}: na de rolwissel is de situatie veranderd. Dit is een nieuwe "
                "versie van de brief, met andere zwaartepunten en geheimen dan in ronde 1.*"]


_MD_TEKENS = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~])")


def md(tekst: str) -> str:
    """`tekst` as literal Markdown: what was typed, never a heading, link or emphasis."""
    return _MD_TEKENS.sub(r"\\\1", tekst)


def _waarde_tabel(casus: Casus, brief: Brief) -> list[str]:
    """Per issue its weight and the points each option gives: one line each."""
    totaal = sum(brief.gewichten.values()) or 1
    rows = []
    for pid, punt in casus.onderhandelpunten.items():
        gewicht = 100 * brief.gewichten[pid] / totaal
        waarden = " · ".join(f"{md(o.titel)} **{getal(brief.waarden[pid][oid])}**"
                             for oid, o in punt.opties.items())
        rows.append(f"- **{md(punt.titel)}** (weegt {procent(gewicht)}): {waarden}")
    return rows


def balk(waarde: int, breedte: int = 10) -> str:
    """A bar around a middle line: negative values grow left, positive right."""
    n = min(breedte, abs(waarde))
    left = " " * (breedte - n) + "█" * n if waarde < 0 else " " * breedte
    right = "█" * n + " " * (breedte - n) if waarde > 0 else " " * breedte
    return f"{left}│{right}"


def zet_kort(casus: Casus, zet: Zet, ronde: int = 1) -> str:
    """A move on one line, for the replay log: a proposal as its options only."""
    if zet.soort in VOORSTEL_SOORTEN:
        keuzes = zet.keuzes or {}
        opties = " · ".join(optie_titel(casus, pid, keuzes[pid])
                            for pid in casus.onderhandelpunten if pid in keuzes)
        return f"{SOORT_KORT[zet.soort].capitalize()}: {opties}"
    tekst = " ".join(zet_tekst(casus, zet, ronde).split())
    if zet.soort in NIEUWE_SOORTEN:  # said in words: the kind says what they were
        return f"{SOORT_KORT[zet.soort].capitalize()}: {tekst}"
    return tekst


def tijd_tekst(moment: datetime | None, kort: bool = False) -> str:
    """A move's time as the players' clock showed it (local time), or a dash."""
    if moment is None:
        return "–"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{moment:%d-%m %H:%M}" if kort else f"{moment:%d-%m-%Y %H:%M}"


def probleem_kort(message: str) -> str:
    """The first clause of a problem, for a list line; the detail shows it whole."""
    kort = re.split(r"[:;]|\.\s", message + " ", maxsplit=1)[0].strip()
    if kort.count("(") > kort.count(")"):  # a remark cut off in the middle: leave it out
        kort = kort[: kort.rindex("(")].strip()
    return kort[:1].upper() + kort[1:]


def bewaar_reden(error: Exception) -> str:
    """Why an autosave failed, in words a workshop facilitator can act on."""
    return f"Opslaan mislukt: {os_reason(error)}"


def over_label(item: Feedback, afgelopen: bool) -> str:
    """' (over het laatste voorstel, …)' for feedback about a proposal nobody accepted:
    it must never read as praise or blame of an agreement. Empty for other feedback."""
    from simulatie.kern.regels import OVER_VOORSTEL  # here: the case list imports this module

    if item.over != OVER_VOORSTEL:
        return ""
    return f" ({woorden.OVER_NIET_AANVAARD if afgelopen else woorden.OVER_NOG_NIET_AANVAARD})"
