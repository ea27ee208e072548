"""Roles, schemas, extensions, sequences, policies and pg_cron jobs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from .base import Grant, Origin, QualifiedName, SchemaObject, origin_field


@dataclass(frozen=True, slots=True)
class Role:
    """A cluster-wide role: created when missing, never altered or dropped by a spec apply."""

    name: str
    login: bool = False
    bypass_rls: bool = False
    inherit: bool = True
    # A foreign-data wrapper's owner must be a superuser: a plan that creates both needs it.
    superuser: bool = False
    create_db: bool = False
    create_role: bool = False
    replication: bool = False
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str:
        return self.name


# The attributes of a role the spec declares, each under its field's name.
ROLE_ATTRIBUTES = ("login", "bypass_rls", "inherit", "superuser", "create_db", "create_role", "replication")


@dataclass(frozen=True, slots=True)
class Schema:
    """A schema; `grants` is its complete privilege set, the owner's own excepted."""

    name: str
    comment: str | None = None
    grants: tuple[Grant, ...] = ()
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()
    # Set by the diff on a schema it creates in a database that lacks it, though every new
    # database has it (public dropped): CREATE SCHEMA then makes it with none of its defaults.
    missing: bool = field(default=False, compare=False, repr=False)

    @property
    def key(self) -> str:
        return self.name

    @property
    def preexisting(self) -> bool:
        """Whether this schema is there before CREATE SCHEMA, with the grants, comment and owner
        every new database gives it."""
        return self.name in PREEXISTING_SCHEMA_GRANTS and not self.missing


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


# The kinds of extension members whose privileges are kept, as GRANT names them.
MEMBER_KINDS = ("function", "procedure", "table", "sequence", "type")


@dataclass(frozen=True, slots=True)
class ExtensionMember:
    """A function, procedure, table, sequence or type of an extension whose privileges
    differ from those its script left (pg_init_privs), as pg_dump keeps them.

    `grants` is the member's complete set (its owner's own excepted); `initial`, what the
    script left, is known where the member was inspected and never compared: a member
    that leaves the list goes back to it, one that joins starts from it."""

    kind: str  # one of MEMBER_KINDS
    name: str  # as PostgreSQL prints it: regprocedure, regclass or regtype text
    grants: tuple[Grant, ...] = ()
    initial: tuple[Grant, ...] | None = field(default=None, compare=False)
    origin: Origin | None = origin_field()
    # A column of a table member, whose privileges (GRANT SELECT (column) ON ...) these are.
    column: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.name, self.column or "")


@dataclass(frozen=True, slots=True)
class Extension:
    """An extension. `comment` None is the one its control file gives (`default_comment`,
    known where inspected, never compared); '' is none at all.

    Known where inspected (None elsewhere), never compared: whether ALTER EXTENSION SET
    SCHEMA can move it (`relocatable`), the versions ALTER EXTENSION UPDATE reaches
    from the installed one (`update_targets`), and its types as format_type prints them
    (`types`, their arrays aside): what a column of it stands on when it is recreated."""

    name: str
    schema: str | None = None
    version: str | None = None
    origin: Origin | None = origin_field()
    members: tuple[ExtensionMember, ...] = ()  # those whose privileges were changed, by key
    comment: str | None = None
    default_comment: str | None = field(default=None, compare=False)
    relocatable: bool | None = field(default=None, compare=False)
    update_targets: tuple[str, ...] | None = field(default=None, compare=False)
    types: tuple[str, ...] | None = field(default=None, compare=False)

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
    # CREATE UNLOGGED SEQUENCE. ALTER TABLE ... SET [UN]LOGGED gives the table's persistence
    # to the sequences it owns, so it need not match the owner's.
    unlogged: bool = False
    owned_by: tuple[str, str] | None = None  # (table, column) in the same schema
    comment: str | None = None
    grants: tuple[Grant, ...] = ()
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
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
    """A pg_cron job, identified by its name; an unnamed one (name None) by what it does.

    pg_cron may hold several identical unnamed jobs, and each of them runs: they are one
    object whose `copies` counts them (see merge_unnamed_jobs), so that a diff sees how
    many to add or unschedule. A named job has one copy.
    """

    name: str | None
    schedule: str
    command: str
    database: str | None = None  # None: the database the spec is applied to
    copies: int = 1
    origin: Origin | None = origin_field()

    @property
    def key(self) -> str | tuple:
        if self.name is None:  # a changed schedule or command is another job
            return (self.schedule, self.command, self.database)
        return self.name

    @property
    def label(self) -> str:
        """Return how plans and messages name the job: its name, or what it does (on one line)."""
        if self.name is not None:
            return self.name
        where = f" in database {json.dumps(self.database)}" if self.database else ""
        return f"unnamed {json.dumps(self.schedule)} {json.dumps(self.command, ensure_ascii=False)}{where}"


def merge_unnamed_jobs(jobs) -> list[CronJob]:
    """Return `jobs` with the identical unnamed ones made one, counted in its `copies`."""
    merged: list[CronJob] = []
    at: dict = {}  # an unnamed job's key -> its place in `merged`
    for job in jobs:
        if job.name is None and job.key in at:
            first = merged[at[job.key]]
            merged[at[job.key]] = replace(first, copies=first.copies + job.copies)
            continue
        if job.name is None:
            at[job.key] = len(merged)
        merged.append(job)  # a repeated name stays, for the checks to report
    return merged
