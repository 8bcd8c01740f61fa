"""Reading the files the game is given: problems located at file:line:column, in Dutch.

Everything here is light (no pydantic, no rules library): the app's first screen uses it.
"""

from __future__ import annotations

from .lezen import located, read_toml, toml_problem
from .mappen import REGELS_BESTAND, bundled_folder, case_files
from .namen import slug
from .problemen import LoadFailed, Problem, closest, did_you_mean, format_path, os_reason
from .toml_plaats import TomlPlaces

__all__ = [
    "LoadFailed",
    "Problem",
    "REGELS_BESTAND",
    "TomlPlaces",
    "bundled_folder",
    "case_files",
    "closest",
    "did_you_mean",
    "format_path",
    "located",
    "os_reason",
    "read_toml",
    "slug",
    "toml_problem",
]
