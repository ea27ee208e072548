"""Typed tables (features.KINDS "typed_tables"): CREATE TABLE ... OF a composite type of
more_kinds.py, some with an attribute NOT NULL WITH OPTIONS, and a comment; edits add and
drop them and change their options, while the other kinds' edits add, drop and retype the
type's attributes under them (ALTER TYPE ... CASCADE).

Like table_kinds.py they draw from a stream of their own and name from a counter of their
own, so switching them on left every other object of a seed as it was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from schemadiff.quote import literal, qualified

from .build import Generator
from .features import enabled
from .more_kinds import UserType, _drop_of, _named
from .objects import Obj


@dataclass
class TypedTable(Obj):
    schema: str
    name: str
    type_key: tuple  # ("udt", schema, name) of a composite UserType
    not_null: str | None = None  # an attribute (quoted) given NOT NULL WITH OPTIONS
    comment: str | None = None

    @property
    def key(self):
        return ("typed", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema), self.type_key}

    def repair(self, available: set) -> bool:
        if self.not_null is not None and ("attr", *self.type_key[1:], self.not_null) not in available:
            self.not_null = None  # the attribute went with an edit of the type
        return self.deps() <= available

    def statements(self):
        name = qualified(self.schema, self.name)
        head = f"CREATE TABLE {name} OF {qualified(*self.type_key[1:])}"
        out = [head + (f" ({self.not_null} WITH OPTIONS NOT NULL);" if self.not_null else ";")]
        if self.comment is not None:
            out.append(f"COMMENT ON TABLE {name} IS {literal(self.comment)};")
        return out


def attributes(udt: UserType) -> list[str]:
    """Return a composite type's attribute names, quoted."""
    return [key[3] for key in udt.provides({}) if key[0] == "attr"]


def add_typed_table(gen) -> TypedTable | None:
    udt = gen.pick([u for u in gen.schema.of(UserType) if u.kind == "composite"])
    if udt is None:
        return None
    table = TypedTable(gen.pick(gen.schema_names()), gen.name("typed"), udt.key)
    table.not_null = gen.pick(attributes(udt)) if gen.chance(0.5) else None
    table.comment = gen.pick(["rows of a type", "it's typed"]) if gen.chance(0.3) else None
    gen.schema.objects.append(table)  # after its type
    return table


def change_typed_table(gen) -> bool:
    table = gen.pick(gen.schema.of(TypedTable))
    udt = table and gen.schema.find(table.type_key)
    if udt is None:
        return False
    if gen.chance(0.5):
        table.comment = None if table.comment else "now with a comment"
    else:
        table.not_null = gen.pick([a for a in [*attributes(udt), None] if a != table.not_null])
    return True


EDITS = [(_named("add_typed_table", lambda gen: add_typed_table(gen) is not None), "typed_tables"),
         (_drop_of(TypedTable, "drop_typed_table"), "typed_tables"),
         (_named("change_typed_table", change_typed_table), "typed_tables")]


def _side(gen: Generator, rng: random.Random) -> Generator:
    side = Generator(rng, gen.schema, gen.typed_counter)
    side.words_used = gen.words_used
    return side


def populate(gen: Generator, rng: random.Random) -> None:
    """Add up to two typed tables to gen's schema, drawing from `rng` only."""
    side = _side(gen, rng)
    for _ in range(rng.randint(0, 2) if enabled("typed_tables") else 0):
        add_typed_table(side)
    gen.typed_counter = side.counter


def edit(gen: Generator, rng: random.Random) -> list[str]:
    """Apply up to one edit of these kinds (none in half the pairs); return its name."""
    side = _side(gen, rng)
    pool = [e for e, kind in EDITS if enabled(kind)]
    done = []
    if pool and rng.random() < 0.5:
        for _ in range(10):
            chosen = side.pick(pool)
            if chosen(side):
                done.append(chosen.__name__)
                break
        side.schema.prune()
    gen.typed_counter = side.counter
    return done
