"""Event triggers, publications, subscriptions, default privileges, foreign-data wrappers,
servers, user mappings and access methods from the rows of sql/objects.sql."""

from __future__ import annotations

from ..model import (
    AccessMethod, DefaultPrivileges, EventTrigger, Grant, ForeignDataWrapper, ForeignServer, Language, Publication,
    PublishedTable, QualifiedName, Subscription, UserMapping,
)
from ..model.database import LANGUAGE_DEFAULT, without_own_grant
from . import acl

EVENT_TRIGGER_STATES = {"O": "origin", "D": "disabled", "R": "replica", "A": "always"}
DEFAULT_PRIVILEGE_TYPES = {"r": "tables", "S": "sequences", "f": "functions", "T": "types", "n": "schemas"}


def event_trigger(row, d) -> EventTrigger:
    return EventTrigger(
        name=row["name"], event=d["event"], function=QualifiedName(d["function_schema"], d["function"]),
        tags=tuple(d["tags"]), enabled=EVENT_TRIGGER_STATES[d["enabled"]], comment=row["comment"],
    )


def publication(row, d) -> Publication:
    return Publication(
        name=row["name"], all_tables=d["all_tables"],
        tables=tuple(sorted(
            PublishedTable(t["schema"], t["name"], tuple(t["columns"]), t["where"]) for t in d["tables"]
        )),
        schemas=tuple(sorted(d["schemas"])),
        publish=tuple(sorted(action for action, on in d["publish"].items() if on)),
        via_root=d["via_root"], comment=row["comment"],
    )


def subscription(row, d) -> Subscription:
    return Subscription(
        name=row["name"], connection=d["connection"], publications=tuple(d["publications"]), slot_name=d["slot_name"],
        enabled=d["enabled"], binary=d["binary"], streaming=d["streaming"], two_phase=d["two_phase"],
        disable_on_error=d["disable_on_error"], synchronous_commit=d["synchronous_commit"], comment=row["comment"],
    )


def default_privileges(row, d) -> DefaultPrivileges:
    role, schema, object_type = d["role"], row["schema"], DEFAULT_PRIVILEGE_TYPES[d["object_type"]]
    grants = own_named(role, schema, acl.grants(d["grants"]))
    return DefaultPrivileges(role=role, schema=schema, object_type=object_type,
                             grants=without_own_grant(role, schema, object_type, grants))


def own_named(role: str, schema: str | None, grants) -> tuple[Grant, ...]:
    """Return a database-wide entry's `grants` with the role named: its ACL replaces
    PostgreSQL's default, so a role without an entry of its own there keeps none of its
    privileges. A schema's entry only adds: as it is."""
    if schema is not None or any(g.grantee == role for g in grants):
        return tuple(grants)
    return (*grants, Grant(role, ()))


def options(pairs) -> tuple[tuple[str, str], ...]:
    """Return OPTIONS as (name, value) pairs, from [[name, value], ...] sorted by name (or None)."""
    return tuple((name, value) for name, value in pairs or ())


def _routine(pair) -> QualifiedName | None:
    return QualifiedName(*pair) if pair else None


def foreign_data_wrapper(row, d) -> ForeignDataWrapper:
    return ForeignDataWrapper(
        name=row["name"], handler=_routine(d["handler"]), validator=_routine(d["validator"]),
        options=options(d["options"]), comment=row["comment"], grants=acl.grants(d["grants"]), own_privileges=acl.own_privileges(d),
    )


def language(row, d) -> Language:
    return Language(
        name=row["name"], handler=_routine(d["handler"]), inline=_routine(d["inline"]),
        validator=_routine(d["validator"]), trusted=d["trusted"], comment=row["comment"],
        # Privileges on an untrusted language mean nothing (only superusers use one; GRANT
        # refuses it, pg_dump leaves them out): such a language has the default.
        grants=acl.grants(d["grants"]) if d["trusted"] else LANGUAGE_DEFAULT,
        own_privileges=acl.own_privileges(d) if d["trusted"] else None,
    )


def foreign_server(row, d) -> ForeignServer:
    return ForeignServer(
        name=row["name"], wrapper=d["wrapper"], type=d["type"], version=d["version"], options=options(d["options"]),
        comment=row["comment"], grants=acl.grants(d["grants"]), own_privileges=acl.own_privileges(d),
    )


ACCESS_METHOD_TYPES = {"t": "table", "i": "index"}


def access_method(row, d) -> AccessMethod:
    return AccessMethod(
        name=row["name"], type=ACCESS_METHOD_TYPES[d["type"]], handler=QualifiedName(*d["handler"]),
        comment=row["comment"],
    )


def user_mapping(row, d) -> UserMapping:
    return UserMapping(user=d["user"], server=row["name"], options=options(d["options"]))
