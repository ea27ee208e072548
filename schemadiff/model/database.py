"""Database-wide objects tied to managed schemas: event triggers, publications, default
privileges, foreign-data wrappers, servers and user mappings, procedural languages and access
methods.

None of them lives in a schema. An inspection covers the event triggers whose function is
in a managed schema, the publications of managed tables or schemas (and those for all
tables, or for nothing yet), and the default privileges that apply database-wide or in a
managed schema; and every foreign-data wrapper, server, user mapping and access method that
no extension created (as pg_dump dumps them), every procedural language no extension created,
and the database's subscriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Grant, Origin, QualifiedName, origin_field, sorted_grants


class Named:
    """The identity of a database-wide kind: its name."""

    @property
    def key(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.name


@dataclass(frozen=True)
class EventTrigger(Named):
    name: str
    event: str  # ddl_command_start | ddl_command_end | table_rewrite | sql_drop
    function: QualifiedName
    tags: tuple[str, ...] = ()  # WHEN TAG IN (...), in their order (pg_dump keeps it); () for every command
    enabled: str = "origin"  # "origin" (ENABLE) | "replica" | "always" | "disabled"
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class AccessMethod(Named):
    """CREATE ACCESS METHOD: a table or index access method of its own handler function.
    PostgreSQL's own (heap, btree, ...) and an extension's are none of these. It has no
    owner and no ALTER: another type or handler creates it again."""

    name: str
    type: str  # "table" | "index"
    handler: QualifiedName  # a function of the type's handler pseudo-type (pg_catalog.heap_tableam_handler)
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True, order=True)
class PublishedTable:
    """One table of a publication, optionally with a column list and a row filter."""

    schema: str
    name: str
    columns: tuple[str, ...] = ()  # () publishes every column
    where: str | None = None


PUBLISH_DEFAULT = ("delete", "insert", "truncate", "update")


@dataclass(frozen=True)
class Publication(Named):
    name: str
    all_tables: bool = False
    tables: tuple[PublishedTable, ...] = ()  # sorted
    schemas: tuple[str, ...] = ()  # FOR TABLES IN SCHEMA, sorted
    publish: tuple[str, ...] = PUBLISH_DEFAULT  # sorted
    via_root: bool = False  # publish_via_partition_root
    comment: str | None = None
    origin: Origin | None = origin_field()


Options = tuple[tuple[str, str], ...]  # OPTIONS (name 'value', ...), sorted by name as pg_dump prints them


@dataclass(frozen=True)
class ForeignDataWrapper(Named):
    """CREATE FOREIGN DATA WRAPPER: one an extension (file_fdw, postgres_fdw) creates is
    the extension's, not one of these."""

    name: str
    handler: QualifiedName | None = None
    validator: QualifiedName | None = None
    options: Options = ()
    comment: str | None = None
    grants: tuple[Grant, ...] = ()  # USAGE
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()

    def functions(self) -> tuple[QualifiedName, ...]:
        return tuple(f for f in (self.handler, self.validator) if f)


@dataclass(frozen=True)
class ForeignServer(Named):
    name: str
    wrapper: str  # the foreign-data wrapper's name
    type: str | None = None
    version: str | None = None
    options: Options = ()
    comment: str | None = None
    grants: tuple[Grant, ...] = ()  # USAGE
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class UserMapping:
    """CREATE USER MAPPING FOR user SERVER server OPTIONS (...); user is a role or PUBLIC."""

    user: str
    server: str
    options: Options = ()
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[str, str]:
        return (self.server, self.user)

    @property
    def display_name(self) -> str:
        return f"for {self.user} server {self.server}"


# The object types of ALTER DEFAULT PRIVILEGES ... ON <type>.
DEFAULT_PRIVILEGE_TYPES = ("functions", "schemas", "sequences", "tables", "types")


@dataclass(frozen=True)
class DefaultPrivileges:
    """ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] ... ON object_type.

    `grants` is what objects `role` creates later receive. Database-wide (schema None),
    functions and types start from PostgreSQL's built-in default (EXECUTE / USAGE for
    PUBLIC), and the role keeps all its own privileges unless a grant to the role itself
    names the fewer it keeps, maybe none (ALTER DEFAULT PRIVILEGES FOR ROLE r REVOKE SELECT
    ON TABLES FROM r; the spec's `own_privileges`); per schema, grants add to that, a grant
    to the role itself like any other.
    """

    role: str
    schema: str | None
    object_type: str
    grants: tuple[Grant, ...] = ()
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.role, self.schema or "", self.object_type)

    @property
    def display_name(self) -> str:
        where = f" in schema {self.schema}" if self.schema else ""
        return f"for role {self.role}{where} on {self.object_type}"


