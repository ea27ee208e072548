"""Object owners: one collection beside the objects, not a field of every kind.

An `Ownership` row says which role owns one object, named by its graph node
(`node_key`, e.g. 'Table public.users'). An inspected catalog has a row for every object
of an owned kind; a spec's only for the objects whose owner it manages (a top-level
`owner:` manages all of them, an object's own `owner:` that one). Ownership that a spec
leaves unmanaged is never compared and never changed.

Kinds without an owner of their own are left out: indexes, constraints, triggers,
policies and rules follow their table, a sequence OWNED BY a column follows its table
(PostgreSQL refuses to change it alone), casts follow their types or function, and
extensions and roles are not objects of a schema.
"""

from __future__ import annotations

from dataclasses import dataclass

# The Catalog collections whose objects have an owner PostgreSQL lets us change.
OWNED_KINDS = (
    "schemas", "types", "sequences", "tables", "views", "materialized_views", "functions", "statistics",
    "aggregates", "operators", "collations", "text_search_dictionaries", "text_search_configurations",
    "operator_families", "operator_classes", "event_triggers", "publications", "foreign_data_wrappers",
    "foreign_servers", "languages", "subscriptions",
)


@dataclass(frozen=True, order=True)
class Ownership:
    node: str  # the owned object's graph node name (model.catalog.node_key)
    role: str

    @property
    def key(self) -> str:
        return self.node


def owned_objects(catalog) -> dict[str, object]:
    """Return {node name: object} for every object of `catalog` that has an owner of its own."""
    from .catalog import node_key  # catalog imports this module

    found = {}
    for kind in OWNED_KINDS:
        for obj in getattr(catalog, kind):
            if kind == "sequences" and obj.owned_by:
                continue  # ALTER TABLE ... OWNER TO takes it along
            found[node_key(obj)] = obj
    return found


def most_common_owner(owners) -> str | None:
    """Return the role owning the most of `owners` (ties: the first name), or None."""
    counts: dict[str, int] = {}
    for o in owners:
        counts[o.role] = counts.get(o.role, 0) + 1
    return min(counts, key=lambda role: (-counts[role], role)) if counts else None
