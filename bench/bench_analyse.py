"""Benchmark of the exact analysis of a deal space, against listing every deal.

Run: `python bench/bench_analyse.py [--quick]`. Prints figures; it is not a test.

The baseline is the enumeration the game used before (`bereik.ruimte` + `summarise`,
copied below as `opsomming`): every combination of options, its facts, the bans, both
scores, then the ideals, the Nash point and the zone. The exact analysis must give the
same answers (checked here, every size) and:
(a) from 480 to 153,600 deals: the speed-up, at least 100x at about 50,000;
(b) a case of 12 issues of 5 options (244 million deals) within 100 ms;
(c) 16 issues of 5 options (153 billion deals) within 1 s;
(d) peak memory (tracemalloc) that stays flat while the space grows;
(e) that peak from 12 to 17 issues of 5 options, against the count as it was before
    (a tree of up to 2^19 second halves, batches of 2^20, the square-root split: copied
    below as `_old_split`), in the same run.
The synthetic cases carry the general rules and their ban (open house needs two or more
providers) and one ban of their own on two issues.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import tomli_w

from simulatie.kern.analyse import analyse, tellen
from simulatie.kern.bestanden import REGELS_BESTAND, bundled_folder
from simulatie.kern.catalogus import load_algemeen
from simulatie.kern.catalogus.controle import all_keuzes
from simulatie.kern.catalogus.laden import casus_from_toml
from simulatie.kern.analyse.ruimte import fact_names, matches
from simulatie.kern.regels.feiten import case_facts, voorstel_facts
from simulatie.kern.regels import Compiled
from simulatie.kern.spel import GeladenCasus

FIXED = ("inkoopvorm", "aanbieders", "looptijd", "verlengopties")
VORMEN = ("subsidie", "aanbesteden", "bestuurlijk_aanbesteden", "open_house",
          "maatschappelijk_aanbesteden", "populatiebekostiging")
SIZES = {  # deals: options per issue
    480: (4, 4, 5, 6), 15_625: (5,) * 6, 50_000: (5, 5, 5, 5, 5, 4, 4),
    153_600: (4, 4, 4, 4, 4, 5, 5, 6),
}


def synthetic(sizes: tuple[int, ...], seed: int = 7) -> GeladenCasus:
    """A loadable case with these option counts, random briefs, and the general rules."""
    rng = random.Random(seed)
    names = [*FIXED, *(f"punt{i}" for i in range(len(sizes) - len(FIXED)))]
    issues = {}
    for name, size in zip(names, sizes, strict=True):
        opties = {}
        for i in range(size):
            optie_id = VORMEN[i] if name == "inkoopvorm" else f"o{i}"
            optie: dict = {"titel": optie_id}
            if name in FIXED[1:]:
                optie["getal"] = i + 1
            opties[optie_id] = optie
        issues[name] = {"titel": name.capitalize(), "opties": opties}
    rollen = {}
    for rol in ("gemeente", "swo"):
        gewichten = {n: rng.randint(1, 30) for n in names}
        waarden = {n: {o: rng.randint(0, 100) for o in issues[n]["opties"]} for n in names}
        best = sum(gewichten[n] * max(waarden[n].values()) for n in names) / sum(gewichten.values())
        rollen[rol] = {
            "functie": "f", "situatie": "s",
            "belangen": [{"id": "b", "tekst": "t", "onderwerp": "tarieven"}],
            "vragen": [{"id": "v", "tekst": "t", "onderwerp": "praktijk"}],
            "gewichten_totaal": sum(gewichten.values()), "gewichten": gewichten,
            "waarden": waarden, "ondergrens": round(0.7 * best),
        }
    data = {"id": "bank", "titel": "Bank", "gemeente": "Bankdorp", "inwoners": 40_000,
            "domein": ["welzijn"], "doelen": ["innovatie"], "samenvatting": "s", "bronnen": ["b"],
            "max_zetten": 20, "onderhandelpunten": issues, "rollen": rollen,
            "verboden": [{"id": "kort_met_verlenging", "reden": "r",
                          "als": 'looptijd == "o0" and verlengopties != "o0"'}]}
    algemeen = load_algemeen(bundled_folder() / REGELS_BESTAND)
    return casus_from_toml(Path("bank.toml"), tomli_w.dumps(data), data, algemeen)


def opsomming(geladen: GeladenCasus) -> dict:
    """The old way, as `bereik.ruimte` and `analyse.summarise` did it: list every deal
    with its facts (each ban judged once per combination of the facts it names), keep
    the allowed ones, then pick the ideals, the Nash point and the zone."""
    casus, boek = geladen.casus, geladen.regelboek
    base = case_facts(casus)
    allowed: list[dict[str, object]] = []
    bans: list[Callable[[dict[str, object]], bool]] = []
    for keuzes in all_keuzes(casus):
        facts = voorstel_facts(casus, keuzes) | base
        bans = bans or [_remembering(c, facts) for c in boek.verboden]
        if not any(ban(facts) for ban in bans):
            allowed.append(facts)
    outcomes = [(f["score_gemeente"], f["score_swo"]) for f in allowed]
    low_g, low_s = casus.brief("gemeente").ondergrens, casus.brief("swo").ondergrens
    good = [u for u in outcomes if u[0] >= low_g and u[1] >= low_s]
    nash = max(good, key=lambda u: ((u[0] - low_g) * (u[1] - low_s), u[0] + u[1], u[0]),
               default=None)
    return {"totaal": len(outcomes), "haalbaar": len(good),
            "ideaal_gemeente": max(outcomes, key=lambda u: (u[0], u[1])),
            "ideaal_swo": max(outcomes, key=lambda u: (u[1], u[0])), "nash": nash}


def _remembering(compiled: Compiled, sample: dict[str, object]) -> Callable[[dict[str, object]], bool]:
    names = sorted(fact_names(compiled.item.als) & set(sample))
    known: dict[tuple[object, ...], bool] = {}

    def banned(facts: dict[str, object]) -> bool:
        key = tuple(_hashable(facts[n]) for n in names)
        if key not in known:
            known[key] = matches(compiled, facts)
        return known[key]

    return banned


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def exact(geladen: GeladenCasus) -> dict:
    result = analyse(geladen.casus, geladen.regelboek)
    assert result is not None
    pair = lambda u: None if u is None else (u.gemeente, u.swo)  # noqa: E731
    return {"totaal": result.totaal, "haalbaar": result.haalbaar,
            "ideaal_gemeente": pair(result.ideaal["gemeente"]),
            "ideaal_swo": pair(result.ideaal["swo"]), "nash": pair(result.beste_samen)}


def _old_split(groups):
    """`tellen._split` before the bounded tree: halves of equal product, then the
    smallest groups moved out of a tree above 2^19."""
    tree, queries, size = tellen.halves(groups)
    while size > tellen.TREE and len(tree) > 1:
        smallest = min(tree, key=len)
        tree.remove(smallest)
        queries.append(smallest)
        size //= len(smallest)
    return tree, queries


def with_old_count(run: Callable[[], dict]) -> Callable[[], dict]:
    """`run` with the count as it was: its bounds and its split."""
    def old() -> dict:
        saved = tellen.TREE, tellen.CHUNK, tellen._split
        tellen.TREE, tellen.CHUNK, tellen._split = 1 << 19, 1 << 20, _old_split
        try:
            return run()
        finally:
            tellen.TREE, tellen.CHUNK, tellen._split = saved
    return old


def measured(run: Callable[[], dict], repeat: int = 1) -> tuple[dict, float, float]:
    """The answer, the best time of `repeat` runs (s), and the peak memory (MB)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        answer = run()
        best = min(best, time.perf_counter() - start)
    gc.collect()
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return answer, best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 153.600-deal baseline")
    args = parser.parse_args()
    exact(synthetic((2, 2, 2, 2)))  # numpy and the rule engine loaded before timing
    print("(a) zelfde antwoord als alles opsommen, en de versnelling")
    print(f"    {'akkoorden':>10} {'opsommen':>10} {'exact':>9} {'versnelling':>11} "
          f"{'geheugen oud':>12} {'geheugen nieuw':>14}  antwoord")
    for total, sizes in SIZES.items():
        if args.quick and total > 60_000:
            continue
        geladen = synthetic(sizes)
        old, t_old, m_old = measured(lambda g=geladen: opsomming(g))
        new, t_new, m_new = measured(lambda g=geladen: exact(g), repeat=5)
        same = "gelijk" if old == new else f"VERSCHILLEND: {old} tegen {new}"
        print(f"    {total:>10,} {t_old * 1000:>8.0f} ms {t_new * 1000:>6.1f} ms "
              f"{t_old / t_new:>10.0f}x {m_old:>9.1f} MB {m_new:>11.2f} MB  {same}")
    for label, sizes, target in (("(b) 12 punten x 5 opties", (5,) * 12, 0.1),
                                 ("(c) 16 punten x 5 opties", (5,) * 16, 1.0)):
        geladen = synthetic(sizes)
        new, t_new, m_new = measured(lambda g=geladen: exact(g), repeat=3)
        verdict = "gehaald" if t_new < target else "NIET gehaald"
        print(f"{label}: {new['totaal']:,} akkoorden, {new['haalbaar']:,} boven beide "
              f"ondergrenzen, Nash {new['nash']}: {t_new * 1000:.0f} ms "
              f"(doel < {target * 1000:.0f} ms: {verdict}), piekgeheugen {m_new:.1f} MB")
    print("(d) piekgeheugen van de exacte analyse staat in de kolom 'geheugen nieuw' en bij (b), (c)")
    print(f"(e) piekgeheugen tegen de omvang (boom hoogstens {tellen.TREE:,}, batches van "
          f"{tellen.CHUNK:,}; ervoor: 524,288 en 1,048,576)")
    print(f"    {'punten':>6} {'akkoorden':>20} {'tijd ervoor':>11} {'tijd nu':>9} "
          f"{'geheugen ervoor':>15} {'geheugen nu':>11}  antwoord")
    for n in (12, 14, 16, 17):
        geladen = synthetic((5,) * n)
        old, t_old, m_old = measured(with_old_count(lambda g=geladen: exact(g)))
        new, t_new, m_new = measured(lambda g=geladen: exact(g))
        same = "gelijk" if old == new else f"VERSCHILLEND: {old} tegen {new}"
        print(f"    {n:>6} {new['totaal']:>20,} {t_old * 1000:>8.0f} ms {t_new * 1000:>6.0f} ms "
              f"{m_old:>12.1f} MB {m_new:>8.1f} MB  {same}")


if __name__ == "__main__":
    main()