# What an object's owner holds on each object type (acldefault's owner entry); PostgreSQL
# 15 spells them so. Its grant options are implicit, never in an ACL.
OWNER_PRIVILEGES = {
    "tables": ("DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"),
    "sequences": ("SELECT", "UPDATE", "USAGE"), "functions": ("EXECUTE",), "types": ("USAGE",),
    "schemas": ("CREATE", "USAGE"), "foreign_data_wrappers": ("USAGE",), "foreign_servers": ("USAGE",),
    "languages": ("USAGE",),
}


def named_privileges(names, object_type: str) -> tuple[str, ...]:
    """Return the owner's privileges a spec's `own_privileges` names ("ALL": every one), sorted."""
    named = {p.upper() for p in names}
    return OWNER_PRIVILEGES[object_type] if "ALL" in named else tuple(sorted(named))


def with_own_grant(role: str, schema: str | None, object_type: str, grants) -> tuple[Grant, ...]:
    """Return `grants` with the role's own privileges of a database-wide entry made explicit
    (all of them when no grant names the role); a schema's entry as it is."""
    if schema is None and not any(g.grantee == role for g in grants):
        return (*grants, Grant(role, OWNER_PRIVILEGES[object_type]))
    return tuple(grants)


def without_own_grant(role: str, schema: str | None, object_type: str, grants) -> tuple[Grant, ...]:
    """Return a database-wide entry's `grants` in the model's normal form: the role's own
    privileges as one grant without grant option (the owner's are implicit), possibly of no
    privilege, left out when the role is not named or keeps all; a schema's entry as it is."""
    if schema is None:
        named = any(g.grantee == role for g in grants)
        own = {p for g in grants if g.grantee == role for p in g.privileges}
        grants = [g for g in grants if g.grantee != role]
        if named and own != set(OWNER_PRIVILEGES[object_type]):
            grants.append(Grant(role, tuple(sorted(own))))
    return sorted_grants(grants)


def builtin_default_grants(role_schema: str | None, object_type: str) -> tuple[Grant, ...]:
    """Return the grants objects get when no default privileges say otherwise."""
    if role_schema is None and object_type in ("functions", "types"):
        return (Grant("PUBLIC", ("EXECUTE" if object_type == "functions" else "USAGE",)),)
    return ()


@dataclass(frozen=True)
class Language(Named):
    """CREATE [TRUSTED] LANGUAGE with its call handler (and inline handler, validator): one an
    extension creates (plpgsql, plperl) is the extension's, not one of these."""

    name: str
    handler: QualifiedName
    inline: QualifiedName | None = None
    validator: QualifiedName | None = None
    trusted: bool = False
    comment: str | None = None
    # USAGE, PUBLIC's included: a new language gives it to PUBLIC (LANGUAGE_DEFAULT).
    # Both mean nothing on an untrusted language (only superusers use one, GRANT refuses it).
    grants: tuple[Grant, ...] = ()
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()

    def functions(self) -> tuple[QualifiedName, ...]:
        return tuple(f for f in (self.handler, self.inline, self.validator) if f)


LANGUAGE_DEFAULT = (Grant("PUBLIC", ("USAGE",)),)


@dataclass(frozen=True)
class Subscription(Named):
    """CREATE SUBSCRIPTION, created as pg_dump restores one (WITH (connect = false)): the
    plan never connects to the publisher, so no slot is created there and no table copied.
    Only superusers read one (its connection may hold a password): inspect names it as
    unsupported to anyone else."""

    name: str
    connection: str  # the conninfo string
    publications: tuple[str, ...]  # in their order (pg_dump keeps it)
    slot_name: str | None = None  # None: NONE (no slot); PostgreSQL's default is the subscription's name
    enabled: bool = False
    binary: bool = False
    streaming: bool = False
    two_phase: bool = False  # fixed once created (PostgreSQL 15 cannot alter it)
    disable_on_error: bool = False
    synchronous_commit: str = "off"
    comment: str | None = None
    origin: Origin | None = origin_field()

    # What ALTER SUBSCRIPTION changes in place, in the order the statements must run
    # (it is disabled before its slot is let go, and enabled once it has one again).
    SETTABLE = ("enabled", "connection", "publications", "slot_name", "binary", "streaming", "disable_on_error",
                "synchronous_commit")

DATABASE_KINDS = {
    "access_methods": AccessMethod,
    "event_triggers": EventTrigger, "publications": Publication, "default_privileges": DefaultPrivileges,
    "foreign_data_wrappers": ForeignDataWrapper, "foreign_servers": ForeignServer, "user_mappings": UserMapping,
    "languages": Language, "subscriptions": Subscription,
}
