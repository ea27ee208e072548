"""A table's (or a partition's) columns, constraints, RLS, comments and privileges.

A column change is split in two when it removes a default or an identity: that half goes
in the drop phase, so the sequence or function the old default used can be dropped (and
its name taken by a new identity sequence) before the rest is set in the create phase.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import CheckConstraint, Column, IdentityOptions, IdentitySequence, Index, PrimaryKey, QualifiedName, Table
from ..model.catalog import node_key
from ..spec import fragments
from .equivalence import same
from .grants import diff_grants
from .lists import diff_by_key
from .operations import (
    AddColumn, AddConstraint, AlterColumn, AttachPartition, DetachPartition, DropColumn, DropConstraint,
    DropDefault, DropInheritance, Operation, RevokePrivileges, SetAccessMethod, SetComment, SetForeignOptions, SetLogged,
    ReleaseReplicaIdentity, SetReplicaIdentity, SetTablespace,
    SetPartitionCompression, SetPartitionDefault, SetPartitionNotNull, SetPartitionStatistics, SetPartitionStorage,
    SetRowSecurity, SetSequenceLogged, SetStorageParameters, SetTableType, ValidateConstraint,
)


def diff_partition(
    old: Table, new: Table, root: Table, released: frozenset[str] = frozenset(), identity: frozenset[str] = frozenset(),
) -> list[Operation]:
    """`root`: the table at the top of `new`'s partition tree; `released`: the columns whose
    NOT NULL the root drops; `identity`: the columns of `old`'s replica identity index."""
    node = node_key(new)
    ops: list[Operation] = []
    held = _primary_key_holding(old, new, released)
    if held is not None:
        # The root's DROP NOT NULL recurses, and PostgreSQL refuses it on a partition whose
        # own primary key holds the column: the key goes before and comes back after (its
        # NOT NULL with it), as a changed key would.
        ops.append(DropConstraint(node, new.key, held, recreate=True))
        old = replace(old, constraints=tuple(c for c in old.constraints if c is not held))
    if released & identity:
        # Refused likewise while the column is in the replica identity index: the identity
        # is released before and set again after (_physical compares with the default).
        old = replace(old, replica_identity="default", replica_identity_index=None)
        ops.append(ReleaseReplicaIdentity(node, old))
    if old.partition_bound != new.partition_bound:
        # At the root's node (see rebound_partitions): detached after the drops of every
        # ancestor, attached again before their creates and alters, so that these reach the
        # partition. The root's, not the parent's: a DROP COLUMN is the root's alone, and
        # its node comes after (drops) or before (creates) those of the tables below it.
        ops += [DetachPartition(node_key(root), old), AttachPartition(node_key(root), new)]
    ops += _physical(node, old, new)
    ops += diff_constraints(node, old, new)
    if old.comment != new.comment:
        ops.append(SetComment(node, new, None, new.comment))
    ops += diff_grants(node, new, old.grants, new.grants)
    return ops


def released_not_null(old_root: Table, new_root: Table) -> frozenset[str]:
    """Return the columns that are NOT NULL in `old_root` and allow NULL in `new_root`."""
    return frozenset(c.name for c in old_root.columns
                     if not c.nullable and (kept := new_root.column(c.name)) is not None and kept.nullable)


def identity_index_columns(catalog, table: Table) -> frozenset[str]:
    """Return the columns of `table`'s REPLICA IDENTITY USING INDEX index (none otherwise):
    a key's index or an index of its own."""
    if table.replica_identity != "index":
        return frozenset()
    for constraint in table.constraints:
        if constraint.name == table.replica_identity_index and hasattr(constraint, "columns"):
            return frozenset(constraint.columns)
    index = next((i for i in catalog.indexes if i.schema == table.schema and i.name == table.replica_identity_index), None)
    return frozenset(e.column for e in index.elements if e.column) if index else frozenset()


def _primary_key_holding(old: Table, new: Table, columns: frozenset[str]) -> PrimaryKey | None:
    """Return the primary key `old` and `new` both have that holds one of `columns`."""
    key = next((c for c in old.constraints if isinstance(c, PrimaryKey)), None)
    if key is None or not columns & set(key.columns):
        return None
    return key if any(isinstance(c, PrimaryKey) and c.name == key.name for c in new.constraints) else None


