"""Reading the files the game is given: one reader, problems at file:line:column, in Dutch.

Everything here is light (no pydantic, no rules library): the app's first screen uses it.
`validate` imports pydantic when it is first called.
"""

from __future__ import annotations

from .lezen import (
    MAX_BYTES, Afgebroken, Gelezen, decode, load_model, located, parse, read_bytes,
    read_text, read_toml, validate_model,
)
from .mappen import REGELS_BESTAND, bundled_folder, case_files
from .problemen import LoadFailed, Problem, closest, did_you_mean, format_path, os_reason
from .namen import slug
from .toml_fout import toml_problem
from .toml_plaats import TomlPlaces

__all__ = [
    "MAX_BYTES",
    "Afgebroken",
    "Gelezen",
    "LoadFailed",
    "Problem",
    "REGELS_BESTAND",
    "TomlPlaces",
    "bundled_folder",
    "case_files",
    "closest",
    "decode",
    "did_you_mean",
    "format_path",
    "load_model",
    "located",
    "os_reason",
    "parse",
    "read_bytes",
    "read_text",
    "read_toml",
    "slug",
    "toml_problem",
    "validate_model",
]
