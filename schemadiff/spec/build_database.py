"""Event triggers, publications and default privileges from spec data (see schema.json)."""

from __future__ import annotations

from ..model import DefaultPrivileges, EventTrigger, Publication, PublishedTable, QualifiedName
from ..model.database import PUBLISH_DEFAULT

DEFAULT_SCHEMA = "public"


def event_trigger(item, origin) -> EventTrigger:
    schema, _, name = item["function"].rpartition(".")
    return EventTrigger(
        name=item["name"], event=item["event"], function=QualifiedName(schema or DEFAULT_SCHEMA, name),
        tags=tuple(item.get("tags", ())), enabled=item.get("enabled", "origin"),
        comment=item.get("comment"), origin=origin,
    )


def publication(item, origin) -> Publication:
    return Publication(
        name=item["name"], all_tables=item.get("all_tables", False),
        tables=tuple(sorted(
            PublishedTable(
                t.get("schema", DEFAULT_SCHEMA), t["name"], tuple(t.get("columns", ())),
                t["where"].strip() if "where" in t else None,
            )
            for t in item.get("tables", ())
        )),
        schemas=tuple(sorted(item.get("schemas", ()))),
        publish=tuple(sorted(item.get("publish", PUBLISH_DEFAULT))),
        via_root=item.get("publish_via_partition_root", False), comment=item.get("comment"), origin=origin,
    )


def default_privileges(item, grants, origin) -> DefaultPrivileges:
    return DefaultPrivileges(
        role=item["role"], schema=item.get("schema"), object_type=item["on"], grants=grants, origin=origin,
    )