def rebound_partitions(ops: list[Operation]) -> list[Operation]:
    """Return `ops` with each partition's ATTACH first and DETACH last: both are at its root's
    node, whose operations keep this order within each phase (plan.planner._order). An ancestor's
    ADD or DROP COLUMN (constraint, ...) does not reach a partition while it is detached, and
    all detaching before any attaching lets two partitions swap their bounds."""
    attach = [op for op in ops if isinstance(op, AttachPartition)]
    detach = [op for op in ops if isinstance(op, DetachPartition)]
    if not attach and not detach:
        return ops
    return attach + [op for op in ops if not isinstance(op, (AttachPartition, DetachPartition))] + detach


def identity_last(ops: list[Operation]) -> list[Operation]:
    """Return `ops` with each replica identity set after the other changes of its table
    (each node keeps its operations' order, plan.planner._order): USING INDEX wants the
    index's columns NOT NULL, which partition_not_null sets after the partitions' own diffs."""
    identities = [op for op in ops if type(op) is SetReplicaIdentity]
    return [op for op in ops if type(op) is not SetReplicaIdentity] + identities if identities else ops


def _staying_children(current, desired):
    """Yield (old, new) of the inheritance children that stay (not partitions)."""
    before = {t.key: t for t in current.tables if t.partition_of is None and t.inherits}
    for new in desired.tables:
        if new.partition_of is None and new.inherits and (old := before.get(new.key)) is not None:
            yield old, new


def _inherited_only(old: Table, new: Table, current, desired) -> set[str]:
    """Return the columns an inheritance child that stays only inherits, on both sides (its
    own columns' settings are diffed with them)."""
    return (_handed_down(new.inherits, desired)[0] & _handed_down(old.inherits, current)[0]) - {c.name for c in (*old.columns, *new.columns)}


def _staying_partitions(current, desired):
    """Yield (old, new) of the partitions that stay: not created, nor created again."""
    before = {t.key: t for t in current.tables if t.partition_of is not None}
    for new in desired.tables:
        old = before.get(new.key)
        if old is not None and old.partition_of == new.partition_of and old.partition_by == new.partition_by:
            yield old, new


def partition_compression(current, desired) -> list[Operation]:
    """Return ALTER TABLE ONLY ... SET COMPRESSION for the columns of the partitions that stay
    whose compression is not as wanted: the parent's SET COMPRESSION does not reach them, nor
    does their own change with the parent's. A column new to a partition takes its parent's
    (ADD COLUMN passes it on), as a new partition does (see render.tables.create_table).
    Likewise for the columns inheritance children that stay only inherit (their first
    parent's, where they have none of their own). ALTER COLUMN ... TYPE (a new type or
    collation) on the root or a parent resets it to the default on every table below."""
    ops: list[Operation] = []
    for old, new in [*_staying_partitions(current, desired), *_staying_children(current, desired)]:
        was, wanted = current.compression_of(old), desired.compression_of(new)
        given = desired.compression_of(replace(new, column_compression=()))  # its parent's
        was |= {name: "default" for name in _retyped_above(old, new, current, desired)}
        if new.partition_of is None:  # (an inheritance child's own columns are diffed with them)
            only = _inherited_only(old, new, current, desired)
            wanted = {c: m for c, m in wanted.items() if c in only}
        ops += [SetPartitionCompression(node_key(new), new.key, column, compression)
                for column, compression in sorted(wanted.items()) if was.get(column, given.get(column)) != compression]
    return ops


def _retyped_above(old: Table, new: Table, current, desired) -> dict[str, Column]:
    """Return {column: its new definition} for the columns the plan retypes (a new type or
    collation) on a partition's root, or on a table an inheritance child inherits from:
    ALTER COLUMN ... TYPE recurses to the table and resets its storage and compression."""
    if new.partition_of is not None:
        above = [(current.root_of(old), desired.root_of(new))]
    else:
        above = [(current.relation(t.schema, t.name), t) for t in desired.ancestors(new.inherits)]
    retyped: dict[str, Column] = {}
    for was, now in above:
        for column in now.columns if isinstance(was, Table) else ():
            before = was.column(column.name)
            if before is not None and (before.type, before.collation) != (column.type, column.collation):
                retyped.setdefault(column.name, column)
    return retyped


