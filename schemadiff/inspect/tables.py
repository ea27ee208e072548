"""Tables (columns, constraints, partitioning, RLS), indexes and triggers from catalog rows."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter

from ..model import (
    CheckConstraint, Column, ExclusionConstraint, ExclusionElement, ForeignKey, IdentityOptions, Index,
    IndexElement, PartitionScheme, PrimaryKey, QualifiedName, Table, Trigger, UniqueConstraint,
)
from . import acl, deparse
from .database import options
from ..spec.names import object_name
from .notes import Notes
from .owners import Owners
from .types import collation

PARTITION_STRATEGIES = {"r": "range", "l": "list", "h": "hash"}
STORAGE = {"p": "plain", "e": "external", "x": "extended", "m": "main"}
COMPRESSION = {"p": "pglz", "l": "lz4"}
REPLICA_IDENTITY = {"d": "default", "f": "full", "n": "nothing", "i": "index"}
# The attribute options a user can set. This server also keeps an entry of its own
# (pg_attver=<number>, different in every database) in attoptions; it is not ours to compare.
ATTRIBUTE_OPTIONS = {"n_distinct", "n_distinct_inherited"}
_ATTRIBUTE_OPTION_PREFIXES = tuple(f"{name}=" for name in sorted(ATTRIBUTE_OPTIONS))
FK_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

# pg_trigger.tgtype bits (catalog/pg_trigger.h).
TRIGGER_ROW, TRIGGER_BEFORE, TRIGGER_INSTEAD = 1 << 0, 1 << 1, 1 << 6
TRIGGER_EVENTS = (("INSERT", 1 << 2), ("UPDATE", 1 << 4), ("DELETE", 1 << 3), ("TRUNCATE", 1 << 5))
TRIGGER_ENABLED = {"O": "origin", "D": "disabled", "R": "replica", "A": "always"}


def storage_parameters(reloptions) -> tuple[tuple[str, str], ...]:
    """Return reloptions ['name=value', ...] as (name, value) pairs, in their stored order
    (which pg_dump prints: two orders are two different dumps)."""
    if not reloptions:
        return ()
    return tuple(tuple(option.split("=", 1)) for option in reloptions)


def _name(schema: str, name: str) -> str:
    return str(QualifiedName(schema, name))


def build_tables(relations, columns, constraints, notes: Notes, owners: Owners) -> list[Table]:
    """Return one Table per table, partitioned table and partition."""
    columns_of = defaultdict(list)
    names, rows = columns.tuples()
    shared = _SharedColumns(names)
    schema, table, local = names.index("schema"), names.index("table"), names.index("attislocal")
    for row in rows:
        if not row[local]:
            continue  # inherited from a parent table, which declares it
        columns_of[(row[schema], row[table])].append(shared.column(row))
    constraints_of = defaultdict(list)
    for row in constraints:
        constraints_of[(row["schema"], row["table"])].append(_constraint(row, _name(row["schema"], row["table"]), notes))
    tables = []
    for row in relations:
        key = (row["schema"], row["name"])
        partition_by = None
        if row["partstrat"]:
            expression = row["partition_expression"]
            columns = () if expression is not None else tuple(row["partition_columns"])
            partition_by = PartitionScheme(PARTITION_STRATEGIES[row["partstrat"]], columns, expression)
        toast = tuple(f"toast.{option}" for option in row["toast_reloptions"] or ())
        # A foreign table says 'n' (nothing): it has no replica identity to set.
        identity = REPLICA_IDENTITY[row["relreplident"]] if row["server"] is None else "default"
        common = dict(
            schema=row["schema"], name=row["name"], partition_by=partition_by,
            rls_enabled=row["rls_enabled"], rls_forced=row["rls_forced"], unlogged=row["relpersistence"] == "u",
            storage_parameters=storage_parameters((row["reloptions"] or []) + list(toast)),
            access_method=row["access_method"], tablespace=row["tablespace"], replica_identity=identity,
            replica_identity_index=row["replica_identity_index"] if identity == "index" else None,
            cluster_on=row["cluster_on"],
            inherits=tuple(QualifiedName(schema, name) for schema, name in row["inherits"] or ()),
            of_type=QualifiedName(*row["of_type"]) if row["of_type"] else None,
            server=row["server"], foreign_options=options(row["foreign_options"]), comment=row["comment"],
        )
        # A partition's columns are its parent's; it holds only its own constraints (the
        # query skips those it inherits).
        common.update(
            constraints=tuple(sorted(constraints_of[key], key=lambda c: c.name)), grants=acl.grants(row["grants"]),
            own_privileges=acl.own_privileges(row),
        )
        if row["relispartition"]:
            table = Table(
                columns=(), partition_of=QualifiedName(row["parent_schema"], row["parent_name"]),
                partition_bound=row["partition_bound"], **common,
                column_defaults=tuple(sorted((c, d) for c, d in row["column_defaults"] or ())),
                not_null_columns=tuple(sorted(row["not_null_columns"] or ())), **_inherited_settings(row),
            )
        else:
            table = Table(columns=tuple(columns_of[key]), **common, **_inherited_settings(row))
        tables.append(table)
        owners.add(table, row["owner"])
    return tables


# Columns repeat from table to table (id, created_at, ...): the rows with the same values
# (but their table's) make one Column, shared. A Column is immutable, so sharing changes
# neither equality nor text, only cost: at 5,000 tables 50,000 rows are built as a few
# hundred Columns (read as tuples: no dict per row), and as both inspections of a diff
# share them, comparing two tables finds most columns identical (the same object) at once.
# Cleared when full, to stay bounded.
_SHARED_COLUMNS: dict[tuple, Column] = {}
_SHARED_COLUMNS_MAX = 100_000


class _SharedColumns:
    """Build the Columns of columns.sql rows (tuples in the order of `names`)."""

    def __init__(self, names: list[str]):
        self._names = names
        self._options = names.index("options")
        # The key: every value but the table's names and the raw attoptions, which hold a
        # per-table server entry (see ATTRIBUTE_OPTIONS); the options the model keeps instead.
        self._key = itemgetter(*(i for i, name in enumerate(names) if name not in ("schema", "table", "options")))

    def column(self, row: tuple) -> Column:
        attribute_options = _attribute_options(row[self._options])
        key = (self._key(row), attribute_options)
        try:
            column = _SHARED_COLUMNS.get(key)
        except TypeError:  # a list among the values (grants, OPTIONS, identity): built alone
            return _column(dict(zip(self._names, row)), attribute_options)
        if column is None:
            if len(_SHARED_COLUMNS) >= _SHARED_COLUMNS_MAX:
                _SHARED_COLUMNS.clear()
            column = _SHARED_COLUMNS[key] = _column(dict(zip(self._names, row)), attribute_options)
        return column


def _column(row, attribute_options: tuple[tuple[str, str], ...]) -> Column:
    return Column(
        name=row["name"], type=row["type"], nullable=row["nullable"], default=row["default"],
        identity=row["identity"], identity_options=_identity_options(row["identity_sequence"]),
        generated=row["generated"], collation=_collation(row), comment=row["comment"],
        grants=acl.grants(row["grants"]),
        identity_grants=acl.grants(row["identity_sequence"][7] if row["identity_sequence"] else None),
        identity_own_privileges=_identity_own_privileges(row["identity_sequence"]),
        storage=STORAGE[row["storage"]] if row["storage"] != row["type_storage"] else None,
        compression=COMPRESSION.get(row["compression"]), statistics=None if row["statistics"] < 0 else row["statistics"],
        options=attribute_options, type_storage=STORAGE[row["type_storage"]],
        fdw_options=options(row["fdw_options"]),
    )


def _attribute_options(options) -> tuple[tuple[str, str], ...]:
    # Usually only the server's pg_attver entry: tested as text first (50,000 columns).
    return storage_parameters([o for o in options or () if o.startswith(_ATTRIBUTE_OPTION_PREFIXES)])


def _identity_options(sequence) -> IdentityOptions | None:
    """Return an identity sequence's options, those at their default as None; None for all defaults."""
    if sequence is None:
        return None
    data_type, start, increment, low, high, cache, cycle, _grants, persistence, _own = sequence
    defaults = IdentityOptions(increment=increment).bounds(data_type)
    options = IdentityOptions(
        start=None if start == defaults[2] else start, increment=increment,
        min_value=None if low == defaults[0] else low, max_value=None if high == defaults[1] else high,
        cache=cache, cycle=cycle, unlogged=None if persistence is None else persistence == "u",
    )
    return None if options == IdentityOptions() else options


