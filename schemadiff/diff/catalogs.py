"""Compare a current and a desired catalog, kind by kind, into typed operations.

Both catalogs come from PostgreSQL's own catalog (the desired one through a shadow
database), so equal text means equal objects. Column order is not compared: PostgreSQL
cannot reorder columns, and a column added later always comes last.
"""

from __future__ import annotations

import operator
from dataclasses import replace

from ..model import Catalog, Function, Index, MaterializedView, QualifiedName, Table, Transform, View
from ..model.catalog import node_key
from ..errors import SchemadiffError
from ..model.database import (
    DATABASE_KINDS, AccessMethod, EventTrigger, ForeignDataWrapper, ForeignServer, Language, Publication, Subscription,
    UserMapping,
)
from ..model.objects import OBJECT_KINDS, Aggregate, Rule, Statistics, TextSearchConfiguration, TextSearchDictionary
from ..model.routines import ALTERABLE
from .equivalence import same as _same
from .extensions import convert_columns, diff_extensions
from .grants import diff_grants as _diff_grants
from .lists import diff_by_key
from .type_operations import RenameType
from .types import diff_types, merge_column_changes
from .operations import (
    AddConstraint, AlterColumn, AlterFunction, AlterPolicy, AttachPartition, CreateObject, DropObject, LeavePublication, Operation, ReleaseSequenceOwner, ReplaceObject,
    ScheduleJob, SetComment, RenamePartitionIndexes, SetIndexStatistics, SetPartitionIndexTablespaces, SetStorageParameters,
    SetTriggerState,
    UnscheduleJob, SetAccessMethod, SetLogged, SetTablespace, SetSequenceLogged, SetSequenceOwner, SetViewColumnDefault,
)
from .tables import (
    diff_partition, diff_table, inheritance_defaults, inheritance_not_null, inheritance_state, partition_compression, partition_defaults, partition_not_null,
    identity_index_columns, identity_last, partition_statistics, partition_storage, partition_tablespaces, rebound_partitions,
    released_not_null, remerged,
    same_row_type, with_inherited,
)
from .through_text import expression_columns


def diff_catalogs(current: Catalog, desired: Catalog) -> list[Operation]:
    """Return the operations that turn `current` into `desired` (unordered)."""
    ops: list[Operation] = []
    current_roles = {r.name for r in current.roles}
    ops += [CreateObject(node_key(r), r) for r in desired.roles if r.name not in current_roles]
    ops += [_missing_schema(op) for op in _diff_simple(current.schemas, desired.schemas)]
    ops += diff_extensions(current.extensions, desired.extensions)
    current = replace(current, languages=_untrusted_keep_grants(current.languages, desired.languages))
    for kind in (*OBJECT_KINDS, *DATABASE_KINDS):
        ops += _diff_simple(getattr(current, kind), getattr(desired, kind))
    _refuse_recreating_used_access_methods(ops, current, desired)
    ops += _diff_views(current.views, desired.views)
    ops += _diff_views(current.materialized_views, desired.materialized_views)
    sequence_ops = _diff_sequences(current.sequences, desired.sequences)
    # (A released owner goes first: it is dropped with the old owner's table and columns.)
    ops += [op for op in sequence_ops if type(op) is not SetSequenceOwner]
    type_ops = diff_types(current, desired, _extras) + convert_columns(current, desired)
    replaced_types = {op.type.key for op in type_ops if isinstance(op, RenameType)}
    table_ops = merge_column_changes(_diff_tables(current, desired, replaced_types), type_ops)
    table_ops = identity_last(rebound_partitions(
        table_ops + partition_compression(current, desired) + partition_defaults(current, desired)
        + partition_not_null(current, desired) + inheritance_not_null(current, desired) + inheritance_defaults(current, desired)
        + partition_statistics(current, desired) + partition_storage(current, desired)
        + partition_tablespaces(current, desired)
    ))
    ops += table_ops
    arriving = _arriving_partitions(table_ops)
    ops += _diff_triggers(current.triggers, desired.triggers, _partitioned_tables(current, desired, arriving))
    sequence_ops += _sequence_persistence(current.sequences, desired.sequences, table_ops)
    ops += _publications_let_go(current.publications, desired.publications, table_ops)
    ops += _statistics_targets_reset(current.statistics, desired.statistics, table_ops)
    ops += _diff_indexes(current, desired, arriving)
    ops += _key_part_tablespaces(current, desired, table_ops, arriving)
    ops += _diff_functions(current.functions, desired.functions)
    ops += _diff_policies(current.policies, desired.policies)
    ops += _diff_cron_jobs(current, desired)
    # OWNED BY goes with its table, after the table's own changes (the column may be new),
    # and so does the persistence of a sequence its table's SET [UN]LOGGED changes.
    ops += [op for op in sequence_ops if type(op) in (SetSequenceOwner, SetSequenceLogged)]
    return ops


