"""The debrief of a session as Markdown and HTML: what a trainer hands out afterwards.

Per round: who played which side, the dialogue with trainer notes, the agreement,
each side's score against its bottom line, and the feedback with its sources.

The debrief is made once as a list of blocks (heading, list, table, ...), and each
format writes those blocks itself. The HTML used to be the Markdown run through a
Markdown parser, which took most of the time of a long session's export (about 7 s of
9 at 10,000 moves; see `bench/bench_opslag.py`). Only the case's summary, which a
facilitator writes in Markdown, still goes through the parser.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..bestanden.zichtbaar import inert
from ..model import woorden
from ..regels.regels import OVER_VOORSTEL, Feedback
from ..model.sessie import Sessie
from ..opslag.lezen import Cases, GeladenSessie, load
from ..spel.bulk import without_collector
from ..spel.rondeverslag import RondeVerslag, verslagen
from ..spel.stap import SessieStaat
from .headless import describe_zet, one_line, sprekers
from .nabespreking_export import NOOT, Doorrekening, RondeAnalyse

# A piece of inline text: (style, text, from a player). Style "" plain, "b" bold, "i"
# italic. A player's text is escaped in the Markdown so it can never become markup.
Stuk = tuple[str, str, bool]
Regel = tuple[Stuk, ...]


def _p(text: str) -> Stuk:
    """Text a player typed (a name, a remark): shown as typed, never as markup; on one
    line and without control characters, made so once for both formats."""
    return ("", one_line(text), True)


def _t(text: str, style: str = "") -> Stuk:
    """Text of the program or the case."""
    return (style, text, False)


@dataclass(frozen=True)
class Kop:
    niveau: int
    regel: Regel


@dataclass(frozen=True)
class Alinea:
    regel: Regel


@dataclass(frozen=True)
class Lijst:
    items: tuple[Regel, ...]


@dataclass(frozen=True)
class Gesprek:
    """The numbered moves of a round, each with the trainer's note if there is one."""

    zetten: tuple[tuple[Regel, Regel | None], ...]


@dataclass(frozen=True)
class Tabel:
    kop: tuple[str, ...]
    rijen: tuple[tuple[Regel, ...], ...]


@dataclass(frozen=True)
class Markdown:
    """Markdown a facilitator wrote in the case file (the summary)."""

    tekst: str


@dataclass(frozen=True)
class Svg:
    """A picture: inline in the HTML page, a line of text in the Markdown."""

    svg: str
    noot: str


Blok = Kop | Alinea | Lijst | Gesprek | Tabel | Markdown | Svg


# --- the debrief as blocks ------------------------------------------------------------

def debrief(staat: SessieStaat, sessie: Sessie) -> list[Blok]:
    casus = staat.casus
    inwoners = f"{casus.inwoners:,}".replace(",", ".")
    blokken: list[Blok] = [
        Kop(1, (_t(f"Nabespreking: {casus.titel}"),)),
        Lijst((
            (_t("Gemeente:", "b"), _t(f" {casus.gemeente} ({inwoners} inwoners)")),
            (_t("Spelers:", "b"), _t(" "), _p(staat.spelers[0]), _t(" en "),
             _p(staat.spelers[1])),
            (_t("Rondes:", "b"), _t(f" {len(staat.rondes)}")),
        )),
        Markdown(casus.samenvatting.strip()),
    ]
    first_move = 1
    doorrekening = Doorrekening(staat)  # the case's deal space, once for every round
    for verslag in verslagen(staat):
        blokken += _round(staat, sessie, verslag, first_move)
        blokken += _analyse(doorrekening.ronde(verslag.ronde))
        first_move += len(verslag.ronde.zetten) + 1  # the rolwissel is a move too
    blokken += _nabespreking(staat)
    blokken += [Kop(2, (_t("Bronnen van de casus"),)),
                Lijst(tuple((_t(bron),) for bron in casus.bronnen))]
    return blokken


