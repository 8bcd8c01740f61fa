"""Start-up stays quick: the start screen needs neither the core nor its rules library."""

from __future__ import annotations

import subprocess
import sys

import pytest

# The core's light modules (names, folders, problems) may load; nothing that needs these.
HEAVY = "('rule_engine', 'pydantic')"


def _heavy_modules_after(code: str) -> str:
    probe = (f"{code}; import sys; "
             f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY}"
             " or m == 'simulatie.kern.catalogus.laden'))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


@pytest.mark.parametrize("code", [
    "import simulatie.tui.app",
    # The case list shows from its cache before the core has loaded.
    "import simulatie.tui.screens.casussen, simulatie.tui.casuslijst",
    # What `simulatie` without a command does before it builds the app (whose
    # constructor starts the loading thread, so it cannot be probed this way).
    "from simulatie.__main__ import _parser; _parser().parse_args([])",
])
def test_starting_the_app_leaves_the_core_for_later(code):
    """The core (pydantic, `rule_engine`) loads in a thread once the app runs, not before."""
    assert _heavy_modules_after(code) == "[]"
