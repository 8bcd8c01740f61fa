"""One reader for every file: the same mistake gets the same message, whoever reads it.

Case files, the general rules, saves and scripts all go through `bestanden`: one size
limit, one decoding, one TOML parse, one way to put a pydantic error on its line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulatie.__main__ import main
from simulatie.kern.bestanden import MAX_BYTES, LoadFailed, read_toml
from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.opslag import load

DATA = Path(__file__).resolve().parents[2] / "data"
VERSCHREVEN = DATA / "bestanden" / "speler_verschreven.toml"


def problems(read, path: Path) -> list[str]:
    with pytest.raises(LoadFailed) as failed:
        read(path)
    return [str(p) for p in failed.value.problems]


def test_a_misspelt_key_in_a_save_is_one_located_message_for_play_and_export(capsys):
    """`speel` and `export` once explained `speler` differently: one message against
    two, the first without a line. Both now print the same single located message."""
    out = []
    for opdracht in (["speel"], ["export"]):
        code = main(["--casussen", str(DATA), *opdracht, str(VERSCHREVEN)])
        out.append((code, capsys.readouterr().err.strip().splitlines()))
    assert out[0] == out[1]
    code, [regel] = out[0]
    assert code == 2
    assert regel.startswith(f"{VERSCHREVEN}:8:1: [speler] onbekende sleutel 'speler'. "
                            "Bedoelde je 'spelers'?")


def test_a_file_over_the_one_limit_gets_one_message_as_a_case_and_as_a_save(tmp_path, mini):
    """Case files were refused above 5 MB and saves above 20 MB, in other words."""
    path = tmp_path / "groot.toml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES)
    as_case = problems(lambda p: load_casus(p, AlgemeneRegels()), path)
    as_save = problems(lambda p: load(p, mini), path)
    assert as_case == as_save
    assert "te groot (meer dan 20 MB)" in as_case[0]


def test_a_case_that_reads_below_the_limit_is_not_refused_for_its_size(tmp_path):
    """6 MB of comments in a case: not a size problem any more (the file is parsed)."""
    path = tmp_path / "groot.toml"
    path.write_bytes(b"# " + b"x" * 6_000_000 + b"\nid = 1\n")
    assert read_toml(path).data == {"id": 1}


@pytest.mark.parametrize(("inhoud", "reden"), [
    ("id = 'x'\n".encode("utf-16"), "opgeslagen als UTF-16; sla het op als UTF-8"),
    (b"id = 'x'\n\x00\x00", "binaire gegevens"),
    (b"id = '\xc3", "houdt op midden in een teken"),
    (b"id = '\xe9t\xe9'\n", "geen geldige UTF-8-tekst"),
])
def test_a_case_file_is_decoded_as_a_save_is(tmp_path, mini, inhoud, reden):
    """The case loader called a UTF-16 file "geen geldige UTF-8" at 1:1; saves knew better."""
    path = tmp_path / "casus.toml"
    path.write_bytes(inhoud)
    [as_case] = problems(lambda p: load_casus(p, AlgemeneRegels()), path)
    assert reden in as_case


def test_a_byte_order_mark_is_read_past_by_every_reader(tmp_path, mini):
    path = tmp_path / "s.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (DATA / "saves" / "mini-twee-rondes.toml").read_bytes())
    assert read_toml(path).data["casus"] == "mini"
    assert load(path, mini).sessie.spelers == ("Anna", "Bram")