def _nabespreking(staat: SessieStaat) -> list[Blok]:
    """What really happened and the debrief questions, after the rounds they would spoil."""
    casus = staat.casus
    blokken: list[Blok] = []
    if casus.wat_er_echt_gebeurde.strip():
        blokken += [Kop(2, (_t("Wat er echt gebeurde"),)),
                    Markdown(casus.wat_er_echt_gebeurde.strip())]
    if casus.debriefvragen:
        blokken += [Kop(2, (_t("Vragen voor de nabespreking"),)),
                    Gesprek(tuple(((_t(vraag),), None) for vraag in casus.debriefvragen))]
    return blokken


def _round(staat: SessieStaat, sessie: Sessie, verslag: RondeVerslag,
           first: int) -> Iterator[Blok]:
    ronde = verslag.ronde
    gemeente, swo = (staat.spelers[ronde.speler(rol)] for rol in ("gemeente", "swo"))
    yield Kop(2, (_t(f"Ronde {ronde.nummer}: "), _p(gemeente), _t(" als gemeente, "), _p(swo),
                  _t(" als sociaalwerkorganisatie")))
    yield Kop(3, (_t("Gesprek"),))
    zetten = []
    wie = sprekers(staat, ronde)
    for offset, zet in enumerate(ronde.zetten):
        note = sessie.notities.get(str(first + offset))
        zetten.append(((_p(describe_zet(staat, ronde, zet, wie)),),
                       (_t("Notitie trainer:", "i"), _t(" "), _p(note)) if note else None))
    yield Gesprek(tuple(zetten))
    yield Alinea((_t("Uitkomst:", "b"), _t(f" {woorden.UITKOMSTEN[ronde.uitkomst]}")))
    if ronde.akkoord:
        punten = staat.casus.onderhandelpunten
        yield Tabel(("onderhandelpunt", "akkoord"), tuple(
            ((_t(punten[punt].titel),), (_t(punten[punt].opties[optie].titel),))
            for punt, optie in ronde.akkoord.items()))
    yield _scores(staat, verslag)
    yield Kop(3, (_t("Feedback"),))
    if not verslag.feedback:
        yield Alinea((_t("Geen opmerkingen van de regels."),))
    else:
        yield Lijst(tuple(
            (_t(f"{_ernst(item)}:", "b"), _t(" "), _p(item.regel.bericht),
             _t(" "), _t(f"(bron: {item.regel.bron})", "i"))
            for item in verslag.feedback))
    dims = [f"{woorden.DIMENSIES[d]} {v:+d}" for d, v in verslag.dimensies.items() if v]
    yield Alinea((_t("Publieke waarden:", "b"), _t(f" {', '.join(dims) if dims else 'geen effect'}")))


def _ernst(item: Feedback) -> str:
    """The severity, with a note when the feedback is about a proposal nobody accepted."""
    label = woorden.ERNST[item.regel.ernst]
    return f"{label} ({woorden.OVER_NIET_AANVAARD})" if item.over == OVER_VOORSTEL else label


def _analyse(part: RondeAnalyse) -> Iterator[Blok]:
    """Where the agreement landed against what the case allowed, with the picture."""
    yield Kop(3, (_t(part.titel),))
    # As a player's text: option titles are shown as written, never read as Markdown.
    yield Lijst(tuple((_p(line.strip() if not line.startswith("  ") else "↳ " + line.strip()),)
                      for line in part.regels))
    if part.svg is not None:
        yield Svg(part.svg, NOOT)
    if part.voorkeuren:  # what each side said it wanted, beside its brief
        yield Kop(3, (_t("Gezegd en gemeend"),))
        yield Lijst(tuple((_p(line),) for line in part.voorkeuren))