def _identity_own_privileges(sequence) -> tuple[str, ...] | None:
    """Return what the owner keeps of its own privileges on an identity sequence (None: all)."""
    return None if sequence is None or sequence[9] is None else tuple(sequence[9])


def _constraint(row, where: str, notes: Notes):
    name, kind = row["name"], row["contype"]
    label = f"{name} on {where}"
    if not row["convalidated"] and kind not in ("c", "f"):
        notes.unsupported("NOT VALID constraint", label)
    columns, comment = tuple(row["columns"]), row["comment"]
    deferral = {"deferrable": row["condeferrable"], "initially_deferred": row["condeferred"]}
    index = {"include": tuple(row["include"]), "storage_parameters": storage_parameters(row["index_options"]),
             "tablespace": row["index_tablespace"],
             "partition_tablespaces": tuple(sorted(tuple(p) for p in row["index_partition_tablespaces"] or ()))}
    if kind == "p":
        return PrimaryKey(name, columns, **deferral, **index, comment=comment)
    if kind == "u":
        return UniqueConstraint(name, columns, bool(row["nulls_not_distinct"]), **deferral, **index, comment=comment)
    if kind == "c":
        return CheckConstraint(
            name, row["expression"], valid=row["convalidated"], no_inherit=row["connoinherit"], comment=comment,
        )
    if kind == "f":
        return ForeignKey(
            name=name, columns=columns, references=QualifiedName(row["ref_schema"], row["ref_table"]),
            referenced_columns=tuple(row["ref_columns"]),
            on_delete=FK_ACTIONS[row["confdeltype"]], on_update=FK_ACTIONS[row["confupdtype"]],
            on_delete_columns=tuple(row["on_delete_columns"]),
            **deferral, valid=row["convalidated"], match_full=row["confmatchtype"] == "f", comment=comment,
        )
    # Exclusion: each element is a quoted column name or a parenthesised expression.
    elements = tuple(
        ExclusionElement(
            e["text"] if e["is_column"] or deparse.wrapped(e["text"]) else f"({e['text']})",
            e["operator"],
        )
        for e in row["exclusion_elements"]
    )
    return ExclusionConstraint(name, row["method"], elements, row["where"], **deferral, **index, comment=comment)


