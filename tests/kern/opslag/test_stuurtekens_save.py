"""No text in a save can steer the terminal that shows it: control characters come back
visible (`\\u001b`), in names, moves and notes, however the file was made."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulatie.kern.bestanden.zichtbaar import has_controls, inert, is_control
from simulatie.kern.model import Sessie, Zet
from simulatie.kern.opslag import list_saves, load, save
from simulatie.kern.spel import GeladenCasus, new_session
from simulatie.kern.catalogus import Catalogus
from simulatie.kern.uitvoer import debrief_markdown, play, report

TITEL = "\u001b]0;HACKED\u0007"
AANVALLEN = [TITEL, "\u001b[2J\u001b[H", "Anna\rBram", "\u009b31m", "x\u007fy", "\u202eannA",
             "\u001bP+q\u001b\\", "a\u2028b", "\x00"]

# Texts a hostile file may hold: ordinary text with control characters mixed in.
stuur = st.sampled_from(sorted({chr(c) for c in [*range(32), *range(127, 160)]}
                               | set("\u202a\u202e\u2066\u2069\u2028\u2029")))
vijandig = st.lists(st.one_of(st.text(max_size=6), stuur, st.sampled_from(AANVALLEN)),
                    min_size=1, max_size=6).map("".join).filter(str.strip)


def _zonder_sturing(text: str, lines: bool = False) -> bool:
    return not any(is_control(char, lines) for char in text)


def test_inert_shows_each_control_character_as_its_escape() -> None:
    assert inert(TITEL) == "\\u001b]0;HACKED\\u0007"
    assert inert("Anna\rBram") == "Anna\\u000dBram"
    assert inert("\u202eannA") == "\\u202eannA"


def test_inert_keeps_newline_and_tab_only_where_the_text_allows_lines() -> None:
    assert inert("een\ntwee\tdrie\r\nvier", lines=True) == "een\ntwee\tdrie\nvier"
    assert inert("een\ntwee\t") == "een\\u000atwee\\u0009"


def test_inert_keeps_accents_emoji_and_joined_emoji() -> None:
    tekst = "Çelik 👩‍👩‍👧 café\u00a0noord"
    assert inert(tekst) == tekst and inert(tekst, lines=True) == tekst


@given(st.text())
def test_after_inert_no_character_can_steer_a_terminal(text: str) -> None:
    assert _zonder_sturing(inert(text))
    assert _zonder_sturing(inert(text, lines=True), lines=True)
    assert not has_controls(inert(text)) and not has_controls(inert(text, lines=True), True)
    assert all(unicodedata.category(c) != "Cc" or c in "\n\t" for c in inert(text, True))


@given(st.text().filter(lambda t: not has_controls(t)))
def test_inert_leaves_a_text_without_control_characters_alone(text: str) -> None:
    assert inert(text) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=vijandig, b=vijandig, tekst=vijandig, notitie=vijandig)
def test_every_text_field_of_a_save_loads_back_without_control_characters(
        mini: GeladenCasus, a: str, b: str, tekst: str, notitie: str) -> None:
    sessie = Sessie(casus="mini", spelers=(a, b), notities={"1": notitie},
                    zetten=(Zet(soort="vraag", rol="gemeente", tekst=tekst, onderwerp="praktijk"),))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.toml"
        save(sessie, path)
        geladen = load(path, mini).sessie
        (info,) = list_saves(folder, mini)
    assert all(_zonder_sturing(naam) for naam in (*geladen.spelers, *info.spelers))
    assert _zonder_sturing(geladen.zetten[0].tekst, lines=True)
    assert _zonder_sturing(geladen.notities["1"], lines=True)
    assert geladen.spelers == (inert(a), inert(b))  # nothing dropped: shown, not hidden
    assert geladen.zetten[0].tekst == inert(tekst, lines=True)


def test_a_hostile_player_name_cannot_reach_the_report_or_the_debrief(
        mini: GeladenCasus, tmp_path: Path) -> None:
    sessie = Sessie(casus="mini", spelers=(TITEL, "Bram\u001b[31m"), notities={"1": TITEL},
                    zetten=(Zet(soort="vraag", rol="gemeente", tekst=TITEL, onderwerp="praktijk"),))
    save(sessie, tmp_path / "s.toml")
    assert "\u001b" not in (tmp_path / "s.toml").read_text(encoding="utf-8")  # TOML escapes
    geladen = load(tmp_path / "s.toml", mini)
    markdown = debrief_markdown(geladen.staat, geladen.sessie)
    tekst = report(play(Catalogus(casussen={"mini": mini}), geladen.sessie))
    for uit in (markdown, tekst):
        assert _zonder_sturing(uit, lines=True) and "HACKED" in uit


def test_a_hostile_case_title_cannot_reach_the_debrief(mini: GeladenCasus) -> None:
    """Case files refuse control characters, but the debrief does not rely on that."""
    casus = mini.casus.model_copy(update={"titel": TITEL})
    staat = new_session(casus, mini.regelboek, ("Anna", "Bram"))
    markdown = debrief_markdown(staat, Sessie(casus="mini", spelers=("Anna", "Bram")))
    assert _zonder_sturing(markdown, lines=True) and "HACKED" in markdown
