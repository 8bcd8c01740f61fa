"""The dialogue's newer moves in words: answers, refusals, preferences, secrets told.

Plain functions of the case and a move, like `weergave.zet_tekst`, which hands these
kinds here. Everything a move says here was said aloud at the table, so it is no longer
private: a told secret shows to both players.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simulatie.kern.model import Casus, Zet, woorden
from simulatie.kern.model.kennis import brief_voor

if TYPE_CHECKING:
    from simulatie.kern.spel import RondeStaat

NIEUWE_SOORTEN = ("antwoord", "weiger", "voorkeur", "onthul")

# What became of a question, as the chat labels it.
VRAAG_STATUS = {"open": "vraag", "beantwoord": "vraag · beantwoord",
                "geweigerd": "vraag · geen antwoord", "genegeerd": "vraag · niet op ingegaan"}


def vraag_afloop(ronde: RondeStaat, nummer: int) -> str:
    """' · beantwoord' after move `nummer` of the round when it was a question that
    has been answered, declined or passed by; '' otherwise."""
    for vraag in ronde.uitwisseling.vragen:
        if vraag.zet == nummer and vraag.status != "open":
            return " · " + VRAAG_STATUS[vraag.status].removeprefix("vraag · ")
    return ""


def uitspraak_tekst(casus: Casus, zet: Zet, ronde: int = 1) -> str:
    """What an answer, refusal, preference statement or told secret says."""
    if zet.soort == "weiger":
        reden = f" {zet.tekst}" if zet.tekst else ""
        return f"Daar wil ik nu niet op ingaan.{reden}"
    if zet.soort == "voorkeur":
        return voorkeur_tekst(casus, zet.punt or "", zet.gewicht, zet.optie)
    brief = brief_voor(casus, zet.rol or "gemeente", ronde)
    if zet.geheim is not None:
        geheim = brief.geheim(zet.geheim)
        tekst = geheim.voor_ander if geheim is not None else zet.geheim
        return f"Ik vertel je iets wat je nog niet wist: {tekst}"
    if zet.item is not None:
        item = brief.items().get(zet.item)
        return item.tekst if item is not None else zet.item
    onderwerp = zet.onderwerp and zet.onderwerp != "overig"
    return zet.tekst + (f" · over {woorden.ONDERWERPEN[zet.onderwerp]}" if onderwerp else "")


def voorkeur_tekst(casus: Casus, punt: str, gewicht: str | None, optie: str | None) -> str:
    """'Looptijd weegt voor ons zwaar; liefst 8 jaar'."""
    item = casus.onderhandelpunten.get(punt)
    if item is None:
        return punt
    delen = []
    if gewicht:
        delen.append(f"{item.titel} {woorden.GEWICHTEN[gewicht]} voor ons")
    if optie and optie in item.opties:
        liefst = f"liefst {item.opties[optie].titel}"
        delen.append(liefst if delen else f"{item.titel}: {liefst}")
    return "; ".join(delen) or item.titel
