"""Roles, schemas, extensions, sequences, policies and pg_cron jobs."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Grant, Origin, QualifiedName, SchemaObject, origin_field


@dataclass(frozen=True)
class Role:
    """A cluster-wide role: created when missing, never altered or dropped by a spec apply."""

    name: str
    login: bool = False
    bypass_rls: bool = False
    inherit: bool = True
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True)
class Schema:
    name: str
    comment: str | None = None
    grants: tuple[Grant, ...] = ()
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True)
class Extension:
    name: str
    schema: str | None = None
    version: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True)
class Sequence(SchemaObject):
    schema: str
    name: str
    data_type: str = "bigint"
    start: int | None = None
    increment: int = 1
    min_value: int | None = None
    max_value: int | None = None
    cache: int = 1
    cycle: bool = False
    owned_by: tuple[str, str] | None = None  # (table, column) in the same schema
    comment: str | None = None
    grants: tuple[Grant, ...] = ()
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class Policy:
    schema: str
    table: str
    name: str
    command: str = "ALL"
    permissive: bool = True
    roles: tuple[str, ...] = ("PUBLIC",)
    using: str | None = None
    with_check: str | None = None
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[QualifiedName, str]:
        return (QualifiedName(self.schema, self.table), self.name)


@dataclass(frozen=True)
class CronJob:
    """A pg_cron job, identified by its name."""

    name: str
    schedule: str
    command: str
    database: str | None = None  # None: the database the spec is applied to
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str:
        return self.name
