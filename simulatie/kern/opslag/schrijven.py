"""Writing a save: a short, readable TOML file that is never half-written.

A save holds only the `Sessie` (case id, players, moves, trainer notes); the state is
folded again on load, so every save is also a replay. A write goes to a temporary file
in the same folder that then replaces the old file in one step, with fsyncs around it,
so a crash at any instant leaves the old file or the new one, never a mix.
"""

from __future__ import annotations

import os
import secrets
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import tomli_w

from ..bestanden.namen import slug
from ..model.sessie import Sessie
from ..model.zetten import Zet

KOP = (
    "# Opgeslagen sessie van de inkoopdialoog-simulatie.\n"
    "# Elke [[zetten]]-tabel is één zet, in speelvolgorde; de stand volgt uit de zetten.\n"
    "# Notities van de trainer staan onder [notities], per zetnummer.\n\n"
)
# The last line of every save. Its absence is how a cut-off copy is told from a whole one:
# a file cut between two moves is still valid TOML and would otherwise load silently short.
SLOT = "# einde van de sessie"
_TRIES = 100  # random names practically never collide; this only stops a runaway loop


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