def build_indexes(rows, notes: Notes) -> list[Index]:
    indexes, parts = [], []
    for row in rows:
        keys, included = _index_elements(row["elements"], row["key_count"])
        index = Index(
            schema=row["schema"], table=row["table"], name=row["name"], elements=keys,
            unique=row["unique"], method=row["method"], include=included,
            where=row["where"], nulls_not_distinct=row["nulls_not_distinct"],
            storage_parameters=storage_parameters(row["reloptions"]), tablespace=row["tablespace"],
            comment=row["comment"],
        )
        indexes.append(index)
        parts.append(row["partition_indexes"] or ())
    # Every index but the parts of partitioned ones: a partition's own index among them.
    standalone = {(i.schema, i.name) for i in indexes}
    # Only the names PostgreSQL would not have chosen itself are kept (replace() only for
    # the indexes of partitioned tables: it costs more than building the index).
    return [
        replace(
            index,
            partition_names=tuple((p, name) for p, name, _ in names if not _chosen_name(index, p, name, standalone)),
            # Sorted as the spec sorts them, whatever the database's collation.
            partition_tablespaces=tuple(sorted((p, tablespace) for p, _, tablespace in names if tablespace is not None)),
        )
        if names else index
        for index, names in zip(indexes, parts)
    ]


def _chosen_name(index: Index, partition: str, name: str, standalone: set) -> bool:
    """Whether `name` is one PostgreSQL gives the index's part on `partition`: <partition>_<columns>_idx,
    or with idx1, idx2, ... when that was taken (ChooseRelationName) by another part. A name
    taken by a standalone index (the partition's own) is not: the part's name is kept, since
    the parent's index is built before that index, and would take the first name."""
    columns = [e.column or "expr" for e in index.elements]
    number = name.rpartition("_idx")[2]  # which label was tried: idx, idx1, ..., idx12, ...
    if not number.isdigit():
        return name == object_name(partition, columns, "idx")
    return (name == object_name(partition, columns, "idx" + number)
            and (index.schema, object_name(partition, columns, "idx")) not in standalone)


