"""Why a file operation failed: one Dutch table for the core's readers and the app."""

from __future__ import annotations

import errno

from simulatie.kern.bestanden import os_reason
from simulatie.tui.weergave import bewaar_reden


def test_reading_and_writing_share_one_table_of_system_errors():
    """The app's "Opslaan mislukt" and a loader's "kan niet lezen" used two tables."""
    for code in (errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT, errno.EEXIST):
        error = OSError(code, "English text")
        assert bewaar_reden(error) == f"Opslaan mislukt: {os_reason(error)}"
        assert "English" not in os_reason(error)
