"""An owner without some of its own privileges (features.KINDS "owner_revokes"): REVOKE ...
FROM CURRENT_USER, the owner of every generated object, on a schema, table, partition,
view, materialized view, sequence, function, procedure, aggregate or identity sequence, as
pg_dump restores it (model.own_privileges).

A stream of its own, as table_kinds.py: `populate` and `edit` take it, and OwnerRevoke
subclasses none of objects.py's classes (not Grant), so the other kinds' edits never see
it: a seed's other objects stay what they were, these come on top.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from schemadiff.quote import dollar_quote, ident, literal, qualified

from .build import Generator
from .catalog_kinds import Aggregate
from .features import enabled
from .objects import Function, Key, Obj, Partition, SchemaObj, Sequence, Table, View

TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")


@dataclass
class OwnerRevoke(Obj):
    target_kind: str  # "TABLE" | "SEQUENCE" | "SCHEMA" | "FUNCTION" | "PROCEDURE" | "IDENTITY"
    target: str  # rendered name; of an IDENTITY, the table's (its column is the key's last)
    target_key: Key
    privileges: tuple[str, ...]

    @property
    def key(self):
        return ("owner revoke", self.target_key)

    def deps(self):
        return {self.target_key}

    def statements(self):
        if self.target_kind == "IDENTITY":
            return [_on_identity_sequence(self.target, self.target_key[-1], self.privileges)]
        return [f"REVOKE {', '.join(self.privileges)} ON {self.target_kind} {self.target} FROM CURRENT_USER;"]


def _on_identity_sequence(table: str, column: str, privileges) -> str:
    """Return a DO block revoking `privileges` on the identity sequence of `table`.`column`,
    whose name PostgreSQL chose; nothing when an edit took the column's identity away."""
    where = f"attrelid = {literal(table)}::regclass AND attname = {literal(column)} AND attidentity <> ''"
    revoke = literal(f"REVOKE {', '.join(privileges)} ON SEQUENCE ")
    body = (
        f"\nDECLARE s text;\nBEGIN\n  SELECT pg_get_serial_sequence({literal(table)}, {literal(column)}) INTO s"
        f" FROM pg_attribute WHERE {where};\n"
        f"  IF s IS NOT NULL THEN EXECUTE {revoke} || s || ' FROM CURRENT_USER'; END IF;\nEND\n"
    )
    return f"DO {dollar_quote(body, 'do')};"


def _targets(gen: Generator) -> list[tuple[str, str, Key, tuple[str, ...]]]:
    """Return (kind, rendered name, key, the owner's privileges) of every object an owner revoke may name."""
    found = [("TABLE", qualified(r.schema, r.name), r.key, TABLE_PRIVILEGES)
             for r in gen.schema.of(Table) + gen.schema.of(View) + gen.schema.of(Partition)]
    found += [("SEQUENCE", qualified(s.schema, s.name), s.key, ("USAGE", "SELECT", "UPDATE")) for s in gen.schema.of(Sequence)]
    found += [("SCHEMA", ident(s.name), s.key, ("USAGE", "CREATE")) for s in gen.schema.of(SchemaObj)]
    found += [("FUNCTION" if f.returns is not None else "PROCEDURE", f.target(), f.key, ("EXECUTE",))
              for f in gen.schema.of(Function)]
    found += [("FUNCTION", f"{qualified(a.schema, a.name)}(integer)", a.key, ("EXECUTE",)) for a in gen.schema.of(Aggregate)]
    found += [("IDENTITY", qualified(t.schema, t.name), ("col", t.schema, t.name, c.name), ("USAGE", "SELECT", "UPDATE"))
              for t in gen.schema.of(Table) for c in t.columns if c.identity is not None]
    return sorted(found, key=lambda t: repr(t[2]))


def _revoke(gen: Generator, target) -> OwnerRevoke:
    kind, rendered, key, privileges = target
    sample = set(gen.rng.sample(privileges, gen.rng.randint(1, len(privileges))))
    return OwnerRevoke(kind, rendered, key, tuple(p for p in privileges if p in sample))


def populate(gen: Generator, rng: random.Random) -> None:
    """Revoke some of their own privileges from the owner of about one object in eight."""
    if not enabled("owner_revokes"):
        return
    side = Generator(rng, gen.schema)
    for target in _targets(side):
        if side.chance(0.12):
            side.schema.add(_revoke(side, target))


def edit(gen: Generator, rng: random.Random) -> list[str]:
    """In a third of the pairs, revoke from one more owner, give one back all, or change what it lacks."""
    if not enabled("owner_revokes") or rng.random() >= 1 / 3:
        return []
    side = Generator(rng, gen.schema)
    revokes = {r.target_key: r for r in side.schema.of(OwnerRevoke)}
    target = side.pick(_targets(side))
    if target is None:
        return []
    revoked = revokes.get(target[2])
    if revoked is not None:
        side.schema.remove(revoked)
        if side.chance(0.5):
            return ["give_back_owner_privileges"]
    side.schema.add(_revoke(side, target))
    return ["revoke_owner_privileges"]