def _without_extras(obj):
    """Return the object with what changes in place blanked (comments, grants, the owner's
    own privileges, storage parameters, CLUSTER ON): what is left is what CREATE OR REPLACE
    decides."""
    changes = {}
    if hasattr(obj, "comment"):
        changes["comment"] = None
    if hasattr(obj, "grants"):
        changes["grants"] = None if isinstance(obj, Function) else ()
    if hasattr(obj, "own_privileges"):
        changes["own_privileges"] = None  # diff.own_privileges
    for name in ("column_comments", "column_defaults", "column_grants", "storage_parameters"):
        if hasattr(obj, name):
            changes[name] = ()
    if hasattr(obj, "cluster_on"):
        changes["cluster_on"] = None  # diff.clustering sets it
    return replace(obj, **changes)


def _extras(old, new) -> list[Operation]:
    """Comment, grant and storage parameter changes of an object that stays."""
    ops: list[Operation] = []
    node = node_key(new)
    if getattr(old, "comment", None) != getattr(new, "comment", None):
        ops.append(SetComment(node, new, None, new.comment))
    if hasattr(new, "column_comments"):
        was, now = dict(old.column_comments), dict(new.column_comments)
        ops += [SetComment(node, new, c, now.get(c)) for c in sorted(set(was) | set(now)) if was.get(c) != now.get(c)]
    if hasattr(new, "column_defaults"):
        was, now = dict(old.column_defaults), dict(new.column_defaults)
        ops += [SetViewColumnDefault(node, new.key, c, now.get(c)) for c in sorted(set(was) | set(now))
                if was.get(c) != now.get(c)]
        was, now = dict(old.column_grants), dict(new.column_grants)
        for column in sorted(set(was) | set(now)):
            ops += _diff_grants(node, new, was.get(column, ()), now.get(column, ()), column=column)
    if getattr(old, "storage_parameters", ()) != getattr(new, "storage_parameters", ()):
        ops.append(SetStorageParameters(node, new, old.storage_parameters, new.storage_parameters))
    if hasattr(new, "grants"):
        ops += _diff_grants(node, new, old.grants, new.grants)
    return ops


def _diff_kind(current, desired, changed, same=operator.eq) -> list[Operation]:
    """Create what is added, drop what is removed, and `changed(old, new)` for the rest."""
    d = diff_by_key(current, desired, same=same)
    ops: list[Operation] = [CreateObject(node_key(o), o) for o in d.added]
    ops += [DropObject(node_key(o), o) for o in d.removed]
    for old, new in d.changed:
        ops += changed(old, new)
    return ops


def _untrusted_keep_grants(current, desired) -> tuple:
    """Return `current`'s languages, those that are or become untrusted with the grants (and
    owner's privileges) they are to have: GRANT and REVOKE refuse an untrusted language."""
    untrusted = {lang.name: lang for lang in desired if not lang.trusted}
    return tuple(
        replace(lang, grants=untrusted[lang.name].grants, own_privileges=untrusted[lang.name].own_privileges)
        if lang.name in untrusted else lang for lang in current
    )