def partition_defaults(current, desired) -> list[Operation]:
    """Return ALTER TABLE ONLY ... SET / DROP DEFAULT for the columns of the partitions that
    stay whose default is not as wanted. A root table's SET / DROP DEFAULT (and ADD COLUMN)
    recurses to every partition: where the plan changes it, each partition then has the
    root's new default, whatever it had of its own."""
    ops: list[Operation] = []
    for old, new in _staying_partitions(current, desired):
        was, wanted = current.defaults_of(old), desired.defaults_of(new)
        root_was = {c.name: (c.type, c.default) for c in current.root_of(old).columns}
        # The root's new default, on the columns whose default (or type: the default is set
        # again) the plan changes there.
        reset = {c.name: c.default for c in desired.root_of(new).columns if (c.type, c.default) != root_was.get(c.name)}
        ops += [SetPartitionDefault(node_key(new), new.key, column, default)
                for column, default in sorted(wanted.items()) if reset.get(column, was.get(column)) != default]
    return ops


def partition_not_null(current, desired) -> list[Operation]:
    """Return ALTER TABLE ... SET / DROP NOT NULL for the columns of the partitions that stay
    whose own NOT NULL is not as wanted (dropping a partition's PRIMARY KEY leaves its NOT
    NULL). DROP NOT NULL recurses to a table's partitions, a root's or a partition's: below
    it, what a partition keeps of its own is set again. Parents come before their partitions
    (the graph orders them so too)."""
    ops: list[Operation] = []
    dropped: dict[QualifiedName, set[str]] = {}  # partition -> columns whose NOT NULL the plan drops on it or above
    staying = sorted(_staying_partitions(current, desired), key=lambda pair: len(desired.partition_chain(pair[1])))
    for old, new in staying:
        at_root = _not_null(current.not_null_of(current.root_of(old))) - _not_null(desired.not_null_of(desired.root_of(new)))
        gone = dropped.get(new.partition_of, set()) | at_root
        was = _not_null(current.not_null_of(old)) - gone
        given = desired.not_null_of(replace(new, not_null_columns=()))  # its parent's
        wanted = _not_null(desired.not_null_of(new))
        # Where the parent's is NOT NULL, the partition's follows it.
        changed = sorted(column for column in was ^ wanted if column in given and not given[column])
        ops += [SetPartitionNotNull(node_key(new), new.key, column, column in wanted) for column in changed]
        dropped[new.key] = gone | (was - wanted)
    return ops


def _inheritance_children_first_parents(desired) -> list[Table]:
    """Return the tables that are not partitions, each after the tables it inherits from."""
    return sorted((t for t in desired.tables if t.partition_of is None),
                  key=lambda t: (len(list(desired.ancestors(t.inherits))), t.key))


def inheritance_defaults(current, desired) -> list[Operation]:
    """Return ALTER TABLE ONLY ... SET / DROP DEFAULT for the columns of inheritance children
    whose default a parent's SET / DROP DEFAULT overwrites: it recurses to every table below,
    and runs again on a second run of the plan, after the children the first one created."""
    ops: list[Operation] = []
    # table -> {column: the default the plan's recursing statements leave on it and below}
    reset: dict[QualifiedName, dict] = {}
    for new in _inheritance_children_first_parents(desired):
        old = current.relation(new.schema, new.name)
        old = old if isinstance(old, Table) and old.partition_of is None else None
        handed: dict = {}
        for parent in reversed(new.inherits):  # (the first parent's wins, as its column does)
            handed.update(reset.get(parent, {}))
        wanted = _effective_defaults(new, desired)
        again = {column: wanted[column] for column, default in handed.items() if column in wanted and wanted[column] != default}
        ops += [SetPartitionDefault(node_key(new), new.key, column, default) for column, default in sorted(again.items())]
        own = {} if old is None else {c.name: c.default for c in new.columns
                                      if (was := old.column(c.name)) is not None and (was.type, was.default) != (c.type, c.default)}
        reset[new.key] = {**handed, **own}  # (ONLY: `again` stays on the child)
    return ops


def _effective_defaults(table: Table, catalog) -> dict:
    """Return {column: default or None} of a table and what its parents hand down: its own
    where it declares the column, else that of the first parent (and theirs) that has it."""
    found = {c.name: c.default for c in table.columns}
    for parent in catalog.ancestors(table.inherits):
        for column in parent.columns:
            found.setdefault(column.name, column.default)
    return found


