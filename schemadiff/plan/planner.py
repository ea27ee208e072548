"""Turn two catalogs into an ordered plan.

Design: the differ yields unordered operations, each tied to a graph node. Objects that
depend on something being dropped and recreated (or on a column whose type changes) are
dropped and recreated around it: PostgreSQL refuses those changes while they exist, and
we never use CASCADE. Drops run first, in reverse dependency order of the current
catalog; everything else follows in dependency order of the desired catalog.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields, replace

from ..diff.catalogs import diff_catalogs
from ..diff.clustering import cluster_operations
from ..diff.extensions import follow_moves
from ..diff.operations import (
    CREATE, DROP, RENAME, AddConstraint, AlterColumn, AttachPartition, ColumnToText, CreateObject, DetachPartition, DropColumn,
    DropConstraint, DropDefault, DropObject, Operation, ReplaceObject, SetComment, ValidateConstraint,
)
from ..diff.own_privileges import with_own_privileges
from ..diff.owners import with_owners
from ..diff.renames import apply_renames
from ..model import (
    TYPE_KINDS, AccessMethod, Aggregate, BaseType, Cast, Catalog, Collation, EventTrigger, Extension, Function, Index,
    MaterializedView,
    Operator, OperatorClass, OperatorFamily, Policy, Publication, QualifiedName, Rule, Schema, Sequence, Statistics,
    Table, TextSearchConfiguration, TextSearchDictionary, TextSearchParser, TextSearchTemplate, Trigger, View,
)
from ..model.catalog import node_key
from ..model.database import ForeignServer, UserMapping
from .default_grants import with_default_grantees
from .dependencies import Graph, expression_uses
from .extension_users import refuse_kept_users, release_extension_users
from .graph import creation_order
from .online import adopt_partition_indexes, online_operations


@dataclass(frozen=True)
class Plan:
    operations: tuple[Operation, ...]
    source_fingerprint: str
    target_fingerprint: str
    owner: str | None = None  # the role it runs as on its database: it owns what the plan creates

    @property
    def empty(self) -> bool:
        return not self.operations


def fingerprint(catalog: Catalog) -> str:
    """Return a stable digest of a catalog's content (source positions excluded)."""
    digest = hashlib.sha256()
    for piece in _repr_pieces(catalog.normalize()):
        digest.update(piece.encode())
    return digest.hexdigest()[:16]


def _repr_pieces(catalog: Catalog):
    """Yield repr(catalog) in pieces, one object at a time: the digest is that of the whole
    text, which is never held at once (20 MB, twice as bytes, at 5,000 tables)."""
    yield f"{type(catalog).__qualname__}("
    separator = ""
    for f in fields(catalog):
        if not f.repr:
            continue
        value = getattr(catalog, f.name)
        yield f"{separator}{f.name}="
        separator = ", "
        if type(value) is tuple and len(value) > 1:  # (a, b, ...) item by item; () and (a,) whole
            yield "("
            yield repr(value[0])
            for item in value[1:]:
                yield ", "
                yield repr(item)
            yield ")"
        else:
            yield repr(value)
    yield ")"


def make_plan(current: Catalog, desired: Catalog, partitions: dict | None = None) -> Plan:
    """Plan `current` -> `desired`; `partitions` maps each partitioned table to all its
    partitions now, for online index builds (default: the partitions `current` lists)."""
    source = fingerprint(current)
    partitions = _partitions_after(current, desired, current.partitions_by_parent() if partitions is None else partitions)
    current, misplaced = adopt_partition_indexes(current, desired, partitions)
    current, renames = apply_renames(current, desired.renames)
    current = follow_moves(current, desired)  # what uses a moved extension stays
    # A desired side read from a database (not a spec) has its pg_depend edges too: they
    # name the overload a default calls, where parsing only has the function's name.
    current_graph, desired_graph = Graph(current, live=True), Graph(desired, live=True)
    operations = renames + diff_catalogs(current, desired)
    operations = release_extension_users(operations, current, desired, current_graph)
    operations = _recreate_dependents(operations, current_graph, desired_graph)
    operations = _recreate_io_functions(operations, current_graph, desired_graph)
    operations = _recreate_replaced_users_of_dropped(operations, current_graph)
    refuse_kept_users(operations, current_graph)
    operations = with_owners(operations, current, desired)  # what is created, recreated too
    operations = with_own_privileges(operations, current, desired)  # after SetOwner, at the same node
    operations = with_default_grantees(operations, current, desired)
    operations = _release_expressions(operations, current, desired)
    operations = _skip_rebuilt_on_second_run(operations, current_graph, desired_graph)
    taken = {(i.schema, i.name) for i in (*current.indexes, *desired.indexes)}
    operations = online_operations(
        operations, {t.key: t for t in current.tables}, partitions, taken, _using_dropped(operations, current_graph),
        misplaced,
    )
    operations = cluster_operations(operations, current, desired)  # after what builds the indexes, online or not
    operations = _split_foreign_keys(operations, current_graph, desired_graph)
    ordered = _order(operations, current_graph, desired_graph)
    return Plan(tuple(ordered), source, fingerprint(desired))


