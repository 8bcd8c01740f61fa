"""Round 2 with a second brief per side: after the handover each player reads the
variant of the side they now play, their own scores follow it, and the hot-seat walk
still never shows a side's private text or numbers (of either round) to the other."""

from __future__ import annotations

from simulatie.kern.model.score import score
from simulatie.kern.spel.stap import other
from simulatie.tui.app import make_app
from test_privacy import Tafel, _getallen
from tui_hulp import DATA, KLEIN, schermtekst

GEHEIM2 = DATA / "geheim2"
ROLLEN = ("gemeente", "swo")


class TweeRondes(Tafel):
    """The walk of `test_privacy`, with both rounds' briefs of each side as private."""

    def __init__(self, pilot, schermen: set[str]) -> None:
        self.pilot, self.app = pilot, pilot.app
        self.bij, self.genoemd, self.schermen = None, None, schermen
        casus = self.app.catalogus.casussen["geheim2"].casus
        briefs = {rol: [casus.brief(rol, 1), casus.brief(rol, 2)] for rol in ROLLEN}
        self.teksten = {rol: [t for b in briefs[rol] for t in (b.functie, b.situatie)]
                        + [g.tekst for b in briefs[rol] for g in b.geheimen] for rol in ROLLEN}
        getallen = {rol: set().union(*(_getallen(b, casus) for b in briefs[rol])) for rol in ROLLEN}
        self.getallen = {rol: getallen[rol] - getallen[other(rol)] for rol in ROLLEN}
        for rol in ROLLEN:
            assert casus.brief(rol, 2).ondergrens in self.getallen[rol]


async def test_round_2_shows_each_player_the_variant_of_their_new_side(tmp_path):
    app = make_app(GEHEIM2, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    async with app.run_test(size=KLEIN) as pilot:
        tafel = TweeRondes(pilot, set())
        casus = app.catalogus.casussen["geheim2"].casus
        await tafel.druk("n")
        await tafel.op("CasusKiezenScherm")
        await tafel.druk("enter")
        await tafel.op("SpelersScherm")
        await tafel.druk(*"Anna", "tab", *"Bram", "enter")
        await tafel.lees_briefs()
        await tafel.druk("s")  # Anna (gemeente) ends round 1 without a deal
        await tafel.op("BevestigScherm")
        await tafel.druk("j")
        await tafel.op("FeedbackScherm")
        await tafel.druk("r")  # the role swap: Bram is the gemeente now
        gelezen = {}
        for _ in range(2):
            await tafel.op("OverdrachtScherm")
            await tafel.druk("enter")
            await tafel.op("BriefScherm")
            gelezen[app.screen.rol] = schermtekst(app)
            for _ in range(3):  # the whole brief, page by page
                await tafel.druk("pagedown")
                gelezen[app.screen.rol] += schermtekst(app)
            await tafel.druk("enter")
        assert app.staat.ronde.nummer == 2
        for rol in ROLLEN:
            assert "na de rolwissel is de situatie veranderd" in gelezen[rol]
            assert casus.brief(rol, 2).situatie.split(":")[0] in gelezen[rol]
            assert casus.brief(rol, 1).situatie not in gelezen[rol]
            assert casus.brief(rol, 2).geheimen[0].tekst in gelezen[rol]
        await tafel.op("DialoogScherm")
        assert tafel.bij == "Bram"
        keuzes = {"inkoopvorm": "subsidie", "aanbieders": "vijf", "looptijd": "j6",
                  "verlengopties": "geen"}
        await tafel.druk("p")
        await tafel.op("VoorstelScherm")
        await tafel.kies(**keuzes)
        eigen = f"{score(casus.brief('gemeente', 2), keuzes):g}".replace(".", ",")
        assert eigen in schermtekst(app)  # his score by the variant, as he proposes
        await tafel.druk("ctrl+s")
        await tafel.op("OverdrachtScherm")
        await tafel.druk("enter", "a")  # Anna, now the provider, weighs it
        await tafel.op("BevestigScherm")
        hare = f"{score(casus.brief('swo', 2), keuzes):g}".replace(".", ",")
        assert hare in schermtekst(app) and "ondergrens 56,3" in schermtekst(app)
        await tafel.druk("j")
        await tafel.op("FeedbackScherm")


async def test_the_replay_shows_the_briefs_of_the_round_at_hand(tmp_path):
    """A trainer replaying a session sees round 1's briefs at its start and the round-2
    versions once the replay reaches round 2."""
    from simulatie.kern.model import Zet
    from simulatie.kern.opslag import load, save
    from simulatie.kern.spel import start
    from tui_hulp import GROOT, op_scherm, wacht_op

    app = make_app(GEHEIM2, tmp_path / "saves", meegeleverd=False)
    app.animation_level = "none"
    geladen = app.catalogus.casussen["geheim2"]
    zetten = (Zet(soort="stop", rol="gemeente"), Zet(soort="rolwissel"),
              Zet(soort="vraag", rol="gemeente", item="v1"))
    pad = tmp_path / "sessie.toml"
    save(start(geladen, ("Anna", "Bram")).model_copy(update={"zetten": zetten}), pad)
    casus = geladen.casus
    async with app.run_test(size=GROOT) as pilot:
        app.herspeel([load(pad, app.catalogus)])
        await op_scherm(pilot, "HerspeelScherm")
        await wacht_op(pilot, lambda: "Zet 0 van" in schermtekst(app))
        await pilot.press("b")
        await wacht_op(pilot, lambda: "Brief voor Anna: Gemeente" in schermtekst(app))
        assert casus.brief("gemeente", 1).situatie.split(":")[0] in schermtekst(app)
        await pilot.press("end")
        await wacht_op(pilot, lambda: "Brief voor Bram: Gemeente" in schermtekst(app))
        tekst = schermtekst(app)
        assert casus.brief("gemeente", 2).situatie.split(":")[0] in tekst
        assert casus.brief("gemeente", 1).situatie.split(":")[0] + ":" not in tekst