def _missing_schema(op: Operation) -> Operation:
    """A schema every new database has (public) that the plan creates: the database lacks it."""
    if isinstance(op, CreateObject) and op.obj.preexisting:
        return replace(op, obj=replace(op.obj, missing=True))
    return op


def _diff_simple(current, desired) -> list[Operation]:
    """Kinds that are created, dropped, or recreated when their definition changes."""
    return _diff_kind(current, desired, _changed_simple)


def _changed_simple(old, new) -> list[Operation]:
    if _without_extras(old) == _without_extras(new):
        return _extras(old, new)
    if _alterable_in_place(old, new) or isinstance(new, Aggregate) and old.replaceable_by(new):
        return [ReplaceObject(node_key(new), old, new), *_extras(old, new)]
    return recreate(old, new, "its definition changed")


def _refuse_recreating_used_access_methods(ops, current: Catalog, desired: Catalog) -> None:
    """Refuse a plan that creates an access method again (another type or handler: there is
    no ALTER ACCESS METHOD) while a table that stays, or an operator class or family, uses
    it: DROP ACCESS METHOD needs them gone, and a table's rows would go with it. (Materialized
    views and indexes are rebuilt around it like the dependants of any recreated object.)"""
    recreated = {
        op.obj.name for op in ops if isinstance(op, DropObject) and op.recreate and isinstance(op.obj, AccessMethod)
    }
    if not recreated:
        return
    kept = {t.key for t in desired.tables}
    users = [f"table {t.schema}.{t.name}" for t in current.tables if t.access_method in recreated and t.key in kept]
    users += [f"operator class {c.schema}.{c.name}" for c in current.operator_classes if c.method in recreated]
    users += [f"operator family {f.schema}.{f.name}" for f in current.operator_families if f.method in recreated]
    if users:
        raise SchemadiffError(
            f"access method {', '.join(sorted(recreated))} must be dropped and created again (its type or handler "
            f"changed), but {', '.join(sorted(users))} uses it. Move the tables to another access method "
            "(access_method) and drop the operator classes first, or give the access method another name"
        )


def _arriving_partitions(table_ops: list[Operation]) -> list[Table]:
    """Return the partitions that come under a partitioned table: created (again) or attached
    (again, with new bounds, DETACH having dropped its clones of the triggers above it)."""
    return [op.partition for op in table_ops if isinstance(op, AttachPartition)] + [
        op.obj for op in table_ops if isinstance(op, CreateObject) and isinstance(op.obj, Table) and op.obj.partition_of
    ]


def _partitioned_tables(current: Catalog, desired: Catalog, arriving: list[Table]) -> dict[QualifiedName, bool]:
    """Map each table partitioned on the current side to whether a partition comes under it,
    at any depth (one of `arriving`)."""
    gaining = {above.key for t in arriving for above in desired.partition_chain(t)[:-1]}
    return {t.key: t.key in gaining for t in current.tables if t.partition_by}


def _diff_triggers(current, desired, partitioned: dict) -> list[Operation]:
    ops = _diff_kind(current, desired, lambda old, new: _changed_trigger(old, new, partitioned))
    # A partition created or attached (again) clones the trigger with its parent's state,
    # which a partition above it may have otherwise than the trigger's own: a trigger with
    # partition states sets them again.
    unchanged = set(current) & set(desired)
    return ops + [
        SetTriggerState(node_key(t), t) for t in desired
        if t in unchanged and t.partition_states and partitioned.get(QualifiedName(t.schema, t.table))
    ]


def _changed_trigger(old, new, partitioned: dict) -> list[Operation]:
    node = node_key(new)
    states = {"enabled": new.enabled, "partition_states": new.partition_states}
    if _without_extras(replace(old, **states)) == _without_extras(new):
        changed = (old.enabled, old.partition_states) != (new.enabled, new.partition_states)
        ops = [SetTriggerState(node, new)] if changed else []
    elif old.constraint or new.constraint:
        return recreate(old, new, "a constraint trigger cannot be replaced")
    elif old.for_each == "ROW" and new.for_each == "STATEMENT" and QualifiedName(new.schema, new.table) in partitioned:
        # CREATE OR REPLACE leaves the row trigger's clones on the partitions, still firing.
        return recreate(old, new, "a row trigger on a partitioned table became a statement trigger")
    else:
        # CREATE OR REPLACE TRIGGER makes it, and its clones, fire as by default again.
        ops = [ReplaceObject(node, old, new)]
        if new.enabled != "origin" or new.partition_states:
            ops.append(SetTriggerState(node, new))
    return ops + _extras(old, new)