def inheritance_not_null(current, desired) -> list[Operation]:
    """Return ALTER TABLE ... SET NOT NULL for the columns of the inheritance children that
    stay whose NOT NULL a parent's DROP NOT NULL takes along: in PostgreSQL 15 it recurses
    to every table below, whether the child declares the column NOT NULL itself or another
    parent hands it down so. Set again without ONLY, it reaches the child's own children,
    which take their parent's. Parents come before their children (the graph orders them so)."""
    ops: list[Operation] = []
    dropped: dict[QualifiedName, set[str]] = {}  # table -> columns whose NOT NULL the plan drops on it or above
    for new in _inheritance_children_first_parents(desired):
        old = current.relation(new.schema, new.name)
        if not isinstance(old, Table) or old.partition_of is not None:
            continue
        was, wanted = _effective_not_null(old, current), _effective_not_null(new, desired)
        gone = set().union(*(dropped.get(parent, set()) for parent in new.inherits))
        again = sorted(column for column in gone if was.get(column) and wanted.get(column))
        ops += [SetPartitionNotNull(node_key(new), new.key, column) for column in again]
        own = {c.name for c in old.columns if not c.nullable and (kept := new.column(c.name)) is not None and kept.nullable}
        dropped[new.key] = (gone | own) - set(again)
    return ops


def _effective_not_null(table: Table, catalog) -> dict[str, bool]:
    """Return {column: NOT NULL or not} of a table and what its parents hand down: NOT NULL
    where it declares so or any parent's is (CREATE TABLE ... INHERITS merges them so)."""
    found = {c.name: not c.nullable for c in table.columns}
    for parent in catalog.ancestors(table.inherits):
        for column in parent.columns:
            found[column.name] = found.get(column.name, False) or not column.nullable
    return found


def _not_null(columns: dict[str, bool]) -> set[str]:
    return {column for column, not_null in columns.items() if not_null}


def partition_storage(current, desired) -> list[Operation]:
    """Return ALTER TABLE ONLY ... SET STORAGE for the columns of the partitions that stay
    whose storage is not as wanted: the parent's is set ONLY (see render.tables.column_settings),
    so it does not reach them. A column new to a partition (ADD COLUMN on the root, which has
    no STORAGE clause in PostgreSQL 15) or retyped there (or on a parent) has its type's
    storage. Likewise for the columns inheritance children that stay only inherit."""
    ops: list[Operation] = []
    for old, new in [*_staying_partitions(current, desired), *_staying_children(current, desired)]:
        was, wanted = current.storage_of(old), desired.storage_of(new)
        reset = {name: c.type_storage for name, c in _retyped_above(old, new, current, desired).items()}
        if new.partition_of is None:  # (an inheritance child's own columns are diffed with them)
            only = _inherited_only(old, new, current, desired)
            wanted = {c: s for c, s in wanted.items() if c in only}
        ops += [SetPartitionStorage(node_key(new), new.key, column, storage)
                for column, storage in sorted(wanted.items()) if reset.get(column, was.get(column)) != storage]
    return ops


def partition_tablespaces(current, desired) -> list[Operation]:
    """Return ALTER TABLE ... SET TABLESPACE for the partitions that stay whose tablespace is
    not as wanted. A partition's `tablespace` is its own where it is not its parent's: the
    one it is in follows from its parents', whose SET TABLESPACE does not move it."""
    return [
        SetTablespace(node_key(new), new.key, "table", wanted, moves_data=new.partition_by is None)
        for old, new in _staying_partitions(current, desired)
        if (wanted := tablespace_of(desired, new)) != tablespace_of(current, old)
    ]


def tablespace_of(catalog, table: Table) -> str | None:
    """Return the tablespace `table` is in (None: the database's default): its own, else
    that of the nearest table above it with one (PARTITION OF takes its parent's)."""
    return next((t.tablespace for t in reversed(catalog.partition_chain(table)) if t.tablespace is not None), None)


def partition_statistics(current, desired) -> list[Operation]:
    """Return ALTER TABLE ONLY ... SET STATISTICS for the columns of the partitions that stay
    whose target is not as wanted, and of the columns inheritance children that stay only
    inherit. Each table's target is its own: a parent's is set ONLY (see
    render.tables.column_settings), so nothing else changes a partition's or a child's."""
    ops: list[Operation] = []
    staying = [*_staying_partitions(current, desired), *_staying_children(current, desired)]
    for old, new in staying:
        was, wanted = dict(old.column_statistics), dict(new.column_statistics)
        if new.partition_of is not None:
            columns = {c.name for c in desired.root_of(new).columns}  # (a dropped column has none)
        else:
            columns = _inherited_only(old, new, current, desired)
        ops += [SetPartitionStatistics(node_key(new), new.key, column, wanted.get(column))
                for column in sorted((was.keys() | wanted.keys()) & columns) if was.get(column) != wanted.get(column)]
    return ops


