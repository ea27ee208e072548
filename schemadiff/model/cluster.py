"""Roles, schemas, extensions, sequences, policies and pg_cron jobs."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Grant, Origin, QualifiedName, SchemaObject, origin_field


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Schema:
    """A schema; `grants` is its complete privilege set, the owner's own excepted."""

    name: str
    comment: str | None = None
    grants: tuple[Grant, ...] = ()
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str:
        return self.name

    @property
    def preexisting(self) -> bool:
        """Whether every new database already has this schema, with grants of its own."""
        return self.name in PREEXISTING_SCHEMA_GRANTS


# The schemas PostgreSQL 15 puts in every new database (from template1), and the grants
# and comment they come with: `public`, owned by pg_database_owner, USAGE for PUBLIC (no
# longer CREATE), commented 'standard public schema'. A spec that leaves out such a
# schema's grants or comment means these; `grants: []` means none, `comment: null` none.
PREEXISTING_SCHEMA_GRANTS = {"public": (Grant("PUBLIC", ("USAGE",)),)}
PREEXISTING_SCHEMA_COMMENTS = {"public": "standard public schema"}
PREEXISTING_SCHEMA_OWNER = "pg_database_owner"


def default_schema_grants(name: str) -> tuple[Grant, ...]:
    """Return the grants a schema has when nobody granted or revoked anything."""
    return PREEXISTING_SCHEMA_GRANTS.get(name, ())


def default_schema_comment(name: str) -> str | None:
    """Return the comment a schema has when nobody commented on it."""
    return PREEXISTING_SCHEMA_COMMENTS.get(name)


@dataclass(frozen=True, slots=True)
class Extension:
    name: str
    schema: str | None = None
    version: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
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
