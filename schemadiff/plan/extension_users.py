"""What a table holds that calls an extension dropped and created again (no update path
to its new version, or not relocatable to its new schema): PostgreSQL refuses DROP
EXTENSION while a column default, a generated column or a CHECK uses its functions,
operators or types, and we never use CASCADE. Views, materialized views, policies,
triggers, indexes and our functions that use them are other objects: they are dropped and
created again around it like the dependants of any recreated object (plan.planner; the
pg_depend edge to the extension says who they are). A table is kept: its parts are taken
off before the DROP EXTENSION and put back after the CREATE EXTENSION.

    default      DROP DEFAULT, then SET DEFAULT           (no hazard: same transaction)
    CHECK        DROP CONSTRAINT, then ADD CONSTRAINT     (NOT VALID, validated after: online)
    generated    DROP COLUMN, then ADD COLUMN             (rewrites-table: computed again)

Columns of its types wait in their text form (diff.through_text), taking their default,
CHECKs and generated columns along. Which part uses it is read from its deparsed text (a
function, an operator or a type qualified with the extension's schema that the catalog
does not model: members are no model objects), pg_depend telling only that the table
does; an exclusion constraint's index (an operator class of btree_gist) pg_depend names
itself: the constraint is dropped and added again (long-lock: its index is built again).
A table that uses it otherwise (a partition key), or another object the planner does not
rebuild (a domain whose CHECK calls it), cannot be kept while it is gone: that is refused
at plan time, naming it.
"""

from __future__ import annotations

from dataclasses import replace

from ..diff.operations import (
    AddColumn, AddConstraint, AlterColumn, ColumnToText, DropColumn, DropConstraint, DropDefault, DropObject, Operation,
    object_label,
)
from ..diff.through_text import constraint_again, keys_of, type_keys
from ..errors import SchemadiffError
from ..model import Catalog, CheckConstraint, ExclusionConstraint, Extension, Table
from ..model.catalog import node_key, node_name
from ..spec import fragments
from .dependencies import Graph


def release_extension_users(operations, current: Catalog, desired: Catalog, graph: Graph) -> list[Operation]:
    """Return `operations` with the defaults, generated columns and CHECKs that use an
    extension recreated by them taken off before and put back after (see the note)."""
    recreated = {
        op.node: op.obj for op in operations
        if isinstance(op, DropObject) and op.recreate and isinstance(op.obj, Extension) and op.obj.schema
    }
    if not recreated:
        return list(operations)
    dropped = {op.node for op in operations if isinstance(op, DropObject)}
    handled = _handled(operations)
    names = _Names(current, recreated.values())
    wanted = {t.key: t for t in desired.tables}
    extra: list[Operation] = []
    for table in current.tables:
        node, after = node_key(table), wanted.get(table.key)
        uses = sorted(graph.node(node).depends_on & recreated.keys())
        if not uses or node in dropped or after is None:
            continue
        name = recreated[uses[0]].name
        # An exclusion constraint's index is what pg_depend says uses it (an operator
        # class of btree_gist): added again, the index is built again.
        indexed = {
            c.name for c in table.constraints if isinstance(c, ExclusionConstraint)
            and graph.recorded_uses(node_name("Index", table.schema, c.name)) & recreated.keys()
        }
        found, ops = _released(table, after, name, names, handled, indexed)
        if not found:
            raise SchemadiffError(
                f"extension {name} must be dropped and created again, but table "
                f"{table.schema}.{table.name} uses it other than through a column default, a generated column, "
                "a CHECK or a column of its types (a partition key?), and cannot be kept "
                "while it is gone. Drop or change what uses it first"
            )
        extra += ops
    return list(operations) + extra


def refuse_kept_users(operations, graph: Graph) -> None:
    """Refuse a plan that keeps an object other than a table while an extension it uses
    (pg_depend says so) is dropped and created again: one the planner does not rebuild
    (a domain whose CHECK calls it)."""
    dropped = {op.node for op in operations if isinstance(op, DropObject)}
    for op in operations:
        if isinstance(op, DropObject) and op.recreate and isinstance(op.obj, Extension):
            kept = sorted(
                object_label(graph.objects[key]) for key in graph.recorded_users(op.node) - dropped
                if key in graph.objects and not isinstance(graph.objects[key], Table)
            )
            if kept:
                raise SchemadiffError(
                    f"extension {op.obj.name} must be dropped and created again ({op.reason}), but "
                    f"{', '.join(kept)} use it, and cannot be kept while it is gone. Drop or change what uses it first"
                )


def _released(table, after, name: str, names: "_Names", handled, indexed: set[str]) -> tuple[bool, list[Operation]]:
    """Return (whether any part of `table` uses the extension `name`, the operations that
    take off and put back those the plan does not handle already); `indexed` names the
    constraints whose index uses it."""
    node, found, ops = node_key(table), False, []
    for column in table.columns:
        if names.used(column.type, parse=fragments.type_references):
            found = True  # it waits in its text form (diff.through_text), its default with it
            continue
        if not names.used(column.default, column.generated):
            continue
        found, kept = True, after.column(column.name)
        if (node, "column", column.name) in handled or kept is None:
            continue
        if column.generated:
            why = f"rebuilt: it calls extension {name}, which is dropped and created again"
            ops += [DropColumn(node, table.key, column, reason=why), AddColumn(node, table.key, kept)]
            continue
        ops.append(DropDefault(node, table.key, column))
        if kept.default is not None:
            ops.append(AlterColumn(node, table.key, replace(column, default=None), kept))
    for constraint in table.constraints:
        if constraint.name not in indexed and not (
                isinstance(constraint, CheckConstraint) and names.used(constraint.expression)):
            continue
        found = True
        if (node, "constraint", constraint.name) not in handled:
            drop, again = constraint_again(node, table, after, constraint)
            ops += [drop, *again]
    return found, ops


def _handled(operations) -> set[tuple[str, str, str]]:
    """Return the (table node, "column" | "constraint", name) the plan already takes off
    and puts back, or changes anyway: their own operations stand."""
    found = set()
    for op in operations:
        if isinstance(op, (DropDefault, DropColumn)):
            found.add((op.node, "column", op.column.name))
        elif isinstance(op, ColumnToText):
            found.add((op.node, "column", op.old.name))
        elif isinstance(op, (AddConstraint, DropConstraint)):
            found.add((op.node, "constraint", op.constraint.name))
    return found


class _Names:
    """What SQL text names of the `extensions` of a catalog: one of their types, or a
    function, operator or type qualified with their schema that the catalog does not model."""

    def __init__(self, catalog: Catalog, extensions):
        self.schemas = {e.schema for e in extensions}
        self.types = set().union(*(type_keys(t) for e in extensions for t in e.types or ()))
        self.functions = {(f.schema, f.name) for f in (*catalog.functions, *catalog.aggregates)}
        self.operators = {(o.schema, o.name) for o in catalog.operators}

    def used(self, *texts, parse=fragments.parse_expression) -> bool:
        """Whether any of `texts` (expressions, or type texts with `parse`) names one."""
        for text in texts:
            try:
                refs = parse(text) if text else None
            except fragments.FragmentError:
                refs = None  # the inspection's own deparsed text: not expected
            if refs is None:
                continue
            if keys_of(refs) & self.types:
                return True
            for names, own in ((refs.functions, self.functions), (refs.operators, self.operators)):
                if any(s in self.schemas and (s, n) not in own for s, n in names):
                    return True
        return False
