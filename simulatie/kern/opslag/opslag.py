"""Saving and loading sessions: a short, readable TOML file that is never half-written.

A save holds only the `Sessie` (case id, players, moves, trainer notes); the state is
folded again on load, so every save is also a replay. A write goes to a temporary file
in the same folder that then replaces the old file in one step, with fsyncs around it,
so a crash at any instant leaves the old file or the new one, never a mix. Loading
only reads. Every way a file can be wrong becomes a Dutch `Problem` in `LoadFailed`.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import tomli_w

from ..bestanden.lezen import (
    Afgebroken, Gelezen, decode, located, parse, read_bytes, validate_model,
)
from ..bestanden.namen import slug
from ..bestanden.problemen import LoadFailed, Problem, did_you_mean
from ..bestanden.toml_plaats import TomlPlaces
from ..bestanden.zichtbaar import has_controls, inert
from ..catalogus.laden import Catalogus
from ..model.sessie import FORMAAT_VERSIE, Sessie, casus_hash
from ..model.zetten import Zet
from ..spel.geladen import GeladenCasus
from ..spel.stap import SessieStaat
from ..spel.verloop import Fout, Verloop
from .tijdelijk import remove_stale_temps

KOP = (
    "# Opgeslagen sessie van de inkoopdialoog-simulatie.\n"
    "# Elke [[zetten]]-tabel is één zet, in speelvolgorde; de stand volgt uit de zetten.\n"
    "# Notities van de trainer staan onder [notities], per zetnummer.\n\n"
)
# The last line of every save. Its absence is how a cut-off copy is told from a whole one:
# a file cut between two moves is still valid TOML and would otherwise load silently short.
SLOT = "# einde van de sessie"
_TRIES = 100  # random names practically never collide; this only stops a runaway loop

Cases = Catalogus | Mapping[str, GeladenCasus] | GeladenCasus


# --- saving -------------------------------------------------------------------------------

def save(sessie: Sessie, path: Path | str) -> None:
    """Write `sessie` to `path` atomically: afterwards the file is the old or the new one."""
    write_atomic(Path(path), to_toml(sessie).encode("utf-8"))


def to_toml(sessie: Sessie) -> str:
    """The text of a save: header, notes, every move as a `[[zetten]]` table, closing line."""
    # Defaults and None stay out so the file stays short (TOML has no null anyway). The
    # version is a default too, but a loader must read it first, so it is always written.
    kop = sessie.model_dump(mode="python", exclude_defaults=True, exclude_none=True,
                            exclude={"zetten"})
    zetten = "".join("\n" + _zet_toml(zet) for zet in sessie.zetten)
    return KOP + tomli_w.dumps({"versie": sessie.versie, **kop}) + zetten + "\n" + SLOT + "\n"


# Autosave writes the whole session after every move, but a move never changes (a frozen
# model whose keuzes nobody edits in place), so each move's TOML is made once. Keyed by
# id(); the cached move is kept alive with its text, so no other object can take its id.
_ZET_TOML: dict[int, tuple[Zet, str]] = {}
_ZET_TOML_MAX = 20_000


def _zet_toml(zet: Zet) -> str:
    cached = _ZET_TOML.get(id(zet))
    if cached is not None and cached[0] is zet:
        return cached[1]
    data = zet.model_dump(mode="python", exclude_defaults=True, exclude_none=True)
    if "tijd" in data:
        data["tijd"] = _toml_datetime(data["tijd"])
    # Written as one table and renamed to an array-of-tables entry: tomli_w would turn a
    # short list of moves into one inline array, which is hard to read and to append to.
    text = "[[zetten]]\n" + tomli_w.dumps({"zetten": data}).removeprefix("[zetten]\n")
    if len(_ZET_TOML) >= _ZET_TOML_MAX:
        _ZET_TOML.clear()
    _ZET_TOML[id(zet)] = (zet, text)
    return text


def _toml_datetime(moment: datetime) -> datetime:
    """Times stay TOML datetimes (load also takes ISO text); TOML offsets are whole minutes,
    so an odd historical offset is written as the same instant in UTC."""
    offset = moment.utcoffset()
    if offset is not None and offset % timedelta(minutes=1):
        return moment.astimezone(timezone.utc)
    return moment


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` by `data` so that no reader and no crash ever sees a partial file."""
    temp, fd = _claim_temp(path)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())  # the bytes are on disk before the name points at them
        _keep_mode(path, temp)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)  # and the new name itself survives a power cut