@lru_cache(maxsize=4096)
def _index_elements(text: str, key_count: int) -> tuple[tuple[IndexElement, ...], tuple[str, ...]]:
    """Return (key elements, INCLUDE columns) of indexes.sql's elements (JSON text). Indexes on the same columns of table after table
    have the same text: it is parsed once, and their (immutable) elements are shared."""
    elements = json.loads(text)
    keys, included = elements[:key_count], elements[key_count:]
    return tuple(_index_element(e) for e in keys), tuple(e["column"] for e in included)


def _index_element(e) -> IndexElement:
    descending, nulls_first = e["descending"], e["nulls_first"]
    # The default is NULLS LAST for ascending keys, NULLS FIRST for descending ones.
    nulls = "first" if nulls_first and not descending else "last" if descending and not nulls_first else None
    column = e["column"]
    return IndexElement(
        column=column,
        # pg_get_indexdef parenthesises an expression unless it is a function call; the
        # renderer adds one pair back, so the text PostgreSQL stores is the same.
        expression=None if column is not None else deparse.unwrap(e["text"]),
        opclass=e["opclass"], opclass_options=storage_parameters(e["opclass_options"]),
        collation=collation(e["collation"], e["collation_schema"]), descending=descending, nulls=nulls,
        statistics=e["statistics"],
    )


def build_triggers(rows, notes: Notes) -> list[Trigger]:
    triggers = []
    for row in rows:
        tgtype = row["tgtype"]
        timing = "BEFORE" if tgtype & TRIGGER_BEFORE else "INSTEAD OF" if tgtype & TRIGGER_INSTEAD else "AFTER"
        when = None
        if row["has_when"]:
            when = deparse.trigger_when(row["definition"], row["quoted_name"], row["quoted_table"])
        arguments = bytes(row["argument_bytes"]).split(b"\0")[:row["argument_count"]]
        triggers.append(Trigger(
            schema=row["schema"], table=row["table"], name=row["name"], timing=timing,
            events=tuple(event for event, bit in TRIGGER_EVENTS if tgtype & bit),
            function=QualifiedName(row["function_schema"], row["function_name"]),
            for_each="ROW" if tgtype & TRIGGER_ROW else "STATEMENT",
            update_columns=tuple(row["update_columns"]), when=when,
            arguments=tuple(a.decode("utf-8") for a in arguments), constraint=row["is_constraint_trigger"],
            deferrable=row["deferrable"], initially_deferred=row["initially_deferred"],
            from_table=QualifiedName(row["from_schema"], row["from_table"]) if row["from_table"] else None,
            old_table=row["old_table"], new_table=row["new_table"], enabled=TRIGGER_ENABLED[row["tgenabled"]],
            partition_states=tuple(sorted(  # as the spec sorts them, whatever the database's collation
                (QualifiedName(schema, name), TRIGGER_ENABLED[state]) for schema, name, state in row["partition_states"]
            )),
            comment=row["comment"],
        ))
    return triggers


def _collation(row):
    """A column's collation: a name (pg_catalog's), or a QualifiedName (a user-defined one)."""
    return collation(row["collation"], row["collation_schema"])


def _inherited_settings(row) -> dict:
    """Return a partition's, or an inheritance child's, column settings of its own: for a
    child, of the columns it only inherits (relations.sql)."""
    return {
        "column_compression": tuple(sorted((c, COMPRESSION.get(m, "default")) for c, m in row["column_compression"] or ())),
        "column_statistics": tuple(sorted((c, n) for c, n in row["column_statistics"] or ())),
        "column_storage": tuple(sorted((c, STORAGE[s]) for c, s in row["column_storage"] or ())),
    }
