"""The public text of a case and of a load problem, as styled text for one `Static`.

Apart from `weergave` because the case list needs only this: it must open before the
core (pydantic, the rules library) has loaded, so nothing here imports it at run time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.content import Content

from simulatie.kern.bestanden import Problem
from simulatie.kern.model import woorden

if TYPE_CHECKING:
    from simulatie.kern.model import Casus

TITEL, VET, KOP = "bold $primary", "bold", "bold underline $primary"
FOUT, PAD, WAARSCHUWING = "bold $error", "$text-muted", "bold $warning"
STIJLEN = frozenset({TITEL, VET, KOP, FOUT, PAD, WAARSCHUWING})
"""Every style this module uses: the list's cache accepts these and no others."""


def casus_tekst(casus: Casus) -> Content:
    """The public description of a case: what both players may read.

    Built as styled text for one `Static`: a Markdown widget builds a widget per block,
    which made the case list the slowest screen to open.
    """
    inwoners = f"{casus.inwoners:,}".replace(",", ".")
    lines: list[Content | str] = [
        Content.styled(casus.titel, TITEL),
        "",
        _veld("Gemeente", casus.gemeente) + Content(" · ") + _veld("Inwoners", inwoners),
        _veld("Domein", ", ".join(woorden.DOMEINEN[d] for d in casus.domein)),
        _veld("Doelen", ", ".join(woorden.DOELEN[d] for d in casus.doelen)),
        "",
        alinea_tekst(casus.samenvatting),
        "",
        _kop("Waarover onderhandeld wordt"),
    ]
    for punt in casus.onderhandelpunten.values():
        opties = ", ".join(o.titel for o in punt.opties.values())
        lines.append(Content.assemble("• ", (punt.titel, VET), ": ", opties))
    lines += ["", _kop("Bronnen"), *(f"• {b}" for b in casus.bronnen)]
    return Content("\n").join(lines)


def alinea_tekst(tekst: str) -> str:
    """Text from a case file as paragraphs: single line breaks joined, as Markdown would."""
    alineas = re.split(r"\n\s*\n", tekst.strip())
    return "\n\n".join(" ".join(alinea.split()) for alinea in alineas)


def _veld(label: str, waarde: str) -> Content:
    return Content.assemble((f"{label}: ", VET), waarde)


def _kop(tekst: str) -> Content:
    return Content.styled(tekst, KOP)


WAARSCHUWINGSTEKEN = "⚠"


def waarschuwingen_kop(aantal: int, waar: str = "") -> Content:
    """Of a case's description: it loads, but a facilitator should look at it again."""
    wat = "1 waarschuwing" if aantal == 1 else f"{aantal} waarschuwingen"
    return Content.styled(f"{WAARSCHUWINGSTEKEN} Speelbaar, met {wat}"
                          + (f" ({waar})." if waar else ":"), WAARSCHUWING)


def probleem_tekst(problem: Problem, bestand: str) -> Content:
    """One problem on one line: where (file:line:column), the data path, the Dutch message.

    `bestand` is how the file is named on screen (relative to its folder).
    """
    plaats = replace(problem, file=bestand).place
    parts: list[str | tuple[str, str]] = [(f"{plaats}:", FOUT)]
    if problem.path:
        parts += [" ", (f"[{problem.dotted_path}]", PAD)]
    if problem.severity != "fout":
        parts += [" ", ("waarschuwing:", WAARSCHUWING)]
    return Content.assemble(*parts, " ", problem.message)