def with_inherited(old: Table, new: Table, catalog) -> Table:
    """Return `old` with what NO INHERIT makes its own: the columns and CHECKs of each parent
    it stops inheriting from (and of theirs), so that the diff drops those not wanted."""
    columns, constraints = list(old.columns), list(old.constraints)
    # What a parent it keeps hands down stays inherited (a column two parents hand down).
    kept = list(catalog.ancestors(new.inherits))
    known = {c.name for c in columns} | {c.name for t in kept for c in t.columns}
    names = {c.name for c in constraints} | {c.name for t in kept for c in _inheritable_checks(t)}
    for parent in catalog.ancestors([p for p in old.inherits if p not in new.inherits]):
        columns += [c for c in parent.columns if c.name not in known]
        constraints += [c for c in _inheritable_checks(parent) if c.name not in names]
        known |= {c.name for c in parent.columns}
        names |= {c.name for c in _inheritable_checks(parent)}
    if len(columns) == len(old.columns) and len(constraints) == len(old.constraints):
        return old
    return replace(old, columns=tuple(columns), constraints=tuple(sorted(constraints, key=lambda c: c.name)))


def _handed_down(parents, catalog) -> tuple[set[str], dict[str, str]]:
    """Return the names of the columns that `parents` and theirs hand down, and their CHECKs
    as {name: expression}, the nearest parent's first: a merged CHECK has one expression everywhere."""
    columns: set[str] = set()
    checks: dict[str, str] = {}
    for parent in catalog.ancestors(parents):  # nearest first
        columns |= {c.name for c in parent.columns}
        for check in _inheritable_checks(parent):
            checks.setdefault(check.name, check.expression)
    return columns, checks


def _handed_names(parents, catalog) -> tuple[set[str], set[str]]:
    """Return the names of the columns and CHECKs that `parents` and theirs hand down."""
    columns, checks = _handed_down(parents, catalog)
    return columns, set(checks)


def inheritance_state(table: Table, catalog) -> tuple[tuple, tuple]:
    """Return each column of `table` as (name, declared by it, handed down), and each CHECK
    as (name, expression, declared by it, handed down), sorted by name: what attislocal /
    attinhcount and conislocal / coninhcount say once the table is as `catalog` has it."""
    handed_columns, handed_checks = _handed_down(table.inherits, catalog)
    own = {c.name for c in table.columns}
    columns = tuple((name, name in own, name in handed_columns) for name in sorted(own | handed_columns))
    own_checks = {c.name: c.expression for c in table.constraints if isinstance(c, CheckConstraint)}
    checks = tuple((name, own_checks.get(name, handed_checks.get(name)), name in own_checks, name in handed_checks)
                   for name in sorted(own_checks.keys() | handed_checks.keys()))
    return columns, checks


def _declared(table: Table) -> tuple[set[str], set[str]]:
    """Return the names of the columns and CHECKs `table` declares itself."""
    return {c.name for c in table.columns}, {c.name for c in table.constraints if isinstance(c, CheckConstraint)}


def remerged(old: Table, new: Table, current, desired) -> bool:
    """Whether a table that keeps its parents must be created again, no statement changing
    attislocal or conislocal: a column or CHECK they hand down on both sides becomes, or
    stops being, declared by the table too; one inherited only is to stay as the table's own
    alone while the parent drops it (the parent's DROP takes it along, and an ADD before
    merges nothing), or the other way round (the parent's ADD merges into it, which then
    cannot be dropped); or a merged CHECK changes its expression (the table's copy can be
    dropped neither before the parent's, nor stay while the parent's new one merges into it).
    A name the table declares on both sides is kept by PostgreSQL when the parent drops it
    and merged when the parent adds it; what a parent it loses hands down NO INHERIT makes
    the table's own."""
    kept = [p for p in old.inherits if p in new.inherits]
    if not kept:
        return False
    handed_was, handed_now = _handed_names(kept, current), _handed_names(new.inherits, desired)
    declared_was, declared_now = _declared(old), _declared(new)
    for h_was, h_now, d_was, d_now in zip(handed_was, handed_now, declared_was, declared_now):
        if ((d_was & h_was) ^ (d_now & h_now)) - (d_was & d_now):
            return True
        if (h_was - d_was) & (d_now - h_now) or (d_was - h_was) & (h_now - d_now):
            return True
    merged_checks = declared_was[1] & handed_was[1] & declared_now[1] & handed_now[1]
    before = {c.name: c for c in old.constraints}
    return any(not same(before[c.name], c) for c in new.constraints if c.name in merged_checks)


