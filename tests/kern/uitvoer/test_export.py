"""`simulatie export`: a debrief of a saved session, in Markdown and HTML."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulatie.__main__ import main
from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.opslag import load
from simulatie.kern.uitvoer import debrief_html, debrief_markdown

DATA = Path(__file__).resolve().parents[2] / "data"
SAVE = DATA / "saves" / "mini-twee-rondes.toml"


@pytest.fixture
def werkmap(tmp_path: Path) -> tuple[Path, Path]:
    """A cases folder with mini, and a copy of the committed two-round save."""
    casussen = tmp_path / "casussen"
    casussen.mkdir()
    shutil.copy(DATA / "mini.toml", casussen / "mini.toml")
    save = tmp_path / "sessie.toml"
    shutil.copy(SAVE, save)
    return casussen, save


def markdown_of_the_save() -> str:
    geladen = load(SAVE, load_casus(DATA / "mini.toml", AlgemeneRegels()))
    return debrief_markdown(geladen.staat, geladen.sessie)


def test_the_debrief_has_a_section_per_round_with_who_played_which_side() -> None:
    text = markdown_of_the_save()
    assert "## Ronde 1: Anna als gemeente, Bram als sociaalwerkorganisatie" in text
    assert "## Ronde 2: Bram als gemeente, Anna als sociaalwerkorganisatie" in text


def test_a_trainer_note_appears_under_the_move_it_belongs_to() -> None:
    """Note 5 belongs to move 5 of round 1 (the early proposal)."""
    lines = markdown_of_the_save().splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("5. Anna (gemeente) doet een voorstel"))
    assert lines[at + 1].startswith("   > *Notitie trainer:* Vroeg voorstel")


def test_the_feedback_carries_its_source_and_the_scores_their_bottom_line(
    werkmap: tuple[Path, Path],
) -> None:
    """With the general rules loaded, round 1's long contract earns the innovation compliment."""
    casussen, save = werkmap
    assert main(["--casussen", str(casussen), "export", str(save)]) == 0
    text = save.with_suffix(".md").read_text(encoding="utf-8")
    round_one = text.split("## Ronde 2")[0]
    assert "**Compliment:** Vijf jaar of meer ligt vast, en met de verlengopties" in round_one
    assert "*(bron: Sociaal Werk Nederland, 2021 (gemeente Leiden))*" in round_one
    assert "| Gemeente | Anna | 55 | 40 | ja |" in round_one


def test_free_text_from_players_cannot_inject_markup_into_the_html() -> None:
    html = debrief_html("1. Anna zegt: &lt;script&gt;x&lt;/script&gt;", "t")
    assert "<script>" not in html
    raw = debrief_html("1. <script>alert(1)</script>", "t")
    assert "<script>" not in raw


def test_export_writes_markdown_and_html_beside_the_save(werkmap: tuple[Path, Path]) -> None:
    casussen, save = werkmap
    assert main(["--casussen", str(casussen), "export", str(save)]) == 0
    assert save.with_suffix(".md").read_text(encoding="utf-8").startswith("# Nabespreking: Mini")
    assert "<table>" in save.with_suffix(".html").read_text(encoding="utf-8")


def test_export_never_overwrites_an_existing_debrief_unless_asked(
    werkmap: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A trainer's edited debrief survives a second export by mistake."""
    casussen, save = werkmap
    edited = save.with_suffix(".md")
    edited.write_text("mijn aantekeningen", encoding="utf-8")
    assert main(["--casussen", str(casussen), "export", str(save)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert edited.read_text(encoding="utf-8") == "mijn aantekeningen"
    assert main(["--casussen", str(casussen), "export", str(save), "--overschrijf"]) == 0
    assert edited.read_text(encoding="utf-8") != "mijn aantekeningen"


def test_export_refuses_to_write_over_the_save_itself(
    werkmap: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    casussen, save = werkmap
    before = save.read_bytes()
    assert main(["--casussen", str(casussen), "export", str(save), "--uit", str(save)]) == 2
    assert save.read_bytes() == before


def test_a_broken_save_gives_a_dutch_message_and_exit_code_2(
    werkmap: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    casussen, _ = werkmap
    assert main(["--casussen", str(casussen), "export", str(DATA / "saves" / "afgebroken.toml")]) == 2
    assert "afgebroken.toml" in capsys.readouterr().err


def _hostile_debrief() -> str:
    """Round 1 of mini with a player name that holds a newline, a heading and a pipe."""
    from simulatie.kern.catalogus import Catalogus
    from simulatie.kern.model import Sessie, Zet
    from simulatie.kern.uitvoer import play

    geladen = load_casus(DATA / "mini.toml", AlgemeneRegels())
    sessie = Sessie(casus="mini", spelers=("Anna\n# Kop | x", "Bram"),
                    zetten=(Zet(soort="stop", rol="gemeente", tekst="klaar\x1b[31m"),))
    afloop = play(Catalogus(casussen={"mini": geladen}), sessie)
    return debrief_markdown(afloop.staat, sessie)


def test_a_player_name_cannot_break_the_debrief_into_headings_or_table_cells() -> None:
    """Names were written raw: a newline made a heading, a pipe split the score table."""
    text = _hostile_debrief()
    assert not any(line.startswith("# Kop") for line in text.splitlines())
    assert "| Gemeente | Anna \\# Kop \\| x | — | 40 | geen akkoord |" in text


def test_control_characters_from_players_stay_out_of_the_debrief() -> None:
    """A terminal escape in free text is dropped, not written into the file."""
    assert "\x1b" not in _hostile_debrief()