def _partitions_after(current: Catalog, desired: Catalog, now: dict) -> dict:
    """Return each partitioned table's partitions once the plan has run, whose parts a new
    partitioned index builds: those `desired` lists, and those neither side lists
    (lifecycle partitions), which stay. One `current` lists and `desired` does not under
    that parent is dropped or detached by the plan: an index part on it would name a
    table that is gone before the index is built."""
    compared = {t.key for t in current.tables}
    after = {parent: [p for p in children if p.key not in compared] for parent, children in now.items()}
    for parent, children in desired.partitions_by_parent().items():
        known = {p.key for p in after.get(parent, [])}
        after.setdefault(parent, []).extend(p for p in children if p.key not in known)
    return after


# What must be rebuilt when an object it uses is rebuilt. Indexes on a table survive a
# column type change (PostgreSQL rebuilds them), so a table passes on only to views,
# policies, SQL functions and triggers (UPDATE OF, WHEN) that use the changing columns.
_REBUILT_WITH_TABLE = (View, MaterializedView, Policy, Function, Trigger, Rule)
_REBUILT_WITH_OTHERS = (
    View, MaterializedView, Policy, Function, Index, Trigger, Statistics, Aggregate, Operator, Cast,
    TextSearchDictionary, TextSearchConfiguration, Publication, EventTrigger, Rule, OperatorClass,
)


# A server is rebuilt with its foreign tables (they keep no rows of their own: nothing is
# lost) and user mappings; only foreign tables depend on a server.
_REBUILT_WITH_SERVER = (*_REBUILT_WITH_OTHERS, Table, UserMapping)


def _seeds(operations) -> dict[str, tuple[tuple, set[str] | None]]:
    """Return node -> (kinds of dependents to rebuild, columns they must mention or None)."""
    seeds: dict[str, tuple[tuple, set[str] | None]] = {}
    for op in operations:
        if isinstance(op, DropObject) and op.recreate:
            seeds[op.node] = (_REBUILT_WITH_SERVER if isinstance(op.obj, ForeignServer) else _REBUILT_WITH_OTHERS, None)
            continue
        if isinstance(op, AlterColumn) and (op.retypes or op.old.generated != op.new.generated):
            column = op.old.name
            rebuilt = op.new.generated is not None and op.old.generated != op.new.generated
            # A column waiting in its text form keeps no index of its type's operator classes.
            rebuilt = rebuilt or isinstance(op, ColumnToText)
        elif isinstance(op, DropColumn):
            column, rebuilt = op.column.name, bool(op.reason)
        else:
            continue
        kinds, columns = seeds.get(op.node, (_REBUILT_WITH_TABLE, set()))
        if rebuilt:  # the column is dropped and added again: its indexes go with it
            kinds = _REBUILT_WITH_OTHERS
        if columns is not None:
            columns.add(column)
        seeds[op.node] = (kinds, columns)
    return seeds


