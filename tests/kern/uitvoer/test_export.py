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


# --- where --uit writes, and what goes wrong there ----------------------------------------

def _export(casussen: Path, save: Path, *extra: str) -> int:
    return main(["--casussen", str(casussen), "export", str(save), *extra])


@pytest.mark.parametrize("uit", ["verslag", "verslag.md", "verslag.html", "verslag.HTML"])
def test_uit_names_the_debrief_and_the_html_lands_beside_the_markdown(
        werkmap: tuple[Path, Path], uit: str) -> None:
    """`--uit s.html` once wrote the HTML over the Markdown: now both files exist."""
    casussen, save = werkmap
    assert _export(casussen, save, "--uit", str(save.parent / uit)) == 0
    markdown = (save.parent / "verslag.md").read_text(encoding="utf-8")
    html = (save.parent / "verslag.html").read_text(encoding="utf-8")
    assert markdown.startswith("# Nabespreking: Mini") and html.startswith("<!doctype html>")


def test_uit_a_folder_writes_into_it_named_after_the_save(werkmap: tuple[Path, Path]) -> None:
    casussen, save = werkmap
    doel = save.parent / "nabesprekingen"
    doel.mkdir()
    assert _export(casussen, save, "--uit", str(doel)) == 0
    assert sorted(p.name for p in doel.iterdir()) == ["sessie.html", "sessie.md"]


@pytest.mark.parametrize("uit", ["weg/verslag.md", "weg/"])
def test_uit_in_a_missing_folder_says_so_in_dutch_and_writes_nothing(
        werkmap: tuple[Path, Path], capsys: pytest.CaptureFixture[str], uit: str) -> None:
    casussen, save = werkmap
    voor = sorted(save.parent.rglob("*"))
    assert _export(casussen, save, "--uit", f"{save.parent}/{uit}") == 2
    err = capsys.readouterr().err
    assert "deze map bestaat niet" in err and "Traceback" not in err
    assert sorted(save.parent.rglob("*")) == voor


def test_uit_below_a_file_says_that_is_no_folder(
        werkmap: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    casussen, save = werkmap
    assert _export(casussen, save, "--uit", str(save / "verslag")) == 2
    assert "is een bestand, geen map" in capsys.readouterr().err


@pytest.mark.parametrize("fout, reden", [(13, "geen toestemming"), (28, "de schijf is vol"),
                                        (30, "alleen-lezen")])
def test_a_folder_that_cannot_be_written_gives_a_dutch_reason_and_leaves_no_half_file(
        werkmap: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, fout: int, reden: str) -> None:
    """Read-only (EACCES, EROFS) and full (ENOSPC): simulated, since root may write anywhere."""
    import os

    from simulatie.kern.opslag import opslag

    casussen, save = werkmap
    monkeypatch.setattr(opslag.os, "fdopen", lambda fd, mode: _Weigert(fd, fout))
    assert _export(casussen, save, "--uit", str(save.parent / "verslag")) == 1
    err = capsys.readouterr().err
    assert reden in err and "Traceback" not in err and os.strerror(fout) not in err
    assert sorted(p.name for p in save.parent.iterdir()) == ["casussen", "sessie.toml"]


class _Weigert:
    """A file whose writes fail with `errno`, as on a full or read-only disk."""

    def __init__(self, fd: int, errno: int) -> None:
        self.fd, self.errno = fd, errno

    def __enter__(self) -> "_Weigert":
        return self

    def __exit__(self, *exc: object) -> None:
        import os

        os.close(self.fd)

    def write(self, data: bytes) -> int:
        import os

        raise OSError(self.errno, os.strerror(self.errno))


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid") or __import__("os").geteuid() == 0,
                    reason="root may write into a read-only folder")
def test_a_real_read_only_folder_gives_a_dutch_reason(
        werkmap: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    casussen, save = werkmap
    doel = save.parent / "alleen-lezen"
    doel.mkdir()
    doel.chmod(0o555)
    try:
        assert _export(casussen, save, "--uit", str(doel)) == 1
    finally:
        doel.chmod(0o755)
    assert "geen toestemming" in capsys.readouterr().err and not list(doel.iterdir())


# --- the HTML, made from the same blocks as the Markdown ------------------------------------

def _normalised(html: str) -> str:
    import re

    return re.sub(r"\s+", "", html)


@pytest.mark.parametrize("spelers, notitie", [
    (("Anna", "Bram"), None),
    (("An*na | <b>x</b>", "_Bram_ & [1"), "let *op* | <script>x</script> & \\ `code`"),
])
def test_the_html_says_what_a_markdown_renderer_makes_of_the_markdown(
        spelers: tuple[str, str], notitie: str | None) -> None:
    """The page is written directly (fast), yet reads as the Markdown rendered would."""
    from simulatie.kern.uitvoer import debrief_page

    geladen = load(SAVE, load_casus(DATA / "mini.toml", AlgemeneRegels()))
    sessie = geladen.sessie.model_copy(update={"spelers": spelers})
    if notitie:
        sessie = sessie.model_copy(update={"notities": {"2": notitie, "5": notitie}})
    from simulatie.kern.spel import staat_na

    markdown, html = debrief_page(staat_na(geladen.casus, sessie), sessie)
    assert markdown == debrief_markdown(staat_na(geladen.casus, sessie), sessie)
    assert _normalised(html) == _normalised(debrief_html(markdown, "Mini"))
    assert "<script>" not in html and "<b>" not in html