def _diff_views(current, desired) -> list[Operation]:
    """Views are replaced in place when their columns allow it; materialized views, which
    cannot be, are recreated (with their indexes) when their query changes."""
    return _diff_kind(current, desired, _changed_view)


def _changed_view(old, new) -> list[Operation]:
    if _without_extras(old) == _without_extras(new):
        return _extras(old, new)
    moved = old
    if isinstance(new, MaterializedView):
        moved = replace(old, access_method=new.access_method, tablespace=new.tablespace)
    if _without_extras(moved) == _without_extras(new):
        # SET ACCESS METHOD and SET TABLESPACE move the rows: indexes and dependents stay.
        ops: list[Operation] = []
        if old.access_method != new.access_method:
            ops.append(SetAccessMethod(node_key(new), new.key, new.access_method, materialized=True))
        if old.tablespace != new.tablespace:
            ops.append(SetTablespace(node_key(new), new.key, "materialized view", new.tablespace))
        return ops + _extras(old, new)
    if isinstance(new, View) and old.replaceable_by(new):
        # CREATE OR REPLACE VIEW keeps comments, grants and what depends on the view.
        return [ReplaceObject(node_key(new), old, new), *_extras(old, new)]
    return recreate(old, new, "its definition changed")


# What an ALTER changes without recreating the object (so nothing that uses it is rebuilt):
# the statistics target (what ANALYZE gathered stays), dictionary options, mappings.
_ALTERED_IN_PLACE = {
    Statistics: ("target",), TextSearchDictionary: ("options",), TextSearchConfiguration: ("mappings",),
    EventTrigger: ("enabled",), Rule: ("enabled",), Publication: ("tables", "schemas", "publish", "via_root"),
    ForeignDataWrapper: ("handler", "validator", "options"), ForeignServer: ("version", "options"),
    UserMapping: ("options",), Language: ("handler", "inline", "validator", "trusted"), Transform: ("from_sql", "to_sql"),
    Subscription: Subscription.SETTABLE,
}


def _alterable_in_place(old, new) -> bool:
    fields_ = _ALTERED_IN_PLACE.get(type(new))
    if not fields_:
        return False
    if isinstance(new, Publication) and (old.tables or old.schemas) and not (new.tables or new.schemas):
        return False  # ALTER PUBLICATION ... SET needs a table or a schema
    return _without_extras(replace(old, **{f: getattr(new, f) for f in fields_})) == _without_extras(new)


def _diff_sequences(current, desired) -> list[Operation]:
    """Sequences change in place (ALTER SEQUENCE keeps the counter); OWNED BY is set with
    the owning table, which may be created or altered in the same plan."""
    ops: list[Operation] = []
    d = diff_by_key(current, desired)
    for seq in d.added:
        ops.append(CreateObject(node_key(seq), replace(seq, owned_by=None)))
        if seq.owned_by:
            ops.append(SetSequenceOwner(_owner_node(seq), seq))
    ops += [DropObject(node_key(s), s) for s in d.removed]
    for old, new in d.changed:
        if _without_extras(replace(old, owned_by=None, unlogged=False)) != _without_extras(replace(new, owned_by=None, unlogged=False)):
            ops.append(ReplaceObject(node_key(new), old, new))
        if old.owned_by != new.owned_by and old.owned_by:
            ops.append(ReleaseSequenceOwner(_owner_node(old), replace(new, owned_by=None)))
        if old.owned_by != new.owned_by and new.owned_by:
            ops.append(SetSequenceOwner(_owner_node(new), new))
        ops += _extras(old, new)
    return ops


