"""The template of `simulatie nieuw` shows a round-2 version of a brief, commented out; a
facilitator who takes the # away gets a case whose round 2 plays that version and that
`simulatie valideer` passes for both rounds."""

from __future__ import annotations

import re
from pathlib import Path

from simulatie.__main__ import main
from simulatie.kern.catalogus import AlgemeneRegels, load_casus

# The commented example: the table header and the keys right under it.
VOORBEELD = re.compile(r"^# (\[rolwissel\.gemeente\]|(?:situatie|geheimen|gewichten|ondergrens) = .*)$",
                       re.M)


def test_uncommenting_the_round_2_example_gives_a_valid_second_brief(tmp_path, capsys):
    assert main(["nieuw", "Wisselveen", "--map", str(tmp_path)]) == 0
    path = tmp_path / "wisselveen.toml"
    text = path.read_text(encoding="utf-8")
    assert len(VOORBEELD.findall(text)) == 5
    path.write_text(VOORBEELD.sub(r"\1", text), encoding="utf-8")
    casus = load_casus(path, AlgemeneRegels()).casus
    assert casus.brief("gemeente", 2).ondergrens == 55
    assert casus.brief("gemeente", 2).gewichten != casus.brief("gemeente", 1).gewichten
    assert casus.brief("swo", 2) == casus.brief("swo", 1)
    capsys.readouterr()
    assert main(["valideer", str(path)]) == 0
    assert "Alles in orde" in capsys.readouterr().out
