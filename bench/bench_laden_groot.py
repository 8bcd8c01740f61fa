"""Benchmark: very large files and very full folders still load, or fail clearly, in seconds.

Run: `python bench/bench_laden_groot.py`. Prints figures; it is not a test (the plain
tests in tests/kern/catalogus/test_robuust.py check the messages, not the time).

(a) files of several megabytes: comments, thousands of brief items, thousands of rules,
    one typo deep inside, random bytes, a file over the size limit;
(b) a folder of thousands of files, half good and half broken: `load_folder` (what the
    game does at start) and `validate` (what `simulatie valideer MAP` does).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from simulatie.kern.bestanden import LoadFailed, REGELS_BESTAND, bundled_folder
from simulatie.kern.catalogus import AlgemeneRegels, load_algemeen, load_casus, load_folder
from simulatie.kern.facilitator import validate

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
GOED = (DATA / "valideer" / "goed.toml").read_text(encoding="utf-8")
FOLDER_FILES = 3_000
TARGET = 6.0  # seconds: "within seconds" for any single file, and the folder, to load


def timed(work: Callable[[], object]) -> tuple[float, object]:
    begin = time.perf_counter()
    result = work()
    return time.perf_counter() - begin, result


def outcome(work: Callable[[], object]) -> Callable[[], str]:
    """Run a load; say "geladen" or the first problem, shortened."""
    def run() -> str:
        try:
            work()
        except LoadFailed as failed:
            first = str(failed.problems[0])
            return f"{len(failed.problems)} probleem/problemen, bv. {first[-90:]}"
        return "geladen"
    return run


def big_files(folder: Path) -> dict[str, Path]:
    """Files of a few megabytes, each big in another way."""
    items = "".join(f'    {{ id = "b{n}", tekst = "Belang nummer {n} van de gemeente, met wat uitleg erbij.", '
                    f'onderwerp = "overig" }},\n' for n in range(40_000))
    rules = "".join(f'\n[[regels]]\nid = "r{n}"\nals = \'heeft_voorstel and aantal_aanbieders >= {n % 12}\'\n'
                    f'ernst = "tip"\nbericht = "Regel {n}."\nbron = "Test, 2024"\n' for n in range(2_000))
    comment = "# " + "x" * 98 + "\n"
    files = {
        "4,8 MB commentaar": GOED + comment * 48_000,
        "40.000 brief-items (~4 MB)": GOED.replace(
            "belangen = [\n", "belangen = [\n" + items, 1),
        "2.000 regels": GOED + rules,
        "40.000 items, tikfout achteraan": GOED.replace("belangen = [\n", "belangen = [\n" + items, 1)
            .replace('functie = "Directeur"', 'functi = "Directeur"'),
        "6 MB (boven de grens)": GOED + comment * 60_000,
    }
    paths = {}
    for n, (name, text) in enumerate(files.items()):
        paths[name] = folder / f"groot_{n}.toml"
        paths[name].write_text(text, encoding="utf-8")
    paths["4,8 MB willekeurige bytes"] = folder / "ruis.toml"
    paths["4,8 MB willekeurige bytes"].write_bytes(random.Random(1).randbytes(4_800_000))
    return paths


def bench_files(algemeen: AlgemeneRegels) -> list[float]:
    print("(a) grote bestanden — laden (load_casus) en controleren (validate)")
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in big_files(Path(tmp)).items():
            size = path.stat().st_size / 1_000_000
            load_s, said = timed(outcome(lambda p=path: load_casus(p, algemeen)))
            check_s, uitslag = timed(lambda p=path: validate([p]))
            times.append(load_s)
            print(f"  {name:34} {size:4.1f} MB  laden {load_s:6.2f} s  valideer {check_s:6.2f} s"
                  f"  ({len(uitslag.problems)} meldingen)\n      → {said}")
    return times


def bench_folder(algemeen: AlgemeneRegels) -> list[float]:
    print(f"\n(b) een map met {FOLDER_FILES:_} bestanden, de helft kapot".replace("_", "."))
    broken = [p.read_bytes() for p in sorted((DATA / "valideer").glob("*.toml"))
              if p.name not in ("goed.toml",)]
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(FOLDER_FILES // 2):
            (folder / f"goed_{n:04}.toml").write_text(
                GOED.replace('id = "proefdorp"', f'id = "proef_{n:04}"'), encoding="utf-8")
            (folder / f"kapot_{n:04}.toml").write_bytes(rng.choice(broken))
        load_s, catalogus = timed(lambda: load_folder(folder, algemeen))
        print(f"  load_folder: {load_s:6.2f} s — {len(catalogus.casussen)} speelbaar, "
              f"{len(catalogus.problemen)} met problemen")
        check_s, uitslag = timed(lambda: validate([folder]))
        print(f"  validate:    {check_s:6.2f} s — {len(uitslag.errors)} fouten, "
              f"{len(uitslag.warnings)} waarschuwingen in {uitslag.files} bestanden")
    return [load_s]


def main() -> int:
    path = bundled_folder() / REGELS_BESTAND
    algemeen = load_algemeen(path) if path.exists() else AlgemeneRegels()
    times = bench_files(algemeen) + bench_folder(algemeen)
    slowest = max(times)
    verdict = "binnen" if slowest <= TARGET else "BOVEN"
    print(f"\nTraagste keer laden: {slowest:.2f} s — {verdict} de {TARGET:g} s. (valideer rekent "
          "daarnaast elk akkoord door en staat er alleen ter informatie bij.)")
    return 0 if slowest <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