def _inheritable_checks(table: Table) -> list:
    return [c for c in table.constraints if isinstance(c, CheckConstraint) and not c.no_inherit]


def same_row_type(old: Table, new: Table) -> bool:
    """Tell whether two tables have the same columns, types and collations in the same order."""
    def row(table):
        return [(c.name, c.type, c.collation) for c in table.columns]
    return row(old) == row(new)


def _as_typed(old: Table, new: Table) -> Table:
    """Return `old`, a table of the type `new` is of too, with the columns the type's ALTER
    TYPE ... CASCADE leaves it (diff.types): the desired ones, in order, the retyped with
    their new type and collation, those added bare."""
    columns = [
        replace(old.column(c.name), type=c.type, collation=c.collation) if old.column(c.name)
        else Column(c.name, c.type, collation=c.collation, type_storage=c.type_storage)
        for c in new.columns
    ]
    return replace(old, columns=tuple(columns))


def diff_table(old: Table, new: Table) -> list[Operation]:
    node = node_key(new)
    # NO INHERIT first: the columns it makes this table's own may be dropped below.
    ops: list[Operation] = [DropInheritance(node, new.key, p) for p in old.inherits if p not in new.inherits]
    if old.of_type is not None and old.of_type == new.of_type:
        old = _as_typed(old, new)
    elif old.of_type != new.of_type:
        # NOT OF goes in the drop phase, before the columns change; OF in the create phase,
        # on columns that are already the type's (diff.catalogs recreates the table otherwise).
        if old.of_type is not None:
            ops.append(SetTableType(node, new.key, None))
        if new.of_type is not None:
            ops.append(SetTableType(node, new.key, new.of_type))
    columns = diff_by_key(old.columns, new.columns, key=lambda c: c.name, same=same)
    rebuilt = _rebuilt_generated_columns(old, new, columns)
    # Added columns go last, in the target's order: PostgreSQL cannot reorder them later.
    position = {c.name: i for i, c in enumerate(new.columns)}
    ops += [AddColumn(node, new.key, c) for c in sorted(columns.added, key=lambda c: position[c.name])]
    # Constraints go before the columns they use: PostgreSQL drops one with its column
    # only when it uses no other (an exclusion constraint's WHERE, a two-column CHECK).
    constraint_ops = diff_constraints(node, old, new)
    ops += [op for op in constraint_ops if isinstance(op, DropConstraint)]
    # PostgreSQL refuses to retype a column a generated column uses: a column that stops
    # being generated goes before the others, one that becomes generated (or is generated
    # anew) after them.
    column_ops = [op for before, after in sorted(columns.changed, key=_generation_order) if after.name not in rebuilt
                  for op in alter_column(node, new.key, before, after)]
    # Generated columns go before the columns they read (PostgreSQL refuses to drop one a
    # generated column uses; a generated column reads no other generated one), and so does
    # a generation expression dropped.
    ops += [op for op in column_ops if isinstance(op, DropDefault) and op.expression]
    ops += [DropColumn(node, new.key, c) for c in sorted(columns.removed, key=lambda c: c.generated is None)]
    ops += [DropColumn(node, new.key, old.column(name), reason=f"rebuilt: it uses {', '.join(uses)}")
            for name, uses in sorted(rebuilt.items())]
    ops += [op for op in column_ops if not (isinstance(op, DropDefault) and op.expression)]
    # Re-added after the type changes above, which PostgreSQL refuses while it exists.
    ops += [AddColumn(node, new.key, new.column(name)) for name in sorted(rebuilt, key=position.get)]
    table_grants = diff_grants(node, new, old.grants, new.grants)
    revoked = {(op.grant.grantee, p) for op in table_grants if isinstance(op, RevokePrivileges)
               and not op.grant.with_grant_option for p in op.grant.privileges}
    fresh = {c.name for c in columns.added} | set(rebuilt) | _regenerated(columns.changed)
    for after in new.columns:
        before = old.column(after.name)
        if before is None or after.name in fresh:
            before = replace(after, comment=None, grants=())
        if before.comment != after.comment:
            ops.append(SetComment(node, new, after.name, after.comment))
    ops += [op for op in constraint_ops if not isinstance(op, DropConstraint)]
    ops += _physical(node, old, new)
    if (old.rls_enabled, old.rls_forced) != (new.rls_enabled, new.rls_forced):
        ops.append(SetRowSecurity(node, new.key, new.rls_enabled, new.rls_forced, old.rls_enabled, old.rls_forced))
    if old.comment != new.comment:
        ops.append(SetComment(node, new, None, new.comment))
    ops += table_grants
    for after in new.columns:
        before = old.column(after.name)
        held = () if before is None or after.name in fresh else _without(before.grants, revoked)
        ops += diff_grants(node, new, held, after.grants, column=after.name)
        ops += _identity_grants(node, new, before if after.name not in fresh else None, after)
    return ops + _identity_persistence(node, old, new)


