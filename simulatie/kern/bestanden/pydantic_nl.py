"""Pydantic's validation errors, said in Dutch for someone editing a TOML file."""

from __future__ import annotations

import math
import re
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from .problemen import closest, did_you_mean
from .toml_plaats import TomlPlaces
from .zichtbaar import inert
from .toml_fout import underscored


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "een tabel"
    if isinstance(value, list | tuple):
        return "een lijst"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and not math.isfinite(value):
        return f"'{value}'"
    if isinstance(value, int | float):
        return f"het getal {value:g}" if isinstance(value, float) else f"het getal {value}"
    text = inert(str(value))
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _inner(annotation: Any) -> Any:
    """Strip Annotated and Optional so we can see which model a path leads into."""
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _inner(options[0]) if len(options) == 1 else annotation
    return annotation


def model_at(model: type[BaseModel], path: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model that sits at `path` under `model`, if any."""
    current: Any = model
    for part in path:
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return None
            current = _inner(field.annotation)
            continue
        origin = typing.get_origin(current)
        args = typing.get_args(current)
        if origin is dict and args:
            current = _inner(args[1])
        elif origin in (tuple, list) and args:
            current = _inner(args[0])
        else:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def explain_all(errors: list[ErrorDetails], model: type[BaseModel],
                places: TomlPlaces | None = None) -> list[tuple[tuple[Any, ...], str]]:
    """Every error in Dutch. A misspelt key and the required key it was meant to be are
    one mistake, so they become one message at the misspelt key."""
    missing = {_loc(e) for e in errors if e["type"] == "missing"}
    meant: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for error in errors:
        loc = _loc(error)
        if error["type"] == "extra_forbidden" and loc:
            free = [m[-1] for m in missing if m[:-1] == loc[:-1] and m not in meant.values()]
            target = closest(loc[-1], free)
            if target is not None:
                meant[loc] = loc[:-1] + (target,)
    explained = []
    for error in errors:
        loc = _loc(error)
        if loc in meant:
            explained.append((loc, f"onbekende sleutel '{inert(str(loc[-1]))}'. Bedoelde je "
                                   f"'{meant[loc][-1]}'? Dat veld is verplicht en ontbreekt nu."))
        elif loc not in meant.values():
            explained.append(explain(error, model, places))
    return explained


def _loc(error: ErrorDetails) -> tuple[Any, ...]:
    return tuple(p for p in error["loc"] if p != "[key]")


def explain(error: ErrorDetails, model: type[BaseModel],
            places: TomlPlaces | None = None) -> tuple[tuple[Any, ...], str]:
    """The data path and a Dutch message for one pydantic error.

    With the file's `places`, a number is explained from what was typed (`166.000`),
    not from what TOML made of it (166.0).
    """
    loc = _loc(error)
    kind = error["type"]
    ctx = error.get("ctx", {}) or {}
    got = error.get("input")
    name = inert(str(loc[-1])) if loc else ""
    if kind == "missing" and loc and isinstance(loc[-1], int):  # a fixed-length list
        return loc, f"deze lijst is te kort: element {loc[-1] + 1} ontbreekt."
    if kind == "missing":
        return loc, f"'{name}' ontbreekt; dit veld is verplicht."
    if kind == "extra_forbidden":
        parent = model_at(model, loc[:-1])
        known = list(parent.model_fields) if parent else []
        allowed = f" Toegestaan: {', '.join(known)}." if known else ""
        return loc, f"onbekende sleutel '{name}'.{did_you_mean(name, known)}{allowed}"
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        words = [w.strip(" '") for w in str(expected).replace(" or ", ", ").split(",")]
        if not isinstance(got, str):
            return loc, f"verwacht één woord tussen aanhalingstekens, niet {_shown(got)}. " \
                        f"Kies uit: {', '.join(words)}."
        return loc, (f"{_shown(got)} is geen geldige waarde.{did_you_mean(got, words)} "
                     f"Kies uit: {', '.join(words)}.")
    if kind in _NUMBER_KINDS:
        typed = places.value_text(loc) if places is not None else None
        return loc, number_message(kind.startswith("int"), got, typed)
    return loc, _simple(kind, ctx, got)


_NUMBER_KINDS = frozenset({"int_type", "int_parsing", "float_type", "float_parsing",
                           "int_from_float"})


def _simple(kind: str, ctx: dict[str, Any], got: Any) -> str:
    if isinstance(got, float) and not math.isfinite(got):
        return f"verwacht een gewoon getal, niet {_shown(got)}."
    if kind == "int_parsing_size":
        return "dit getal is veel te groot."
    if kind == "string_type":
        return f"verwacht tekst tussen aanhalingstekens, niet {_shown(got)}."
    if kind == "bool_type" or kind == "bool_parsing":
        return f"verwacht true of false, niet {_shown(got)}."
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"verwacht een tabel, niet {_shown(got)}."
    if kind in ("list_type", "tuple_type"):
        return f"verwacht een lijst [ … ], niet {_shown(got)}."
    if kind in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        word = "minstens" if kind == "greater_than_equal" else "groter dan"
        return f"moet {word} {_number(bound)} zijn, niet {_shown(got)}."
    if kind in ("less_than_equal", "less_than"):
        bound = ctx.get("le", ctx.get("lt"))
        word = "hoogstens" if kind == "less_than_equal" else "kleiner dan"
        return f"moet {word} {_number(bound)} zijn, niet {_shown(got)}."
    if kind == "string_too_short":
        return "mag niet leeg zijn."
    if kind == "string_too_long":
        return f"is te lang (hoogstens {ctx.get('max_length')} tekens)."
    if kind == "too_short":
        return f"moet minstens {ctx.get('min_length')} element(en) hebben."
    if kind == "too_long":
        return f"heeft te veel elementen (hoogstens {ctx.get('max_length')})."
    if kind == "string_pattern_mismatch":
        return (f"{_shown(got)} is geen geldige id: gebruik kleine letters, cijfers, "
                "_ en - (bijvoorbeeld 'jaar_4').")
    if kind.startswith(("datetime_", "date_")):
        return (f"verwacht een datum en tijd zoals 2024-03-01T14:30:00, niet {_shown(got)}.")
    if kind in ("finite_number",):
        return "moet een eindig getal zijn."
    return f"ongeldige waarde {_shown(got)} ({kind})."


# `166.000`: a Dutch thousands separator, which TOML reads as a decimal point.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+")
_WHOLE = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d+[.,]\d+")


def number_message(whole: bool, got: Any, typed: str | None) -> str:
    """Why this is not the number the field needs, and what to write.

    `whole`: the field counts (inhabitants, moves); `typed`: the value as written in
    the file, when known.
    """
    what = "een geheel getal" if whole else "een getal"
    if isinstance(got, float) and not math.isfinite(got):
        return f"verwacht een gewoon getal, niet {_shown(got)}."
    if isinstance(got, str):
        text = got.strip()
        if _THOUSANDS.fullmatch(text):
            return (f"een getal staat zonder aanhalingstekens en zonder punt tussen de "
                    f"duizendtallen: schrijf {_digits(text)} of {underscored(_digits(text))}.")
        if _WHOLE.fullmatch(text) or (not whole and _DECIMAL.fullmatch(text)):
            plain = text.replace(",", ".")
            return f"een getal staat zonder aanhalingstekens: schrijf {plain}, niet \"{got}\"."
        if _DECIMAL.fullmatch(text):
            return (f"verwacht {what} (zonder komma of punt en zonder aanhalingstekens), "
                    f"niet \"{got}\".")
        return f"verwacht een getal, niet {_shown(got)}."
    if isinstance(got, float) and whole:
        if typed is not None and _THOUSANDS.fullmatch(typed):
            return (f"een punt is in TOML een decimaalteken, dus {typed} betekent "
                    f"{got:g}. Schrijf {_digits(typed)} of {underscored(_digits(typed))}.")
        return f"verwacht {what}, niet {typed or f'{got:g}'}."
    return f"verwacht {what}, niet {_shown(got)}."


def _digits(text: str) -> str:
    return text.replace(".", "").lstrip("+")


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
