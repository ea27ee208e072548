"""SQL-standard bodies (features.KINDS "standard_bodies"): some of the generated LANGUAGE sql
functions and procedures are written `RETURN (<query>)` or `BEGIN ATOMIC <query>; END`
instead of `AS '<query>'`, so PostgreSQL binds them to the tables and functions they name.

A stream of its own, as table_kinds.py: `populate` and `edit` take it and only flip the
form of a body already generated, so a seed's objects stay what they were.
"""

from __future__ import annotations

import random

from .build import Generator
from .features import enabled
from .objects import Function

FORMS = ("return", "atomic")


def _candidates(gen: Generator) -> list[Function]:
    return [f for f in gen.schema.of(Function) if f.language == "sql"]


def _form(fn: Function, rng: random.Random) -> str:
    # RETURN gives one value: a set-returning function's query needs BEGIN ATOMIC.
    if fn.returns is None or fn.returns.startswith("SETOF"):
        return "atomic"
    return rng.choice(FORMS)


def populate(gen: Generator, rng: random.Random) -> None:
    """Give about a third of the SQL routines a standard body, drawing from `rng` only."""
    if not enabled("standard_bodies"):
        return
    for fn in _candidates(gen):
        if rng.random() < 0.35:
            fn.standard = _form(fn, rng)


def edit(gen: Generator, rng: random.Random) -> list[str]:
    """In a fifth of the pairs, switch one SQL routine's body between a string and a
    standard form; return the edit's name."""
    candidates = _candidates(gen)
    if not enabled("standard_bodies") or not candidates or rng.random() >= 0.2:
        return []
    fn = rng.choice(candidates)
    fn.standard = None if fn.standard else _form(fn, rng)
    return ["switch_standard_body"]