def _recreate_dependents(operations, current: Graph, desired: Graph) -> list[Operation]:
    queue = sorted(_seeds(operations).items())
    if not queue:
        return list(operations)
    dropped = {op.node for op in operations if isinstance(op, DropObject)}
    rebuild: dict[str, str] = {}  # node -> the node that forces it
    for op in operations:
        # What uses a recreated extension's members (its operator classes) goes with it
        # (on a live graph, pg_depend's edges to the extension say so too: the extension is
        # a seed); not a table (plan.extension_users releases what it holds).
        if isinstance(op, DropObject) and op.recreate and isinstance(op.obj, Extension) and op.obj.schema:
            for key in sorted(current.member_users(op.obj.schema, _REBUILT_WITH_OTHERS) - dropped - set(rebuild)):
                rebuild[key] = op.node
                queue.append((key, (_REBUILT_WITH_OTHERS, None)))
    while queue:
        seed, (kinds, columns) = queue.pop(0)
        # (Asked of the one kinds tuple the graph indexes once, the server's aside.)
        asked = _REBUILT_WITH_SERVER if kinds is _REBUILT_WITH_SERVER else _REBUILT_WITH_OTHERS
        for key in sorted(current.dependents(seed, asked)):
            node = current.node(key)
            if key in rebuild or key in dropped or not isinstance(node.obj, kinds):
                continue
            if columns is not None and not (node.columns & columns):
                continue  # it does not use the columns that change
            rebuild[key] = seed
            queue.append((key, (_REBUILT_WITH_OTHERS, None)))
        if columns is None:  # DROP TABLE drops its partitions: a recreated table's are created again too
            for key in current.partitions(seed):
                if key not in rebuild and key not in dropped:
                    rebuild[key] = seed
                    queue.append((key, (_REBUILT_WITH_OTHERS, None)))
    if not rebuild:
        return list(operations)
    # A partition's detach and attach (its bound changes) are at its root's node; it is created again instead.
    kept = [op for op in operations if op.node not in rebuild
            and not (isinstance(op, (AttachPartition, DetachPartition)) and node_key(op.partition) in rebuild)]
    for key, cause in sorted(rebuild.items()):
        kept.append(DropObject(key, current.node(key).obj, recreate=True, reason=f"depends on {cause}"))
        if key in desired.objects:
            kept.append(CreateObject(key, desired.node(key).obj, recreate=True))
    return kept


def _recreate_io_functions(operations, current: Graph, desired: Graph) -> list[Operation]:
    """Create again the functions of a base type that is dropped and created again: DROP
    TYPE ... CASCADE takes them along (render.types.drop_base_type), and they are created
    before the type, returning and taking its shell. Whatever else the plan did to them
    is in their new definition."""
    recreated = [op.node for op in operations if isinstance(op, DropObject) and op.recreate and isinstance(op.obj, BaseType)]
    functions = {f for node in recreated for f in current.io_functions(node) if f in desired.objects}
    if not functions:
        return list(operations)
    kept = [op for op in operations if op.node not in functions]
    return kept + [CreateObject(f, desired.node(f).obj, recreate=True) for f in sorted(functions)]


def _using_dropped(operations, current: Graph) -> set[str]:
    """Return the nodes of the objects the plan drops that use another one it drops (an
    index on a function's result): they must go first, in the same transaction."""
    dropped = {op.node for op in operations if isinstance(op, DropObject)}
    return {key for key in dropped if (node := current.node(key)) and (node.depends_on - node.soft) & (dropped - {key})}


def _recreate_replaced_users_of_dropped(operations, current: Graph) -> list[Operation]:
    """Drop and create again what CREATE OR REPLACE would change too late: a view or a
    SQL-standard body bound to an object the plan drops. The replace runs after the drops,
    and PostgreSQL refuses the drop while the old definition still uses it."""
    dropped = {op.node for op in operations if isinstance(op, DropObject)}
    out = []
    for op in operations:
        node = current.node(op.node) if isinstance(op, ReplaceObject) else None
        gone = sorted((node.depends_on - node.soft) & dropped) if node and isinstance(op.old, (View, Function)) else []
        if gone and op.node not in dropped:
            out.append(DropObject(op.node, op.old, recreate=True, reason=f"it stops using {gone[0]}, which is dropped"))
            op = CreateObject(op.node, op.new, recreate=True)
        out.append(op)
    return out


# What can use a view or function (pg_depend rows on it) and is addressed by a schema and
# a name of its own or of its table (operator classes, casts and publications are not).
_USERS = (View, MaterializedView, Table, Policy, Trigger, Rule, Function, Aggregate, Index, Statistics, Operator,
          TextSearchConfiguration)


