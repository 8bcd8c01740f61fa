"""One save, several processes: a playing window, a second window, a trainer's notes.

Every change to an existing save is a read-change-write under a lock on a companion
file (`.NAAM.toml.lock`, beside the save), so two writers never interleave:

- `add_note` reads the file as it is now, changes one note and writes it back: moves
  and notes that another process added in the meantime stay.
- `save_moves` writes a playing window's session, but only if the moves in the file are
  the start of the window's moves. Then nothing on disk is lost (the window knew all of
  it) and the notes in the file win (a playing window never edits notes). If the file
  holds a move the window did not know, another window played on: `SaveConflict`, and
  the file stays as it is. The first window to move keeps the session; the other is
  refused, never silently overwritten.

A window that plays a save also holds `claim_play` on it (`.NAAM.toml.speelt`) for as
long as it plays, so a second window that opens the same save to play is refused at
once, before anyone has typed a move; it can still replay the save and write notes.

The locks are `filelock`'s: OS locks (flock on Unix, LockFileEx on Windows) that the
system releases when a process dies, so a crash never leaves a save locked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..bestanden.problemen import LoadFailed
from ..bestanden.zichtbaar import inert
from ..model.sessie import Sessie
from ..model.zetten import Zet
from .lezen import _read
from .notities import with_notitie
from .schrijven import to_toml, write_atomic

WACHTEN_S = 10.0  # a write takes milliseconds; this long means a hung process holds it


class SaveConflict(Exception):
    """The save was not written, because that would drop what another process wrote."""


# What this process last wrote to each save: the digest of the bytes and the session.
# While the file still holds exactly those bytes, nobody else wrote, and the autosave
# after a move need not parse the whole file again.
_GESCHREVEN: dict[str, tuple[bytes, Sessie]] = {}


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@contextmanager
def locked(path: Path | str) -> Iterator[None]:
    """Hold the save's lock for one read-change-write."""
    lock = FileLock(lock_path(Path(path)), timeout=WACHTEN_S)
    try:
        lock.acquire()
    except Timeout:
        raise SaveConflict(
            f"het bestand {path} is al {WACHTEN_S:.0f} seconden bezet door een ander venster "
            "of programma; probeer het zo nog eens.") from None
    try:
        yield
    finally:
        lock.release()


class PlayClaim:
    """Held while this process plays a save; `release` when it stops playing it.

    Keep a reference for as long as the window plays: a claim that is garbage
    collected lets go of its lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = FileLock(path.with_name(f".{path.name}.speelt"), timeout=0)

    def release(self) -> None:
        self._lock.release()


def claim_play(path: Path | str) -> PlayClaim:
    """Claim the save for playing in this window; `SaveConflict` if another window plays it."""
    claim = PlayClaim(Path(path))
    try:
        claim._lock.acquire()
    except Timeout:
        raise SaveConflict(
            "deze sessie wordt al gespeeld in een ander venster. Speel daar verder; hier kun "
            "je haar alleen herspelen (en notities schrijven).") from None
    return claim


def save_moves(path: Path | str, sessie: Sessie) -> Sessie:
    """Write a playing window's `sessie`; what is on disk is kept, or `SaveConflict`.

    Returns the session as written: the window's moves with the file's notes.
    """
    path = Path(path)
    with locked(path):
        try:
            op_schijf = _current(path)
        except LoadFailed as failed:
            raise SaveConflict(
                f"het bestand is intussen veranderd en niet meer te lezen ({failed.problems[0]}); "
                "dit venster schrijft er niet overheen.") from None
        if op_schijf is not None:
            _check_extends(path, op_schijf, sessie)
            sessie = sessie.model_copy(update={
                "notities": op_schijf.notities,
                "afgerond": sessie.afgerond or op_schijf.afgerond})
        _write(path, sessie)
    return sessie


def add_note(path: Path | str, nummer: int, tekst: str) -> Sessie:
    """Set the note at move `nummer` in the file as it is now (empty text removes it).

    Returns the session in the file after the change, with every move and note another
    process wrote. `LoadFailed` if the file cannot be read, `ValueError` if it has no
    move `nummer`.
    """
    path = Path(path)
    with locked(path):
        op_schijf = _current(path)
        if op_schijf is None:
            raise SaveConflict(f"het bestand {path} bestaat niet meer; de notitie is niet "
                               "bewaard.")
        sessie = with_notitie(op_schijf, nummer, tekst)
        _write(path, sessie)
    return sessie


def _current(path: Path) -> Sessie | None:
    """The session in the file now; None when there is no file (the folder was tidied)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raw = b""  # unreadable: let the full read below say why, in Dutch
    bekend = _GESCHREVEN.get(str(path))
    if bekend is not None and bekend[0] == _digest(raw):
        return bekend[1]
    return _read(path).sessie  # raises LoadFailed with the reason


def _check_extends(path: Path, op_schijf: Sessie, sessie: Sessie) -> None:
    # Compared as read back: reading makes control characters visible (see `tekens`).
    wie = (inert(sessie.casus), tuple(inert(naam) for naam in sessie.spelers))
    if (op_schijf.casus, op_schijf.spelers) != wie:
        raise SaveConflict(f"in {path} staat intussen een andere sessie "
                           f"({op_schijf.casus}, {' en '.join(op_schijf.spelers)}); dit venster "
                           "schrijft daar niet overheen.")
    aantal = len(op_schijf.zetten)
    if len(sessie.zetten) < aantal or not all(
            _same(ours, theirs) for ours, theirs in zip(sessie.zetten, op_schijf.zetten)):
        raise SaveConflict(
            f"deze sessie is intussen in een ander venster verder gespeeld (het bestand heeft "
            f"nu {aantal} zetten). Dit venster bewaart niets meer, zodat er geen zet verloren "
            "gaat: sluit het en kies Sessie hervatten om verder te spelen waar het andere "
            "venster is.")


def _same(ours: Zet, theirs: Zet) -> bool:
    return ours == theirs or ours.model_copy(update={"tekst": inert(ours.tekst, True)}) == theirs


def _write(path: Path, sessie: Sessie) -> None:
    data = to_toml(sessie).encode("utf-8")
    write_atomic(path, data)
    _GESCHREVEN[str(path)] = (_digest(data), sessie)


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


__all__ = ["PlayClaim", "SaveConflict", "add_note", "claim_play", "locked", "save_moves"]
