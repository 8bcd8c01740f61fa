"""The rules engine: conditions as data, compiled once with `rule-engine`.

A condition is a small typed expression (`looptijd_jaren < 5 and "innovatie" in
doelen`), never Python: `rule-engine` parses it against the fact types, so an unknown
fact, a syntax error or a type clash surfaces at load with the rule's id and place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .regeltaal import rule_engine

from ..bestanden.problemen import did_you_mean
from ..memo import IdMemo
from ..model import woorden
from ..model.casus import Regel, Verbod
from .feiten import DEAL_FEITEN, FEIT_NAMEN, FEITEN, ONDERWERP_FEITEN, FactType
from .schrijfhulp import syntax_hint

_TYPES: dict[FactType, object] = {
    "tekst": rule_engine.DataType.STRING,
    "getal": rule_engine.DataType.FLOAT,
    "ja/nee": rule_engine.DataType.BOOLEAN,
    "lijst": rule_engine.DataType.ARRAY(rule_engine.DataType.STRING),
}
_LITERAL = re.compile(r"\"([^\"\\]*)\"|'([^'\\]*)'")
_QUOTED = r"(?P<word>\"[^\"\\]*\"|'[^'\\]*')"
_FACT = r"(?P<fact>[A-Za-z_]\w*)"
# `"w" in fact`, `"w" not in fact`, `fact == "w"`, `"w" != fact`: a word used with a fact.
_USES = (
    re.compile(_QUOTED + r"\s+(?:not\s+)?in\s+" + _FACT + r"\b"),
    re.compile(r"\b" + _FACT + r"\s*[=!]=\s*" + _QUOTED),
    re.compile(_QUOTED + r"\s*[=!]=\s*" + _FACT + r"\b"),
)
_TOPICS = frozenset(woorden.ONDERWERPEN)
# The words each fact can hold. A known word with the wrong fact (`"marktordening" in
# kenmerken`: a topic, not a feature) would make a rule that never fires.
FACT_WORDS: dict[str, frozenset[str]] = {
    "doelen": frozenset(woorden.DOELEN),
    "domein": frozenset(woorden.DOMEINEN),
    "kenmerken": frozenset(woorden.KENMERKEN),
    "uitkomst": frozenset(woorden.UITKOMSTEN),
    "eerste_voorstel_door": frozenset(woorden.ROLLEN),
    "inkoopvorm": frozenset(woorden.INKOOPVORMEN),
    "kenmerken_in_casus": frozenset(woorden.KENMERKEN),
    **{name: _TOPICS for name in ONDERWERP_FEITEN},
    # Secret ids belong to one case: its loader adds them; a general rule can name none.
    "gemeente_onthulde": frozenset(),
    "swo_onthulde": frozenset(),
}
_NEEDS_VOORSTEL = frozenset(f.name for f in FEITEN if f.needs_voorstel)
_LIST_FACTS = frozenset(f.name for f in FEITEN if f.type == "lijst")

# Words any condition may compare with: the shared vocabulary of the game.
GLOBAL_WORDS = frozenset().union(
    woorden.ROLLEN, woorden.INKOOPVORMEN, woorden.DOELEN, woorden.DOMEINEN,
    woorden.ONDERWERPEN, woorden.KENMERKEN, woorden.UITKOMSTEN,
)


@dataclass(frozen=True)
class RuleProblem:
    """A condition that did not compile; `offset` is a position inside `als`."""

    path: tuple[str | int, ...]
    message: str
    offset: int | None = None


# What a piece of feedback is about: the agreement, a proposal nobody accepted (the last
# one, when the round ended without agreement), or only the conversation.
OVER_AKKOORD, OVER_VOORSTEL, OVER_GESPREK = "akkoord", "voorstel", "gesprek"


@dataclass(frozen=True)
class Feedback:
    regel: Regel
    herkomst: str  # "algemeen" or the case id: where the rule was written
    over: str = OVER_GESPREK

    @property
    def telt(self) -> bool:
        """Whether its effects count: not for a proposal that was never agreed."""
        return self.over != OVER_VOORSTEL


def reads_deal(als: str) -> bool:
    """Whether a condition names a fact of the agreement or last proposal (a case's own
    issue included: any name that is not a general fact)."""
    outside = _LITERAL.sub(" ", als)
    names = set(re.findall(r"(?<![\w.])[A-Za-z_]\w*", outside))
    names -= {"and", "or", "not", "in", "true", "false", "null"}
    return any(n in DEAL_FEITEN or n not in FEIT_NAMEN for n in names)


@dataclass(frozen=True)
class Compiled:
    item: Regel | Verbod
    rule: rule_engine.Rule  # typed: proves the condition sound at load
    herkomst: str

    @cached_property
    def about_deal(self) -> bool:
        return reads_deal(self.item.als)

    @cached_property
    def fast(self) -> rule_engine.Rule:
        """The same condition without the type resolver: it skips a per-value type
        check and evaluates about a third faster. Built on first use, not at load."""
        return rule_engine.Rule(self.item.als)


def _context(names: Mapping[str, FactType]) -> rule_engine.Context:
    return _cached_context(frozenset(names.items()))


@lru_cache(maxsize=64)
def _cached_context(names: frozenset[tuple[str, FactType]]) -> rule_engine.Context:
    types = {name: _TYPES[kind] for name, kind in names}
    return rule_engine.Context(type_resolver=rule_engine.type_resolver_from_dict(types))


def _empty_facts(names: Mapping[str, FactType], complete: bool = False) -> dict[str, object]:
    """Facts as they stand before anything happened: the hardest case for a rule.

    `complete`: the condition only ever sees a full proposal (a ban), so proposal
    facts are never empty there.
    """
    empty: dict[FactType, object] = {"tekst": "", "getal": 0.0, "ja/nee": False, "lijst": ()}
    general = {f.name for f in FEITEN}
    facts: dict[str, object] = {}
    for name, kind in names.items():
        empty_proposal = not complete and (name in _NEEDS_VOORSTEL or name not in general)
        facts[name] = None if empty_proposal else empty[kind]
    return facts


def _full_lists(facts: Mapping[str, object], words: frozenset[str]) -> dict[str, object]:
    """The same facts with every list holding every word: `in` tests now succeed."""
    everything = tuple(sorted(words))
    return {name: everything if value == () else value for name, value in facts.items()}


def _symbol_offset(text: str, name: str) -> int | None:
    """Where a fact name first occurs in a condition, outside quoted words."""
    outside = _LITERAL.sub(lambda m: " " * len(m.group()), text)
    match = re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", outside)
    return match.start() if match else None


def _explain(error: rule_engine.errors.EngineError, section: str,
             als: str = "") -> tuple[str, int | None]:
    if (isinstance(error, rule_engine.errors.SymbolResolutionError) and section == "verboden"
            and error.symbol_name in {f.name for f in FEITEN}):
        return (f"'{error.symbol_name}' gaat over het gesprek; een verbod kijkt alleen naar "
                "het voorstel en de casus. Maak er een regel met een waarschuwing van."), None
    if isinstance(error, rule_engine.errors.SymbolResolutionError):
        hint = f" Bedoelde je '{error.suggestion}'?" if error.suggestion else ""
        return (f"onbekend feit '{error.symbol_name}'.{hint} "
                "Zie docs/feiten.md voor alle feiten."), None
    if isinstance(error, rule_engine.errors.RuleSyntaxError):
        token = error.token
        if token is None:
            return "de voorwaarde houdt onverwacht op (mist er iets aan het eind?)", None
        hint, slip, at = syntax_hint(als, str(token.value), token.lexpos)
        return f"schrijffout in de voorwaarde bij '{slip[:20]}'.{hint}", at
    if isinstance(error, rule_engine.errors.EvaluationError):
        return ("de soorten passen niet: vergelijk getallen met getallen, tekst met "
                "tekst (tussen aanhalingstekens), en gebruik 'in' voor lijsten"), None
    return f"de voorwaarde klopt niet: {error.message}", None


def _check_fact_words(text: str, fact_words: Mapping[str, frozenset[str]]) -> RuleProblem | None:
    for pattern in _USES:
        for match in pattern.finditer(text):
            fact, word = match.group("fact"), match.group("word")[1:-1]
            allowed = fact_words.get(fact)
            if allowed is None or word in allowed:
                continue
            where = "komt nooit voor in" if fact in _LIST_FACTS else "is nooit de waarde van"
            return RuleProblem((), (
                f"'{word}' {where} '{fact}'.{did_you_mean(word, allowed)} "
                f"Kies uit: {', '.join(sorted(allowed))}."), match.start("word"))
    return None


def _check_literals(text: str, words: frozenset[str]) -> RuleProblem | None:
    for match in _LITERAL.finditer(text):
        word = match.group(1) if match.group(1) is not None else match.group(2)
        if word not in words:
            return RuleProblem((), f"onbekende waarde '{word}'.{did_you_mean(word, words)}",
                               match.start())
    return None


_TOO_DEEP = ("de voorwaarde is te diep genest (te veel 'not', haakjes of tekens achter "
             "elkaar); schrijf haar eenvoudiger")


def compile_items(
    items: Iterable[Regel | Verbod],
    section: str,
    names: Mapping[str, FactType],
    words: frozenset[str],
    herkomst: str,
    options: Mapping[str, Iterable[str]] | None = None,
) -> tuple[list[Compiled], list[RuleProblem]]:
    """Compile every condition; return the good ones and a problem per bad one.

    `options`: the option ids of each issue of the case, for `punt == "optie"`.
    """
    fact_words = FACT_WORDS | {p: frozenset(o) for p, o in (options or {}).items()}
    context = _context(names)
    # Bans judge a complete proposal and cannot use `heeft_voorstel` (a dialogue fact).
    empty = _empty_facts(names, complete=section == "verboden")
    compiled: list[Compiled] = []
    problems: list[RuleProblem] = []
    for index, item in enumerate(items):
        result = _compile(item.als, section, context, words, fact_words, empty)
        if isinstance(result, RuleProblem):
            problems.append(RuleProblem((section, index, "als"),
                                        f"{item.id}: {result.message}", result.offset))
        else:
            compiled.append(Compiled(item, result, herkomst))
    return compiled, problems


def _compile(als: str, section: str, context: rule_engine.Context, words: frozenset[str],
             fact_words: Mapping[str, frozenset[str]],
             empty: dict[str, object]) -> rule_engine.Rule | RuleProblem:
    """One condition as a typed rule, or the first thing wrong with it (path left empty)."""
    try:
        rule = rule_engine.Rule(als, context=context)
    except rule_engine.errors.EngineError as error:
        message, offset = _explain(error, section, als)
        if isinstance(error, rule_engine.errors.SymbolResolutionError):
            offset = _symbol_offset(als, error.symbol_name)
        return RuleProblem((), message, offset)
    except RecursionError:  # the parser recurses once per nested operator
        return RuleProblem((), _TOO_DEEP)
    literal = _check_literals(als, words) or _check_fact_words(als, fact_words)
    if literal is not None:
        return literal
    try:
        # Empty lists and full lists: a missing guard shows up in one of the two.
        rule.matches(empty)
        rule.matches(_full_lists(empty, words))
    except rule_engine.errors.EngineError:
        return RuleProblem((), "deze voorwaarde faalt zolang er nog geen voorstel is; "
                               "begin haar met 'heeft_voorstel and'")
    except RecursionError:
        return RuleProblem((), _TOO_DEEP)
    return rule


_MAX_BANS = 50_000  # proposals judged per rule book before the memo starts over


@dataclass(frozen=True)
class Regelboek:
    """The compiled rules and bans that apply to one case.

    Judging changes nothing: a rule that cannot be judged on some facts simply does not
    fire. `unjudged` says which ones those are, for tests and for facilitators.
    """

    regels: tuple[Compiled, ...] = ()
    verboden: tuple[Compiled, ...] = ()
    # What `banned_once` worked out: left out of == and hash, as it is only a memo, and
    # out of __init__, so a copy made with other rules (`dataclasses.replace`) starts empty.
    _bans: IdMemo[list[Verbod]] = field(default_factory=lambda: IdMemo(_MAX_BANS),
                                        init=False, compare=False, repr=False)

    def feedback(self, facts: Mapping[str, object]) -> list[Feedback]:
        """The rules whose condition holds for these facts, in file order.

        Without an agreement, feedback that holds only because of the last proposal is
        about a proposal nobody accepted: a compliment on it is never given, a tip or
        warning is marked as such (and its effects do not count), however the rule was
        written. Whether it holds "only because of the proposal" is tried, not guessed:
        the same condition with the proposal's facts emptied.
        """
        agreed = bool(facts.get("akkoord"))
        blank: Mapping[str, object] | None = None
        fired = []
        for compiled in self.regels:
            regel: Regel = compiled.item  # type: ignore[assignment]  # regels hold Regel
            if _judge(compiled, facts) is not True:
                continue
            over = OVER_GESPREK
            if compiled.about_deal and agreed:
                over = OVER_AKKOORD
            elif compiled.about_deal:
                blank = blank if blank is not None else without_deal(facts)
                if _judge(compiled, blank) is not True:
                    over = OVER_VOORSTEL
            if over == OVER_VOORSTEL and regel.ernst == "compliment":
                continue
            fired.append(Feedback(regel, compiled.herkomst, over))
        return fired

    def banned(self, facts: Mapping[str, object]) -> list[Verbod]:
        """The bans a proposal with these facts runs into."""
        return [c.item for c in self.verboden  # type: ignore[misc]  # verboden hold Verbod items
                if _judge(c, facts) is True]

    def banned_once(self, owners: tuple[object, ...], deal: Hashable,
                    facts: Callable[[], Mapping[str, object]]) -> list[Verbod]:
        """`banned(facts())`, judged once per `owners` (by identity) and `deal`.

        For a caller whose facts follow from those alone: a ban reads only a proposal
        and its round's briefs, and a long session proposes the same few deals again
        and again (see `kern/memo.py`).
        """
        return self._bans.get(owners, deal, lambda: self.banned(facts()))

    def unjudged(self, facts: Mapping[str, object], *, regels: bool = True,
                 verboden: bool = True) -> list[str]:
        """'id: reason' for every rule (and ban) that cannot be judged on these facts."""
        chosen = (self.regels if regels else ()) + (self.verboden if verboden else ())
        return [f"{c.item.id}: {why}" for c in chosen
                if isinstance(why := _judge(c, facts), str)]


def _judge(compiled: Compiled, facts: Mapping[str, object]) -> bool | str:
    """Whether the condition holds, or why it cannot be judged (it then gives nothing)."""
    try:
        return bool(compiled.fast.matches(facts))
    except rule_engine.errors.EngineError as error:
        return str(error.message)
    except RecursionError:  # passed at load, but a deeper call stack can tip it over
        return _TOO_DEEP


def without_deal(facts: Mapping[str, object]) -> dict[str, object]:
    """The same facts as if no proposal had been made (the conversation kept)."""
    empty: dict[str, object] = {}
    for name, value in facts.items():
        if name in DEAL_FEITEN or name not in FEIT_NAMEN:
            empty[name] = () if name == "kenmerken" else (False if isinstance(value, bool)
                                                          else None)
    return {**facts, **empty}


def dimension_totals(feedback: Iterable[Feedback]) -> dict[str, int]:
    """Sum of the effects of the fired rules, per public-value dimension."""
    totals = {dimensie: 0 for dimensie in woorden.DIMENSIES}
    for item in feedback:
        if not item.telt:
            continue
        for dimensie, effect in item.regel.effecten.items():
            totals[dimensie] += effect
    return totals