def _scores(staat: SessieStaat, verslag: RondeVerslag) -> Tabel:
    ronde = verslag.ronde
    rijen = []
    for rol, label in woorden.ROLLEN.items():
        value = verslag.scores[rol]
        shown = "—" if value is None else f"{value:g}"
        gehaald = "ja" if verslag.boven_ondergrens[rol] else "nee"
        laatste = verslag.voorstel_scores[rol]
        if ronde.akkoord is None:
            # No agreement: no score; a rejected proposal is named as such, never as a deal.
            gehaald = "geen akkoord"
            if laatste is not None:
                shown = f"— (laatste voorstel, niet aanvaard: {laatste:g})"
        ondergrens = verslag.ondergrenzen[rol]
        rijen.append(((_t(label),), (_p(staat.spelers[ronde.speler(rol)]),), (_t(shown),),
                      (_t(f"{ondergrens:g}"),), (_t(gehaald),)))
    return Tabel(("rol", "speler", "score", "ondergrens", "gehaald"), tuple(rijen))


# --- Markdown ---------------------------------------------------------------------------

def debrief_markdown(staat: SessieStaat, sessie: Sessie) -> str:
    return to_markdown(debrief(staat, sessie))


def to_markdown(blokken: list[Blok]) -> str:
    lines: list[str] = []
    for blok in blokken:
        if lines:
            lines.append("")
        lines += _md_blok(blok)
    # The file is read in a terminal too (`cat`, `less`): nothing in it may steer one.
    return inert("\n".join(lines) + "\n", lines=True)


def _md_blok(blok: Blok) -> list[str]:
    if isinstance(blok, Kop):
        return ["#" * blok.niveau + " " + _md(blok.regel)]
    if isinstance(blok, Alinea):
        return [_md(blok.regel)]
    if isinstance(blok, Markdown):
        return [blok.tekst]
    if isinstance(blok, Svg):
        return [f"*{blok.noot}*"]
    if isinstance(blok, Lijst):
        return [f"- {_md(item)}" for item in blok.items]
    if isinstance(blok, Gesprek):
        lines = []
        for nummer, (zet, note) in enumerate(blok.zetten, start=1):
            lines.append(f"{nummer}. {_md(zet)}")
            if note:
                lines.append(f"   > {_md(note)}")
        return lines
    return ["| " + " | ".join(blok.kop) + " |", "|" + "---|" * len(blok.kop),
            *("| " + " | ".join(_md(cel) for cel in rij) + " |" for rij in blok.rijen)]


_MD_STIJL = {"": "", "b": "**", "i": "*"}


def _md(regel: Regel) -> str:
    return _md_stuk(regel[0]) if len(regel) == 1 else "".join([_md_stuk(stuk) for stuk in regel])


def _md_stuk(stuk: Stuk) -> str:
    stijl, tekst, speler = stuk
    tekst = _escape(tekst) if speler else tekst
    return f"{_MD_STIJL[stijl]}{tekst}{_MD_STIJL[stijl]}" if stijl else tekst


# Markdown characters in a player's text get a backslash; < > & become entities, as
# the Markdown has HTML switched off when it is rendered.
_MD_TEKENS = str.maketrans({**{c: "\\" + c for c in "\\`*_[]|#"},
                            "&": "&amp;", "<": "&lt;", ">": "&gt;"})
_MD_BIJZONDER = re.compile(r"[\\`*_\[\]|#&<>]")


def _escape(text: str) -> str:
    """Keep players' free text (one line already, see `_p`) from turning into Markdown
    markup or HTML."""
    # Most texts hold none of these: a search is cheaper than translating every one.
    return text.translate(_MD_TEKENS) if _MD_BIJZONDER.search(text) else text


# --- HTML ---------------------------------------------------------------------------------

def export_save(path: Path, cases: Cases) -> tuple[str, str]:
    """The debrief of the save at `path` as (Markdown, HTML page); `LoadFailed` if the
    save does not open."""
    with without_collector():  # reading, folding and the debrief: see spel/bulk.py
        return _page_of(load(path, cases, alle_staten=False))  # the end is all it reads


