"""Shell types left undefined (features.KINDS "shell_types"): CREATE TYPE name;, maybe
commented, maybe with the internal functions that take and return it; edits complete one
into a base type over those functions (CREATE TYPE name (...) fills the shell), turn a
completed one back into a shell, comment, add or drop one.

A stream of its own, as languages.py: `populate` and `edit` take it and add their objects
on top, so a seed's other objects stay what they were.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from schemadiff.quote import literal, qualified

from .build import Generator
from .features import enabled
from .objects import Obj


@dataclass
class ShellType(Obj):
    schema: str
    name: str
    functions: bool = False  # <name>_in(cstring) and <name>_out(<name>), LANGUAGE internal
    completed: bool = False  # CREATE TYPE name (INPUT, OUTPUT, ...) over them
    comment: str | None = None

    @property
    def key(self):
        return ("udt", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def statements(self):
        name = qualified(self.schema, self.name)
        out = [f"CREATE TYPE {name};"]
        if self.functions or self.completed:
            function_in, function_out = (qualified(self.schema, f"{self.name}_{part}") for part in ("in", "out"))
            out += [
                f"CREATE FUNCTION {function_in}(cstring) RETURNS {name} AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;",
                f"CREATE FUNCTION {function_out}({name}) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;",
            ]
        if self.completed:
            out.append(f"CREATE TYPE {name} (INPUT = {function_in}, OUTPUT = {function_out}, INTERNALLENGTH = 4, PASSEDBYVALUE);")
        if self.comment is not None:
            out.append(f"COMMENT ON TYPE {name} IS {literal(self.comment)};")
        return out


def add_shell_type(gen: Generator, rng: random.Random) -> ShellType:
    shell = ShellType(
        rng.choice(gen.schema_names()), rng.choice(["sh_{}", "Shell {}"]).format(rng.randrange(10**6)),
        functions=rng.random() < 0.5, comment=rng.choice([None, "a shell", "it's pending"]),
    )
    shell.completed = shell.functions and rng.random() < 0.3
    return gen.schema.add(shell)


def change_shell_type(shell: ShellType, rng: random.Random) -> str:
    what = rng.choice(["complete", "comment", "functions"])
    if what == "complete":
        shell.completed = not shell.completed
        shell.functions = True  # (a shell completed back keeps the functions it had)
    elif what == "comment":
        shell.comment = None if shell.comment else "now commented"
    else:
        shell.functions = not shell.functions
        shell.completed = shell.completed and shell.functions
    return what


def populate(gen: Generator, rng: random.Random) -> None:
    """Add up to two shell types, drawing from `rng` only."""
    for _ in range(rng.choice([0, 0, 1, 2]) if enabled("shell_types") else 0):
        add_shell_type(gen, rng)


def edit(gen: Generator, rng: random.Random) -> list[str]:
    """In a quarter of the pairs, add, change or drop a shell type; return the edit's name."""
    if not enabled("shell_types") or rng.random() >= 0.25:
        return []
    shells = gen.schema.of(ShellType)
    what = rng.choice(["add", "change", "drop"]) if shells else "add"
    if what == "add":
        add_shell_type(gen, rng)
    elif what == "change":
        what = change_shell_type(rng.choice(shells), rng)
    else:
        gen.schema.remove(rng.choice(shells))
    return [f"{what}_shell_type"]
