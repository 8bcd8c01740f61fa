"""Which file the game uses, and which it ignores, is said in the app's list, in
`simulatie casussen` and in `valideer` alike.

tests/data/kopie/ holds apeldoorn.toml, an older backup `apeldoorn - kopie.toml` with the
same id (it sorts first), and `apeldoorn.toml.txt` (an extension a file manager hides).
"""

from __future__ import annotations

import re
from pathlib import Path

from simulatie.__main__ import main
from simulatie.kern.catalogus import AlgemeneRegels, load_folder
from simulatie.kern.facilitator import validate

KOPIE = Path(__file__).resolve().parents[2] / "data" / "kopie"
ORIGINEEL, BACKUP, VERBORGEN = (KOPIE / n for n in (
    "apeldoorn.toml", "apeldoorn - kopie.toml", "apeldoorn.toml.txt"))


def test_a_backup_copy_beside_the_original_is_ignored_not_played():
    """The copy sorts before the original and used to be the case the app played."""
    catalogus = load_folder(KOPIE, AlgemeneRegels())
    geladen = catalogus.casussen["apeldoorn"]
    assert (geladen.bestand, "oude versie" in geladen.casus.titel) == (ORIGINEEL, False)
    [problem] = catalogus.problemen[BACKUP]
    assert (problem.severity, problem.line) == ("fout", 2)
    assert "het spel gebruikt apeldoorn.toml en negeert dit bestand" in problem.message


def test_the_file_that_is_used_names_the_copy_it_wins_from():
    [warning] = load_folder(KOPIE, AlgemeneRegels()).waarschuwingen[ORIGINEEL]
    assert warning.severity == "waarschuwing"
    assert "ook apeldoorn - kopie.toml heeft de id 'apeldoorn'" in warning.message


def test_a_file_with_a_hidden_extension_is_named_as_ignored_with_its_right_name():
    [problem] = load_folder(KOPIE, AlgemeneRegels()).problemen[VERBORGEN]
    assert problem.severity == "waarschuwing"
    assert "negeert dit bestand" in problem.message
    assert problem.message.endswith("hernoem het dan naar apeldoorn.toml.")


def test_valideer_on_the_folder_says_the_same_as_the_app():
    uitslag = validate([KOPIE])
    found = {(Path(p.file).name, p.severity): p.message for p in uitslag.problems}
    # The fixture is a small case, so the playability warnings (about the dialogue's
    # figures) may come along; what matters is which file is an error and which is named.
    assert {(BACKUP.name, "fout"), (ORIGINEEL.name, "waarschuwing"),
            (VERBORGEN.name, "waarschuwing")} <= set(found)
    assert {name for name, severity in found if severity == "fout"} == {BACKUP.name}
    assert f"het spel gebruikt {ORIGINEEL} en negeert dit bestand" in found[(BACKUP.name, "fout")]


def test_valideer_on_a_file_the_game_would_ignore_is_not_all_well(capsys):
    """`valideer apeldoorn.toml.txt` said "Alles in orde" for a file the app never reads."""
    assert main(["valideer", str(VERBORGEN)]) == 0
    out = capsys.readouterr().out
    assert "Alles in orde" not in out
    assert "Hernoem het naar apeldoorn.toml." in out


def test_the_case_list_on_the_command_line_names_the_used_and_the_ignored_file(capsys):
    code = main(["--casussen", str(KOPIE), "casussen"])
    out, err = capsys.readouterr()
    [regel] = [r for r in out.splitlines() if r.startswith("apeldoorn ")]
    assert f"({ORIGINEEL})" in regel and re.search(r"⚠ \d+ waarschuwing", regel)
    assert f"{BACKUP}:2:1: [id] de id 'apeldoorn' bestaat al in apeldoorn.toml" in err
    assert f"{VERBORGEN}: waarschuwing:" in err
    assert code == 1  # the backup is an error: the game cannot play it
