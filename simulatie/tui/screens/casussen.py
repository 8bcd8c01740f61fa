"""Pick a case: the playable ones with their public description, the broken ones apart."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Markdown, OptionList
from textual.widgets.option_list import Option

from .. import catalogus as cat
from ..weergave import casus_markdown
from ..widgets.kop import Kop
from .basis import Scherm
from .spelers import SpelersScherm

KAPOT = "kapot:"  # option ids of files that did not load


class CasusKiezenScherm(Scherm):
    HELP = """\
## Casus kiezen
Links staan de casussen, rechts lees je waar elke casus over gaat en waarover
onderhandeld wordt. Kies met de pijltjes en **Enter**.

Onder **Niet te laden** staan bestanden met fouten; kies er een om te zien wat er
mis is. Herstel het bestand en start het spel opnieuw. **Escape** gaat terug.
"""
    BINDINGS = [Binding("escape", "app.pop_screen", "Terug"),
                Binding("enter", "kies", "Kies casus", show=True, priority=False)]
    OPDRACHTEN = (("Casus kiezen", "Speel de gemarkeerde casus", "kies"),)

    def __init__(self) -> None:
        super().__init__()
        self.sub_title = "Kies een casus"

    def compose(self) -> ComposeResult:
        yield Kop()
        with Horizontal(id="casuskeuze"):
            yield OptionList(id="casussen")
            with VerticalScroll(id="casusdetail"):
                yield Markdown(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        lijst = self.query_one("#casussen", OptionList)
        lijst.border_title = "Casussen"
        lijst.focus()
        self._toon("Casussen laden…")
        self.watch(self.app, "catalogus_klaar", self._vul, init=True)

    def _vul(self, klaar: bool) -> None:
        if not klaar or self.query_one("#casussen", OptionList).option_count:
            return
        catalogus = self.spel.catalogus
        lijst = self.query_one("#casussen", OptionList)
        for geladen in catalogus.casussen.values():
            casus = geladen.casus
            label = Content.assemble((casus.gemeente, "bold"), "\n", (casus.titel, "dim"))
            lijst.add_option(Option(label, id=casus.id))
        if catalogus.problemen:
            if catalogus.casussen:
                lijst.add_option(None)
            lijst.add_option(Option(Content.styled("Niet te laden", "bold $error"),
                                    disabled=True))
            for n, path in enumerate(catalogus.problemen):
                label = cat.name(path, self.spel.mappen)
                lijst.add_option(Option(label, id=f"{KAPOT}{n}"))
        if not catalogus.casussen:
            waar = ", ".join(f"`{m}`" for m in self.spel.mappen)
            self._toon(f"# Geen casussen\nIn {waar} staat geen speelbare casus.")
        lijst.border_subtitle = "↑↓ en Enter"
        lijst.highlighted = 0

    @on(OptionList.OptionHighlighted, "#casussen")
    def _gemarkeerd(self, event: OptionList.OptionHighlighted) -> None:
        self._toon(self._beschrijving(event.option.id or ""))

    @on(OptionList.OptionSelected, "#casussen")
    def _gekozen(self) -> None:
        self.action_kies()

    def action_kies(self) -> None:
        option = self.query_one("#casussen", OptionList).highlighted_option
        if option is None or option.id is None:
            return
        geladen = self.spel.catalogus.casussen.get(option.id)
        if geladen is None:
            self.notify("Dit bestand is niet te laden: herstel de fouten en start opnieuw.",
                        title="Niet te laden", severity="warning")
            return
        self.app.push_screen(SpelersScherm(geladen))

    def _beschrijving(self, option_id: str) -> str:
        catalogus = self.spel.catalogus
        if option_id in catalogus.casussen:
            return casus_markdown(catalogus.casussen[option_id].casus)
        if not option_id.startswith(KAPOT):
            return ""
        path = list(catalogus.problemen)[int(option_id.removeprefix(KAPOT))]
        problemen = catalogus.problemen[path]
        regels = [f"- {cat.relative(p, self.spel.mappen)}" for p in problemen]
        aantal = "1 probleem" if len(problemen) == 1 else f"{len(problemen)} problemen"
        titel = cat.name(path, self.spel.mappen)
        return "\n".join([f"# Niet te laden: {titel}", f"{aantal} gevonden:", "", *regels])

    def _toon(self, markdown: str) -> None:
        self.query_one("#detail", Markdown).update(markdown)
