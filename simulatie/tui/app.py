"""The Textual app: holds the session and moves the players from screen to screen.

The app owns the one mutable thing, the `Sessie` (the list of moves) and the state
folded from it. Screens are given the state and post the move a player chose
(`ZetGekozen`); `probeer` plays it, and no screen changes the state itself. After every move the whole session is saved (`bewaar`), so a
crash loses nothing; `hervat` puts a saved session back, `herspeel` opens saves for a
trainer to replay or compare (those screens keep their own copy, never `app.staat`).

Screens tell the app what happened through the messages in `messages.py`; the app
hands them what they show. Start-up (where the cases come from, their loading thread
and cache) lives in `opstart.py`; the screens of a session are imported where they open,
so starting the app does not import the core.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual import work
from textual.binding import Binding
from textual.reactive import var
from textual.screen import Screen

from .algemeen import Algemeen
from .messages import (BewaardGevraagd, CasussenGevraagd, LijstGetoond, MapGekozen,
                       NaarStart, NotitieGeschreven, SaveGekozen, SessieAfgerond,
                       SpelersGekozen, ZetGekozen)
from .opstart import LEZEN, Casusbron
from .toetsenbord import Toetsenbord
from .screens.start import StartScherm

if TYPE_CHECKING:
    from simulatie.kern.catalogus import Catalogus
    from simulatie.kern.model import Sessie, Zet
    from simulatie.kern.opslag import GeladenSessie, PlayClaim
    from simulatie.kern.spel import GeladenCasus, SessieStaat


@dataclass(frozen=True)
class Opening:
    """What the app opens with instead of the start screen (`simulatie hervat/herspeel`)."""

    soort: Literal["hervat", "herspeel"]
    saves: tuple[GeladenSessie, ...]


class SimulatieApp(Toetsenbord, Algemeen):
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
        self.bron = Casusbron(casussen_dir, meegeleverd, catalogus, cache_dir)
        self.saves_dir = saves_dir or Path("saves")
        self._vooruit_gestart = False
        self.opening = opening
        self.geladen: GeladenCasus | None = None
        self.sessie: Sessie | None = None
        self.bestand: Path | None = None  # where this session is autosaved; None until move 1
        self.toetsenbord: str | None = None  # role that took the keyboard at the last handover
        self.speelclaim: PlayClaim | None = None  # held while this window plays `bestand`

    def get_default_screen(self) -> Screen:
        return StartScherm()

    def on_unmount(self) -> None:
        self._speel_in(None)  # the app stops: another window may play this save now

    def on_mount(self) -> None:
        if self.bron.uit_cache:  # the case screen starts the load once it has painted
            self.set_timer(LEZEN, self.laad_vooruit)
        else:
            self.laad_vooruit()
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
        """Tell the case screen when the cases are there."""
        try:
            self.bron.laad_lijst()
        finally:  # on failure the case screen loads again and shows the error
            self.call_from_thread(setattr, self, "catalogus_klaar", True)

    @property
    def catalogus(self) -> Catalogus:
        """The cases; waits for the loading thread when it is still busy."""
        return self.bron.catalogus

    @property
    def casussen_dir(self) -> Path | None:
        return self.bron.eigen

    @property
    def mappen(self) -> list[Path]:
        return self.bron.mappen

    def on_map_gekozen(self, event: MapGekozen) -> None:
        self.bron.kies_map(event.map)

    def on_casussen_gevraagd(self, _: CasussenGevraagd) -> None:
        from .screens.casussen import CasusKiezenScherm

        self.push_screen(CasusKiezenScherm(self.bron, self.catalogus_klaar))

    def on_lijst_getoond(self, _: LijstGetoond) -> None:
        self.laad_vooruit()

    def watch_catalogus_klaar(self, klaar: bool) -> None:
        from .screens.casussen import CasusKiezenScherm

        for scherm in self.screen_stack:
            if isinstance(scherm, CasusKiezenScherm):
                scherm.geladen(klaar)

    # -- the session ----------------------------------------------------------------

    def start_sessie(self, geladen: GeladenCasus, spelers: tuple[str, str]) -> None:
        """Begin round 1 with `spelers[0]` as the municipality."""
        from simulatie.kern import spel as sessies

        self.geladen = geladen
        self.sessie = sessies.start(geladen, spelers)
        self.bestand, self.bewaar_fout = None, None  # a new session gets its own file
        self._speel_in(None)
        self.staat = sessies.staat_na(geladen, self.sessie)
        self.on_sessie_changed(self.sessie)
        self.terug_naar_start()
        self._begin_ronde()

    def hervat(self, geladen: GeladenSessie) -> None:
        """Back where the players were: at the handover to whoever is to move.

        A session that may not go on (finished, or its case changed) opens for replay.
        """
        from simulatie.kern.opslag import SaveConflict, afgerond

        from .screens.feedback import FeedbackScherm

        if geladen.casus_gewijzigd or afgerond(geladen.sessie, geladen.staat):
            if not geladen.casus_gewijzigd:  # a changed case: the replay's banner says it
                self.notify("Deze sessie is afgerond: je kunt haar alleen herspelen.",
                            title="Sessie afgerond")
            self.herspeel([geladen])
            return
        try:
            self._speel_in(geladen.bestand)
        except SaveConflict as bezet:  # a second window on this save: it may only watch
            self.notify(str(bezet)[:1].upper() + str(bezet)[1:], title="Sessie al open",
                        severity="warning", timeout=15)
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

    def on_notitie_geschreven(self, event: NotitieGeschreven) -> None:
        """A trainer's note, into the save as it is now (moves played meanwhile stay)."""
        from simulatie.kern.opslag import add_note

        from .screens.herspelen import HerspeelScherm
        from .weergave import bewaar_reden

        bestand, k = event.geladen.bestand, event.nummer
        try:
            in_bestand = add_note(bestand, k, event.tekst)
        except Exception as error:  # noqa: BLE001 — the replay goes on without the note
            self.notify(f"{bewaar_reden(error)} ({bestand}). De notitie is niet bewaard.",
                        title="Notitie niet bewaard", severity="error")
            return
        for scherm in self.screen_stack:
            if isinstance(scherm, HerspeelScherm) and scherm.geladen.bestand == bestand:
                scherm.notitie_bewaard(in_bestand.notities)
        self.notify(f"Notitie bij zet {k} bewaard." if event.tekst else
                    f"Notitie bij zet {k} weggehaald.", title="Bewaard")

    def on_bewaard_gevraagd(self, event: BewaardGevraagd) -> None:
        from .screens.bewaard import BewaardScherm  # imports the core: see the module doc

        self.push_screen(BewaardScherm(event.modus, self.saves_dir, lambda: self.catalogus))

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
                self._speel_in(self.bestand)  # new, so no other window can have it
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

    def _speel_in(self, bestand: Path | None) -> None:
        """Hold the play claim on `bestand` (and on nothing else); `SaveConflict` when
        another window plays it (see kern/opslag/gedeeld.py)."""
        from simulatie.kern.opslag import claim_play

        if self.speelclaim is not None and self.speelclaim.path == bestand:
            return  # already ours
        nieuw = claim_play(bestand) if bestand is not None else None
        if self.speelclaim is not None:
            self.speelclaim.release()
        self.speelclaim = nieuw

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
        """The round's dialogue; in a thread, its analysis for the feedback screen."""
        from .screens.dialoog import DialoogScherm
        from .widgets.akkoordanalyse import voorbereid

        assert self.staat is not None
        staat = self.staat
        self.run_worker(partial(voorbereid, staat.casus, staat.regelboek, staat.ronde.nummer),
                        thread=True, exit_on_error=False)
        return DialoogScherm(staat, self.bewaar_fout)

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


def make_app(casussen_dir: Path | None = None, saves_dir: Path | None = None,
             meegeleverd: bool = True, catalogus: Catalogus | None = None,
             opening: Opening | None = None, cache_dir: Path | None = None) -> SimulatieApp:
    """The app for the command line and the tests. `casussen_dir`: a facilitator's own
    folder, beside the bundled cases (alone with `meegeleverd=False`); `catalogus`: cases
    the command line loaded already; `opening`: a save to resume or replay at once;
    `cache_dir`: keeps the case list between starts (see `casuslijst`)."""
    return SimulatieApp(casussen_dir, saves_dir, meegeleverd, catalogus, opening, cache_dir)
