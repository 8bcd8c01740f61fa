"""Start-up stays quick: the start screen needs neither the core nor its rules library."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_app_leaves_the_core_for_later():
    """`rule_engine` builds its parser on import (most of a second): not for the start screen."""
    code = ("import sys, simulatie.tui.app; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rule_engine', 'pydantic')"
            " or m.startswith('simulatie.kern')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
