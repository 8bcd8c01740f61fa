"""The dialogue's new moves in the app: answer a question, state a preference, tell a
secret, read what you know of the other side, all behind the hot-seat handover.

The case `praten` gives every private text and number of one side a form nothing else
on screen has, so a leak to the player not at the keyboard is found by reading the
screen (as `test_privacy` does for the older moves).
"""

from __future__ import annotations

from simulatie.tui.app import make_app
from test_privacy import Tafel as PrivacyTafel
from test_privacy import _getallen
from tui_hulp import DATA, KLEIN, op_scherm, schermtekst, wacht_op

PRATEN = DATA / "praten"
class Tafel(PrivacyTafel):
    """The walk of `test_privacy` on the case `praten`. A secret told aloud is the other
    side's to read from then on; nothing else private of the side not at the keyboard
    may show."""

    def __init__(self, pilot) -> None:
        super().__init__(pilot, set(), casus_id="praten")
        casus = self.casus
        effecten = [w for g in casus.brief("swo").geheimen for o in g.effect.values()
                    for w in o.values()]
        getallen = {"gemeente": _getallen(casus.brief("gemeente"), casus, effecten),
                    "swo": _getallen(casus.brief("swo"), casus)}
        self.getallen = {"gemeente": getallen["gemeente"] - getallen["swo"],
                         "swo": getallen["swo"] - getallen["gemeente"]}

    def _private(self, rol: str) -> list[str]:
        brief = self.casus.brief(rol)
        verteld = set(self.app.staat.ronde.uitwisseling.onthuld_door(rol))
        alternatief = [brief.alternatief.tekst] if brief.alternatief else []
        return [brief.functie, brief.situatie, *alternatief,
                *(g.tekst for g in brief.geheimen if g.id not in verteld)]


async def _aan_tafel(tafel: Tafel) -> None:
    app = tafel.app
    app.start_sessie(app.catalogus.casussen["praten"], ("Anna", "Bram"))
    await tafel.lees_briefs()
    assert tafel.bij == "Anna"


async def test_question_answer_preference_secret_proposal_accept_without_a_leak(tmp_path):
    app = make_app(PRATEN, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = Tafel(pilot)
        await _aan_tafel(tafel)
        await tafel.druk("v")  # Anna asks the question from her brief
        await tafel.op("PraatScherm")
        await tafel.druk("enter")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter")  # Bram: the question waits, answering comes first
        scherm = await tafel.op("DialoogScherm")
        assert "Wat is de kern van jullie werk?" in scherm
        assert app.screen.query_one("#zetten").highlighted_option.id == "antwoord"
        await tafel.druk("enter")
        scherm = await tafel.op("AntwoordScherm")
        assert "Anna (Gemeente) vraagt: Wat is de kern van jullie werk?" in scherm
        lijst = app.screen.query_one("#antwoorden")
        assert lijst.get_option_at_index(0).id == "item:kern"  # on the question's topic
        await tafel.druk("enter")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "k")  # Anna states a preference, the true one
        scherm = await tafel.op("VoorkeurScherm")
        assert "Je zegt: Inkoopvorm weegt gemiddeld voor ons; liefst Aanbesteden" in scherm
        await tafel.druk("enter")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "o")  # Bram tells the secret with an effect
        await tafel.op("OnthulScherm")
        await tafel.druk("down", "enter")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "i")  # Anna reads what she learnt
        scherm = await tafel.op("KennisScherm")
        assert "Swogeheim twee: vier partners werken al samen." in scherm
        assert "Swoantwoord: hulp dichtbij, in de wijk." in scherm
        assert "Aanbieders · Vijf: nu 63,7, was 22,7" in scherm
        assert "Swogeheim: de organisatie" not in scherm  # not told
        await tafel.druk("escape", "p")
        await tafel.op("VoorstelScherm")
        for punt, optie in dict(inkoopvorm="subsidie", aanbieders="vijf", looptijd="j6",
                                verlengopties="geen").items():
            app.screen.query_one(f"#punt-{punt}").value = optie
        await wacht_op(pilot, lambda: len(app.screen.keuzes()) == 4)
        await tafel.druk("ctrl+s")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "i")  # Bram's knowledge: Anna's statement as stated
        scherm = await tafel.op("KennisScherm")
        assert "Inkoopvorm weegt gemiddeld voor ons; liefst Aanbesteden" in scherm
        await tafel.druk("escape", "a")
        await tafel.op("BevestigScherm")
        await tafel.druk("j")
        await tafel.op("FeedbackScherm")
    soorten = [z.soort for z in app.sessie.zetten]
    assert soorten == ["vraag", "antwoord", "voorkeur", "onthul", "voorstel", "accepteer"]
    assert {"AntwoordScherm", "VoorkeurScherm", "OnthulScherm", "KennisScherm"} <= set(
        tafel.schermen)