def _claim_temp(path: Path) -> tuple[Path, int]:
    # Same folder, so os.replace is a rename and never a copy; a random name and O_EXCL so
    # two writers never share one; a leading dot and '.tmp' so `list_saves` skips it (and
    # `tijdelijk.NAAM` knows it for ours).
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    for _ in range(_TRIES):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"geen vrije tijdelijke naam naast {path}")


def _keep_mode(path: Path, temp: Path) -> None:
    """A save someone made private stays private after the next autosave."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder, and commits renames itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- naming a new save ----------------------------------------------------------------------

def new_save_path(saves_dir: Path | str, sessie: Sessie, nu: datetime | None = None) -> Path:
    """Claim a fresh file in `saves_dir` for `sessie` and write the session into it.

    The name reads as date-time, case and players:
    `2025-03-01-101500-mini-anna-bram-3f9a2c.toml`. The random tail and the exclusive
    create mean two app instances that start a session in the same second still get two
    files, and never write over each other's.
    """
    folder = Path(saves_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stem = _stem(sessie, nu or datetime.now())
    path = _claim(folder, stem)
    try:
        save(sessie, path)  # an empty claimed file would list as a broken save
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def _claim(folder: Path, stem: str) -> Path:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY
    for _ in range(_TRIES):
        path = folder / f"{stem}-{secrets.token_hex(3)}.toml"
        _check_inside(folder, path)
        try:
            os.close(os.open(path, flags, 0o666))
        except FileExistsError:  # another instance took this name first: draw again
            continue
        return path
    raise FileExistsError(f"geen vrije bestandsnaam voor {stem} in {folder}")


def _stem(sessie: Sessie, nu: datetime) -> str:
    # Only [a-z0-9-]: the dashes separate the parts of the name.
    spelers = [slug(naam, 16, fallback="speler") for naam in sessie.spelers]
    return "-".join([f"{nu:%Y-%m-%d-%H%M%S}", slug(sessie.casus, 30, fallback="casus"), *spelers])


def _check_inside(folder: Path, path: Path) -> None:
    # The slug already forbids '/', '\\' and '..'; this guards the guarantee itself.
    if path.resolve().parent != folder.resolve():
        raise ValueError(f"bestandsnaam valt buiten de map {folder}: {path.name!r}")


# --- trainer notes --------------------------------------------------------------------------

def with_notitie(sessie: Sessie, nummer: int, tekst: str) -> Sessie:
    """The session with a note at move `nummer` (1-based; empty text removes it).

    Only `notities` changes: the moves, the case and its fingerprint stay as they were,
    so a note never makes a changed case look unchanged.
    """
    if not 1 <= nummer <= len(sessie.zetten):
        raise ValueError(f"zet {nummer} bestaat niet; de sessie heeft {len(sessie.zetten)} zetten.")
    notities = dict(sessie.notities)
    if tekst.strip():
        notities[str(nummer)] = tekst
    else:
        notities.pop(str(nummer), None)
    in_order = dict(sorted(notities.items(), key=_move_order))  # the file reads top-down
    return sessie.model_copy(update={"notities": in_order})


def _move_order(item: tuple[str, str]) -> tuple[int, str]:
    sleutel = item[0]
    return (int(sleutel) if sleutel.isdigit() else 1 << 62, sleutel)


def notitie_for(sessie: Sessie, nummer: int) -> str:
    return sessie.notities.get(str(nummer), "")


# --- loading --------------------------------------------------------------------------------

@dataclass(frozen=True)
class GeladenSessie:
    """A save that loaded: the session, its fold and the case it was played on.

    `verloop` holds every state the load computed, so a replay steps no move again.
    `casus_gewijzigd`: moves made against an older case may be replayed, not continued.
    """

    sessie: Sessie
    verloop: Verloop
    casus: GeladenCasus
    bestand: Path
    casus_gewijzigd: bool = False
    waarschuwingen: tuple[Problem, ...] = ()

    @property
    def staat(self) -> SessieStaat:
        """The state after the last move."""
        return self.verloop.laatste


@dataclass(frozen=True)
class _Bestand:
    sessie: Sessie
    naam: str
    places: TomlPlaces


def load(path: Path | str, cases: Cases) -> GeladenSessie:
    """The session saved at `path`, replayed on its case; `LoadFailed` says why not."""
    bestand = _read(Path(path))
    return _replay(bestand, _find_casus(bestand, _as_cases(cases)), Path(path))


def _as_cases(cases: Cases) -> Mapping[str, GeladenCasus]:
    if isinstance(cases, Catalogus):
        return cases.casussen
    if isinstance(cases, GeladenCasus):
        return {cases.casus.id: cases}
    return cases


def _read(path: Path) -> _Bestand:
    """The save through the game's one reader, plus what only a save has: a closing
    line, and a format version that decides how to read the rest."""
    name = str(path)
    raw = read_bytes(path)
    if not raw.strip():
        raise LoadFailed([Problem(name, "het bestand is leeg: er is nooit een zet in "
                                        "opgeslagen (afgebroken bij het aanmaken?).")])
    try:
        text = decode(raw, name)
    except Afgebroken as failed:  # a character cut in half at the very end
        cut = failed.problems[0]
        raise LoadFailed([_afgebroken(name, cut.line, cut.column)]) from None
    gelezen = _parse(text, name)
    _check_versie(gelezen.data, name, gelezen.plaatsen)
    # Players' names and remarks are theirs: control characters are not refused here.
    sessie = validate_model(replace(gelezen, data=_inert_texts(gelezen.data)), Sessie)
    return _Bestand(sessie, name, gelezen.plaatsen)


def _inert_texts(data: dict) -> dict:
    """The save's texts with their control characters made visible (see `zichtbaar`): a
    name or a note put in by hand must not steer the terminal that shows it. Free text
    (a move's `tekst`, the notes) keeps its newlines; names and the case id stay one line.
    The other fields are ids and choices, which the model itself holds to a pattern."""
    data = dict(data)
    for key in ("casus", "casus_hash"):
        if isinstance(data.get(key), str):
            data[key] = inert(data[key])
    if isinstance(data.get("spelers"), list):
        data["spelers"] = [inert(n) if isinstance(n, str) else n for n in data["spelers"]]
    if isinstance(data.get("notities"), dict):
        data["notities"] = {inert(str(k)): inert(v, lines=True) if isinstance(v, str) else v
                            for k, v in data["notities"].items()}
    if isinstance(data.get("zetten"), list):
        data["zetten"] = [_inert_zet(zet) for zet in data["zetten"]]
    return data


def _inert_zet(zet: object) -> object:
    if isinstance(zet, dict) and isinstance(zet.get("tekst"), str) and has_controls(
            zet["tekst"], lines=True):
        return {**zet, "tekst": inert(zet["tekst"], lines=True)}
    return zet


def _parse(text: str, name: str) -> Gelezen:
    complete = _is_complete(text)
    try:
        gelezen = parse(name, text)
    except LoadFailed as failed:
        if not complete:  # a parse error in a cut-off file is the cut, not a typo
            problem = failed.problems[0]
            line = problem.line or text.count("\n") + 1
            raise LoadFailed([_afgebroken(name, line, problem.column)]) from None
        raise
    # A newer format may end otherwise.
    if not complete and not _is_newer(gelezen.data.get("versie")):
        raise LoadFailed([_afgebroken(name, text.count("\n") + 1)])
    return gelezen


def _is_complete(text: str) -> bool:
    end = text.rstrip()
    return end == SLOT or end.endswith("\n" + SLOT)


def _afgebroken(name: str, line: int | None = None, column: int | None = None) -> Problem:
    return Problem(name, f"het bestand is onvolledig: de slotregel '{SLOT}' ontbreekt, dus "
                         "het opslaan of kopiëren is waarschijnlijk halverwege afgebroken. Heb "
                         "je het bestand zelf bewerkt, zet die regel dan terug als laatste "
                         "regel.", line=line, column=column)


def _is_newer(versie: object) -> bool:
    return isinstance(versie, int) and not isinstance(versie, bool) and versie > FORMAAT_VERSIE


def _check_versie(data: dict, name: str, places: TomlPlaces) -> None:
    """The version decides how to read the rest, so it is checked before anything else."""
    versie = data.get("versie")
    if versie is None:
        raise LoadFailed([located(name, places, ("versie",),
                                   "'versie' ontbreekt: zonder formaatversie is dit geen "
                                   "opgeslagen sessie.")])
    if _is_newer(versie):
        raise LoadFailed([located(name, places, ("versie",), (
            f"dit bestand is gemaakt met een nieuwere versie van het programma (formaat "
            f"{versie}; deze versie leest tot en met formaat {FORMAAT_VERSIE}). Werk het "
            "programma bij om deze sessie te openen."))])
    if isinstance(versie, bool) or not isinstance(versie, int) or versie < 1:
        raise LoadFailed([located(name, places, ("versie",),
                                   f"'versie' moet een heel getal vanaf 1 zijn, niet {versie!r}.")])
    # Older formats would be upgraded here, one version step at a time; there are none yet.


def _find_casus(bestand: _Bestand, cases: Mapping[str, GeladenCasus]) -> GeladenCasus:
    wanted = bestand.sessie.casus
    if wanted in cases:
        return cases[wanted]
    known = sorted(cases)
    choice = f" Beschikbaar: {', '.join(known)}." if known else " Er zijn geen casussen geladen."
    raise LoadFailed([located(bestand.naam, bestand.places, ("casus",), (
        f"de casus '{wanted}' bestaat niet (meer) in de casusmap; deze sessie kan pas weer "
        f"open als die casus terug is.{did_you_mean(wanted, known)}{choice}"))])


def _replay(bestand: _Bestand, geladen: GeladenCasus, path: Path) -> GeladenSessie:
    """Fold every move; a move the (possibly changed) case no longer allows is named."""
    sessie = bestand.sessie
    gewijzigd = bool(sessie.casus_hash) and sessie.casus_hash != casus_hash(geladen.casus)
    verloop = geladen.verloop(sessie)
    fout = verloop.fout
    if fout is not None:
        raise LoadFailed([_illegal(bestand, fout, gewijzigd)])
    waarschuwingen = _note_problems(bestand)
    if gewijzigd:
        waarschuwingen.insert(0, located(bestand.naam, bestand.places, ("casus",), (
            f"de casus '{sessie.casus}' is gewijzigd sinds deze sessie is opgeslagen. Alle "
            f"{len(sessie.zetten)} zetten passen nog, dus je kunt de sessie terugkijken, maar "
            "niet verder spelen."), "waarschuwing"))
    return GeladenSessie(sessie, verloop, geladen, path, gewijzigd, tuple(waarschuwingen))


def _illegal(bestand: _Bestand, fout: Fout, gewijzigd: bool) -> Problem:
    index, reden = fout.index, fout.reden
    wat = f"zet {fout.nummer} ({fout.zet.soort} in ronde {fout.staat.ronde.nummer})"
    if gewijzigd:
        message = (f"de casus '{bestand.sessie.casus}' is gewijzigd sinds het opslaan, en "
                   f"daardoor kan {wat} niet meer: {reden}")
    else:
        message = f"{wat} mag niet volgens de spelregels (met de hand bewerkt?): {reden}"
    return located(bestand.naam, bestand.places, ("zetten", index), message)


def _note_problems(bestand: _Bestand) -> list[Problem]:
    """A note on a move that does not exist is kept, but the trainer should know."""
    aantal = len(bestand.sessie.zetten)
    return [
        located(bestand.naam, bestand.places, ("notities", sleutel), (
            f"de notitie bij '{sleutel}' hoort bij geen zet (de sessie heeft {aantal} "
            "zetten); ze blijft bewaard maar wordt niet getoond."), "waarschuwing")
        for sleutel in bestand.sessie.notities
        if not (sleutel.isdigit() and 1 <= int(sleutel) <= aantal)
    ]


# --- the list of saves ----------------------------------------------------------------------

def afgerond(sessie: Sessie, staat: SessieStaat) -> bool:
    """The pair chose 'Sessie afronden' and no round is left open.

    Two rounds played is not enough: a pair may play a third, or crash on the feedback
    screen of round 2 and want to go on from there; only the pair's own choice counts.
    """
    return sessie.afgerond and staat.ronde.afgelopen


@dataclass(frozen=True)
class SaveInfo:
    """One line of the 'verder spelen' list: what a save holds, or why it will not open."""

    bestand: Path
    casus: str | None = None
    titel: str | None = None
    spelers: tuple[str, str] | None = None
    ronde: int | None = None
    zetten: int = 0
    laatste_zet: datetime | None = None
    afgerond: bool = False
    casus_gewijzigd: bool = False
    problemen: tuple[Problem, ...] = ()

    @property
    def loads(self) -> bool:
        return not any(p.severity == "fout" for p in self.problemen)

    @property
    def playable(self) -> bool:
        return self.loads and not self.casus_gewijzigd and not self.afgerond


def list_saves(saves_dir: Path | str, catalogus: Cases) -> list[SaveInfo]:
    """Every `*.toml` in the folder, newest name first; a bad file is listed with its problem."""
    folder = Path(saves_dir)
    if not folder.is_dir():
        return []
    remove_stale_temps(folder)  # a crash's leftovers go when the saves are next looked at
    cases = _as_cases(catalogus)
    paths = sorted((p for p in folder.glob("*.toml") if p.is_file()), reverse=True)
    return [_info(path, cases) for path in paths]


def _info(path: Path, cases: Mapping[str, GeladenCasus]) -> SaveInfo:
    try:
        bestand = _read(path)
    except LoadFailed as failed:
        return SaveInfo(path, problemen=tuple(failed.problems))
    except Exception as error:  # noqa: BLE001 — one odd file must not hide the others
        return SaveInfo(path, problemen=(Problem(str(path), f"onverwachte fout: {error!r}"),))
    sessie = bestand.sessie
    info = SaveInfo(path, casus=sessie.casus, spelers=sessie.spelers,
                    zetten=len(sessie.zetten), laatste_zet=_last_time(sessie))
    try:
        geladen = _replay(bestand, _find_casus(bestand, cases), path)
    except LoadFailed as failed:
        return replace(info, problemen=tuple(failed.problems))
    except Exception as error:  # noqa: BLE001
        return replace(info, problemen=(Problem(str(path), f"onverwachte fout: {error!r}"),))
    return replace(info, titel=geladen.staat.casus.titel, ronde=geladen.staat.ronde.nummer,
                   afgerond=afgerond(sessie, geladen.staat),
                   casus_gewijzigd=geladen.casus_gewijzigd, problemen=geladen.waarschuwingen)


def _last_time(sessie: Sessie) -> datetime | None:
    return next((z.tijd for z in reversed(sessie.zetten) if z.tijd is not None), None)
