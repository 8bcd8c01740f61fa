"""`rule-engine`, imported with its parser tables ready-made.

rule-engine builds its LALR parser tables with PLY every time it is imported, which
costs about 0.3 s — most of the app's start-up. PLY can instead read the tables from
a module `rule_engine.parser.parsetab`; we ship that module (generated for the pinned
rule-engine) and put it in `sys.modules` just before the import. PLY checks a grammar
signature: if the tables do not match the installed rule-engine it quietly builds
them as before, so this can only make the import faster, never wrong.

Regenerate after upgrading rule-engine: `python -m simulatie.kern.regels.regeltaal`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TABLES = Path(__file__).with_name("_ply_tabellen.py")
TABLE_MODULE = "rule_engine.parser.parsetab"


def _seed_tables() -> None:
    if TABLE_MODULE in sys.modules or not TABLES.is_file():
        return
    spec = importlib.util.spec_from_file_location(TABLE_MODULE, TABLES)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules[TABLE_MODULE] = module


_seed_tables()

import rule_engine  # noqa: E402  (must come after the tables are in place)


def grammar_signature() -> str:
    """The signature PLY computes for rule-engine's grammar (to compare with TABLES)."""
    from rule_engine._vendor.ply import yacc
    from rule_engine.parser import Parser

    parser = Parser.__new__(Parser)
    pdict = {name: getattr(parser, name) for name in dir(parser)}
    reflect = yacc.ParserReflect(pdict)
    reflect.get_all()
    return reflect.signature()


def write_tables(folder: Path) -> Path:
    """Let PLY write the tables for the installed rule-engine into `folder`."""
    from rule_engine._vendor.ply import lex, yacc
    from rule_engine.parser import Parser

    parser = Parser.__new__(Parser)
    parser.debug = False
    parser.context = None
    parser._lexer = lex.lex(module=parser)
    yacc.yacc(module=parser, debug=False, write_tables=True, outputdir=str(folder),
              tabmodule="parsetab")
    return folder / "parsetab.py"


if __name__ == "__main__":
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory() as temp:
        shutil.copy(write_tables(Path(temp)), TABLES)
    print(f"Tabellen geschreven naar {TABLES}")
