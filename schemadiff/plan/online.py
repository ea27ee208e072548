"""Rewrite a plan's operations so a busy database keeps taking writes while it runs.

- An index on a table that already exists is built CONCURRENTLY; on a partitioned table,
  each partition's index concurrently, then the parent index ON ONLY, then ATTACH.
- Indexes are dropped CONCURRENTLY (not possible for partitioned ones).
- Foreign keys and CHECKs on existing tables are added NOT VALID and validated later
  (except foreign keys on partitioned tables, which PostgreSQL 15 cannot add NOT VALID).
- SET NOT NULL goes through a validated CHECK (column IS NOT NULL), so it needs no scan.
Objects created in the same plan are empty: they get the plain, transactional forms.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from ..diff.catalogs import index_definition
from ..diff.equivalence import same
from ..diff.operations import (
    AddConstraint, AddNotNullCheck, AlterColumn, AttachPartitionIndexes, CreateIndexConcurrently,
    CreateObject, DropIndexConcurrently, DropObject, Operation, SetPartitionIndexTablespaces, ValidateConstraint,
    ValidateNotNull,
)
from ..model import (
    CheckConstraint, Collation, Extension, ForeignKey, Index, MaterializedView, OperatorClass, OperatorFamily, QualifiedName, Table,
)
from ..spec.names import object_name


def online_operations(operations: list[Operation], current_tables: dict[QualifiedName, Table],
                      partitions: dict[QualifiedName, list[Table]], taken: set[tuple[str, str]],
                      using_dropped: frozenset[str] | set[str] = frozenset(),
                      misplaced: dict | None = None) -> list[Operation]:
    """Return the operations with their online forms; `partitions` lists every partition
    of each partitioned table as it is now (lifecycle partitions included), `taken` the
    (schema, name) of every index that stays or comes (a part may not take their names),
    `using_dropped` the nodes of dropped objects that use another dropped one, `misplaced`
    the partitions whose own index a new index adopts in another tablespace than its part's
    (adopt_partition_indexes)."""
    misplaced = misplaced or {}
    created = {op.obj.key for op in operations if isinstance(op, CreateObject) and isinstance(op.obj, (Table, MaterializedView))}
    dropped = {op.obj.key for op in operations if isinstance(op, DropObject) and isinstance(op.obj, (Table, MaterializedView))}
    # What an index may use (an extension's or a user-defined operator class, a collation)
    # goes in the transaction: the index must be gone by then, so it is not dropped later, online.
    drops_extension = any(
        isinstance(op, DropObject) and isinstance(op.obj, (Collation, Extension, OperatorClass, OperatorFamily))
        for op in operations
    )
    rebuilt_below = _below_blocking_builds(operations, current_tables, partitions, created)
    retyped = _retyped_tables(operations, current_tables, partitions)
    result: list[Operation] = []
    for op in operations:
        if isinstance(op, CreateObject) and isinstance(op.obj, Index) and op.obj.table_key not in created:
            result += _create_index(op, current_tables.get(op.obj.table_key), partitions, taken)
            if op.obj.key in misplaced:  # once attached, moved where the index wants its part
                stage = result[-1].stage  # (the attach's: online, or the blocking build's)
                result.append(SetPartitionIndexTablespaces(op.node, op.obj, misplaced[op.obj.key], stage=stage))
        elif (isinstance(op, DropObject) and isinstance(op.obj, Index) and op.obj.table_key not in dropped
              and not op.reason.startswith("depends on") and not drops_extension and op.node not in using_dropped
              and op.obj.table_key not in rebuilt_below and op.obj.table_key not in retyped):
            # (A dependent index goes when what it uses goes, in the same transaction; so does
            # a partition's index that a blocking build above it would take as its part, and
            # one on a table whose column is retyped, which would rebuild it or fail on it.)
            table = current_tables.get(op.obj.table_key)
            result.append(op if table is not None and table.partition_by else DropIndexConcurrently(op.node, op.obj))
        elif (isinstance(op, AddConstraint) and isinstance(op.constraint, (ForeignKey, CheckConstraint))
              and op.constraint.valid  # (one the spec wants NOT VALID stays so: never validated)
              and not (isinstance(op.constraint, ForeignKey) and _partitioned(current_tables.get(op.table)))):
            result += [replace(op, not_valid=True), ValidateConstraint(op.node, op.table, op.constraint.name)]
        elif (isinstance(op, AlterColumn) and op.old.nullable and not op.new.nullable
              and not (op.new.identity and not op.old.identity)):
            # (ADD IDENTITY needs NOT NULL in the same step, so that path stays blocking.)
            check = object_name(op.table.name, [op.new.name], "not_null")
            rest = replace(op.new, nullable=True)
            if rest != op.old:  # other changes of the same column still happen here
                result.append(replace(op, new=rest))
            result += [
                AddNotNullCheck(op.node, op.table, op.new.name, check),
                ValidateNotNull(op.node, op.table, op.new.name, check),
            ]
        else:
            result.append(op)
    return result


def _partitioned(table: Table | None) -> bool:
    return table is not None and table.partition_by is not None


def _below_blocking_builds(operations, current_tables, partitions, created) -> set[QualifiedName]:
    """Return the partitions, at every depth, of each table whose new index is built in one
    blocking statement (_create_index: it is sub-partitioned). That statement takes an
    index of the same definition it finds on a partition as its part, so one the plan
    drops must be gone before it: in the transaction, not concurrently after it."""
    below: set[QualifiedName] = set()
    for op in operations:
        if isinstance(op, CreateObject) and isinstance(op.obj, Index) and op.obj.table_key not in created:
            children = partitions.get(op.obj.table_key, [])
            if _partitioned(current_tables.get(op.obj.table_key)) and any(p.partition_by for p in children):
                below |= _descendants(op.obj.table_key, partitions)
    return below


def _retyped_tables(operations, current_tables, partitions) -> set[QualifiedName]:
    """Return the tables a column retype (a new type or collation) reaches: the table and,
    since ALTER COLUMN ... TYPE recurses, its partitions and inheritance children at every
    depth. An index there that the plan drops must go before the retype, in the
    transaction: the retype rebuilds it, or fails on it (lower(col) once col is an enum)."""
    children: dict[QualifiedName, list[QualifiedName]] = {}
    for table in current_tables.values():
        for parent in table.inherits:
            children.setdefault(parent, []).append(table.key)
    found: set[QualifiedName] = set()
    queue = [op.table for op in operations if isinstance(op, AlterColumn)
             and (op.old.type, op.old.collation) != (op.new.type, op.new.collation)]
    while queue:
        key = queue.pop()
        if key not in found:
            found.add(key)
            queue += [p.key for p in partitions.get(key, [])] + children.get(key, [])
    return found


def _descendants(key: QualifiedName, partitions) -> set[QualifiedName]:
    found: set[QualifiedName] = set()
    for partition in partitions.get(key, []):
        found |= {partition.key, *_descendants(partition.key, partitions)}
    return found


def _create_index(op: CreateObject, table: Table | None, partitions, taken) -> list[Operation]:
    index: Index = op.obj
    if table is None or not table.partition_by:
        # A plain table or a materialized view.
        return [CreateIndexConcurrently(op.node, index, index.table_key, index.name)]
    children = partitions.get(table.key, [])
    if any(p.partition_by for p in children):
        return [replace(op, blocking=True)]  # sub-partitioned: CONCURRENTLY cannot reach it
    builds = [
        CreateIndexConcurrently(op.node, index, p.key, _part_name(index, p.name, taken))
        for p in sorted(children, key=lambda p: p.name)
    ]
    return builds + [AttachPartitionIndexes(op.node, index, tuple(b.name for b in builds))]


def _part_name(index: Index, partition: str, taken) -> str:
    """Return the name of the index's part on `partition`: the one it is given, or the one
    PostgreSQL would choose (ChooseRelationName), which passes over the names other indexes
    hold (a partition's own index on the same columns): <partition>_<columns>_idx, idx1, ..."""
    name = index.partition_index_name(partition)
    if (index.schema, name) not in taken or partition in dict(index.partition_names):
        return name
    columns = [e.column or "expr" for e in index.elements]
    candidates = (object_name(partition, columns, f"idx{n}") for n in itertools.count(1))
    return next(c for c in candidates if (index.schema, c) not in taken)


def adopt_partition_indexes(current, desired, partitions) -> tuple[object, dict]:
    """Return `current` without the partitions' own indexes that a new index of their parent
    takes as its parts (left unattached by an interrupted online build, or an index of the
    partition alone until now): the plan attaches them instead of dropping them and building
    them again. Only an index of the same definition can be attached. With it, map each new
    index to the partitions (sorted) whose adopted index is not in its part's tablespace."""
    current_names = {(i.schema, i.name) for i in current.indexes}
    expected = {}
    for index in desired.indexes:
        if (index.schema, index.name) in current_names:
            continue
        for partition in partitions.get(index.table_key, []):
            expected[(partition.schema, partition.name, index.partition_index_name(partition.name))] = index
    wanted = {(i.schema, i.name) for i in desired.indexes}

    def adopted(own: Index) -> bool:
        parent = expected.get((own.schema, own.table, own.name))
        return (parent is not None and (own.schema, own.name) not in wanted and same(
            index_definition(replace(own, table=parent.table, name=parent.name)), index_definition(parent),
        ))
    misplaced: dict = {}
    for own in current.indexes:
        if adopted(own):
            parent = expected[(own.schema, own.table, own.name)]
            # (One in the database's default, None, counts when its part is given that by name:
            # the move then finds it in place.)
            if own.tablespace != parent.partition_tablespace(own.table):
                misplaced.setdefault(parent.key, []).append(own.table)
    kept = replace(current, indexes=tuple(i for i in current.indexes if not adopted(i)))
    return kept, {key: tuple(sorted(tables)) for key, tables in misplaced.items()}
