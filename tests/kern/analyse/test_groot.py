"""A facilitator's large case gets a full answer: 12 issues of 5 options, and the bound
that a ban on scores sets."""

from __future__ import annotations

import random
from pathlib import Path

import tomli_w

from simulatie.__main__ import main

VORMEN = ("subsidie", "aanbesteden", "bestuurlijk_aanbesteden", "open_house",
          "maatschappelijk_aanbesteden")
FIXED = ("inkoopvorm", "aanbieders", "looptijd", "verlengopties")


def write_case(folder: Path, issues: int, verboden: list[dict] | None = None) -> Path:
    """A valid case of `issues` issues with 5 options each and random briefs."""
    rng = random.Random(issues)
    names = [*FIXED, *(f"punt{i}" for i in range(issues - len(FIXED)))]
    punten = {}
    for name in names:
        opties = {}
        for i in range(5):
            optie_id = VORMEN[i] if name == "inkoopvorm" else f"o{i}"
            opties[optie_id] = {"titel": f"Optie {i}"} | (
                {"getal": i + 1} if name in FIXED[1:] else {})
        punten[name] = {"titel": name.capitalize(), "opties": opties}
    rollen = {}
    for rol in ("gemeente", "swo"):
        gewichten = {n: rng.randint(1, 20) for n in names}
        rollen[rol] = {
            "functie": "f", "situatie": "s",
            "belangen": [{"id": "b", "tekst": "t", "onderwerp": "tarieven"}],
            "vragen": [{"id": "v", "tekst": "t", "onderwerp": "praktijk"}],
            "gewichten_totaal": sum(gewichten.values()), "gewichten": gewichten,
            "waarden": {n: {o: rng.randint(0, 100) for o in punten[n]["opties"]} for n in names},
            "ondergrens": 45,
        }
    data = {"id": "groot", "titel": "Groot", "gemeente": "Grootstad", "inwoners": 90_000,
            "domein": ["welzijn"], "doelen": ["innovatie"], "samenvatting": "s",
            "bronnen": ["b (2024)"], "max_zetten": 20, "onderhandelpunten": punten,
            "rollen": rollen, "verboden": verboden or []}
    path = folder / "groot.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def test_a_twelve_issue_case_gets_every_figure(tmp_path, capsys):
    """244 million deals: counted, with ideals and the Nash point, and the open-house ban
    of the general rules applied (5 forms x 5 numbers of providers, 1 pair banned)."""
    path = write_case(tmp_path, 12)
    main(["valideer", "--akkoorden", str(path)])
    out = capsys.readouterr().out
    assert "234.375.000 toegestane akkoorden" in out  # 5^12 x 24/25
    assert "niet gecontroleerd" not in out
    for name in ("ideaal van de gemeente", "beste gezamenlijke akkoord (Nash)",
                 "Kalai–Smorodinsky"):
        assert f"  {name}: gemeente " in out
    assert "de briefs naast elkaar" in out


def test_a_ban_on_scores_in_a_huge_case_says_why_it_is_not_worked_out(tmp_path, capsys):
    path = write_case(tmp_path, 12, [{"id": "te_laag", "als": "score_gemeente < 20",
                                      "reden": "r"}])
    main(["valideer", str(path)])
    out = capsys.readouterr().out
    assert "niet gecontroleerd" in out
    assert "verbod 'te_laag' leest de scores" in out
    assert "244.140.625 combinaties" in out


def test_a_ban_on_scores_in_a_small_case_is_judged_deal_by_deal(tmp_path, capsys):
    path = write_case(tmp_path, 5, [{"id": "te_laag", "als": "score_gemeente < 20",
                                     "reden": "r"}])
    main(["valideer", "--akkoorden", str(path)])
    out = capsys.readouterr().out
    assert "alle 3.125 akkoorden zijn één voor één beoordeeld" in out
