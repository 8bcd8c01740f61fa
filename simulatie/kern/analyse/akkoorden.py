"""`simulatie valideer --akkoorden`: what a facilitator needs to write and test a case.

Per case: how many deals are allowed and how many beat both bottom lines; each side's
ideal, the Nash point, the Kalai–Smorodinsky point and the best joint deal, each with
its options (ready to paste into a script) and the feedback it would get when one side
proposes it and the other accepts at once, without any talk (a preview of the rules: a
real round adds what the dialogue earns); and the two briefs side by side per issue, to
see who cares more about what and where the trades are. A case with round-2 variants
gets the same lines for that round too.
"""

from __future__ import annotations

from ..model import woorden
from ..model.casus import Casus
from ..model.kennis import in_ronde, rondes
from ..model.zetten import Zet
from ..spel.geladen import GeladenCasus
from ..spel.rondeverslag import verslag
from ..spel.stap import IllegalZet, new_session, step
from .analyse import Analyse, Akkoord
from .getallen import aantal, getal, procent
from ..regels.feiten import voorstel_facts
from .ruimte import Ruimte, fact_names, ruimte
from .speelbaarheid import analysis, space_in_round

VERSCHIL = 10  # points of weight share from which one side clearly cares more


def deal_lines(geladen: GeladenCasus, space: Ruimte, bestand: str | None = None) -> list[str]:
    """Each side's ideal, the fair points and the best joint deal, with their feedback;
    for a case with round-2 variants the same again for the briefs of that round.
    `bestand`: how to name the case's file (default: its path)."""
    lines = _round_lines(geladen, space, "", bestand)
    for ronde in rondes(geladen.casus)[1:]:
        view = GeladenCasus(in_ronde(geladen.casus, ronde), geladen.regelboek, geladen.bestand)
        lines += _round_lines(view, space_in_round(space, ronde),
                              f" in ronde {ronde} (na de rolwissel)", bestand)
    return lines


def _round_lines(geladen: GeladenCasus, space: Ruimte, welke: str,
                 bestand: str | None) -> list[str]:
    casus = geladen.casus
    bestand = str(geladen.bestand) if bestand is None else bestand
    result = analysis(space)
    if result is None or not result.totaal:
        return []
    share = f"{aantal(result.haalbaar or 0)} ({procent(result.aandeel or 0.0)})"
    lines = [f"{bestand} — casus '{casus.id}'{welke}: {aantal(result.totaal)} toegestane "
             f"akkoorden, {share} halen beide ondergrenzen (gemeente "
             f"{getal(casus.brief('gemeente').ondergrens)}, swo "
             f"{getal(casus.brief('swo').ondergrens)}); {len(result.grens)} op de Pareto-grens."]
    lines += [f"  ({note})" for note in result.notities]
    always = _talk_only(geladen)
    if always:
        lines.append("  regels over het gesprek alleen (gaan bij elk akkoord hieronder af als er niet "
                     "gepraat wordt): " + ", ".join(f"'{i}'" for i in always))
    for name, akkoord in _named(result):
        if akkoord is None:
            lines.append(f"  {name}: geen")
            continue
        keuzes = ", ".join(f'{p} = "{o}"' for p, o in akkoord.keuzes.items())
        lines.append(f"  {name}: gemeente {getal(akkoord.gemeente)}, swo {getal(akkoord.swo)}, "
                     f"samen {getal(akkoord.samen)}\n    keuzes = {{ {keuzes} }}")
        lines += [f"    {line}" for line in feedback_preview(geladen, akkoord)]
    lines += briefs_side_by_side(casus)
    return lines


