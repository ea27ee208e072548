"""An owner's own privileges on its object: `own_privileges` of schemas, relations,
functions, aggregates, types, foreign-data wrappers, servers and languages, and a column's
`identity_own_privileges` on its identity sequence.

PostgreSQL gives an object's owner every privilege of its kind (acldefault's owner entry,
model.database.OWNER_PRIVILEGES), and lets the owner revoke them from itself: pg_dump
restores `REVOKE ALL ON SCHEMA public FROM pg_database_owner` or `REVOKE INSERT ON TABLE t
FROM owner`. `own_privileges` is what the owner keeps then, sorted; None, the normal case,
means all of them. The owner's grant options are implicit (never in an ACL), so only the
privileges count. The owner itself is no field: it is the catalog's Ownership row, and
ALTER ... OWNER TO hands the old owner's entry to the new owner. An identity sequence is
owned by its table's owner (ALTER TABLE ... OWNER TO takes it along), so what that owner
keeps of it is its column's.
"""

from __future__ import annotations

from .cluster import Schema, Sequence
from .database import OWNER_PRIVILEGES, ForeignDataWrapper, ForeignServer, Language, named_privileges
from .objects import Aggregate
from .routines import Function, MaterializedView, View
from .tables import Column, IdentitySequence, Table
from .types import GRANTABLE_TYPE_KINDS

# The Catalog collections whose objects have `own_privileges`.
OWN_PRIVILEGE_KINDS = (
    "schemas", "sequences", "tables", "views", "materialized_views", "functions", "aggregates", "types",
    "foreign_data_wrappers", "foreign_servers", "languages",
)

_OBJECT_TYPES = {
    Schema: "schemas", Sequence: "sequences", Table: "tables", View: "tables", MaterializedView: "tables",
    Function: "functions", Aggregate: "functions", **{kind: "types" for kind in GRANTABLE_TYPE_KINDS},
    ForeignDataWrapper: "foreign_data_wrappers", ForeignServer: "foreign_servers", IdentitySequence: "sequences",
    Language: "languages",
}


def all_own_privileges(obj) -> tuple[str, ...]:
    """Return every privilege the owner of `obj` holds when none was revoked from it: none
    on a shell type left undefined (model.types.UndefinedType), which has no privileges."""
    object_type = _OBJECT_TYPES.get(type(obj))
    return OWNER_PRIVILEGES[object_type] if object_type else ()


def own_privileges_of(kind: type, names) -> tuple[str, ...] | None:
    """Return the model's `own_privileges` of an object of `kind` for the privilege names
    its owner keeps (a spec's list, "ALL" among them maybe, or the catalog's): None when
    it keeps all of them, as when `names` is None."""
    if names is None:
        return None
    object_type = _OBJECT_TYPES[kind]
    kept = named_privileges(names, object_type)
    return None if set(kept) == set(OWNER_PRIVILEGES[object_type]) else tuple(sorted(kept))


def held_by_owner(obj) -> set[str]:
    """Return the privileges the owner of `obj` holds of its own."""
    own = obj.own_privileges
    return set(all_own_privileges(obj) if own is None else own)


def held_on_identity(column: Column) -> set[str]:
    """Return the privileges its table's owner holds of its own on `column`'s identity sequence."""
    own = column.identity_own_privileges
    return set(OWNER_PRIVILEGES["sequences"] if own is None else own)
