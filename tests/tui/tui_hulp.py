"""Helpers for the TUI tests: read the screen, wait on conditions, walk the first screens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from simulatie.tui.app import SimulatieApp

DATA = Path(__file__).parent / "data"
GROOT = (120, 40)
KLEIN = (80, 24)


def schermtekst(app: SimulatieApp) -> str:
    """The text of the top screen exactly as a player would read it."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text.rstrip() for strip in strips).strip("\n")


async def wacht_op(pilot: Pilot, voorwaarde: Callable[[], object], keer: int = 100) -> None:
    """Let the app work until `voorwaarde` holds; fail clearly when it never does."""
    for _ in range(keer):
        if voorwaarde():
            return
        await pilot.pause()
    raise AssertionError(f"voorwaarde niet gehaald; scherm:\n{schermtekst(pilot.app)}")


async def op_scherm(pilot: Pilot, naam: str) -> None:
    await wacht_op(pilot, lambda: type(pilot.app.screen).__name__ == naam)


async def start_sessie(pilot: Pilot, a: str = "Anna", b: str = "Bram", casus: int = 0) -> None:
    """From the start screen to the first handover, `a` as the municipality."""
    await pilot.press("n")
    await op_scherm(pilot, "CasusKiezenScherm")
    await pilot.press(*["down"] * casus, "enter")
    await op_scherm(pilot, "SpelersScherm")
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
    await op_scherm(pilot, "DialoogScherm")
    await wacht_op(pilot, lambda: pilot.app.screen.query("#zetten").first().option_count)


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