def _sequence_persistence(current, desired, table_ops) -> list[Operation]:
    """Return ALTER SEQUENCE ... SET [UN]LOGGED for each kept sequence whose persistence
    the plan must set. ALTER TABLE ... SET [UN]LOGGED gives the table's persistence to the
    sequences it owns at that point: those owned by it before and after (a changing OWNED BY
    is released among the drops and set after the table's changes). Such a sequence is set
    after its table's change (at the table's node) when it must differ from the table."""
    flipped = {op.table: op.unlogged for op in table_ops if isinstance(op, SetLogged)}
    old = {s.key: s for s in current}
    ops: list[Operation] = []
    for new in desired:
        was = old.get(new.key)
        if was is None:
            continue
        table = QualifiedName(new.schema, new.owned_by[0]) if new.owned_by and was.owned_by == new.owned_by else None
        if table in flipped:
            if flipped[table] != new.unlogged:
                ops.append(SetSequenceLogged(_owner_node(new), new.key, new.unlogged))
        elif was.unlogged != new.unlogged:
            ops.append(SetSequenceLogged(node_key(new), new.key, new.unlogged))
    return ops


def _publications_let_go(current, desired, table_ops) -> list[Operation]:
    """Return ALTER PUBLICATION ... DROP TABLE for each table that becomes unlogged and
    leaves a publication that stays (a dropped or recreated one lets go by its drop)."""
    unlogged = {op.table for op in table_ops if isinstance(op, SetLogged) and op.unlogged}
    if not unlogged:
        return []
    kept = {p.name: p for p in desired}
    ops: list[Operation] = []
    for old in current:
        new = kept.get(old.name)
        if new is None:
            continue
        staying = {QualifiedName(t.schema, t.name) for t in new.tables}
        for table in sorted({QualifiedName(t.schema, t.name) for t in old.tables} & unlogged - staying):
            ops.append(LeavePublication(node_key(old), old.name, table))
    return ops


def _statistics_targets_reset(current, desired, table_ops) -> list[Operation]:
    """Return ALTER STATISTICS ... SET STATISTICS for each kept statistics object with a
    target that uses a column the plan retypes: ALTER COLUMN TYPE rebuilds the object and
    resets its target to -1. Set at the table's node, after the retype."""
    retyped = {(op.table, op.new.name) for op in table_ops if isinstance(op, AlterColumn) and op.retypes}
    if not retyped:
        return []
    old = {s.key: s for s in current}
    ops: list[Operation] = []
    for new in desired:
        was = old.get(new.key)
        if new.target is None or was is None or not _alterable_in_place(was, new):
            continue  # no target to keep, or created (or recreated) with its target
        if any((new.table, column) in retyped for column in _statistics_columns(new)):
            ops.append(ReplaceObject(f"Table {new.table.schema}.{new.table.name}", was, new))
    return ops


def _statistics_columns(stats: Statistics) -> set[str]:
    """Return the columns a statistics object depends on, in its column list or expressions."""
    return set(stats.columns).union(*(expression_columns(e) for e in stats.expressions))


def _owner_node(seq) -> str:
    return f"Table {seq.schema}.{seq.owned_by[0]}"


def recreate(old, new, reason: str) -> list[Operation]:
    return [DropObject(node_key(old), old, recreate=True, reason=reason), CreateObject(node_key(new), new, recreate=True)]


