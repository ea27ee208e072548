"""Generative convergence tests: random schema pairs, each converging in both directions.

`generate_pair(seed)` builds a random schema A from the enabled kinds (features.py) and
derives B from it by a few random edits; both are lists of SQL statements.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import languages, owner_kinds, shell_types, standard_bodies, table_kinds, typed_tables
from .build import Generator
from .edits import edit, known_bug


@dataclass(frozen=True)
class Pair:
    seed: int
    before: tuple[str, ...]
    after: tuple[str, ...]
    edits: tuple[str, ...]


def generate_pair(seed: int) -> Pair:
    """Return the pair of schemas that `seed` stands for (the same on every machine)."""
    rng = random.Random(seed)
    side = random.Random(f"table kinds {seed}")  # table_kinds.py's own stream: see there why
    typed = random.Random(f"typed tables {seed}")  # and typed_tables.py's
    owners = random.Random(f"owner kinds {seed}")  # and owner_kinds.py's
    bodies = random.Random(f"standard bodies {seed}")  # and standard_bodies.py's
    langs = random.Random(f"languages {seed}")  # and languages.py's
    shells = random.Random(f"shell types {seed}")  # and shell_types.py's
    first = Generator(rng)
    first.populate()
    table_kinds.populate(first, side)
    typed_tables.populate(first, typed)
    owner_kinds.populate(first, owners)
    languages.populate(first, langs)
    shell_types.populate(first, shells)
    standard_bodies.populate(first, bodies)  # last: it changes the form of the routines above
    before = first.schema.statements()
    after, names = before, []  # (if no edit set avoids the known bugs: a pair that must plan nothing)
    for _ in range(20):
        second = first.fork(rng)
        edits = edit(second, rng.randint(1, 3)) + table_kinds.edit(second, side) + typed_tables.edit(second, typed)
        edits += owner_kinds.edit(second, owners) + standard_bodies.edit(second, bodies) + languages.edit(second, langs)
        edits += shell_types.edit(second, shells)
        statements = second.schema.statements()
        if statements != before and known_bug(first.schema, second.schema) is None:
            after, names = statements, edits
            break
    return Pair(seed, tuple(before), tuple(after), tuple(names))
