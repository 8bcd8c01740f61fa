"""A secret is written to its holder ("je team heeft ..."), but once told the other side
reads it under "wat je nu weet van de ander". There it must read as told by the holder:
`verteld` gives that form, or `tekst` must already read right from both sides."""

from __future__ import annotations

import re

import pytest

from simulatie.kern.catalogus import load_catalogus
from simulatie.kern.model import Zet
from simulatie.kern.model.casus import Geheim
from simulatie.kern.spel import fold, new_session, wat_ik_weet
from simulatie.kern.uitvoer.headless import zet_tekst

CATALOGUS = load_catalogus()
# How a told secret names its holder: the municipality (for Helmond the region buying for
# eleven municipalities), or the social work organisation.
HOUDER = {"gemeente": ("gemeente", "regio"),
          "swo": ("sociaalwerkorganisatie", "welzijnsorganisatie", "aanbieder")}
JIJ = re.compile(r"\b(je|jij|jou|jouw|jezelf|jullie)\b", re.IGNORECASE)


def _secrets() -> list[object]:
    params = []
    # The briefs of round 1 and their round-2 variants (`[rolwissel.ROL]`).
    for casus_id, geladen in sorted(CATALOGUS.casussen.items()):
        for ronde in (1, 2):
            for rol in HOUDER:
                for geheim in geladen.casus.brief(rol, ronde).geheimen:
                    if ronde == 2 and geheim in geladen.casus.brief(rol, 1).geheimen:
                        continue  # a variant that keeps round 1's secrets: checked once
                    params.append(pytest.param(
                        rol, geheim, id=f"{casus_id}-ronde{ronde}-{rol}-{geheim.id}"))
    return params


@pytest.mark.parametrize(("rol", "geheim"), _secrets())
def test_a_told_secret_reads_as_told_by_its_holder(rol: str, geheim: Geheim) -> None:
    """What the other side reads names the holder's side and never says 'je' to it."""
    told = geheim.voor_ander
    assert not JIJ.search(told), told
    assert any(naam in told.lower() for naam in HOUDER[rol]), told


def test_without_verteld_the_other_side_reads_the_text_itself() -> None:
    geheim = Geheim(id="x", tekst="De gemeente heeft budget over.")
    assert geheim.voor_ander == geheim.tekst
    told = Geheim(id="y", tekst="Je hebt budget over.", verteld="De gemeente heeft budget over.")
    assert told.voor_ander == "De gemeente heeft budget over."


def test_the_other_side_learns_the_told_form_and_the_holder_keeps_its_own() -> None:
    """Tilburg: the municipality tells its three contract managers. The swo's knowledge,
    the move as the log shows it and an answer with the secret all read in the told form;
    the municipality's own brief keeps 'je team'."""
    geladen = CATALOGUS.casussen["tilburg"]
    geheim = geladen.casus.brief("gemeente").geheim("drie_contractmanagers")
    assert geheim is not None and geheim.tekst.startswith("Je team")
    begin = new_session(geladen.casus, geladen.regelboek, ("A", "B"))
    verteld = fold(begin, [Zet(soort="onthul", rol="gemeente", geheim=geheim.id)])
    [geleerd] = wat_ik_weet(verteld, "swo").geheimen
    assert geleerd.voor_ander.startswith("Het team van de gemeente")
    zet = verteld.ronde.zetten[-1]
    assert zet_tekst(verteld, verteld.ronde, zet) == geheim.verteld

    gevraagd = fold(begin, [Zet(soort="belang", rol="gemeente", item="overzicht"),
                            Zet(soort="vraag", rol="swo", item="doel"),
                            Zet(soort="antwoord", rol="gemeente", geheim=geheim.id)])
    [vraag] = wat_ik_weet(gevraagd, "swo").antwoorden
    assert vraag.antwoord == geheim.verteld
