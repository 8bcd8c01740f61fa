"""Hot seat: no screen ever shows the private text of the player not at the keyboard.

The walk plays a round, a role swap and a resumed session through the keys, and reads
every screen after every key. Who holds the keyboard is read from the screen itself:
the last "Geef het toetsenbord aan NAAM" that NAAM confirmed with Enter. While a handover
shows, nobody's private text may show. The case `geheim` gives every private text and
number of one side a form that nothing else on screen has.
"""

from __future__ import annotations

import itertools
import re

from simulatie.kern.model.score import score
from simulatie.tui.app import make_app
from tui_hulp import DATA, KLEIN, op_scherm, schermtekst, wacht_op

GEHEIM = DATA / "geheim"
OVERDRACHT = re.compile(r"Geef het toetsenbord aan (\S+) \(")
DEBRIEF = ("FeedbackScherm", "SessieEindeScherm")  # the round is over: both scores show


def _getal(waarde: float) -> re.Pattern[str]:
    """`waarde` as any reader might see it, 41,7 or 41.7, never inside a longer number."""
    tekst = f"{waarde:g}"
    return re.compile(r"(?<![\d,.])" + re.escape(tekst).replace(r"\.", "[.,]") + r"(?![\d])")


def _getallen(brief, casus, extra=()) -> set[float]:
    """The bottom line, every option value and the score of every possible proposal (and
    `extra` values, such as what a told secret makes an option worth)."""
    punten = casus.onderhandelpunten
    alle = itertools.product(*([(pid, o) for o in p.opties] for pid, p in punten.items()))
    uit = {brief.ondergrens, *extra, *(w for waarden in brief.waarden.values()
                                       for w in waarden.values())}
    uit |= {score(brief, dict(keuzes)) for keuzes in alle}
    return {w for w in uit if w != int(w)}  # whole numbers also count moves and rounds


class Tafel:
    """Two players at one screen; checks each screen against who holds the keyboard."""

    def __init__(self, pilot, schermen: set[str], casus_id: str = "geheim") -> None:
        self.pilot, self.app = pilot, pilot.app
        self.bij: str | None = None  # who confirmed the last handover
        self.genoemd: str | None = None  # who the handover on screen names
        self.schermen = schermen  # the kinds of screen seen, over both apps
        self.casus = casus = self.app.catalogus.casussen[casus_id].casus
        self.teksten = {rol: [casus.brief(rol).functie, casus.brief(rol).situatie,
                              *(g.tekst for g in casus.brief(rol).geheimen)] for rol in ("gemeente", "swo")}
        getallen = {rol: _getallen(casus.brief(rol), casus) for rol in ("gemeente", "swo")}
        # Numbers only one side has: a leak of them cannot be a coincidence.
        self.getallen = {rol: getallen[rol] - getallen[ander]
                         for rol, ander in (("gemeente", "swo"), ("swo", "gemeente"))}
        for rol in ("gemeente", "swo"):
            assert casus.brief(rol).ondergrens in self.getallen[rol]
            assert len(self.getallen[rol]) > 10

    def _private(self, rol: str) -> list[str]:
        """The texts of `rol` that the other player may not read (now)."""
        return self.teksten[rol]

    def _rol(self, naam: str) -> str:
        staat = self.app.staat
        return staat.ronde.rol_van(staat.spelers.index(naam))

    async def druk(self, *toetsen: str) -> None:
        for toets in toetsen:
            if toets == "enter" and self.genoemd is not None:
                self.bij = self.genoemd  # they confirm: from now on it is their screen
            await self.pilot.press(toets)
            await self.kijk()

    async def kijk(self) -> None:
        for _ in range(3):
            await self.pilot.pause()
        tekst = schermtekst(self.app)
        naam = type(self.app.screen).__name__
        self.schermen.add(naam)
        genoemd = OVERDRACHT.search(tekst)
        self.genoemd = genoemd.group(1) if genoemd else None
        houder = None if genoemd or self.app.staat is None else self.bij
        for rol in ("gemeente", "swo"):
            if houder is not None and self._rol(houder) == rol:
                continue
            for geheim in self._private(rol):
                assert geheim not in tekst, f"{naam} toont {geheim!r} van {rol}:\n{tekst}"
            if naam in DEBRIEF:
                continue
            for waarde in self.getallen[rol]:
                assert not _getal(waarde).search(tekst), (
                    f"{naam} toont {waarde:g} van {rol} (toetsenbord: {houder}):\n{tekst}")

    async def op(self, scherm: str) -> str:
        """Until `scherm` is up; checked, and its text returned."""
        await op_scherm(self.pilot, scherm)
        await self.kijk()
        return schermtekst(self.app)

    async def lees_briefs(self) -> None:
        """Both handovers and briefs of a round start (each checked), ending on the dialogue."""
        for _ in range(2):
            await self.op("OverdrachtScherm")
            await self.druk("enter")
            await self.op("BriefScherm")
            await self.druk("enter")
        await self.op("DialoogScherm")

    async def kies(self, **keuzes: str) -> None:
        for punt, optie in keuzes.items():
            self.app.screen.query_one(f"#punt-{punt}").value = optie
        await wacht_op(self.pilot, lambda: self.app.screen.keuzes() == dict(
            self.app.screen.keuzes(), **keuzes))
        await self.kijk()