def _diff_tables(current: Catalog, desired: Catalog, replaced_types: set) -> list[Operation]:
    """Return the tables' operations; `replaced_types`: the types diff.types replaces (renames
    out of the way, creates anew and drops)."""
    gaining = _gaining_parents(current, desired)
    merging = _remerging(current, desired, gaining)
    # A descendant of a table recreated goes and comes back with it: PostgreSQL drops no
    # table with children, and NO INHERIT / INHERIT would leave the columns handed down
    # its own (pg_attribute.attislocal), which no statement undoes.
    along = _recreated_along(current, desired, gaining | merging)

    def changed(old: Table, new: Table) -> list[Operation]:
        if old.partition_of != new.partition_of or old.partition_by != new.partition_by:
            return recreate(old, new, "its partitioning changed; its rows are lost")
        if old.server != new.server:
            # A foreign table cannot move to another server, nor a table become one.
            return recreate(old, new, "its foreign server changed")
        if old.of_type is not None and old.of_type in replaced_types:
            # Of the old type until it goes: no column conversion makes a table of another.
            return recreate(old, new, f"its type {old.of_type} is replaced; its rows are lost")
        if old.of_type != new.of_type and new.of_type is not None and not same_row_type(old, new):
            # ALTER TABLE ... OF wants the type's columns, in order: PostgreSQL cannot reorder them.
            return recreate(old, new, f"it becomes a table of type {new.of_type}, whose columns it has not in order; its rows are lost")
        if new.key in gaining:
            # INHERIT on an existing table keeps its columns its own, which a table created
            # with INHERITS does not: only a new table converges.
            drop, create = recreate(old, new, "it gains a parent table; its rows are lost")
            return [replace(drop, unless_inherits=new.inherits), create]
        if new.key in merging:
            # The guard as above: once the table declares what it must (and no more) of
            # what its parents hand down, the plan has run before.
            drop, create = recreate(old, new, "a column or CHECK it inherits becomes, or stops being, its own too; its rows are lost")
            return [replace(drop, unless_merged=inheritance_state(new, desired)), create]
        if new.key in along:
            # Skipped like its ancestor's drop once the ancestor is as the first run made it.
            ancestor = along[new.key]
            reason = f"its ancestor {ancestor.schema}.{ancestor.name} is recreated; its rows are lost"
            drop, create = recreate(old, new, reason)
            parent = desired.relation(ancestor.schema, ancestor.name)
            if ancestor in merging:
                return [replace(drop, unless_merged=inheritance_state(parent, desired), unless_ancestor=ancestor), create]
            return [replace(drop, unless_inherits=parent.inherits, unless_ancestor=ancestor), create]
        if new.partition_of is not None:
            root = desired.root_of(new)
            released = released_not_null(current.root_of(old), root)
            return diff_partition(old, new, root, released, identity_index_columns(current, old) if released else frozenset())
        return diff_table(with_inherited(old, new, current), new)
    return _diff_kind(current.tables, desired.tables, changed, same=lambda a, b: a == b and a.key not in along)


def _gaining_parents(current: Catalog, desired: Catalog) -> set:
    """Return the keys of the tables both sides have that gain a parent table."""
    was = {t.key: t for t in current.tables}
    return {t.key for t in desired.tables if t.key in was and set(t.inherits) - set(was[t.key].inherits)}


def _remerging(current: Catalog, desired: Catalog, gaining: set) -> set:
    """Return the keys of the tables both sides have (not gaining a parent) that must be
    created again to declare more or less of what their parents hand down (diff.tables.remerged)."""
    was = {t.key: t for t in current.tables}
    return {t.key for t in desired.tables
            if t.key in was and t.key not in gaining and t.partition_of is None and remerged(was[t.key], t, current, desired)}


def _recreated_along(current: Catalog, desired: Catalog, gaining: set) -> dict:
    """Map each table both sides have (not gaining a parent itself) that descends, in the
    current catalog, from a table of `gaining` to its nearest such ancestor."""
    kept = {t.key for t in desired.tables}
    along = {}
    for table in current.tables:
        if table.key in kept and table.key not in gaining:
            nearest = next((p.key for p in current.ancestors(table.inherits) if p.key in gaining), None)
            if nearest is not None:
                along[table.key] = nearest
    return along


def index_definition(index):
    """Return the index without what ALTER INDEX changes in place."""
    elements = tuple(replace(e, statistics=None) for e in index.elements)
    return replace(index, comment=None, storage_parameters=(), tablespace=None, elements=elements, partition_names=(),
                   partition_tablespaces=())


