"""Helpers for the TUI tests: read the screen, wait on conditions, walk the first screens."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from simulatie.tui.app import SimulatieApp

DATA = Path(__file__).parent / "data"
GROOT = (120, 40)
KLEIN = (80, 24)


_CEL = re.compile(r'<text [^>]*?x="([\d.]+)"[^>]*?clip-path="url\(#[^"]*?-line-(\d+)\)"[^>]*>'
                  r'(.*?)</text>')
_BREEDTE = 12.2  # one cell in Rich's SVG export: 0.61 × the 20 px font


def schermtekst(app: SimulatieApp) -> str:
    """The text of the screen exactly as a player would read it (dialogs with what is
    under them), from the app's public SVG screenshot."""
    regels: dict[int, dict[int, str]] = {}
    for x, regel, inhoud in _CEL.findall(app.export_screenshot()):
        tekst = html.unescape(inhoud).replace("\xa0", " ")
        regels.setdefault(int(regel), {})[round(float(x) / _BREEDTE)] = tekst
    uit = []
    for n in range(max(regels, default=-1) + 1):
        cellen: list[str] = []
        for kolom, stuk in sorted(regels.get(n, {}).items()):
            cellen.extend(" " * max(0, kolom - len(cellen)))
            cellen[kolom:kolom + len(stuk)] = stuk
        uit.append("".join(cellen).rstrip())
    return "\n".join(uit).strip("\n")


def volg_meldingen(app: SimulatieApp) -> list[str]:
    """Every notification the app shows from now on (title and message), in order."""
    gezien: list[str] = []
    notify = app.notify

    def volg(message: str, *, title: str = "", **kwargs):
        gezien.append(f"{title}: {message}")
        return notify(message, title=title, **kwargs)

    app.notify = volg  # type: ignore[method-assign]
    return gezien


async def wacht_op(pilot: Pilot, voorwaarde: Callable[[], object], keer: int = 100) -> None:
    """Let the app work until `voorwaarde` holds; fail clearly when it never does."""
    for _ in range(keer):
        if voorwaarde():
            return
        await pilot.pause()
    raise AssertionError(f"voorwaarde niet gehaald; scherm:\n{schermtekst(pilot.app)}")


async def op_scherm(pilot: Pilot, naam: str) -> None:
    """Until the screen `naam` is on top and mounted: its widgets composed and its
    `on_mount` run, so a test never reads a screen that is still empty (a busy machine)."""
    await wacht_op(pilot, lambda: type(pilot.app.screen).__name__ == naam
                   and pilot.app.screen.is_mounted)


async def naar_spelers(pilot: Pilot, casus: int = 0) -> None:
    """From the start screen to the players screen of the case `casus` places down."""
    await pilot.press("n")
    await op_scherm(pilot, "CasusKiezenScherm")
    await pilot.press(*["down"] * casus, "enter")
    await op_scherm(pilot, "SpelersScherm")


async def start_sessie(pilot: Pilot, a: str = "Anna", b: str = "Bram", casus: int = 0) -> None:
    """From the start screen to the first handover, `a` as the municipality."""
    await naar_spelers(pilot, casus)
    await pilot.press(*a, "enter", *b, "enter")
    await op_scherm(pilot, "OverdrachtScherm")


async def snel_starten(pilot: Pilot, casus: str = "mini") -> None:
    """Skip the case and player screens (tested elsewhere): Anna is the municipality."""
    app: SimulatieApp = pilot.app  # type: ignore[assignment]
    app.start_sessie(app.catalogus.casussen[casus], ("Anna", "Bram"))
    await op_scherm(pilot, "OverdrachtScherm")


async def lees_briefs(pilot: Pilot) -> None:
    """Both handovers and briefs of a round start, ending on the dialogue."""
    for _ in range(2):
        await op_scherm(pilot, "OverdrachtScherm")
        await pilot.press("enter")
        await op_scherm(pilot, "BriefScherm")
        await pilot.press("enter")
    await op_dialoog(pilot)


async def op_dialoog(pilot: Pilot) -> None:
    await op_scherm(pilot, "DialoogScherm")
    await wacht_op(pilot, lambda: pilot.app.screen.query("#zetten").first().option_count)


async def neem_over(pilot: Pilot) -> None:
    """After a move: the next player takes the keyboard, back on the dialogue."""
    await op_scherm(pilot, "OverdrachtScherm")
    await pilot.press("enter")
    await op_dialoog(pilot)


async def kies_opties(pilot: Pilot, keuzes: dict[str, str]) -> None:
    """Fill the open proposal form with `keuzes` (issue -> option)."""
    for punt, optie in keuzes.items():
        pilot.app.screen.query_one(f"#punt-{punt}").value = optie
    await wacht_op(pilot, lambda: pilot.app.screen.keuzes() == keuzes)


SAVES = DATA / "saves"  # committed saves on the fixture cases (see saves/maak.py)
SAVES_KERN = Path(__file__).parents[1] / "data" / "saves"  # the core's, many of them broken


async def open_lijst(pilot: Pilot, toets: str) -> None:
    """'h' (hervatten) or 'r' (herspelen) from the start screen, until the list is read."""
    await pilot.press(toets)
    await op_scherm(pilot, "BewaardScherm")
    await wacht_op(pilot, lambda: pilot.app.screen.query_one("#saves").option_count
                   and "laden…" not in schermtekst(pilot.app))


async def kies_save(pilot: Pilot, naam: str) -> None:
    """Highlight the save whose file is `naam` in the open list."""
    scherm = pilot.app.screen
    lijst = scherm.query_one("#saves")
    nummer = next(n for n, i in enumerate(scherm.infos) if i.bestand.name == naam)
    lijst.highlighted = lijst.get_option_index(f"save:{nummer}")
    await pilot.pause()


async def stop_ronde(pilot: Pilot) -> None:
    """Whoever is to move stops, confirms, and the round's feedback screen is up."""
    await pilot.press("s")
    await op_scherm(pilot, "BevestigScherm")
    await pilot.press("j")
    await op_scherm(pilot, "FeedbackScherm")
