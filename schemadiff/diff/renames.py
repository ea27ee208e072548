"""Apply a spec's renames to the current catalog before comparing it.

Each rename whose old name exists (and new name does not) becomes a RenameObject
operation, and the current catalog is renamed in memory so the rest of the diff sees
the object under its new name. SQL that mentions the old name (views, policies) is
not rewritten here: it differs from the desired text and is rebuilt by the diff.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Catalog, ForeignKey, QualifiedName, Rename
from ..model.catalog import node_key
from .operations import Operation, RenameObject
from .types import rename_enum_label


# Tables first: the other renames name their table by its new name.
_ORDER = {"table": 0, "column": 1, "constraint": 2, "index": 3, "policy": 4, "enum label": 5}


def apply_renames(current: Catalog, renames) -> tuple[Catalog, list[Operation]]:
    ops: list[Operation] = []
    for rename in sorted(renames, key=lambda r: (_ORDER[r.kind], r)):
        renamed = _RENAMERS[rename.kind](current, rename)
        if renamed is not None:
            current = renamed
            ops.append(RenameObject(f"Rename {rename.kind} {rename.schema}.{rename.old}", rename))
    return current.normalize(), ops


def _rename_table(catalog: Catalog, r: Rename) -> Catalog | None:
    old, new = QualifiedName(r.schema, r.old), QualifiedName(r.schema, r.new)
    if catalog.relation(r.schema, r.old) is None or catalog.relation(r.schema, r.new) is not None:
        return None

    def moved(key):
        return new if key == old else key

    tables = []
    for t in catalog.tables:
        constraints = tuple(
            replace(c, references=moved(c.references)) if isinstance(c, ForeignKey) else c for c in t.constraints
        )
        t = replace(t, constraints=constraints, partition_of=moved(t.partition_of) if t.partition_of else None)
        tables.append(replace(t, name=r.new) if t.key == old else t)

    def on_table(objects):
        return tuple(replace(o, table=r.new) if (o.schema, o.table) == (r.schema, r.old) else o for o in objects)

    # Its owner row too: the spec's owner is compared with the one the old name has.
    renamed = catalog.relation(r.schema, r.old)
    old_node, new_node = node_key(renamed), node_key(replace(renamed, name=r.new))
    owners = tuple(replace(o, node=new_node) if o.node == old_node else o for o in catalog.owners)
    return replace(catalog, tables=tuple(tables), indexes=on_table(catalog.indexes),
                   policies=on_table(catalog.policies), triggers=on_table(catalog.triggers), owners=owners)


def _table_of(catalog: Catalog, r: Rename):
    table = catalog.relation(r.schema, r.table)
    return table if table is not None and hasattr(table, "constraints") else None


def _rename_column(catalog: Catalog, r: Rename) -> Catalog | None:
    table = _table_of(catalog, r)
    if table is None or table.column(r.old) is None or table.column(r.new) is not None:
        return None

    def col(name):
        return r.new if name == r.old else name

    # PostgreSQL renames the column of the table's partitions too: their own keys and indexes follow.
    renamed = {table.key} | {partition.key for partition in catalog.partitions_below(table.key)}

    def held(t):
        constraints = tuple(_renamed_columns(c, col) for c in t.constraints)
        columns = tuple(replace(c, name=r.new) if c.name == r.old else c for c in t.columns)
        return replace(t, columns=columns, constraints=constraints)

    indexes = tuple(
        replace(i, elements=tuple(replace(e, column=col(e.column)) if e.column else e for e in i.elements),
                include=tuple(col(n) for n in i.include))
        if i.table_key in renamed else i
        for i in catalog.indexes
    )
    tables = tuple(held(t) if t.key in renamed else t for t in catalog.tables)
    return replace(catalog, tables=tables, indexes=indexes)


def _rename_index(catalog: Catalog, r: Rename) -> Catalog | None:
    names = {(i.schema, i.name) for i in catalog.indexes}
    if (r.schema, r.old) not in names or (r.schema, r.new) in names:
        return None
    return replace(catalog, indexes=tuple(
        replace(i, name=r.new) if (i.schema, i.name) == (r.schema, r.old) else i for i in catalog.indexes
    ))


def _rename_constraint(catalog: Catalog, r: Rename) -> Catalog | None:
    table = _table_of(catalog, r)
    names = {c.name for c in table.constraints} if table else set()
    if r.old not in names or r.new in names:
        return None
    constraints = tuple(replace(c, name=r.new) if c.name == r.old else c for c in table.constraints)
    return replace(catalog, tables=tuple(replace(t, constraints=constraints) if t.key == table.key else t for t in catalog.tables))


def _rename_policy(catalog: Catalog, r: Rename) -> Catalog | None:
    names = {p.name for p in catalog.policies if (p.schema, p.table) == (r.schema, r.table)}
    if r.old not in names or r.new in names:
        return None
    return replace(catalog, policies=tuple(
        replace(p, name=r.new) if (p.schema, p.table, p.name) == (r.schema, r.table, r.old) else p
        for p in catalog.policies
    ))


_RENAMERS = {
    "table": _rename_table, "column": _rename_column, "index": _rename_index,
    "constraint": _rename_constraint, "policy": _rename_policy, "enum label": rename_enum_label,
}


def _renamed_columns(constraint, col):
    """Return a constraint with the columns it names (its key's, its index's INCLUDE, a foreign
    key's ON DELETE SET NULL list) renamed by `col`."""
    for field in ("columns", "include", "on_delete_columns"):
        if getattr(constraint, field, ()):
            constraint = replace(constraint, **{field: tuple(col(n) for n in getattr(constraint, field))})
    return constraint