def _diff_indexes(current: Catalog, desired: Catalog, arriving: list[Table]) -> list[Operation]:
    partitioned = {t.key for t in desired.tables if t.partition_by is not None}
    # A partition that comes under a partitioned table (and the partitions it brings) gets
    # the part of each index above it in the tablespace of its parent's part (or, attached,
    # keeps its own index as its part): an index with parts elsewhere moves it.
    arrived: dict[QualifiedName, set[str]] = {}
    for table in arriving:
        for above in desired.partition_chain(table)[:-1]:
            arrived.setdefault(above.key, set()).update(p.name for p in [table, *desired.partitions_below(table.key)])

    def changed(old, new) -> list[Operation]:
        if old.storage_parameters != new.storage_parameters and new.table_key in partitioned:
            # PostgreSQL refuses ALTER INDEX ... SET / RESET on a partitioned index.
            return recreate(old, new, "its storage parameters changed, which a partitioned index cannot alter")
        if old.tablespace != new.tablespace and new.table_key in partitioned:
            # SET TABLESPACE would move the parent alone, not the parts it builds there.
            return recreate(old, new, "its tablespace changed, which a partitioned index's parts do not follow")
        return _changed_index(old, new, desired, arrived.get(new.table_key, set()))
    ops = _diff_kind(current.indexes, desired.indexes, changed, same=_same)
    was = {i.key: i for i in current.indexes}
    for index in desired.indexes:
        if index.partition_tablespaces and index.key in was and _same(was[index.key], index):
            ops += _part_tablespaces(node_key(index), index, index, desired, arrived.get(index.table_key, set()))
    return ops


def _key_part_tablespaces(current: Catalog, desired: Catalog, table_ops: list[Operation],
                          arriving: list[Table]) -> list[Operation]:
    """Return the moves of the parts of keys' indexes on partitioned tables: at the table's
    node those that change (a key added builds them all in its tablespace), at an arriving
    partition's node (after its parent's) its own and those of the partitions it brings."""
    added = {(op.table, op.constraint.name) for op in table_ops if isinstance(op, AddConstraint)}
    was = {t.key: {c.name: c for c in t.constraints} for t in current.tables}
    arrived = {p.name for t in arriving for p in [t, *desired.partitions_below(t.key)]}
    ops: list[Operation] = []
    for table in desired.tables:
        for key in table.constraints if table.partition_by else ():
            old = was.get(table.key, {}).get(key.name)
            if not hasattr(key, "partition_tablespaces") or (old is None and not key.partition_tablespaces):
                continue
            if old is None or (table.key, key.name) in added:
                old = replace(key, partition_tablespaces=())
            ops += _part_tablespaces(node_key(table), _key_index(table, old), _key_index(table, key), desired, set(),
                                     elsewhere=arrived)
    for partition in arriving:
        names = tuple(sorted([partition.name, *(p.name for p in desired.partitions_below(partition.key))]))
        for above in desired.partition_chain(partition)[:-1]:
            for key in above.constraints:
                old = was.get(above.key, {}).get(key.name)
                if getattr(key, "partition_tablespaces", ()) or getattr(old, "partition_tablespaces", ()):
                    ops.append(SetPartitionIndexTablespaces(node_key(partition), _key_index(above, key), names,
                                                            moves_data=False))
    return ops


def _key_index(table: Table, key) -> Index:
    """Return a key's index, as far as moving its parts goes."""
    return Index(table.schema, table.name, key.name, (), tablespace=key.tablespace,
                 partition_tablespaces=key.partition_tablespaces)


def _part_tablespaces(node: str, old, new, desired: Catalog, arrived: set[str],
                      elsewhere: set[str] = frozenset()) -> list[Operation]:
    """Return the move of the parts of index `new` whose tablespace changes, and, when the
    index has parts elsewhere than in its own tablespace, of those on `arrived` partitions;
    none on the partitions `elsewhere`, whose parts are moved at their own nodes."""
    below = {p.name: p for p in desired.partitions_below(new.table_key) if p.name not in elsewhere}
    parts = {p for p, _ in old.partition_tablespaces + new.partition_tablespaces if p in below}
    moved = {p for p in parts if old.partition_tablespace(p) != new.partition_tablespace(p)}
    if old.partition_tablespaces or new.partition_tablespaces:
        moved |= arrived & below.keys()
    if not moved:
        return []
    copied = any(below[p].partition_by is None for p in moved - arrived)  # (a new partition's part is empty)
    return [SetPartitionIndexTablespaces(node, new, tuple(sorted(moved)), moves_data=copied)]


