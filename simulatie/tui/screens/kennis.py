"""'Wat je nu weet van de ander': what the player at the keyboard learnt this round.

Only ever opened for the player who took the keyboard at the last handover: it shows how
the other side's secrets changed *your* values, which are private to you. What it shows
comes from the core (`wat_ik_weet`): the other side's secrets as told, its preference
statements as stated (never judged while the round runs), the answers to your questions.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from simulatie.kern.spel import Kennis, SessieStaat, Vraag, other, wat_ik_weet

from ..tekst import getal, opmaak
from ..uitspraken import voorkeur_tekst
from ..weergave import optie_titel, rol_naam, speler_label
from .basis import Modaal


def kennis_regels(staat: SessieStaat, rol: str, kennis: Kennis) -> Iterator[Content]:
    """The knowledge of `rol` as lines: four short sections, each saying when it is empty."""
    casus = staat.casus
    ander = rol_naam(other(rol)).lower()
    yield opmaak("[b]Wat de $ander je vertelde[/b]", ander=ander)
    if not kennis.geheimen:
        yield Content("  Nog niets: er is je deze ronde geen geheim verteld.")
    for geheim in kennis.geheimen:
        yield Content(f"  • {geheim.voor_ander}")
    yield Content("")
    yield opmaak("[b]Wat de $ander zei over voorkeuren[/b]", ander=ander)
    if not kennis.voorkeuren:
        yield Content("  Nog niets.")
    for uitspraak in kennis.voorkeuren:
        yield Content("  • " + voorkeur_tekst(casus, uitspraak.punt, uitspraak.gewicht,
                                               uitspraak.optie))
    yield Content("")
    yield Content.from_markup("[b]Je vragen en de antwoorden[/b]")
    if not kennis.antwoorden:
        yield Content("  Je stelde deze ronde nog geen vraag.")
    for vraag in kennis.antwoorden:
        yield Content(f"  • {vraag.tekst}")
        yield Content(f"    → {_afloop(vraag)}")
    yield Content("")
    yield Content.from_markup("[b]Wat dat voor jou verandert[/b]")
    if not kennis.veranderd:
        yield Content("  Niets: wat elke optie jou waard is, is nog zoals in je brief.")
    for v in kennis.veranderd:
        punt = casus.onderhandelpunten[v.punt].titel
        yield Content(f"  • {punt} · {optie_titel(casus, v.punt, v.optie)}: "
                      f"nu {getal(v.nu)}, was {getal(v.was)}")


def _afloop(vraag: Vraag) -> str:
    if vraag.status == "beantwoord":
        return vraag.antwoord
    if vraag.status == "geweigerd":
        return "geen antwoord" + (f": {vraag.antwoord}" if vraag.antwoord else "")
    if vraag.status == "genegeerd":
        return "niet op ingegaan"
    return "wacht nog op antwoord"


class KennisScherm(Modaal):
    """Read-only; Escape, Enter or i closes it."""

    HELP = """\
## Wat je nu weet van de ander
Alles wat de ander je deze ronde vertelde: de geheimen die je hoorde, wat de ander zei
over wat een punt waard is (zoals gezegd: of het klopt, hoor je pas in de
nabespreking), de antwoorden op jouw vragen, en hoe wat je hoorde verandert wat een
optie **jou** waard is. Dat laatste is alleen voor jou. Na de rolwissel begint dit
opnieuw leeg. **Escape**, **Enter** of **i** sluit het.
"""
    BINDINGS = [Binding("escape", "sluit", "Terug"), Binding("i", "sluit", "Sluiten", show=False)]

    def __init__(self, staat: SessieStaat, rol: str) -> None:
        super().__init__()
        self.staat, self.rol = staat, rol

    def compose(self) -> ComposeResult:
        kennis = wat_ik_weet(self.staat, self.rol)
        with Vertical(classes="dialoogvenster breed", id="kennis") as venster:
            venster.border_title = opmaak("Wat je nu weet van de ander · $wie",
                                          wie=speler_label(self.staat, self.rol))
            with VerticalScroll(id="kennistekst"):
                yield Static(Content("\n").join(kennis_regels(self.staat, self.rol, kennis)))
            yield Button("Sluiten", id="sluit", variant="primary")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss(None)