def _page_of(geladen: GeladenSessie) -> tuple[str, str]:
    # Its own frame, so the states and blocks are freed (by their counts) before the
    # collector is back on: it would walk every one of them once more, to find nothing.
    return debrief_page(geladen.staat, geladen.sessie)


def debrief_page(staat: SessieStaat, sessie: Sessie) -> tuple[str, str]:
    """The debrief as (Markdown, HTML page): made once, written twice."""
    blokken = debrief(staat, sessie)
    return to_markdown(blokken), to_html(blokken, staat.casus.titel)


def to_html(blokken: list[Blok], titel: str) -> str:
    parts: list[str] = []
    tekst: list[str] = []
    for blok in blokken:
        if isinstance(blok, Svg):
            # A picture holds numbers and the program's own words only, and is most of
            # the page's bytes: the text around it is what gets the last check.
            parts += (inert("".join(tekst), lines=True), blok.svg)
            tekst = []
        else:
            tekst.append(_html_blok(blok))
    parts.append(inert("".join(tekst), lines=True))
    return _page("".join(parts), titel)


def _html_blok(blok: Blok) -> str:
    if isinstance(blok, Kop):
        return f"<h{blok.niveau}>{_html(blok.regel)}</h{blok.niveau}>\n"
    if isinstance(blok, Alinea):
        return f"<p>{_html(blok.regel)}</p>\n"
    if isinstance(blok, Markdown):
        return _markdown_html(blok.tekst)
    if isinstance(blok, Svg):
        return blok.svg
    if isinstance(blok, Lijst):
        return "<ul>\n" + "".join(f"<li>{_html(item)}</li>\n" for item in blok.items) + "</ul>\n"
    if isinstance(blok, Gesprek):
        items = [f"<li>{_html(zet)}" + (f"<blockquote><p>{_html(note)}</p></blockquote>" if note else "")
                 + "</li>\n" for zet, note in blok.zetten]
        return "<ol>\n" + "".join(items) + "</ol>\n" if items else ""
    kop = "".join(f"<th>{html.escape(cel)}</th>" for cel in blok.kop)
    rijen = "".join("<tr>" + "".join(f"<td>{_html(cel)}</td>" for cel in rij) + "</tr>\n"
                    for rij in blok.rijen)
    return f"<table>\n<thead>\n<tr>{kop}</tr>\n</thead>\n<tbody>\n{rijen}</tbody>\n</table>\n"


_HTML_STIJL = {"": ("", ""), "b": ("<strong>", "</strong>"), "i": ("<em>", "</em>")}


def _html(regel: Regel) -> str:
    return (_html_stuk(regel[0]) if len(regel) == 1
            else "".join([_html_stuk(stuk) for stuk in regel]))


def _html_stuk(stuk: Stuk) -> str:
    stijl, tekst, _speler = stuk
    tekst = _html_tekst(tekst)  # a player's is on one line already (`_p`)
    return f"{_HTML_STIJL[stijl][0]}{tekst}{_HTML_STIJL[stijl][1]}" if stijl else tekst


def _html_tekst(text: str) -> str:
    """`html.escape(text, quote=False)`: three scans that find nothing, for most texts."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _markdown_html(markdown: str) -> str:
    from markdown_it import MarkdownIt  # ships with Textual's dependencies

    return MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)


def debrief_html(markdown: str, titel: str) -> str:
    """Any Markdown (a debrief, edited or not) as one self-contained HTML page."""
    return _page(_markdown_html(markdown), titel)


def _page(body: str, titel: str) -> str:
    return (
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(inert(titel))}</title><style>"
        "body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;"
        "line-height:1.5}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
        "padding:.2rem .5rem}blockquote{color:#555;margin:.2rem 0 .2rem 1rem}</style>"
        f"</head><body>\n{body}</body></html>\n"
    )
