"""The domain core never imports Textual: it must run headless and be tested alone."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import simulatie.kern

MODULES = sorted(m.name for m in pkgutil.walk_packages(simulatie.kern.__path__, "simulatie.kern."))

# Imports the given modules one by one in a fresh interpreter and prints the first
# module after whose import `textual` is loaded, or nothing.
PROBE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
    if "textual" in sys.modules:
        print(name)
        break
"""


def first_module_loading_textual(modules: list[str]) -> str:
    result = subprocess.run([sys.executable, "-c", PROBE, *modules],
                            capture_output=True, text=True, check=True, timeout=120)
    return result.stdout.strip()


def test_the_core_has_modules_to_check():
    """The package scan finds the core's modules (guards against an empty check)."""
    assert {"simulatie.kern.spel.stap", "simulatie.kern.catalogus.laden",
            "simulatie.kern.regels.regels"} <= set(MODULES)


def test_importing_the_core_does_not_load_textual():
    """Importing every module of simulatie.kern in a fresh process leaves textual unloaded."""
    assert first_module_loading_textual(MODULES) == ""


def test_the_probe_notices_a_module_that_loads_textual():
    """The same probe does report a module that imports textual."""
    assert first_module_loading_textual(["simulatie.kern.spel", "textual.app"]) == "textual.app"
