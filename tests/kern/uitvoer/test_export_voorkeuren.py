"""The exported debrief says, per round, what each side stated beside its brief."""

from __future__ import annotations

import re
from pathlib import Path

from simulatie.__main__ import main
from simulatie.kern.catalogus import AlgemeneRegels, load_casus
from simulatie.kern.model import Zet
from simulatie.kern.opslag import save_moves
from simulatie.kern.spel import start

DATA = Path(__file__).resolve().parents[2] / "data"
LEUGEN = ("De gemeente zei dat looptijd zwaar weegt; in haar brief weegt het 25 % "
          "(gemiddeld) — overdreven (zet 1).")
WAAR = ("De sociaalwerkorganisatie zei dat ze bij looptijd het liefst 6 jaar wil; in haar "
        "brief is 6 jaar ook het meest waard (100) — klopt (zet 2).")


def _save(tmp_path: Path) -> Path:
    """A save of mini: round 1 with a lie and a truth, round 2 without statements."""
    geladen = load_casus(DATA / "mini.toml", AlgemeneRegels())
    keuzes = {"inkoopvorm": "subsidie", "aanbieders": "een", "looptijd": "j6",
              "verlengopties": "geen"}
    zetten = [Zet(soort="voorkeur", rol="gemeente", punt="looptijd", gewicht="zwaar"),
              Zet(soort="voorkeur", rol="swo", punt="looptijd", optie="j6"),
              Zet(soort="voorstel", rol="gemeente", keuzes=keuzes),
              Zet(soort="accepteer", rol="swo"),
              Zet(soort="rolwissel"),
              Zet(soort="voorstel", rol="gemeente", keuzes=keuzes),
              Zet(soort="accepteer", rol="swo")]
    sessie = start(geladen, ("Anna", "Bram")).model_copy(update={"zetten": zetten})
    path = tmp_path / "sessie.toml"
    save_moves(path, sessie)
    return path


def test_markdown_and_html_carry_the_statements_of_their_round_only(tmp_path: Path):
    save = _save(tmp_path)
    casussen = tmp_path / "casussen"
    casussen.mkdir()
    (casussen / "mini.toml").write_text((DATA / "mini.toml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    assert main(["--casussen", str(casussen), "export", str(save)]) == 0
    markdown = save.with_suffix(".md").read_text(encoding="utf-8")
    ronde1, ronde2 = markdown.split("## Ronde 2")
    gezegd = ronde1.split("### Gezegd en gemeend")[1]
    assert f"- {LEUGEN}" in gezegd and f"- {WAAR}" in gezegd
    assert gezegd.index(LEUGEN) < gezegd.index(WAAR)
    assert "Gezegd en gemeend" not in ronde2  # no statements: no section
    html = save.with_suffix(".html").read_text(encoding="utf-8")
    section = re.search(r"<h3>Gezegd en gemeend</h3>\s*<ul>(.*?)</ul>", html, re.S)
    assert section is not None and html.count("<h3>Gezegd en gemeend</h3>") == 1
    assert "overdreven (zet 1)" in section.group(1) and "klopt (zet 2)" in section.group(1)