async def test_a_declined_and_an_ignored_question_read_so_in_the_chat_and_the_replay(tmp_path):
    from simulatie.kern.model import Zet
    from simulatie.kern.opslag import load

    app = make_app(PRATEN, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = Tafel(pilot)
        await _aan_tafel(tafel)
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "n")  # Bram declines, with a reason
        await tafel.op("WeigerScherm")
        await tafel.druk(*"later", "enter")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter")
        app.probeer(Zet(soort="vraag", rol="gemeente", tekst="Koffie?"))
        app.probeer(Zet(soort="vraag", rol="swo", item="v1"))  # passes Anna's question by
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter")
        scherm = await tafel.op("DialoogScherm")
        assert "vraag · geen antwoord" in scherm
        assert "Daar wil ik nu niet op" in scherm  # the bubble wraps the rest
        assert "vraag · niet op ingegaan" in scherm
        bestand = app.bestand
    app = make_app(PRATEN, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        app.herspeel([load(bestand, app.catalogus)])
        await op_scherm(pilot, "HerspeelScherm")
        await pilot.press(*["right"] * 4)
        await wacht_op(pilot, lambda: app.screen.positie == 4)
        scherm = schermtekst(app)  # the log wraps a long line under its start
        assert "Wat is de kern van jullie werk? ·" in scherm and "│     geen antwoord" in scherm
        assert "Geen antwoord: Daar wil ik nu niet op" in scherm
        assert "Koffie? · niet op ingegaan" in scherm


def test_the_brief_lists_its_answers_and_says_what_happens_without_agreement():
    from simulatie.kern.catalogus import load_folder
    from simulatie.tui.weergave import brief_markdown

    casus = load_folder(PRATEN).casussen["praten"].casus
    swo, gemeente = (brief_markdown(casus, rol, "X") for rol in ("swo", "gemeente"))
    assert "## Antwoorden die je kunt geven\n- Swoantwoord: hulp dichtbij, in de wijk\\." in swo
    assert "**Zonder akkoord:** Swoalternatief: zonder akkoord" in swo
    assert "Antwoorden die je" not in gemeente and "Zonder akkoord:" not in gemeente


async def test_f1_and_the_palette_name_the_new_moves_in_dutch(tmp_path):
    app = make_app(PRATEN, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = Tafel(pilot)
        await _aan_tafel(tafel)
        from simulatie.kern.model import Zet

        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter")
        await tafel.op("DialoogScherm")
        titels = [c.title for c in app.get_system_commands(app.screen)]
        assert titels[:4] == ["Mijn brief", "Wat je weet van de ander", "Beantwoord de vraag",
                              "Geef geen antwoord op de vraag"]
        assert {"Zeg wat een punt je waard is", "Vertel een geheim"} <= set(titels)
        await tafel.druk("f1")
        scherm = await tafel.op("HulpScherm")
        assert "t de vraag van de ander beantwoorden" in scherm  # on the first page
        assert "**i** wat je nu weet van de ander" in app.screen.tekst


async def test_the_walk_would_see_an_answer_screen_shown_to_the_wrong_player(tmp_path):
    """The check itself: Bram's answer screen (his secrets) while Anna holds the keyboard."""
    import pytest

    from simulatie.kern.model import Zet
    from simulatie.kern.spel import legal_zetten
    from simulatie.tui.screens.antwoord import AntwoordScherm

    app = make_app(PRATEN, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = Tafel(pilot)
        await _aan_tafel(tafel)
        app.probeer(Zet(soort="vraag", rol="gemeente", item="v1"))
        await tafel.op("OverdrachtScherm")
        tafel.bij = "Anna"  # as if Anna kept the keyboard
        mogelijk = next(m for m in legal_zetten(app.staat) if m.soort == "antwoord")
        app.push_screen(AntwoordScherm(app.staat, mogelijk))
        await op_scherm(pilot, "AntwoordScherm")
        with pytest.raises(AssertionError, match="Swogeheim"):
            await tafel.kijk()