def _identity_grants(node: str, table: Table, before: Column | None, after: Column) -> list[Operation]:
    """Return the grants and revokes on a column's identity sequence: a new one (the column
    or its identity added) starts with none; one dropped takes its grants with it."""
    if after.identity is None:
        return []
    held = before.identity_grants if before is not None and before.identity is not None else ()
    return diff_grants(node, IdentitySequence(table.key, after.name), held, after.identity_grants)


def _physical(node: str, old: Table, new: Table) -> list[Operation]:
    """Persistence, access method, tablespace (a partition's: partition_tablespaces), storage
    parameters, replica identity and a foreign table's options: each altered in place."""
    ops: list[Operation] = []
    if old.foreign_options != new.foreign_options:
        ops.append(SetForeignOptions(node, new.key, old.foreign_options, new.foreign_options))
    if old.unlogged != new.unlogged:
        ops.append(SetLogged(node, new.key, new.unlogged))
    if old.access_method != new.access_method:
        ops.append(SetAccessMethod(node, new.key, new.access_method))
    if old.tablespace != new.tablespace and new.partition_of is None:
        ops.append(SetTablespace(node, new.key, "table", new.tablespace, moves_data=new.partition_by is None))
    if old.storage_parameters != new.storage_parameters:
        ops.append(SetStorageParameters(node, new, old.storage_parameters, new.storage_parameters))
    if (old.replica_identity, old.replica_identity_index) != (new.replica_identity, new.replica_identity_index):
        ops.append(SetReplicaIdentity(node, new))
    return ops


def _without(grants, revoked):
    """Return column grants minus the privileges a table-level REVOKE takes from them too."""
    return tuple(
        replace(g, privileges=kept) for g in grants
        if (kept := tuple(p for p in g.privileges if (g.grantee, p) not in revoked))
    )


def _generation_order(pair) -> int:
    before, after = pair
    if before.generated is not None and after.generated is None:
        return 0
    return 2 if after.name in _regenerated([pair]) else 1


def _regenerated(changed) -> set[str]:
    """Names of columns whose generation expression changes: they are dropped and added again."""
    return {after.name for before, after in changed
            if after.generated is not None and before.generated != after.generated}


def _rebuilt_generated_columns(old: Table, new: Table, columns) -> dict[str, list[str]]:
    """Return {generated column: [retyped columns it uses]}: PostgreSQL cannot change the type
    of a column a generated column uses, so the generated column goes first and comes back."""
    retyped = {b.name for b, a in columns.changed if (b.type, b.collation) != (a.type, a.collation)}
    if not retyped:
        return {}
    found = {}
    for column in old.columns:
        after = new.column(column.name)
        if column.generated is None or after is None or after.generated is None:
            continue
        uses = sorted(fragments.parse_expression(column.generated).columns & (retyped - {column.name}))
        if uses:
            found[column.name] = uses
    return found


def alter_column(node: str, table, before: Column, after: Column) -> list[Operation]:
    """Return the operations of one column change (comment and grants aside, those of its
    identity sequence too, its owner's own there (diff.own_privileges), and that sequence's
    persistence: see _identity_persistence)."""
    before = replace(
        before, comment=None, grants=(), identity_grants=(), identity_own_privileges=None, identity_options=_options(before),
    )
    after = replace(
        after, comment=None, grants=(), identity_grants=(), identity_own_privileges=None, identity_options=_options(after),
    )
    if same(before, after):
        return []
    ops: list[Operation] = []
    retyped = (before.type, before.collation) != (after.type, after.collation)
    if before.generated is not None and after.generated is None and not retyped:
        # In the drop phase, before the columns it reads may be dropped (PostgreSQL refuses
        # to drop a column a generated column uses).
        ops.append(DropDefault(node, table, before, expression=True))
    elif before.generated != after.generated:
        return [AlterColumn(node, table, before, after)]  # rebuilt: one step
    if before.identity is not None and after.identity is None:
        ops.append(DropDefault(node, table, before, identity=True))
    if before.default is not None and (before.default != after.default or retyped):
        ops.append(DropDefault(node, table, before))
    middle = before
    for drop in ops:
        middle = drop.released(middle)
    if not same(middle, after):
        ops.append(AlterColumn(node, table, middle, after))
    return ops