def _changed_index(old, new, desired: Catalog, arrived: set[str]) -> list[Operation]:
    if not _same(index_definition(old), index_definition(new)):
        return recreate(old, new, "its definition changed")
    # Storage parameters and statistics targets change in place; new pages follow them.
    ops: list[Operation] = []
    if old.storage_parameters != new.storage_parameters:
        ops.append(SetStorageParameters(node_key(new), new, old.storage_parameters, new.storage_parameters))
    if old.tablespace != new.tablespace:
        ops.append(SetTablespace(node_key(new), new.key, "index", new.tablespace))
    if old.elements != new.elements:
        ops.append(SetIndexStatistics(node_key(new), old, new))
    if old.partition_names != new.partition_names:
        partitions = sorted({p for p, _ in old.partition_names + new.partition_names})
        names = [(new.schema, old.partition_index_name(p), new.partition_index_name(p)) for p in partitions]
        ops.append(RenamePartitionIndexes(node_key(new), tuple(r for r in names if r[1] != r[2])))
    ops += _part_tablespaces(node_key(new), old, new, desired, arrived)
    if old.comment != new.comment:
        ops.append(SetComment(node_key(new), new, None, new.comment))
    return ops


def _diff_functions(current, desired) -> list[Operation]:
    return _diff_kind(current, desired, _changed_function)


def _changed_function(old: Function, new: Function) -> list[Operation]:
    if _without_extras(old) == _without_extras(new):
        return _extras(old, new)
    if _without_extras(_attributes_of(old, new)) == _without_extras(new):
        return [AlterFunction(node_key(new), old, new), *_extras(old, new)]
    if (old.returns, old.arguments, old.kind, old.window) == (new.returns, new.arguments, new.kind, new.window):
        # Same signature, names, defaults, result and kind: CREATE OR REPLACE keeps dependents.
        return [ReplaceObject(node_key(new), old, new), *_extras(old, new)]
    return recreate(old, new, "its result type, argument names, defaults or kind changed")


def _attributes_of(old: Function, new: Function) -> Function:
    """Return `old` with `new`'s ALTER FUNCTION attributes."""
    return replace(old, **{name: getattr(new, name) for name in ALTERABLE})


def _diff_policies(current, desired) -> list[Operation]:
    return _diff_kind(current, desired, _changed_policy, same=_same)


def _changed_policy(old, new) -> list[Operation]:
    alterable = (
        (old.command, old.permissive) == (new.command, new.permissive)
        and not (old.using is not None and new.using is None)
        and not (old.with_check is not None and new.with_check is None)
    )
    ops: list[Operation] = []
    if _same(replace(old, comment=None), replace(new, comment=None)):
        pass
    elif alterable:
        ops.append(AlterPolicy(node_key(new), old, new))
    else:
        return recreate(old, new, "its command or kind changed")
    if old.comment != new.comment:
        ops.append(SetComment(node_key(new), new, None, new.comment))
    return ops


def _diff_cron_jobs(current: Catalog, desired: Catalog) -> list[Operation]:
    d = diff_by_key(current.cron_jobs, desired.cron_jobs)
    ops: list[Operation] = [ScheduleJob(node_key(j), j) for j in d.added]
    ops += [UnscheduleJob(node_key(j), j) for j in d.removed]
    for old, new in d.changed:  # an unnamed job changes only in how many copies there are
        if new.copies < old.copies:
            ops.append(UnscheduleJob(node_key(new), old, keep=new.copies))
        else:
            ops.append(ScheduleJob(node_key(new), new, old))
    return ops

