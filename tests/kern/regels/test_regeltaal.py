"""The shipped parser tables match the pinned rule-engine, so start-up stays fast."""

from __future__ import annotations

import subprocess
import sys

from simulatie.kern.regels.regeltaal import TABLES, grammar_signature


def test_the_shipped_tables_fit_the_installed_rule_engine_grammar() -> None:
    """If this fails after an upgrade: run `python -m simulatie.kern.regels.regeltaal`."""
    namespace: dict[str, object] = {}
    exec(TABLES.read_text(encoding="utf-8"), namespace)  # noqa: S102 — our own generated file
    assert namespace["_lr_signature"] == grammar_signature()


def test_importing_the_rules_engine_does_not_rebuild_the_parser_tables() -> None:
    """In a fresh process PLY's table generator is never called."""
    probe = (
        "import sys, runpy\n"
        "calls = []\n"
        "def tracer(frame, event, arg):\n"
        "    if event == 'call' and frame.f_code.co_name == 'lr_parse_table':\n"
        "        calls.append(1)\n"
        "sys.setprofile(tracer)\n"
        "import simulatie.kern.regels\n"
        "sys.setprofile(None)\n"
        "print(len(calls))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"
