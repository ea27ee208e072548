"""What the database's default privileges give the objects a plan creates.

CREATE gives a new object the privileges that ALTER DEFAULT PRIVILEGES set for the role
creating it (database-wide, and in the object's schema) on top of PostgreSQL's own. A
first run of the plan creates objects under the current database's default privileges
(its new ones come last, see plan.dependencies.RANK); a second run creates again what
the plan drops and recreates, then under the desired ones. So each created object is
told which roles either set grants to, and which of PostgreSQL's built-in grants
(EXECUTE or USAGE for PUBLIC) they take away: the renderer revokes from the former and
gives the latter back to an object whose spec keeps PostgreSQL's default (revoking what
was never given, or giving what is still there, changes nothing).
"""

from __future__ import annotations

from dataclasses import replace

from ..diff.operations import AddColumn, AlterColumn, CreateObject, Operation
from ..model.database import builtin_default_grants
from ..model import (
    GRANTABLE_TYPE_KINDS, Aggregate, Catalog, Function, MaterializedView, Schema, Sequence, Table, View,
)

# The kinds each ALTER DEFAULT PRIVILEGES ... ON object_type reaches.
_REACHED = {
    "tables": (Table, View, MaterializedView), "sequences": (Sequence,), "functions": (Function, Aggregate),
    "types": GRANTABLE_TYPE_KINDS, "schemas": (Schema,),
}


def with_default_grantees(operations, current: Catalog, desired: Catalog) -> list[Operation]:
    """Return `operations` with each created object's `default_grants`: (role, grantee) of
    every current or desired default privilege that reaches it, and `default_taken`:
    (role, grant) of every built-in grant a database-wide one took away."""
    in_force = sorted(set(current.default_privileges) | set(desired.default_privileges), key=lambda d: d.key)
    if not in_force:
        return list(operations)
    out = []
    for op in operations:
        if _creates_identity(op):
            # (The identity sequences a table or column brings: default privileges ON SEQUENCES.)
            schema = op.obj.schema if isinstance(op, CreateObject) else op.table.schema
            found = _given([d for d in in_force if d.object_type == "sequences" and d.schema in (None, schema)])
            op = replace(op, identity_default_grants=tuple(sorted(found))) if found else op
        if isinstance(op, CreateObject):
            # ON SCHEMAS is database-wide only; the others apply there and in their schema.
            schema = None if isinstance(op.obj, Schema) else getattr(op.obj, "schema", None)
            reaching = [
                d for d in in_force
                if isinstance(op.obj, _REACHED[d.object_type]) and d.schema in (None, schema)
            ]
            found = _given(reaching)
            taken = {(d.role, b) for d in reaching if d.schema is None for b in _taken(d)}
            if found or taken:
                op = replace(op, default_grants=tuple(sorted(found)), default_taken=tuple(sorted(taken)))
        out.append(op)
    return out


def _given(reaching) -> set[tuple[str, str]]:
    """Return (role, grantee) of what the default privileges `reaching` an object give it. A
    database-wide entry's grant to its own role is what the creator keeps of its own."""
    return {(d.role, g.grantee) for d in reaching for g in d.grants if g.grantee != d.role or d.schema is not None}


def _creates_identity(op) -> bool:
    """Whether `op` creates identity sequences: a table with identity columns, an identity
    column added, or an identity given to a column."""
    if isinstance(op, CreateObject):
        return isinstance(op.obj, Table) and any(c.identity for c in op.obj.columns)
    if isinstance(op, AddColumn):
        return op.column.identity is not None
    return isinstance(op, AlterColumn) and op.old.identity is None and op.new.identity is not None


def _taken(defaults) -> list:
    """Return the built-in grants a database-wide entry no longer gives (a schema's entries
    only add to them, so only database-wide ones can take any away)."""
    return [
        b for b in builtin_default_grants(None, defaults.object_type)
        if not any(g.grantee == b.grantee and set(b.privileges) <= set(g.privileges) for g in defaults.grants)
    ]