def _skip_rebuilt_on_second_run(operations, current: Graph, desired: Graph) -> list[Operation]:
    """Tell each rebuilt view, function and text search dictionary which objects the plan
    makes use it anew (their relation, routine or configuration names): a second run of the
    plan finds them using the new definition, and must then leave it alone (see
    DropObject.unless_used_by)."""
    out = []
    for op in operations:
        if isinstance(op, DropObject) and op.recreate and isinstance(op.obj, (View, MaterializedView, Function, TextSearchDictionary)):
            new_users = desired.dependents(op.node, _USERS) - current.dependents(op.node, _USERS)
            names = {_address(desired.node(key).obj) for key in new_users}
            if names:
                op = replace(op, unless_used_by=tuple(sorted(names)))
        out.append(op)
    return out


def _address(obj) -> QualifiedName:
    """Return what pg_identify_object_as_address names first for `obj` and its parts:
    its table for a policy, trigger or rule, else its own schema and name."""
    if isinstance(obj, (Policy, Trigger, Rule)):
        return QualifiedName(obj.schema, obj.table)
    return QualifiedName(obj.schema, obj.name)


def _release_expressions(operations, current: Catalog, desired: Catalog) -> list[Operation]:
    """Column defaults and CHECKs using a function that is dropped and recreated: PostgreSQL
    refuses the drop while they exist, so they are dropped before it and set again after."""
    recreated = {op.node for op in operations if isinstance(op, DropObject) and op.recreate and isinstance(op.obj, Function)}
    if not recreated:
        return operations
    touched = {op.node for op in operations if isinstance(op, DropObject)}
    released = {(op.node, op.column.name) for op in operations if isinstance(op, DropDefault)}
    constraints = {(op.node, op.constraint.name) for op in operations if isinstance(op, (AddConstraint, DropConstraint))}
    desired_tables = {t.key: t for t in desired.tables}
    extra: list[Operation] = []
    for table in current.tables:
        node, after = node_key(table), desired_tables.get(table.key)
        if node in touched or after is None:
            continue
        for (kind, name), uses in sorted(expression_uses(current, table).items()):
            if not uses & recreated:
                continue
            if kind == "column" and (node, name) not in released and after.column(name) is not None:
                before, column = table.column(name), after.column(name)
                extra.append(DropDefault(node, table.key, before))
                if column.default is not None:
                    extra.append(AlterColumn(node, table.key, replace(before, default=None), column))
            elif kind == "constraint" and (node, name) not in constraints:
                before = next(c for c in table.constraints if c.name == name)
                extra.append(DropConstraint(node, table.key, before, recreate=True))
                kept = next((c for c in after.constraints if c.name == name), None)
                if kept is not None:
                    extra.append(AddConstraint(node, table.key, kept))
    return list(operations) + extra


def _split_foreign_keys(operations, current: Graph, desired: Graph) -> list[Operation]:
    """Give the foreign keys that close a cycle of dependencies steps of their own
    (Graph.split_cycles): a created table leaves them out, to add them once the tables
    exist; a table dropped with the table it references loses them first."""
    drops = current.split_cycles({op.node for op in operations if op.phase == DROP})
    creates = desired.split_cycles({op.node for op in operations if op.phase != DROP})
    if not drops and not creates:
        return list(operations)
    dropped = {op.obj.key for op in operations if isinstance(op, DropObject) and isinstance(op.obj, Table)}
    result: list[Operation] = []
    for op in operations:
        split = drops if op.phase == DROP else creates
        name = _constraint_name(op)
        if name is not None and (_table_key(op), name) in split:
            result.append(replace(op, node=split[(_table_key(op), name)]))
        elif isinstance(op, CreateObject) and isinstance(op.obj, Table):
            table = op.obj
            moved = [c for c in table.constraints if (table.key, c.name) in creates]
            result.append(replace(op, obj=replace(table, constraints=tuple(c for c in table.constraints if c not in moved))))
            for fk in moved:
                node = creates[(table.key, fk.name)]
                result.append(AddConstraint(node, table.key, fk, new_table=True))
                if fk.comment is not None:
                    result.append(SetComment(node, table, None, fk.comment, constraint=fk.name))
        elif isinstance(op, DropObject) and isinstance(op.obj, Table):
            result += [
                DropConstraint(drops[(op.obj.key, fk.name)], op.obj.key, fk) for fk in op.obj.constraints
                if (op.obj.key, fk.name) in drops and fk.references in dropped
            ]
            result.append(op)
        else:
            result.append(op)
    return result


