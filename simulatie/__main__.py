"""Command line: `simulatie` opens the app; subcommands play, check and explain.

The core is imported inside each command, not here: `simulatie` without a command starts
the app, and the app loads the core in the background while its start screen paints
(see `tui/app.py`). A top-level import here would put that load before the first screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .kern.bestanden import LoadFailed  # light: no pydantic
from .opdrachtregel import DutchParser, inert_output, pipe_closed

if TYPE_CHECKING:
    from .kern.catalogus import Catalogus
    from .tui.app import SimulatieApp

DEFAULT_SAVES = Path("saves")


def _parser() -> argparse.ArgumentParser:
    # Argument names: BESTAND is one file, MAP a folder, BESTAND_OF_MAP either, NAAM a name.
    parser = DutchParser(
        prog="simulatie",
        usage="%(prog)s [-h] [--casussen MAP] [--saves MAP] [OPDRACHT ...]",
        description="Oefenspel voor de inkoopdialoog tussen gemeente en sociaalwerkorganisatie. "
                    "Zonder opdracht start het spel in de terminal.",
    )
    parser.add_argument("--casussen", type=Path, metavar="MAP",
                        help="eigen map met casussen, naast de meegeleverde")
    parser.add_argument("--saves", type=Path, default=DEFAULT_SAVES, metavar="MAP",
                        help="map voor opgeslagen sessies (standaard: saves)")
    sub = parser.add_subparsers(dest="opdracht", metavar="OPDRACHT", title="opdrachten",
                                prog="simulatie")  # else the usage above prefixes each command
    speel = sub.add_parser("speel", help="speel een bestand met zetten zonder scherm en toon "
                           "het verloop")
    speel.add_argument("script", type=Path, metavar="BESTAND",
                       help="TOML-bestand met casus, spelers en [[zetten]], zoals een save")
    valideer = sub.add_parser("valideer", help="controleer casussen, regelbestanden en "
                              "bestanden met zetten")
    valideer.add_argument("paden", type=Path, nargs="+", metavar="BESTAND_OF_MAP",
                          help="bestanden of mappen (alle *.toml daarin)")
    valideer.add_argument("--akkoorden", action="store_true",
                          help="toon per casus de idealen en het beste gezamenlijke akkoord")
    export = sub.add_parser("export", help="schrijf een nabespreking (Markdown en HTML) van een save")
    export.add_argument("bestand", type=Path, metavar="BESTAND",
                        help="opgeslagen sessie (saves/*.toml)")
    export.add_argument("--uit", metavar="BESTAND_OF_MAP", help=(  # str: a final / says "map"
        "waar de nabespreking komt: een bestandsnaam (de Markdown krijgt .md, de HTML staat "
        "ernaast met .html: --uit verslag geeft verslag.md en verslag.html) of een bestaande "
        "map (dan met de naam van de save); standaard naast de save"))
    export.add_argument("--overschrijf", action="store_true",
                        help="overschrijf een bestaande nabespreking")
    hervat = sub.add_parser("hervat", help="speel een bewaarde sessie verder in de terminal")
    hervat.add_argument("bestand", type=Path, metavar="BESTAND",
                        help="opgeslagen sessie (saves/*.toml)")
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
    from .kern.uitvoer import export_save

    try:
        targets = export_targets(args.bestand, args.uit)
    except ValueError as fout:
        print(fout, file=sys.stderr)
        return 2
    existing = [str(p) for p in targets if p.exists()]
    if existing and not args.overschrijf:
        print(f"{' en '.join(existing)} bestaat al; gebruik --overschrijf of --uit.",
              file=sys.stderr)
        return 2
    try:
        texts = export_save(args.bestand, load_catalogus(args.casussen))
    except LoadFailed as failed:
        for problem in failed.problems:
            print(problem, file=sys.stderr)
        return 2
    return _write_debrief(targets, texts)


MARKDOWN_EXTENSIES = (".md", ".markdown", ".html", ".htm")


def export_targets(save: Path, uit: str | None) -> tuple[Path, Path]:
    """Where `export` writes: (Markdown, HTML), the HTML always beside the Markdown.

    No `--uit`: beside the save. A folder: in it, named after the save. A file name: that
    name with .md and with .html (an extension .md or .html given is replaced, so
    `--uit s.html` never puts the HTML over the Markdown). `ValueError`: why not.
    """
    if not uit:
        return save.with_suffix(".md"), save.with_suffix(".html")
    doel = Path(uit)
    if doel.is_dir() or uit.endswith(("/", os.sep)):
        base = doel / save.stem
    elif doel.resolve() == save.resolve():
        raise ValueError(f"{doel}: dit is de save zelf; kies een ander doelbestand.")
    else:
        base = doel.with_suffix("") if doel.suffix.lower() in MARKDOWN_EXTENSIES else doel
    folder = base.parent
    if not folder.is_dir():
        wat = "is een bestand, geen map" if folder.exists() else "bestaat niet"
        raise ValueError(f"{folder}: deze map {wat}; maak de map eerst aan of kies met --uit "
                         "een andere plek.")
    return base.with_name(base.name + ".md"), base.with_name(base.name + ".html")


def _write_debrief(targets: tuple[Path, Path], texts: tuple[str, str]) -> int:
    from .kern.bestanden import os_reason
    from .kern.opslag import write_atomic

    written: list[str] = []
    for target, text in zip(targets, texts):
        try:
            write_atomic(target, text.encode("utf-8"))
        except OSError as error:  # read-only folder, full disk: nothing half-written
            al = f" ({written[0]} is wel geschreven)" if written else ""
            print(f"{target}: de nabespreking is niet geschreven: {os_reason(error)}.{al}",
                  file=sys.stderr)
            return 1
        written.append(str(target))
    print(f"Nabespreking geschreven: {' en '.join(written)}")
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


def cmd_open(args: argparse.Namespace, soort: str, paden: list[Path]) -> int | SimulatieApp:
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
    return make_app(casussen_dir=args.casussen, saves_dir=args.saves, catalogus=catalogus,
                    opening=opening)


def _check_saves(args: argparse.Namespace) -> int:
    """The app saves every move: a --saves that names a file would fail at move one."""
    if args.saves.exists() and not args.saves.is_dir():
        print(f"--saves {args.saves}: dit is een bestand, geen map. Kies een map voor de "
              "opgeslagen sessies (een map die nog niet bestaat, maakt het spel zelf).",
              file=sys.stderr)
        return 2
    return 0


def _command(args: argparse.Namespace) -> int | SimulatieApp:
    """Run the command; the app, when the command is to start it."""
    if args.opdracht in (None, "hervat", "herspeel") and _check_saves(args):
        return 2
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
    return app_for(args)


def main(argv: list[str] | None = None) -> int:
    """The command line. What a command prints passes through `inert_output`, so no text
    from a file or a player can steer the terminal; the app itself runs outside it."""
    try:
        with inert_output():
            uitkomst = _command(_parser().parse_args(argv))
    except BrokenPipeError:  # `simulatie casussen | head`: the reader has had enough
        return pipe_closed()
    if isinstance(uitkomst, int):
        return uitkomst
    uitkomst.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
