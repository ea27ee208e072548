"""Render what a plan creates from the spec's own SQL, not from the shadow's deparse.

The desired catalog is PostgreSQL's deparse of the spec (through the shadow). Some
deparsed text does not parse back to itself: a CHECK `role IN ('a', 'b')` on a varchar
column deparses to `(role)::text = ANY ((ARRAY['a'::varchar, ...])::text[])`, which
PostgreSQL stores differently when it is applied again. Applying the spec's original
text instead gives the live database exactly what the shadow had, so plans converge.
Objects the spec does not have (none, for a spec-driven plan) keep the deparsed text;
a database-to-database plan applies deparsed text made reparseable.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from ..diff.operations import CREATE, AlterColumn, Operation
from ..diff.equivalence import reparseable_expression
from ..model import Catalog, CheckConstraint, Column, Extension, Index, Policy, Schema, Table, Trigger
from ..model.catalog import node_key


class SpecText:
    """Look up the spec's version of an object the shadow deparsed."""

    def __init__(self, spec: Catalog, transform=None):
        # `transform` rewrites each object looked up (reparseable, for a database side):
        # applied to the few objects a plan creates, not to the whole catalog up front.
        self.transform = transform or (lambda obj: obj)
        self.objects = {}
        for kind in fields(spec):
            value = getattr(spec, kind.name)
            if isinstance(value, tuple) and kind.name not in ("renames", "dependencies", "owners"):
                for obj in value:
                    self.objects[node_key(obj)] = obj

    def object(self, obj):
        """Return the spec's object with the same identity, or `obj` itself."""
        found = self.objects.get(node_key(obj))
        return self.transform(found) if type(found) is type(obj) else obj

    def part(self, table_key, part):
        """Return the spec's column or constraint of a table, or `part` itself."""
        table = self.objects.get(f"Table {table_key.schema}.{table_key.name}")
        if not isinstance(table, Table):
            return part
        table = self.transform(table)
        pool = table.columns if isinstance(part, Column) else table.constraints
        return next((p for p in pool if p.name == part.name and type(p) is type(part)), part)


def with_spec_text(operation: Operation, spec: SpecText) -> Operation:
    """Return the operation with the objects it creates taken from the spec.

    Drops name what exists, and AlterColumn decides what to alter by comparing deparsed
    text on both sides: those keep the shadow's objects.
    """
    if operation.phase != CREATE or isinstance(operation, AlterColumn):
        return operation
    changes = {}
    table_key = getattr(operation, "table", None)
    for f in fields(operation):
        value = getattr(operation, f.name)
        if f.name in ("old", "node") or not is_dataclass(value):
            continue
        if isinstance(value, Extension):
            continue  # nothing spelled by the user; its members' grants are the shadow's
        if f.name in ("column", "constraint"):
            changes[f.name] = spec.part(table_key, value)
        elif isinstance(value, Table):
            # Without the foreign keys the plan adds on their own (plan.planner._split_foreign_keys).
            found = spec.object(value)
            kept = {c.name for c in value.constraints}
            changes[f.name] = replace(found, constraints=tuple(c for c in found.constraints if c.name in kept))
        elif isinstance(value, Schema):
            changes[f.name] = replace(spec.object(value), missing=value.missing)  # what the diff found
        elif hasattr(value, "key"):
            changes[f.name] = spec.object(value)
    return replace(operation, **changes) if changes else operation


def reparseable_catalog(catalog: Catalog) -> Catalog:
    """Return a database-side catalog whose expressions PostgreSQL stores as they were
    deparsed (see diff.equivalence): the text a database-to-database plan applies."""
    return replace(
        catalog,
        tables=tuple(map(reparseable, catalog.tables)),
        policies=tuple(map(reparseable, catalog.policies)),
        indexes=tuple(map(reparseable, catalog.indexes)),
        triggers=tuple(map(reparseable, catalog.triggers)),
    )


def reparseable(obj):
    """Return one object of a database-side catalog as reparseable_catalog would have it."""
    fix = reparseable_expression
    if isinstance(obj, Table):
        columns = tuple(replace(c, default=fix(c.default)) for c in obj.columns)
        constraints = tuple(
            replace(c, expression=fix(c.expression)) if isinstance(c, CheckConstraint) else c for c in obj.constraints
        )
        defaults = tuple((c, fix(d)) for c, d in obj.column_defaults)
        return replace(obj, columns=columns, constraints=constraints, column_defaults=defaults)
    if isinstance(obj, Policy):
        return replace(obj, using=fix(obj.using), with_check=fix(obj.with_check))
    if isinstance(obj, Index):
        return replace(obj, where=fix(obj.where))
    if isinstance(obj, Trigger):
        return replace(obj, when=fix(obj.when))
    return obj