async def test_a_played_round_a_role_swap_and_a_resume_never_show_the_other_brief(tmp_path):
    schermen: set[str] = set()
    app = make_app(GEHEIM, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = Tafel(pilot, schermen)
        await tafel.druk("n")
        await tafel.op("CasusKiezenScherm")
        await tafel.druk("enter")
        await tafel.op("SpelersScherm")
        await tafel.druk(*"Anna", "tab", *"Bram", "enter")
        for _ in range(2):  # the provider reads first, then the municipality
            await tafel.op("OverdrachtScherm")
            await tafel.druk("enter")
            await tafel.op("BriefScherm")
            await tafel.druk("pagedown", "pagedown", "enter")
        await tafel.op("DialoogScherm")
        assert tafel.bij == "Anna"
        await tafel.druk("b")
        await tafel.op("BriefScherm")
        await tafel.druk("escape", "v")
        await tafel.op("PraatScherm")
        await tafel.druk("enter")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "p")  # Bram proposes
        await tafel.op("VoorstelScherm")
        await tafel.kies(inkoopvorm="subsidie", aanbieders="een", looptijd="j6",
                         verlengopties="geen")
        await tafel.druk("ctrl+s")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "w")  # Anna weighs it: reject, accept, counter
        await tafel.op("PraatScherm")
        await tafel.druk("escape", "a")
        await tafel.op("BevestigScherm")
        await tafel.druk("enter", "p")  # Enter keeps the safe answer: not yet
        await tafel.op("VoorstelScherm")
        await tafel.kies(inkoopvorm="aanbesteden")
        await tafel.druk("ctrl+s")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "b")
        await tafel.op("BriefScherm")
        await tafel.druk("escape", "a")
        await tafel.op("BevestigScherm")
        await tafel.druk("j")
        await tafel.op("FeedbackScherm")
        await tafel.druk("pagedown", "r")  # the role swap: Anna is the provider now
        await tafel.lees_briefs()
        assert tafel.bij == "Bram" and app.staat.ronde.nummer == 2
        await tafel.druk("e")
        await tafel.op("PraatScherm")
        await tafel.druk("enter")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "f1")
        await tafel.op("HulpScherm")
        await tafel.druk("escape")

    app = make_app(GEHEIM, tmp_path / "saves", meegeleverd=False)  # the next day
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = Tafel(pilot, schermen)
        await tafel.druk("h")
        await tafel.op("BewaardScherm")
        await wacht_op(pilot, lambda: "Geheimdorp" in schermtekst(app))
        await tafel.druk("enter")
        await tafel.op("OverdrachtScherm")
        assert tafel.genoemd == "Anna"  # she was to move
        await tafel.druk("enter")
        await tafel.op("BriefScherm")
        await tafel.druk("enter", "b")
        await tafel.op("BriefScherm")
        await tafel.druk("escape", "s")
        await tafel.op("BevestigScherm")
        await tafel.druk("j")
        await tafel.op("FeedbackScherm")
        await tafel.druk("f")
        await tafel.op("SessieEindeScherm")
    assert {"OverdrachtScherm", "BriefScherm", "DialoogScherm", "PraatScherm",
            "VoorstelScherm", "BevestigScherm", "FeedbackScherm", "SessieEindeScherm",
            "BewaardScherm", "HulpScherm"} <= schermen


async def test_the_walk_would_see_a_brief_shown_to_the_wrong_player(tmp_path):
    """The check itself: the provider's brief while Anna holds the keyboard is caught."""
    from simulatie.tui.screens.brief import BriefScherm

    app = make_app(GEHEIM, tmp_path / "saves", meegeleverd=False)
    async with app.run_test(size=KLEIN) as pilot:
        app.start_sessie(app.catalogus.casussen["geheim"], ("Anna", "Bram"))
        tafel = Tafel(pilot, set())
        tafel.bij = "Anna"
        app.push_screen(BriefScherm(app.staat.casus, "swo", "Bram"))
        await op_scherm(pilot, "BriefScherm")
        await wacht_op(pilot, lambda: "Swosituatie" in schermtekst(app))
        try:
            await tafel.kijk()
        except AssertionError as fout:
            assert "van swo" in str(fout)
        else:
            raise AssertionError("de controle zag de brief van de ander niet")
