"""The list of saves in a folder: what each holds, and why a broken one cannot open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from ..bestanden.problemen import LoadFailed, Problem
from ..model.sessie import Sessie
from ..spel.geladen import GeladenCasus
from ..spel.stap import SessieStaat
from .lezen import Cases, _as_cases, _find_casus, _read, _replay
from .tijdelijk import remove_stale_temps


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
