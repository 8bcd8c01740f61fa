"""Command line: `simulatie` opens the app; subcommands play, check and explain.

The core is imported inside each command, not here: `simulatie` without a command starts
the app, and the app loads the core in the background while its start screen paints
(see `tui/app.py`). A top-level import here would put that load before the first screen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .kern.bestanden import LoadFailed  # light: no pydantic
from .opdrachtregel import DutchParser

if TYPE_CHECKING:
    from .kern.catalogus import Catalogus
    from .tui.app import SimulatieApp

DEFAULT_SAVES = Path("saves")


def _parser() -> argparse.ArgumentParser:
    parser = DutchParser(
        prog="simulatie",
        description="Oefenspel voor de inkoopdialoog tussen gemeente en sociaalwerkorganisatie. "
                    "Zonder opdracht start het spel in de terminal.",
    )
    parser.add_argument("--casussen", type=Path, metavar="MAP",
                        help="eigen map met casussen, naast de meegeleverde")
    parser.add_argument("--saves", type=Path, default=DEFAULT_SAVES, metavar="MAP",
                        help="map voor opgeslagen sessies (standaard: saves)")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", title="opdrachten")
    speel = sub.add_parser("speel", help="speel een script met zetten zonder scherm (headless)")
    speel.add_argument("script", type=Path, help="TOML-bestand met casus, spelers en [[zetten]]")
    valideer = sub.add_parser("valideer", help="controleer casussen, regelbestanden en scripts")
    valideer.add_argument("paden", type=Path, nargs="+", metavar="PAD",
                          help="bestanden of mappen (alle *.toml daarin)")
    valideer.add_argument("--akkoorden", action="store_true",
                          help="toon per casus de idealen en het beste gezamenlijke akkoord")
    export = sub.add_parser("export", help="schrijf een nabespreking (Markdown en HTML) van een save")
    export.add_argument("bestand", type=Path, help="opgeslagen sessie (saves/*.toml)")
    export.add_argument("--uit", type=Path, metavar="BESTAND",
                        help="doelbestand (.md); standaard naast de save")
    export.add_argument("--overschrijf", action="store_true",
                        help="overschrijf een bestaande nabespreking")
    hervat = sub.add_parser("hervat", help="speel een bewaarde sessie verder in de terminal")
    hervat.add_argument("bestand", type=Path, help="opgeslagen sessie (saves/*.toml)")
    herspeel = sub.add_parser("herspeel", help="loop een bewaarde sessie zet voor zet na; "
                              "met meer bestanden: zet ze naast elkaar")
    herspeel.add_argument("bestanden", type=Path, nargs="+", metavar="BESTAND",
                          help="opgeslagen sessies van dezelfde casus")
    nieuw = sub.add_parser("nieuw", help="begin een nieuwe casus vanuit een speelbaar sjabloon")
    nieuw.add_argument("naam", metavar="NAAM", help="naam van de gemeente; wordt ook de id "
                       "en de bestandsnaam (bijvoorbeeld Tilburg → tilburg.toml)")
    nieuw.add_argument("--map", type=Path, default=Path("."), metavar="MAP",
                       help="map voor het nieuwe bestand (standaard: de huidige map)")
    sub.add_parser("casussen", help="toon de beschikbare casussen en de bestanden met fouten")
    sub.add_parser("feiten", help="toon alle feiten die regels kunnen gebruiken (Markdown)")
    return parser


def _print_problems(catalogus: Catalogus) -> None:
    for problems in catalogus.problemen.values():
        for problem in problems:
            print(problem, file=sys.stderr)


def cmd_speel(args: argparse.Namespace) -> int:
    from .kern.catalogus import load_catalogus, load_model
    from .kern.model import Sessie
    from .kern.uitvoer import play, report

    catalogus = load_catalogus(args.casussen)
    try:
        sessie = load_model(args.script, Sessie)
        afloop = play(catalogus, sessie, str(args.script))
    except LoadFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        return 2
    print(report(afloop), end="")
    return 1 if afloop.fout else 0


def cmd_valideer(args: argparse.Namespace) -> int:
    from .kern.facilitator import summary, validate

    uitslag = validate(args.paden, extra=args.casussen)
    for problem in uitslag.problems:
        print(problem)
    if args.akkoorden:
        print("\n".join(uitslag.akkoorden))
    print(summary(uitslag))
    return 1 if uitslag.errors else 0


def cmd_nieuw(args: argparse.Namespace) -> int:
    from .kern.facilitator import write_new

    try:
        path = write_new(args.naam, args.map)
    except LoadFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"Nieuwe casus geschreven: {path}\n"
          f"Pas de tekst aan en controleer met: simulatie valideer {path}\n"
          f"Spelen met je eigen map: simulatie --casussen {path.parent} (uitleg: docs/casus-schrijven.md)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .kern.catalogus import load_catalogus
    from .kern.opslag import load, write_atomic
    from .kern.uitvoer import debrief_html, debrief_markdown

    try:
        geladen = load(args.bestand, load_catalogus(args.casussen))
    except LoadFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        return 2
    target = args.uit or args.bestand.with_suffix(".md")
    if target.resolve() == args.bestand.resolve():
        print(f"{target}: dit is de save zelf; kies een ander doelbestand.", file=sys.stderr)
        return 2
    html_target = target.with_suffix(".html")
    existing = [str(p) for p in (target, html_target) if p.exists()]
    if existing and not args.overschrijf:
        print(f"{', '.join(existing)} bestaat al; gebruik --overschrijf of --uit.", file=sys.stderr)
        return 2
    markdown = debrief_markdown(geladen.staat, geladen.sessie)
    write_atomic(target, markdown.encode("utf-8"))
    write_atomic(html_target, debrief_html(markdown, geladen.staat.casus.titel).encode("utf-8"))
    print(f"Nabespreking geschreven: {target} en {html_target}")
    return 0


def cmd_casussen(args: argparse.Namespace) -> int:
    from .kern.catalogus import load_catalogus
    from .kern.facilitator import with_doubts

    catalogus = with_doubts(load_catalogus(args.casussen))
    for casus_id, geladen in sorted(catalogus.casussen.items()):
        twijfels = len(catalogus.waarschuwingen.get(geladen.bestand, []))
        mark = f"  ⚠ {twijfels} waarschuwing(en)" if twijfels else ""
        print(f"{casus_id:14} {geladen.casus.titel}  ({geladen.bestand}){mark}")
    if catalogus.waarschuwingen:
        print("\nSpeelbaar, maar kijk er nog eens naar:")
        for problems in catalogus.waarschuwingen.values():
            print("\n".join(str(p) for p in problems))
    if catalogus.problemen:
        print("\nNiet te laden:", file=sys.stderr)
        _print_problems(catalogus)
    # A file the game ignores (a backup copy) is reported, but is no error of the list.
    return 1 if any(p.severity == "fout" for ps in catalogus.problemen.values() for p in ps) else 0


def app_for(args: argparse.Namespace) -> SimulatieApp:
    """The app as `simulatie` without a command starts it (the benchmark starts it so too)."""
    from platformdirs import user_cache_path

    from .tui.app import make_app  # Textual only loads for the app itself

    # The case list is kept there between starts (see tui/casuslijst.py); platformdirs
    # knows each system's place for such files (and honours XDG_CACHE_HOME on Linux).
    return make_app(casussen_dir=args.casussen, saves_dir=args.saves,
                    cache_dir=user_cache_path("simulatie", appauthor=False))


def cmd_app(args: argparse.Namespace) -> int:
    app_for(args).run()
    return 0


def cmd_open(args: argparse.Namespace, soort: str, paden: list[Path]) -> int:
    """`hervat` and `herspeel`: every file must open (else exit 2), then the app starts."""
    from .kern.catalogus import load_catalogus
    from .kern.opslag import load

    catalogus = load_catalogus(args.casussen)
    saves, problems = [], []
    for path in paden:
        try:
            saves.append(load(path, catalogus))
        except LoadFailed as failed:
            problems += failed.problems
    casussen = sorted({g.sessie.casus for g in saves})
    if not problems and len(casussen) > 1:
        print("Vergelijken kan alleen met sessies van dezelfde casus; deze bestanden horen "
              f"bij {', '.join(casussen)}.", file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 2
    from .tui.app import Opening, make_app

    opening = Opening(soort, tuple(saves))  # type: ignore[arg-type]
    make_app(casussen_dir=args.casussen, saves_dir=args.saves, catalogus=catalogus,
             opening=opening).run()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.opdracht == "speel":
        return cmd_speel(args)
    if args.opdracht == "valideer":
        return cmd_valideer(args)
    if args.opdracht == "export":
        return cmd_export(args)
    if args.opdracht == "hervat":
        return cmd_open(args, "hervat", [args.bestand])
    if args.opdracht == "herspeel":
        return cmd_open(args, "herspeel", args.bestanden)
    if args.opdracht == "nieuw":
        return cmd_nieuw(args)
    if args.opdracht == "casussen":
        return cmd_casussen(args)
    if args.opdracht == "feiten":
        from .kern.regels import facts_markdown

        print(facts_markdown(), end="")
        return 0
    return cmd_app(args)


if __name__ == "__main__":
    sys.exit(main())
