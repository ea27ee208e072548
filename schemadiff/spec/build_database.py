"""Event triggers, publications, subscriptions, default privileges, foreign-data wrappers, servers, user
mappings and access methods from spec data (see schema.json)."""

from __future__ import annotations

from ..model import (
    AccessMethod, DefaultPrivileges, EventTrigger, ForeignDataWrapper, ForeignServer, Grant, Language, Publication,
    PublishedTable, QualifiedName, Subscription, UserMapping,
)
from ..model.database import LANGUAGE_DEFAULT, PUBLISH_DEFAULT, named_privileges, without_own_grant
from ..model.own_privileges import own_privileges_of

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


def subscription(item, origin) -> Subscription:
    return Subscription(
        name=item["name"], connection=item["connection"], publications=tuple(item["publications"]),
        # Left out, PostgreSQL's default: a slot of the subscription's name; null: NONE.
        slot_name=item.get("slot_name", item["name"]), enabled=item.get("enabled", False),
        binary=item.get("binary", False), streaming=item.get("streaming", False), two_phase=item.get("two_phase", False),
        disable_on_error=item.get("disable_on_error", False),
        synchronous_commit=item.get("synchronous_commit", "off"), comment=item.get("comment"), origin=origin,
    )


def default_privileges(item, grants, origin) -> DefaultPrivileges:
    role, schema, object_type = item["role"], item.get("schema"), item["on"]
    if schema is None:
        # The role's own privileges are `own_privileges` (all when left out); a grant to the
        # role itself adds nothing to them.
        grants = [g for g in grants if g.grantee != role]
        if "own_privileges" in item:
            grants.append(Grant(role, named_privileges(item["own_privileges"], object_type)))
    return DefaultPrivileges(
        role=role, schema=schema, object_type=object_type,
        grants=without_own_grant(role, schema, object_type, grants), origin=origin,
    )


def fdw_options(given) -> tuple[tuple[str, str], ...]:
    """Return a foreign-data object's OPTIONS as (name, text) pairs sorted by name (PostgreSQL
    keeps them unordered; pg_dump sorts them). YAML's true/false are written true/false."""
    return tuple(sorted(
        (name, str(value).lower() if isinstance(value, bool) else str(value)) for name, value in (given or {}).items()
    ))


def _routine(text) -> QualifiedName | None:
    if text is None:
        return None
    schema, _, name = text.rpartition(".")
    return QualifiedName(schema or DEFAULT_SCHEMA, name)


def foreign_data_wrapper(item, grants, origin) -> ForeignDataWrapper:
    return ForeignDataWrapper(
        name=item["name"], handler=_routine(item.get("handler")), validator=_routine(item.get("validator")),
        options=fdw_options(item.get("options")), comment=item.get("comment"), grants=grants,
        own_privileges=own_privileges_of(ForeignDataWrapper, item.get("own_privileges")), origin=origin,
    )


def access_method(item, origin) -> AccessMethod:
    # A handler without a schema is PostgreSQL's own (heap_tableam_handler, bthandler).
    schema, _, name = item["handler"].rpartition(".")
    return AccessMethod(
        name=item["name"], type=item["type"], handler=QualifiedName(schema or "pg_catalog", name),
        comment=item.get("comment"), origin=origin,
    )


def language(item, grants, origin) -> Language:
    return Language(
        name=item["name"], handler=_routine(item["handler"]), inline=_routine(item.get("inline")),
        validator=_routine(item.get("validator")), trusted=item.get("trusted", False), comment=item.get("comment"),
        grants=grants if "grants" in item else LANGUAGE_DEFAULT,
        own_privileges=own_privileges_of(Language, item.get("own_privileges")), origin=origin,
    )


def foreign_server(item, grants, origin) -> ForeignServer:
    return ForeignServer(
        name=item["name"], wrapper=item["wrapper"], type=item.get("type"), version=item.get("version"),
        options=fdw_options(item.get("options")), comment=item.get("comment"), grants=grants,
        own_privileges=own_privileges_of(ForeignServer, item.get("own_privileges")), origin=origin,
    )


def user_mapping(item, origin) -> UserMapping:
    user = item["user"]
    return UserMapping(
        user="PUBLIC" if user.upper() == "PUBLIC" else user, server=item["server"],
        options=fdw_options(item.get("options")), origin=origin,
    )