def facilitator_lines(geladen: GeladenCasus, bestand: str | None = None) -> list[str]:
    """What `valideer --akkoorden` prints for this case, for the app's facilitator view:
    the same lines, and when the space could not be worked out, why, with the briefs."""
    space = ruimte(geladen.casus, geladen.regelboek)
    lines = deal_lines(geladen, space, bestand)
    if lines:
        return lines
    why = space.onberekend or "geen enkel akkoord is toegestaan."
    bestand = str(geladen.bestand) if bestand is None else bestand
    return [f"{bestand} — casus '{geladen.casus.id}': niet doorgerekend: {why}",
            *briefs_side_by_side(geladen.casus)]


def _named(result: Analyse) -> list[tuple[str, Akkoord | None]]:
    return [("ideaal van de gemeente", result.ideaal.get("gemeente")),
            ("ideaal van de sociaalwerkorganisatie", result.ideaal.get("swo")),
            ("beste gezamenlijke akkoord (Nash)", result.beste_samen),
            ("Kalai–Smorodinsky", result.ks),
            ("hoogste samen boven beide ondergrenzen", result.beste_som_zone)]


def feedback_preview(geladen: GeladenCasus, akkoord: Akkoord) -> list[str]:
    """The rules that fire when the gemeente proposes this deal and the swo accepts at
    once: the real fold and the real rule book, with no dialogue at all."""
    staat = new_session(geladen.casus, geladen.regelboek, ("gemeente", "swo"))
    try:
        staat = step(staat, Zet(soort="voorstel", rol="gemeente", keuzes=dict(akkoord.keuzes)))
        staat = step(staat, Zet(soort="accepteer", rol="swo"))
    except IllegalZet as error:
        return [f"feedback: niet te spelen ({error})"]
    talk = set(_talk_only(geladen))
    fired = [f for f in verslag(staat, staat.ronde).feedback if f.regel.id not in talk]
    if not fired:
        return ["feedback op dit akkoord (meteen aanvaard, zonder gesprek): geen regel"]
    lines = ["feedback op dit akkoord (meteen aanvaard, zonder gesprek):"]
    for item in fired:
        herkomst = "algemeen" if item.herkomst == "algemeen" else "eigen"
        lines.append(f"  {woorden.ERNST[item.regel.ernst].lower()} '{item.regel.id}' ({herkomst})")
    return lines


def _talk_only(geladen: GeladenCasus) -> list[str]:
    """Rules that read no fact of the deal: the same for every deal, so named once."""
    about_deal = set(voorstel_facts(geladen.casus, None))
    return [c.item.id for c in geladen.regelboek.regels
            if not fact_names(c.item.als) & about_deal]


def briefs_side_by_side(casus: Casus) -> list[str]:
    """Per issue both weights (as a share of each side's total) and every option's value
    for each side: who cares more, and the options both like."""
    briefs = {rol: casus.brief(rol) for rol in woorden.ROLLEN}
    totals = {rol: sum(b.gewichten.values()) or 1.0 for rol, b in briefs.items()}
    lines = ["  de briefs naast elkaar (gewicht als deel van het totaal; waarde gemeente / swo):"]
    for punt_id, punt in casus.onderhandelpunten.items():
        shares = {rol: 100 * b.gewichten.get(punt_id, 0.0) / totals[rol] for rol, b in briefs.items()}
        diff = shares["gemeente"] - shares["swo"]
        if abs(diff) >= VERSCHIL:
            who = "gemeente" if diff > 0 else "swo"
            verdict = f"de {who} weegt dit {getal(abs(diff))} punten zwaarder: ruilpunt"
        else:
            verdict = "even zwaar"
        lines.append(f"    {punt.titel}: gemeente {getal(shares['gemeente'])} %, swo "
                     f"{getal(shares['swo'])} % — {verdict}")
        for optie_id, optie in punt.opties.items():
            values = [briefs[rol].waarden.get(punt_id, {}).get(optie_id, 0.0) for rol in briefs]
            both = "  (goed voor beide)" if min(values) >= 70 else ""
            lines.append(f"      {optie.titel}: {getal(values[0])} / {getal(values[1])}{both}")
    return lines
