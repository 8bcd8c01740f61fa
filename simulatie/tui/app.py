"""The Textual app: holds the session and moves the players from screen to screen.

The app owns the one mutable thing, the `Sessie` (the list of moves) and the state
folded from it. Screens read `app.staat` and hand moves to `app.probeer`; no screen
changes the state itself. After every move the whole session is saved (`bewaar`), so a
crash loses nothing; `hervat` puts a saved session back, `herspeel` opens saves for a
trainer to replay or compare (those screens keep their own copy, never `app.staat`).

Start-up: the core (pydantic, the rules library) and loading the cases cost about as
much as Textual itself, so this module, the start screen and the case list never import
it; the screens of a session are imported in the methods that open them. The core loads
in a thread. Without a cached case list (`casuslijst`) that thread starts with the app;
with one, the case list shows from the cache and the thread waits until that list has
painted (or the player lingers on the start screen): two Python threads share one
interpreter lock, so a load running meanwhile would slow every screen on the way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.reactive import var
from textual.screen import Screen

from .messages import (BewaardGevraagd, BriefGevraagd, NaarStart, SaveGekozen, SessieAfgerond,
                       SpelersGekozen, ZetGekozen)
from .screens.basis import Scherm
from .screens.bevestig import BevestigScherm
from .screens.start import StartScherm
from .widgets.opdrachten import Opdrachten

if TYPE_CHECKING:
    from simulatie.kern.catalogus import Catalogus
    from simulatie.kern.model import Sessie, Zet
    from simulatie.kern.opslag import GeladenSessie
    from simulatie.kern.spel import GeladenCasus, SessieStaat

    from .casuslijst import CasusLijst


LEZEN = 0.4
"""Seconds a player looks at the start screen before the core loads behind it (with a
cached case list). Shorter would slow the case list for one who presses 'n' at once."""


@dataclass(frozen=True)
class Opening:
    """What the app opens with instead of the start screen (`simulatie hervat/herspeel`)."""

    soort: Literal["hervat", "herspeel"]
    saves: tuple[GeladenSessie, ...]


class SimulatieApp(App[None]):
    """A workshop round in the terminal: pick a case, talk, propose, swap roles."""

    CSS_PATH = "app.tcss"
    TITLE = "Inkoopdialoog"
    SUB_TITLE = "oefenen met de rol van de ander"
    BINDINGS = [
        Binding("f1", "hulp", "Hulp"),
        Binding("ctrl+q", "quit", "Afsluiten", priority=True),
        Binding("ctrl+c", "quit", "Afsluiten", show=False, system=True),
        # Declared here so the footer says it in Dutch (Textual's own says "palette").
        Binding("ctrl+p", "command_palette", "Opdrachten", show=False, priority=True),
    ]

    # Low terminals (80×24) get one-line buttons: see `.-laag` in app.tcss.
    VERTICAL_BREAKPOINTS = [(0, "-laag"), (32, "-hoog")]

    staat: var[SessieStaat | None] = var(None, always_update=True)
    bewaar_fout: var[str | None] = var(None)  # why the last autosave failed, while it fails
    catalogus_klaar: var[bool] = var(False)

    def __init__(self, casussen_dir: Path | None = None, saves_dir: Path | None = None,
                 meegeleverd: bool = True, catalogus: Catalogus | None = None,
                 opening: Opening | None = None, cache_dir: Path | None = None) -> None:
        super().__init__()
        self.casussen_dir = casussen_dir
        self.meegeleverd = meegeleverd
        self.saves_dir = saves_dir or Path("saves")
        self._catalogus = catalogus
        self._laden = threading.Lock()
        self._vooruit_gestart = False
        self.opening = opening
        self.geladen: GeladenCasus | None = None
        self.sessie: Sessie | None = None
        self.bestand: Path | None = None  # where this session is autosaved; None until move 1
        self.toetsenbord: str | None = None  # role that took the keyboard at the last handover
        self.cache_dir = cache_dir  # where the case list is kept between starts; None: not kept
        self.casuslijst: CasusLijst | None = None  # what the case screen shows
        self._cache: tuple[Path, str] | None = None  # (file, key) for this start's folders
        if catalogus is None and cache_dir is not None:
            self.casuslijst = self._uit_cache(cache_dir)
        if catalogus is None and self.casuslijst is None:
            # Not a worker: those only start once the app runs.
            threading.Thread(target=self._laad_vroeg, name="casussen-laden").start()

    def _uit_cache(self, cache_dir: Path) -> CasusLijst | None:
        """The case list kept at the last start, if the files are still the same."""
        from . import casuslijst

        mappen = self.mappen
        self._cache = (casuslijst.cache_file(cache_dir, mappen), casuslijst.fingerprint(mappen))
        return casuslijst.read_cache(*self._cache)

    def _laad_vroeg(self) -> None:
        """Load the cases (and import the case screen) as early as possible."""
        try:
            self.catalogus
            from .screens import casussen  # noqa: F401
        except Exception:  # noqa: BLE001 — `_laad_vooruit` tries again and reports it
            pass

    def get_default_screen(self) -> Screen:
        return StartScherm()

    def on_mount(self) -> None:
        if self.casuslijst is None or self._catalogus is not None:
            self.laad_vooruit()
        else:  # from the cache: the case screen starts the load once it has painted
            self.set_timer(LEZEN, self.laad_vooruit)
        if self.opening is not None:
            self.call_after_refresh(self._open, self.opening)

    def laad_vooruit(self) -> None:
        """Load the core and the cases in the background, once."""
        if not self._vooruit_gestart:
            self._vooruit_gestart = True
            self._laad_vooruit()

    def _open(self, opening: Opening) -> None:
        if opening.soort == "hervat":
            self.hervat(opening.saves[0])
        else:
            self.herspeel(list(opening.saves))

    @work(thread=True, exit_on_error=False)
    def _laad_vooruit(self) -> None:
        """Tell the case screen when the cases are there (waiting for `_laad_vroeg`)."""
        from . import casuslijst

        oud = self.casuslijst
        try:
            self.casuslijst = casuslijst.from_catalogus(self.catalogus, self.mappen)
            from .screens import casussen  # noqa: F401
        finally:  # on failure the case screen loads again and shows the error
            self.call_from_thread(setattr, self, "catalogus_klaar", True)
        # Kept for the next start only now: writing waits for the disk, the list need not.
        if self._cache is not None and self.casuslijst != oud:  # key made before the load
            casuslijst.write_cache(*self._cache, self.casuslijst)

    @property
    def mappen(self) -> list[Path]:
        """The folders the cases come from, own folder first."""
        from . import catalogus

        return catalogus.folders(self.casussen_dir, self.meegeleverd)

    @property
    def catalogus(self) -> Catalogus:
        """The cases; waits for the loading thread when it is still busy."""
        with self._laden:
            if self._catalogus is None:
                from . import catalogus

                self._catalogus = catalogus.load(self.casussen_dir, self.meegeleverd)
        return self._catalogus

    def lees_casussen(self, eigen: Path | None) -> tuple[Catalogus, CasusLijst]:
        """Read the case folders again (F5, own folder; in a thread): cases and their list.

        The list is kept for the next start, under a key made before the files are read:
        a file changed meanwhile then gives a key that no later start will match.
        """
        from . import casuslijst, catalogus

        mappen = catalogus.folders(eigen, self.meegeleverd)
        sleutel = casuslijst.fingerprint(mappen) if self.cache_dir is not None else None
        nieuw = catalogus.load(eigen, self.meegeleverd)
        lijst = casuslijst.from_catalogus(nieuw, mappen)
        if self.cache_dir is not None and sleutel is not None:
            casuslijst.write_cache(casuslijst.cache_file(self.cache_dir, mappen), sleutel, lijst)
        return nieuw, lijst

    def vervang_catalogus(self, nieuw: Catalogus, lijst: CasusLijst) -> Catalogus:
        """Put freshly read cases and their list in place; returns the old cases.

        A session under way keeps its own loaded case, so a reload never changes it.
        """
        with self._laden:
            oud, self._catalogus = self._catalogus, nieuw
            self.casuslijst = lijst
        return oud or nieuw

    # -- the session ----------------------------------------------------------------

    def start_sessie(self, geladen: GeladenCasus, spelers: tuple[str, str]) -> None:
        """Begin round 1 with `spelers[0]` as the municipality."""
        from simulatie.kern import spel as sessies

        self.geladen = geladen
        self.sessie = sessies.start(geladen, spelers)
        self.bestand, self.bewaar_fout = None, None  # a new session gets its own file
        self.staat = sessies.staat_na(geladen, self.sessie)
        self.on_sessie_changed(self.sessie)
        self.terug_naar_start()
        self._begin_ronde()

    def hervat(self, geladen: GeladenSessie) -> None:
        """Back where the players were: at the handover to whoever is to move.

        A session that may not go on (finished, or its case changed) opens for replay.
        """
        from simulatie.kern.opslag import afgerond

        from .screens.feedback import FeedbackScherm

        if geladen.casus_gewijzigd or afgerond(geladen.sessie, geladen.staat):
            if not geladen.casus_gewijzigd:  # a changed case: the replay's banner says it
                self.notify("Deze sessie is afgerond: je kunt haar alleen herspelen.",
                            title="Sessie afgerond")
            self.herspeel([geladen])
            return
        self.geladen, self.sessie = geladen.casus, geladen.sessie
        self.bestand, self.bewaar_fout = geladen.bestand, None
        self.staat = geladen.staat
        self.terug_naar_start()
        ronde = geladen.staat.ronde
        if ronde.afgelopen:  # the round was over: its feedback, then swap or finish
            self.toetsenbord = None
            self.push_screen(FeedbackScherm(geladen.staat))
        elif not ronde.zetten:  # a fresh round: both players read their brief again
            self._begin_ronde()
        else:  # whoever is to move takes the keyboard and rereads their brief
            self.push_screen(self._dialoog())
            self.geef_toetsenbord(ronde.aan_zet, brief=True)
        self.notify(f"Verder met ronde {ronde.nummer}, na zet {len(geladen.sessie.zetten)}.",
                    title="Sessie hervat")

    def herspeel(self, saves: list[GeladenSessie]) -> None:
        """One save: replay it move by move. Several (of one case): compare them."""
        if len(saves) == 1:
            from .screens.herspelen import HerspeelScherm

            self.push_screen(HerspeelScherm(saves[0]))
        else:
            from .screens.vergelijk import VergelijkScherm

            self.push_screen(VergelijkScherm(saves))

    def probeer(self, zet: Zet) -> bool:
        """Play `zet`; on an illegal move tell the players why and change nothing."""
        from simulatie.kern import spel as sessies
        from simulatie.kern.opslag import SaveConflict
        from simulatie.kern.spel import IllegalZet

        from .screens.feedback import FeedbackScherm

        assert self.geladen and self.sessie and self.staat
        # Local time with its offset: the players' clock, unambiguous, whole seconds.
        nu = datetime.now().astimezone().replace(microsecond=0)
        zet = zet.model_copy(update={"tijd": nu})
        try:
            sessie, staat = sessies.speel(self.geladen, self.sessie, self.staat, zet)
        except IllegalZet as error:
            self.notify(str(error), title="Die zet kan niet", severity="error")
            return False
        try:
            self.on_sessie_changed(sessie)  # saved before the screen shows the move
        except SaveConflict as conflict:  # another window played on: this move is not made
            self.notify(f"Zet niet gedaan: {conflict}", title="Sessie in een ander venster",
                        severity="error", timeout=20)
            return False
        self.sessie = sessie
        self.staat = staat
        if zet.soort == "rolwissel":
            self.switch_screen(self._dialoog())
            self.deel_briefs_uit()
        elif staat.ronde.afgelopen:  # the debrief: both players look again
            self.toetsenbord = None
            self.switch_screen(FeedbackScherm(staat))
        else:  # every move passes the turn, so the keyboard changes hands
            self.geef_toetsenbord(staat.ronde.aan_zet, brief=False)
        return True

    def on_zet_gekozen(self, event: ZetGekozen) -> None:
        self.probeer(event.zet)

    def on_spelers_gekozen(self, event: SpelersGekozen) -> None:
        self.start_sessie(event.geladen, event.spelers)

    def on_sessie_afgerond(self, _: SessieAfgerond) -> None:
        self.sessie_afronden()

    def on_naar_start(self, _: NaarStart) -> None:
        self.terug_naar_start()

    def on_save_gekozen(self, event: SaveGekozen) -> None:
        if event.hervatten:
            self.hervat(event.saves[0])
        else:
            self.herspeel(event.saves)

    def on_bewaard_gevraagd(self, event: BewaardGevraagd) -> None:
        from .screens.bewaard import BewaardScherm  # imports the core: see the module doc

        self.push_screen(BewaardScherm(event.modus, self.saves_dir, lambda: self.catalogus))

    def on_brief_gevraagd(self, _: BriefGevraagd) -> None:
        """'Mijn brief' during play: only the brief of who took the keyboard last."""
        if self.toetsenbord is None or self.staat is None:
            self.notify("Geef eerst het toetsenbord over.", title="Geen brief")
            return
        self._toon_brief(self.toetsenbord)

    def on_sessie_changed(self, sessie: Sessie) -> None:
        """Called after every change of the session: autosave, from the first move on."""
        if sessie.zetten:
            self.bewaar(sessie)

    def bewaar(self, sessie: Sessie) -> bool:
        """Write the session to its file; a failure is told, never fatal."""
        from simulatie.kern import opslag

        try:
            if self.bestand is None:
                self.bestand = opslag.new_save_path(self.saves_dir, sessie)
            else:
                self.bestand.parent.mkdir(parents=True, exist_ok=True)  # folder removed?
                opslag.save_moves(self.bestand, sessie)  # never over another window's moves
        except opslag.SaveConflict:
            raise
        except Exception as error:  # noqa: BLE001 — disk full or read-only: play on
            self._bewaren_mislukt(error)
            return False
        if self.bewaar_fout is not None:
            self.notify("De sessie wordt weer bewaard, met alle zetten.", title="Bewaard")
        self.bewaar_fout = None
        return True

    def _bewaren_mislukt(self, error: Exception) -> None:
        from .weergave import bewaar_reden

        reden = bewaar_reden(error)
        if reden != self.bewaar_fout:  # once per cause, not a toast on every move
            waar = self.bestand or self.saves_dir
            self.notify(f"{reden} ({waar}). Jullie kunnen gewoon verder spelen; het spel "
                        "probeert het bij elke zet opnieuw.", title="Sessie niet bewaard",
                        severity="warning", timeout=12)
        self.bewaar_fout = reden

    def sessie_afronden(self) -> None:
        from simulatie.kern.opslag import SaveConflict

        from .screens.einde import SessieEindeScherm

        if self.sessie is not None and not self.sessie.afgerond:
            afgerond = self.sessie.model_copy(update={"afgerond": True})
            try:
                self.on_sessie_changed(afgerond)
            except SaveConflict as conflict:
                self.notify(f"Niet afgerond: {conflict}", title="Sessie in een ander venster",
                            severity="error", timeout=20)
                return
            self.sessie = afgerond
        assert self.staat is not None
        self.switch_screen(SessieEindeScherm(self.staat))

    def terug_naar_start(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def _begin_ronde(self) -> None:
        self.push_screen(self._dialoog())
        self.deel_briefs_uit()

    def _dialoog(self) -> Screen:
        from .screens.dialoog import DialoogScherm

        assert self.staat is not None
        return DialoogScherm(self.staat, self.bewaar_fout)

    def watch_staat(self, staat: SessieStaat | None) -> None:
        """The dialogue shows the state the app holds: handed down, never read up."""
        for scherm in self._dialogen():
            scherm.staat = staat

    def watch_bewaar_fout(self, fout: str | None) -> None:
        for scherm in self._dialogen():
            scherm.bewaar_fout = fout

    def _dialogen(self) -> list:
        from .screens.dialoog import DialoogScherm

        return [s for s in self.screen_stack if isinstance(s, DialoogScherm)]

    def deel_briefs_uit(self) -> None:
        """A round starts: each player reads their own brief, the provider first.

        The municipality opens the talk, so it reads last and keeps the keyboard.
        """
        self.geef_toetsenbord("swo", brief=True,
                              daarna=lambda: self.geef_toetsenbord("gemeente", brief=True))

    def geef_toetsenbord(self, rol: str, brief: bool,
                         daarna: Callable[[], None] | None = None) -> None:
        """Hot seat: the one door to private information.

        A handover screen names the player of `rol`; only once they confirm that they
        hold the keyboard may their own brief, score or bottom line show (with `brief`,
        their brief at once). A handover not yet taken gives way to this one.
        """
        from .screens.overdracht import OverdrachtScherm

        assert self.staat is not None
        self.toetsenbord = None
        while isinstance(self.screen, OverdrachtScherm) or self._is_brief(self.screen):
            self.pop_screen()
        naam = self.staat.spelers[self.staat.ronde.speler(rol)]

        def genomen(_: object) -> None:
            self.toetsenbord = rol
            if brief:
                self._toon_brief(rol, daarna)
            elif daarna is not None:
                daarna()

        self.push_screen(OverdrachtScherm(naam, rol, brief), genomen)

    def _toon_brief(self, rol: str, daarna: Callable[[], None] | None = None) -> None:
        from .screens.brief import BriefScherm

        assert self.staat is not None
        naam = self.staat.spelers[self.staat.ronde.speler(rol)]
        self.push_screen(BriefScherm(self.staat.casus, rol, naam),
                         lambda _: daarna() if daarna is not None else None)

    @staticmethod
    def _is_brief(screen: Screen) -> bool:
        return type(screen).__name__ == "BriefScherm"  # not imported: see the module doc

    # -- app-wide actions ---------------------------------------------------------------

    def action_hulp(self) -> None:
        from .screens.hulp import HulpScherm

        if not isinstance(self.screen, HulpScherm):
            self.push_screen(HulpScherm(self.screen))

    async def action_quit(self) -> None:
        if isinstance(self.screen, BevestigScherm) and self.screen.id == "afsluiten":
            return
        # Enter quits where nothing is lost: no moves yet, or every move is saved.
        niets_kwijt = self.sessie is None or not self.sessie.zetten or self.bewaar_fout is None
        vraag = BevestigScherm("Wil je het spel afsluiten?", self._bewaard_uitleg(),
                               ja="Afsluiten", nee="Blijven", id="afsluiten",
                               enter_ja=niets_kwijt)
        self.push_screen(vraag, lambda ja: self.exit() if ja else None)

    def _bewaard_uitleg(self) -> str:
        if self.sessie is None or not self.sessie.zetten or self.sessie.afgerond:
            return ""
        if self.bewaar_fout is not None:
            return (f"Let op: de laatste zetten zijn niet bewaard ({self.bewaar_fout}). "
                    "Wie nu afsluit, verliest ze.")
        return "Elke zet is bewaard: via 'Sessie hervatten' spelen jullie later verder."

    def action_thema(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(Opdrachten(placeholder="Zoek een opdracht…",
                                        id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Dutch commands: first what this screen can do, then the app-wide ones."""
        if isinstance(screen, Scherm):
            for titel, uitleg, action in screen.opdrachten():
                yield SystemCommand(titel, uitleg, _runner(screen, action))
        yield SystemCommand("Hulp", "Uitleg bij dit scherm (F1)", self.action_hulp)
        yield SystemCommand("Thema wisselen", "Wissel tussen licht en donker", self.action_thema)
        yield SystemCommand("Afsluiten", "Het spel afsluiten (vraagt eerst)", self.action_quit)


def _runner(screen: Screen, action: str):
    async def run() -> None:
        await screen.run_action(action)

    return run


def make_app(casussen_dir: Path | None = None, saves_dir: Path | None = None,
             meegeleverd: bool = True, catalogus: Catalogus | None = None,
             opening: Opening | None = None, cache_dir: Path | None = None) -> SimulatieApp:
    """The app for the command line and the tests.

    `casussen_dir` is a facilitator's own folder, shown beside the bundled cases; tests
    pass `meegeleverd=False` to see that folder alone. `catalogus` saves loading the cases
    twice when the command line has loaded them already; `opening` resumes or replays a
    save at once. `cache_dir` keeps the case list between starts (see `casuslijst`);
    without it every start waits for the core before it lists the cases.
    """
    return SimulatieApp(casussen_dir, saves_dir, meegeleverd, catalogus, opening, cache_dir)
