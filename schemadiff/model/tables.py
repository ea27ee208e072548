"""Tables, their columns, constraints, partitioning, indexes and triggers."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..spec.names import object_name
from .base import Grant, Origin, QualifiedName, SchemaObject, origin_field


# The range of each integer type: a sequence's NO MINVALUE / NO MAXVALUE mean these (or 1 / -1).
INTEGER_BOUNDS = {
    "smallint": (-(2**15), 2**15 - 1),
    "integer": (-(2**31), 2**31 - 1),
    "bigint": (-(2**63), 2**63 - 1),
}


@dataclass(frozen=True, slots=True)
class IdentityOptions:
    """The options of an identity column's sequence; None means PostgreSQL's default."""

    start: int | None = None
    increment: int = 1
    min_value: int | None = None
    max_value: int | None = None
    cache: int = 1
    cycle: bool = False
    # The sequence's persistence where it is not its table's (ALTER SEQUENCE ... SET LOGGED);
    # None: the table's, which SET LOGGED / UNLOGGED of the table gives it too.
    unlogged: bool | None = None

    def bounds(self, data_type: str) -> tuple[int, int, int]:
        """Return the effective (min, max, start) for a column of `data_type`."""
        low, high = INTEGER_BOUNDS.get(data_type, INTEGER_BOUNDS["bigint"])
        ascending = self.increment > 0
        low = self.min_value if self.min_value is not None else (1 if ascending else low)
        high = self.max_value if self.max_value is not None else (high if ascending else -1)
        start = self.start if self.start is not None else (low if ascending else high)
        return low, high, start


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    nullable: bool = True
    default: str | None = None
    identity: str | None = None  # "always" | "by default"
    identity_options: IdentityOptions | None = None  # None: every option at its default
    generated: str | None = None  # expression of a STORED generated column
    collation: str | QualifiedName | None = None  # a name in pg_catalog, or a user-defined collation
    comment: str | None = None
    grants: tuple[Grant, ...] = ()  # column privileges (GRANT SELECT (col) ON ...)
    # Privileges on an identity column's own sequence (GRANT USAGE ON SEQUENCE ...), the
    # owner's own excepted; the sequence comes and goes with the identity.
    identity_grants: tuple[Grant, ...] = ()
    # What the table's owner keeps of its own privileges on that sequence (as a Sequence's
    # `own_privileges`, see model.own_privileges); None: all of them.
    identity_own_privileges: tuple[str, ...] | None = None
    storage: str | None = None  # "plain" | "external" | "extended" | "main" when not the type's own
    compression: str | None = None  # "pglz" | "lz4"; None: default_toast_compression
    statistics: int | None = None  # SET STATISTICS target; None: default_statistics_target
    options: tuple[tuple[str, str], ...] = ()  # attribute options: n_distinct, n_distinct_inherited
    fdw_options: tuple[tuple[str, str], ...] = ()  # a foreign table's column OPTIONS, sorted by name
    # The type's own storage, what SET STORAGE goes back to (known once inspected).
    type_storage: str | None = field(default=None, compare=False, repr=False)
    origin: Origin | None = origin_field()


@dataclass(frozen=True, slots=True)
class IdentitySequence:
    """What GRANT and REVOKE on an identity column's sequence name: the column, since the
    sequence's name is PostgreSQL's choice (table_column_seq, or another when that is taken)."""

    table: QualifiedName
    column: str

    def __str__(self) -> str:
        return f"the identity sequence of column {self.table}.{self.column}"


@dataclass(frozen=True, slots=True)
class PrimaryKey:
    name: str
    columns: tuple[str, ...]
    deferrable: bool = False
    initially_deferred: bool = False
    # The index's parameters: INCLUDE (columns), WITH (storage parameters, in stored order),
    # USING INDEX TABLESPACE (None: the database's default); on a partitioned table, its
    # parts elsewhere (as Index.partition_tablespaces).
    include: tuple[str, ...] = ()
    storage_parameters: tuple[tuple[str, str], ...] = ()
    tablespace: str | None = None
    partition_tablespaces: tuple[tuple[str, str], ...] = ()
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True, slots=True)
class UniqueConstraint:
    name: str
    columns: tuple[str, ...]
    nulls_not_distinct: bool = False
    deferrable: bool = False
    initially_deferred: bool = False
    include: tuple[str, ...] = ()  # as PrimaryKey's
    storage_parameters: tuple[tuple[str, str], ...] = ()
    tablespace: str | None = None
    partition_tablespaces: tuple[tuple[str, str], ...] = ()
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True, slots=True)
class ForeignKey:
    name: str
    columns: tuple[str, ...]
    references: QualifiedName
    referenced_columns: tuple[str, ...]
    on_delete: str = "NO ACTION"
    on_update: str = "NO ACTION"
    # ON DELETE SET NULL / SET DEFAULT (columns): only these of `columns` are set (PostgreSQL 15).
    on_delete_columns: tuple[str, ...] = ()
    deferrable: bool = False
    initially_deferred: bool = False
    valid: bool = True  # False: added NOT VALID, existing rows not checked yet
    match_full: bool = False  # MATCH FULL (MATCH SIMPLE otherwise)
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True, slots=True)
class CheckConstraint:
    name: str
    expression: str
    valid: bool = True
    no_inherit: bool = False
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True, slots=True)
class ExclusionElement:
    expression: str  # a quoted column name or a parenthesised expression
    operator: str


@dataclass(frozen=True, slots=True)
class ExclusionConstraint:
    name: str
    method: str
    elements: tuple[ExclusionElement, ...]
    where: str | None = None
    deferrable: bool = False
    initially_deferred: bool = False
    include: tuple[str, ...] = ()  # as PrimaryKey's
    storage_parameters: tuple[tuple[str, str], ...] = ()
    tablespace: str | None = None
    partition_tablespaces: tuple[tuple[str, str], ...] = ()
    comment: str | None = None
    origin: Origin | None = origin_field()


Constraint = PrimaryKey | UniqueConstraint | ForeignKey | CheckConstraint | ExclusionConstraint


@dataclass(frozen=True)
class TableForeignKey:
    """A foreign key as a step of its own, after its table: one that closes a cycle of
    dependencies (two tables referencing each other) cannot be created with its table.
    Not a catalog kind: the planner makes these (plan.dependencies.Graph.split_cycles)."""

    table: QualifiedName
    constraint: ForeignKey


@dataclass(frozen=True, slots=True)
class PartitionScheme:
    """How a table is partitioned. A key of plain columns with their own collation and the
    default operator class is `key` alone; any other key (an expression, a COLLATE, an
    operator class) is `expression`, the text inside PARTITION BY's parentheses as
    pg_get_partkeydef prints it, compared as text, with `key` empty."""

    strategy: str  # "range" | "list" | "hash"
    key: tuple[str, ...]  # column names
    expression: str | None = None


@dataclass(frozen=True, slots=True)
class PartitionPolicy:
    """Time-based partitions kept ready ahead of time and dropped once past retention."""

    interval: str  # "hour" | "day" | "week" | "month" | "year"
    premake: int
    retention: str  # a PostgreSQL interval, e.g. "7 days"


@dataclass(frozen=True, slots=True)
class Table(SchemaObject):
    schema: str
    name: str
    columns: tuple[Column, ...]
    constraints: tuple[Constraint, ...] = ()
    partition_by: PartitionScheme | None = None
    partition_policy: PartitionPolicy | None = None
    partition_of: QualifiedName | None = None
    partition_bound: str | None = None  # "FOR VALUES ..." or "DEFAULT"
    # A partition's columns whose compression is not its parent's, as (column, "pglz" | "lz4"
    # | "default"), sorted: SET COMPRESSION on the parent does not reach existing partitions,
    # and pg_dump prints each partition's own (Catalog.compression_of resolves the rest). Of
    # an inheritance child: the columns it only inherits whose compression is not its first
    # parent's (INHERITS copies that one's; the parent's is set ONLY). Storage likewise.
    column_compression: tuple[tuple[str, str], ...] = ()
    # A partition's columns whose DEFAULT is not its parent's, as (column, expression, or None
    # for none), sorted: ALTER TABLE ONLY ... SET / DROP DEFAULT (Catalog.defaults_of resolves the rest).
    column_defaults: tuple[tuple[str, str | None], ...] = ()
    # A partition's columns that are NOT NULL where its parent's allow NULL, sorted: a
    # PRIMARY KEY of its own sets them, and dropping the key leaves them so; ALTER TABLE ...
    # SET / DROP NOT NULL (Catalog.not_null_of resolves the rest).
    not_null_columns: tuple[str, ...] = ()
    # A partition's columns with a statistics target (SET STATISTICS), as (column, target),
    # sorted: each table's own, as pg_dump prints them. Not its parent's: PARTITION OF and
    # ATTACH leave a partition's at the default, while the parent's SET STATISTICS (without
    # ONLY) reaches every partition below it. Of an inheritance child: the targets of the
    # columns it only inherits (INHERITS leaves them at the default; its own carry theirs).
    column_statistics: tuple[tuple[str, int], ...] = ()
    # A partition's columns whose storage is not its parent's, as (column, "plain" | "external"
    # | "extended" | "main"), sorted: PARTITION OF copies the parent's, ATTACH keeps the
    # table's own, and the parent's SET STORAGE is set ONLY (Catalog.storage_of resolves the rest).
    column_storage: tuple[tuple[str, str], ...] = ()
    rls_enabled: bool = False
    rls_forced: bool = False
    unlogged: bool = False
    inherits: tuple[QualifiedName, ...] = ()  # INHERITS (parents), in order; columns lists local ones only
    # A typed table (CREATE TABLE ... OF type): its columns are the composite type's
    # attributes, in order, which ALTER TYPE ... CASCADE adds, drops and retypes; the table
    # holds what WITH OPTIONS sets on them (defaults, NOT NULL) and the rest of a column's settings.
    of_type: QualifiedName | None = None
    storage_parameters: tuple[tuple[str, str], ...] = ()  # WITH (...), toast.* last, in stored order
    # CREATE TABLE ... USING: a table access method other than the default, heap (None).
    # A partitioned table has none in PostgreSQL 15 (it refuses USING), nor a foreign table.
    access_method: str | None = None
    # TABLESPACE, a cluster object the spec only names: None, the database's default. A
    # partition's where it is not its parent's (PARTITION OF takes the parent's; its own
    # may then be the database's default, by name); a partitioned table's, the one its new
    # partitions take.
    tablespace: str | None = None
    replica_identity: str = "default"  # "default" | "full" | "nothing" | "index"
    replica_identity_index: str | None = None  # the index of REPLICA IDENTITY USING INDEX
    cluster_on: str | None = None  # ALTER TABLE ... CLUSTER ON: the index CLUSTER uses (pg_index.indisclustered)
    # A foreign table (CREATE FOREIGN TABLE ... SERVER server OPTIONS (...)) when set.
    server: str | None = None
    foreign_options: tuple[tuple[str, str], ...] = ()  # sorted by name, as pg_dump prints them
    comment: str | None = None
    grants: tuple[Grant, ...] = ()
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()

    @property
    def foreign(self) -> bool:
        return self.server is not None

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(frozen=True, slots=True)
class IndexElement:
    column: str | None = None
    expression: str | None = None
    opclass: str | None = None
    # The operator class's parameters (gist_trgm_ops (siglen = 32)), in stored order; with
    # them the opclass is named even when it is the default (pg_get_indexdef does the same).
    opclass_options: tuple[tuple[str, str], ...] = ()
    collation: str | QualifiedName | None = None  # as Column.collation
    descending: bool = False
    nulls: str | None = None  # "first" | "last" when not the default
    statistics: int | None = None  # SET STATISTICS of an expression column; None: the default


@dataclass(frozen=True, slots=True)
class Index(SchemaObject):
    schema: str
    table: str
    name: str
    elements: tuple[IndexElement, ...]
    unique: bool = False
    method: str = "btree"
    include: tuple[str, ...] = ()
    where: str | None = None
    nulls_not_distinct: bool = False
    storage_parameters: tuple[tuple[str, str], ...] = ()  # WITH (name = value, ...), in stored order
    # TABLESPACE (None: the database's default); on a partitioned table, its parts' too.
    tablespace: str | None = None
    # On a partitioned table: (partition, its index's name) where that name is not the one
    # PostgreSQL gives it (partition_index_name), sorted.
    partition_names: tuple[tuple[str, str], ...] = ()
    # On a partitioned table: (partition, its part's tablespace) where that is not this
    # index's, by name even when the database's default (as a partition's own tablespace),
    # sorted. CREATE INDEX builds every part in the index's; ALTER INDEX moves a part alone.
    partition_tablespaces: tuple[tuple[str, str], ...] = ()
    comment: str | None = None
    origin: Origin | None = origin_field()

    def partition_tablespace(self, partition: str) -> str | None:
        """Return the tablespace of this index's part on `partition` (None: the database's default)."""
        return dict(self.partition_tablespaces).get(partition, self.tablespace)

    def partition_index_name(self, partition: str) -> str:
        """Return the name of this index's part on `partition`: its own, or PostgreSQL's choice."""
        given = dict(self.partition_names).get(partition)
        return given or object_name(partition, [e.column or "expr" for e in self.elements], "idx")

    @property
    def table_key(self) -> QualifiedName:
        return QualifiedName(self.schema, self.table)


@dataclass(frozen=True, slots=True)
class Trigger:
    schema: str
    table: str
    name: str
    timing: str  # "BEFORE" | "AFTER" | "INSTEAD OF"
    events: tuple[str, ...]  # "INSERT" | "UPDATE" | "DELETE" | "TRUNCATE"
    function: QualifiedName
    for_each: str = "ROW"
    update_columns: tuple[str, ...] = ()
    when: str | None = None
    arguments: tuple[str, ...] = ()
    constraint: bool = False  # CREATE CONSTRAINT TRIGGER
    deferrable: bool = False
    initially_deferred: bool = False
    from_table: QualifiedName | None = None  # a constraint trigger's FROM: the table a constraint references
    old_table: str | None = None  # REFERENCING OLD TABLE AS ...
    new_table: str | None = None  # REFERENCING NEW TABLE AS ...
    enabled: str = "origin"  # when it fires: "origin" (the default), "replica", "always" or "disabled"
    # On a partitioned table: (partition, state) for each partition, at any depth, whose
    # clone of this trigger fires otherwise than `enabled`, sorted.
    partition_states: tuple[tuple[QualifiedName, str], ...] = ()
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[QualifiedName, str]:
        return (QualifiedName(self.schema, self.table), self.name)