def _constraint_name(op) -> str | None:
    """Return the name of the constraint an operation changes, if it changes one."""
    if isinstance(op, (AddConstraint, DropConstraint)):
        return op.constraint.name
    if isinstance(op, ValidateConstraint):
        return op.name
    if isinstance(op, SetComment):
        return op.constraint
    return None


def _table_key(op):
    return op.obj.key if isinstance(op, SetComment) else op.table


def _order(operations, current: Graph, desired: Graph) -> list[Operation]:
    renames = [op for op in operations if op.phase == RENAME]
    drops = [op for op in operations if op.phase == DROP]
    creates = [op for op in operations if op.phase == CREATE]
    # Only the objects the plan touches, and what they depend on, are sorted.
    drop_order = creation_order(current.closure({op.node for op in drops}))
    drop_rank = {n.key: i for i, n in enumerate(reversed(drop_order))}
    create_rank = {n.key: i for i, n in enumerate(creation_order(desired.closure({op.node for op in creates})))}
    # Stable sorts keep each node's operations in the order the differ produced them.
    drops.sort(key=lambda op: drop_rank.get(op.node, len(drop_rank)))
    drops = _ancestor_indexes_first(drops, current)
    creates.sort(key=lambda op: create_rank.get(op.node, len(create_rank)))
    # What expressions use (sequences, functions, extensions) and what holds objects
    # (schemas) goes last: the alters above may be what stops using it.
    # A type is dropped only once the columns converted below stop using it (a replaced
    # type's old copy included: see diff.types; any other type created again, a base type
    # or one whose kind changes, is no copy: it goes before it is created). A sequence OWNED BY a column is used by that
    # column's default, whose DropDefault runs in this phase: it goes now, so that a new
    # identity sequence can take its name.
    late = [
        op for op in drops
        if isinstance(op, DropObject) and isinstance(op.obj, _USED_BY_OTHERS)
        and (not op.recreate or (isinstance(op.obj, TYPE_KINDS) and node_key(op.obj) != op.node))
        and not (isinstance(op.obj, Sequence) and op.obj.owned_by)
    ]

    def depends_on(key):
        node = current.node(key)
        return node.depends_on if node else set()

    # ... unless it depends on what goes before: a function taking a table's row type is
    # dropped before its table.
    early = {op.node for op in drops if isinstance(op, DropObject) and op not in late}
    while any(depends_on(op.node) & early for op in late):
        early |= {op.node for op in late if depends_on(op.node) & early}
        late = [op for op in late if op.node not in early]
    drops = [op for op in drops if op not in late]
    # Stage 0 is one transaction; online builds (1) and validations (2) follow it.
    return sorted(renames + drops + creates + late, key=lambda op: op.stage)


def _ancestor_indexes_first(drops, current: Graph) -> list[Operation]:
    """Move the drop of a partition's own index after those of its partitioned tables'
    indexes (which the graph puts first: they come first when created, see
    Resolver.ancestor_indexes). Once the plan ran, one of them may hold it as its attached
    part, which PostgreSQL refuses to drop alone; dropping the parent's index takes the part
    along, and the part's DROP INDEX IF EXISTS then finds nothing. Dropped alone while not
    attached (the first run), the order does not matter."""
    position = {op.node: i for i, op in enumerate(drops) if isinstance(op, DropObject) and isinstance(op.obj, Index)}

    def key(item):
        i, op = item
        node = current.node(op.node) if op.node in position else None
        ancestors = (node.depends_on & position.keys()) if node else set()
        # More ancestors: lower in the partition tree, after the middle levels' indexes.
        return max([i] + [position[a] for a in ancestors]), len(ancestors), i

    return [op for _, op in sorted(enumerate(drops), key=key)]


_USED_BY_OTHERS = (
    AccessMethod, Sequence, Function, Extension, Schema, *TYPE_KINDS, Aggregate, Operator, Cast, Collation,
    TextSearchParser, TextSearchTemplate, TextSearchDictionary, TextSearchConfiguration, OperatorFamily, OperatorClass,
)
