"""Benchmark of the Textual app against a minimal Textual app, in the same run.

Run: `python bench/bench_tui.py [--rondes 5]`. Prints figures; it is not a test.

(a) start: from process start (just before the child process is spawned) to the case
    list being interactive — for our app, started as `simulatie` starts it, that is the
    start screen plus 'n' (Nieuwe sessie) pressed at once and the cases listed; for the
    minimal app a Header, a ListView of five items and a Footer. Target: within 1.5x of
    the minimal app. Ours is measured twice:
    - warm: the case list is in its cache (every start after the first, while the case
      files and the game stay the same; see simulatie/tui/casuslijst.py);
    - cold: an empty cache (the first start, or after a case file changed), so the list
      waits for the core (pydantic, the rules library) and the cases to load.
    Also shown: ours to the start screen, and 'n' pressed only once the cases have loaded
    in the background (as a player who reads the start screen would).
(b) key: from a keypress ('down' in the list) to the screen having refreshed with the
    result — for our app the case detail is rewritten, for the minimal app the
    highlight moves. Also for our app: a whole move in the dialogue (the chat grows).

Every figure is the median of several fresh processes, headless at 120x40. The cache of
each run lives in a temporary folder (XDG_CACHE_HOME), never the user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET = 1.5

# The child measures from inside; the parent adds the process start-up before it.
KIND = r'''
import asyncio, json, sys, time
from textual import events

async def refreshed(app):
    """Wait until the app has painted what it has now."""
    done = asyncio.get_running_loop().create_future()
    app.call_after_refresh(lambda: done.done() or done.set_result(None))
    await done

async def until(condition):
    while not condition():
        await asyncio.sleep(0.001)

async def key(app, name, condition):
    start = time.perf_counter()
    app.post_message(events.Key(name, None))
    await until(condition)
    await refreshed(app)
    return time.perf_counter() - start
'''

MINIMAAL = KIND + r'''
from textual.app import App
from textual.widgets import Footer, Header, Label, ListItem, ListView

class Minimaal(App):
    def compose(self):
        yield Header()
        yield ListView(*(ListItem(Label(f"Casus {n}")) for n in range(5)))
        yield Footer()

async def main():
    app = Minimaal()
    async with app.run_test(size=(120, 40)):
        lijst = app.query_one(ListView)
        await until(lambda: lijst.index == 0 and len(lijst.children) == 5)
        lijst.focus()
        await refreshed(app)
        klaar = time.time()
        toets = [await key(app, "down" if n % 2 == 0 else "up",
                           lambda n=n: lijst.index == (1 if n % 2 == 0 else 0))
                 for n in range(6)]
    print(json.dumps({"klaar": klaar, "toets": toets}))

asyncio.run(main())
'''

# The minimal app with a start menu before its list, as ours has: what that flow costs
# any Textual app (a reference for (a), not a target).
TWEE = KIND + r'''
from textual.app import App
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, ListItem, ListView

class Lijst(Screen):
    def compose(self):
        yield Header()
        yield ListView(*(ListItem(Label(f"Casus {n}")) for n in range(5)))
        yield Footer()

class Start(Screen):
    BINDINGS = [("n", "nieuw", "Nieuw")]

    def compose(self):
        yield Header()
        yield ListView(*(ListItem(Label(f"Keuze {n}")) for n in range(4)))
        yield Footer()

    def action_nieuw(self):
        self.app.push_screen(Lijst())

class Twee(App):
    def get_default_screen(self):
        return Start()

async def main():
    app = Twee()
    async with app.run_test(size=(120, 40)):
        await until(lambda: isinstance(app.screen, Start))
        await refreshed(app)
        app.post_message(events.Key("n", "n"))
        # `query`, not `query_one`: the list may not be mounted yet when the screen is.
        await until(lambda: isinstance(app.screen, Lijst)
                    and any(len(lijst.children) == 5 for lijst in app.screen.query(ListView)))
        await refreshed(app)
        print(json.dumps({"klaar": time.time(), "toets": []}))

asyncio.run(main())
'''

ONZE = KIND + r'''
# Started as `simulatie` starts it: the command line's module first, then the app.
from simulatie.__main__ import _parser, app_for

def schermnaam(app):
    return type(app.screen).__name__

async def main(saves):
    app = app_for(_parser().parse_args(["--saves", str(saves)]))
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)):
        await until(lambda: schermnaam(app) == "StartScherm")
        await refreshed(app)
        begin = time.time()
        if "rustig" in sys.argv:  # a player who reads the start screen first
            await until(lambda: app.catalogus_klaar)
        gedrukt = time.perf_counter()
        app.post_message(events.Key("n", "n"))
        await until(lambda: schermnaam(app) == "CasusKiezenScherm"
                    and any(l.option_count for l in app.screen.query("#casussen")))
        await refreshed(app)
        klaar, na_n = time.time(), time.perf_counter() - gedrukt
        lijst = app.screen.query_one("#casussen")
        toets = [await key(app, "down" if n % 2 == 0 else "up",
                           lambda n=n: lijst.highlighted == (1 if n % 2 == 0 else 0))
                 for n in range(6)]
        from simulatie.kern.model import Zet

        geladen = next(iter(app.catalogus.casussen.values()))
        app.start_sessie(geladen, ("Anna", "Bram"))
        for _ in range(2):  # handover and brief, for each player
            for scherm in ("OverdrachtScherm", "BriefScherm"):
                await until(lambda: schermnaam(app) == scherm)
                await refreshed(app)  # a player reads before pressing Enter
                app.screen.dismiss(True)
        await until(lambda: schermnaam(app) == "DialoogScherm")
        zetten = []
        for n in range(4):
            rol = app.staat.ronde.aan_zet
            start = time.perf_counter()
            app.probeer(Zet(soort="vraag", rol=rol, tekst=f"Vraag {n}"))
            chat = app.screen.query_one("#chat")
            await until(lambda: len(chat.children) == n + 1)
            await refreshed(app)
            zetten.append(time.perf_counter() - start)
    print(json.dumps({"klaar": klaar, "begin": begin, "na_n": na_n, "toets": toets,
                      "zet": zetten}))

import tempfile
from pathlib import Path

# Moves are autosaved: into a folder of its own, never the checkout's saves/.
with tempfile.TemporaryDirectory(prefix="bench-tui-") as saves:
    asyncio.run(main(Path(saves)))
'''


def run(code: str, *args: str, cache: str | None = None) -> dict:
    """One fresh process; `cache` is its XDG_CACHE_HOME (a new empty one when None)."""
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as leeg:
        env = {**os.environ, "XDG_CACHE_HOME": cache or leeg}
        begin = time.time()
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                             text=True, timeout=120, env=env)
    if out.returncode:
        sys.exit(f"child failed:\n{out.stderr[-3000:]}")
    data = json.loads(out.stdout.strip().splitlines()[-1])
    data["start"] = data["klaar"] - begin
    data["beginscherm"] = data.get("begin", data["klaar"]) - begin
    return data


def median_ms(values: list[float]) -> float:
    return 1000 * statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rondes", type=int, default=5, help="processes per app (default 5)")
    args = parser.parse_args()
    metingen: dict[str, list[dict]] = {"minimaal": [], "twee": [], "onze": [], "koud": [],
                                       "rustig": []}
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as warm:
        run(ONZE, cache=warm)  # fills the cache, as any first start does
        for _ in range(args.rondes):  # alternate, so a busy moment hits all alike
            metingen["minimaal"].append(run(MINIMAAL))
            metingen["twee"].append(run(TWEE))
            metingen["onze"].append(run(ONZE, cache=warm))
            metingen["koud"].append(run(ONZE))
            metingen["rustig"].append(run(ONZE, "rustig", cache=warm))
    start = {k: median_ms([m["start"] for m in v]) for k, v in metingen.items()}
    toets = {k: median_ms([t for m in v for t in m["toets"]]) for k, v in metingen.items()
             if k != "twee"}
    na_n = median_ms([m["na_n"] for m in metingen["rustig"]])
    zet = median_ms([t for m in metingen["onze"] for t in m["zet"]])
    beginscherm = median_ms([m["beginscherm"] for m in metingen["onze"]])
    print(f"runs per app: {args.rondes} (medians)")
    for naam, sleutel in (("warm", "onze"), ("cold", "koud")):
        ratio = start[sleutel] / start["minimaal"]
        print(f"(a) start to interactive case list, {naam} cache: minimal "
              f"{start['minimaal']:.0f} ms, ours {start[sleutel]:.0f} ms, ratio {ratio:.2f} "
              f"(target <= {TARGET}: {'ok' if ratio <= TARGET else 'MISSED'})")
    print(f"    reference: the minimal app with a start menu before its list: "
          f"{start['twee']:.0f} ms, ratio {start['twee'] / start['minimaal']:.2f}")
    print(f"    ours to the start screen (before 'n'): {beginscherm:.0f} ms, ratio "
          f"{beginscherm / start['minimaal']:.2f}")
    print(f"    'n' pressed once the cases have loaded: 'n' to the list {na_n:.0f} ms")
    print(f"(b) key to refreshed screen: minimal {toets['minimaal']:.1f} ms, "
          f"ours {toets['onze']:.1f} ms, ratio {toets['onze'] / toets['minimaal']:.2f}")
    print(f"    a move in the dialogue to the chat refreshed (ours): {zet:.1f} ms")


if __name__ == "__main__":
    main()