def _options(column: Column) -> IdentityOptions | None:
    """Return a column's identity options but their persistence (None when all are defaults)."""
    options = column.identity_options
    if options is None or options.unlogged is None:
        return options
    options = replace(options, unlogged=None)
    return None if options == IdentityOptions() else options


def _identity_persistence(node: str, old: Table, new: Table) -> list[Operation]:
    """Return ALTER SEQUENCE ... SET [UN]LOGGED for identity sequences whose persistence must
    change. SET [UN]LOGGED of the table gives its own to them too (run before these, at
    the same node), and a new identity's clause sets it where it is not the table's (again
    after a change of the table's, which may come after)."""
    ops: list[Operation] = []
    for after in new.columns:
        if after.identity is None:
            continue
        want = _unlogged(after, new)
        before = old.column(after.name)
        if before is None or before.identity is None:
            due = after.identity_options is not None and after.identity_options.unlogged is not None
        else:
            now = new.unlogged if old.unlogged != new.unlogged else _unlogged(before, old)
            due = now != want
        if due:
            ops.append(SetSequenceLogged(node, IdentitySequence(new.key, after.name), want))
    return ops


def _unlogged(column: Column, table: Table) -> bool:
    """Whether a column's identity sequence is unlogged: its own persistence, else its table's."""
    options = column.identity_options
    return table.unlogged if options is None or options.unlogged is None else options.unlogged


def diff_constraints(node: str, old: Table, new: Table) -> list[Operation]:
    ops: list[Operation] = []
    constraints = diff_by_key(old.constraints, new.constraints, key=lambda c: c.name, same=same)
    for c in constraints.added:
        ops.append(AddConstraint(node, new.key, c))
        if c.comment is not None:
            ops.append(SetComment(node, new, None, c.comment, constraint=c.name))
    ops += [DropConstraint(node, new.key, c) for c in constraints.removed]
    for before, after in constraints.changed:
        if same(_without_parts(before), _without_parts(after)):
            # (Its index's parts move in diff.catalogs, which knows the partitions.)
            if before.comment != after.comment:
                ops.append(SetComment(node, new, None, after.comment, constraint=after.name))
        elif _index_storage_alone(before, after) and new.partition_by is None:
            # ALTER INDEX ... SET / SET TABLESPACE on the constraint's index (refused on a
            # partitioned one, or reaching not its parts).
            index = Index(new.schema, new.name, after.name, ())
            if before.storage_parameters != after.storage_parameters:
                ops.append(SetStorageParameters(node, index, before.storage_parameters, after.storage_parameters))
            if before.tablespace != after.tablespace:
                ops.append(SetTablespace(node, QualifiedName(new.schema, after.name), "index", after.tablespace))
            if before.comment != after.comment:
                ops.append(SetComment(node, new, None, after.comment, constraint=after.name))
        elif hasattr(after, "valid") and after.valid and same(replace(before, valid=True, comment=None), replace(after, comment=None)):
            # Left NOT VALID (by an interrupted online apply, or by hand): check the rows now.
            ops.append(ValidateConstraint(node, new.key, after.name))
            if before.comment != after.comment:
                ops.append(SetComment(node, new, None, after.comment, constraint=after.name))
        else:
            ops += [DropConstraint(node, new.key, before, recreate=True), AddConstraint(node, new.key, after)]
            if after.comment is not None:
                ops.append(SetComment(node, new, None, after.comment, constraint=after.name))
    return ops


def _without_parts(constraint):
    """Return the constraint without its comment and its index's parts' tablespaces."""
    parts = {"partition_tablespaces": ()} if hasattr(constraint, "partition_tablespaces") else {}
    return replace(constraint, comment=None, **parts)


def _index_storage_alone(before, after) -> bool:
    """Tell whether two versions of a constraint differ in their index's storage parameters
    or tablespace (and comment) alone."""
    if (getattr(before, "storage_parameters", ()), getattr(before, "tablespace", None)) == (
            getattr(after, "storage_parameters", ()), getattr(after, "tablespace", None)):
        return False
    blank = {"storage_parameters": (), "tablespace": None, "comment": None, "partition_tablespaces": ()}
    return same(replace(before, **blank), replace(after, **blank))
