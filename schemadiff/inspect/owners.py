"""Owners: owners.sql's rows as Ownership rows of the objects an inspection found."""

from __future__ import annotations

from ..model.catalog import node_name
from ..model.owners import Ownership, owned_objects


def _node(row) -> str:
    kind, name = row["kind"], row["name"]
    if row["schema"] is None:  # schemas and database-wide kinds
        return f"{kind} {name}"
    if row["method"] is not None:  # operator classes and families
        return f"{kind} {row['schema']}.{name} using {row['method']}"
    return node_name(kind, row["schema"], name, arguments=row["arguments"])


def build_owners(rows, catalog) -> tuple[Ownership, ...]:
    """Return the owner of each object of `catalog` that has one, sorted by node."""
    owned = owned_objects(catalog)
    return tuple(sorted(Ownership(node, row["owner"]) for row in rows if (node := _node(row)) in owned))
