"""What the database's default privileges give the objects a plan creates.

CREATE gives a new object the privileges that ALTER DEFAULT PRIVILEGES set for the role
creating it (database-wide, and in the object's schema) on top of PostgreSQL's own. The
plan creates objects under the current database's default privileges (its new ones come
last, see plan.dependencies.RANK), so each created object is told which roles those
grant to: the renderer revokes from them too before granting the object's own.
"""

from __future__ import annotations

from dataclasses import replace

from ..diff.operations import CreateObject, Operation
from ..model import (
    TYPE_KINDS, Aggregate, Catalog, Function, MaterializedView, Schema, Sequence, Table, View,
)

# The kinds each ALTER DEFAULT PRIVILEGES ... ON object_type reaches.
_REACHED = {
    "tables": (Table, View, MaterializedView), "sequences": (Sequence,), "functions": (Function, Aggregate),
    "types": TYPE_KINDS, "schemas": (Schema,),
}


def with_default_grantees(operations, current: Catalog) -> list[Operation]:
    """Return `operations` with each created object's `default_grants`: (role, grantee) of
    every current default privilege that reaches it."""
    if not current.default_privileges:
        return list(operations)
    out = []
    for op in operations:
        if isinstance(op, CreateObject):
            # ON SCHEMAS is database-wide only; the others apply there and in their schema.
            schema = None if isinstance(op.obj, Schema) else getattr(op.obj, "schema", None)
            found = {
                (d.role, g.grantee) for d in current.default_privileges for g in d.grants
                if isinstance(op.obj, _REACHED[d.object_type]) and d.schema in (None, schema)
            }
            if found:
                op = replace(op, default_grants=tuple(sorted(found)))
        out.append(op)
    return out
