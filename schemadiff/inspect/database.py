"""Event triggers, publications, default privileges, foreign-data wrappers, servers and user
mappings from the rows of sql/objects.sql."""

from __future__ import annotations

from ..model import (
    DefaultPrivileges, EventTrigger, ForeignDataWrapper, ForeignServer, Publication, PublishedTable, QualifiedName,
    UserMapping,
)
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


def default_privileges(row, d) -> DefaultPrivileges:
    return DefaultPrivileges(
        role=d["role"], schema=row["schema"], object_type=DEFAULT_PRIVILEGE_TYPES[d["object_type"]],
        grants=acl.grants(d["grants"]),
    )


def options(pairs) -> tuple[tuple[str, str], ...]:
    """Return OPTIONS as (name, value) pairs, from [[name, value], ...] sorted by name (or None)."""
    return tuple((name, value) for name, value in pairs or ())


def _routine(pair) -> QualifiedName | None:
    return QualifiedName(*pair) if pair else None


def foreign_data_wrapper(row, d) -> ForeignDataWrapper:
    return ForeignDataWrapper(
        name=row["name"], handler=_routine(d["handler"]), validator=_routine(d["validator"]),
        options=options(d["options"]), comment=row["comment"], grants=acl.grants(d["grants"]),
    )


def foreign_server(row, d) -> ForeignServer:
    return ForeignServer(
        name=row["name"], wrapper=d["wrapper"], type=d["type"], version=d["version"], options=options(d["options"]),
        comment=row["comment"], grants=acl.grants(d["grants"]),
    )


def user_mapping(row, d) -> UserMapping:
    return UserMapping(user=d["user"], server=row["name"], options=options(d["options"]))
