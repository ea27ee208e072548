"""Tables, their columns, constraints, partitioning, indexes and triggers."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Grant, Origin, QualifiedName, origin_field


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool = True
    default: str | None = None
    identity: str | None = None  # "always" | "by default"
    generated: str | None = None  # expression of a STORED generated column
    collation: str | QualifiedName | None = None  # a name in pg_catalog, or a user-defined collation
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class PrimaryKey:
    name: str
    columns: tuple[str, ...]
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class UniqueConstraint:
    name: str
    columns: tuple[str, ...]
    nulls_not_distinct: bool = False
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class ForeignKey:
    name: str
    columns: tuple[str, ...]
    references: QualifiedName
    referenced_columns: tuple[str, ...]
    on_delete: str = "NO ACTION"
    on_update: str = "NO ACTION"
    deferrable: bool = False
    initially_deferred: bool = False
    valid: bool = True  # False: added NOT VALID, existing rows not checked yet
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class CheckConstraint:
    name: str
    expression: str
    valid: bool = True
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class ExclusionElement:
    expression: str  # a quoted column name or a parenthesised expression
    operator: str


@dataclass(frozen=True)
class ExclusionConstraint:
    name: str
    method: str
    elements: tuple[ExclusionElement, ...]
    where: str | None = None
    origin: Origin | None = origin_field()


Constraint = PrimaryKey | UniqueConstraint | ForeignKey | CheckConstraint | ExclusionConstraint


@dataclass(frozen=True)
class PartitionScheme:
    strategy: str  # "range" | "list" | "hash"
    key: tuple[str, ...]  # column names


@dataclass(frozen=True)
class PartitionPolicy:
    """Time-based partitions kept ready ahead of time and dropped once past retention."""

    interval: str  # "hour" | "day" | "week" | "month" | "year"
    premake: int
    retention: str  # a PostgreSQL interval, e.g. "7 days"


@dataclass(frozen=True)
class Table:
    schema: str
    name: str
    columns: tuple[Column, ...]
    constraints: tuple[Constraint, ...] = ()
    partition_by: PartitionScheme | None = None
    partition_policy: PartitionPolicy | None = None
    partition_of: QualifiedName | None = None
    partition_bound: str | None = None  # "FOR VALUES ..." or "DEFAULT"
    rls_enabled: bool = False
    rls_forced: bool = False
    comment: str | None = None
    grants: tuple[Grant, ...] = ()
    origin: Origin | None = origin_field()

    @property
    def key(self) -> QualifiedName:
        return QualifiedName(self.schema, self.name)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(frozen=True)
class IndexElement:
    column: str | None = None
    expression: str | None = None
    opclass: str | None = None
    collation: str | None = None
    descending: bool = False
    nulls: str | None = None  # "first" | "last" when not the default


@dataclass(frozen=True)
class Index:
    schema: str
    table: str
    name: str
    elements: tuple[IndexElement, ...]
    unique: bool = False
    method: str = "btree"
    include: tuple[str, ...] = ()
    where: str | None = None
    nulls_not_distinct: bool = False
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> QualifiedName:
        return QualifiedName(self.schema, self.name)

    @property
    def table_key(self) -> QualifiedName:
        return QualifiedName(self.schema, self.table)


@dataclass(frozen=True)
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
    old_table: str | None = None  # REFERENCING OLD TABLE AS ...
    new_table: str | None = None  # REFERENCING NEW TABLE AS ...
    enabled: str = "origin"  # when it fires: "origin" (the default), "replica", "always" or "disabled"
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[QualifiedName, str]:
        return (QualifiedName(self.schema, self.table), self.name)
