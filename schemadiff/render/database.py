"""Event triggers, publications, subscriptions, default privileges, foreign-data wrappers,
servers, user mappings, procedural languages and access methods."""

from __future__ import annotations

from ..model import (
    AccessMethod, DefaultPrivileges, EventTrigger, ForeignDataWrapper, ForeignServer, Grant, Language, Publication,
    Subscription, UserMapping,
)
from ..model.database import LANGUAGE_DEFAULT, PUBLISH_DEFAULT, builtin_default_grants, with_own_grant
from ..quote import ident, literal, qualified
from .common import RenderContext, alter_fdw_options, comment_statement, fdw_options, grant_statements, grantee, guarded
from .create import create
from .owners import own_privilege_statements
from .objects import alter_in_place
from .references import object_name

_EVENT_TRIGGER_STATES = {
    "origin": "ENABLE", "replica": "ENABLE REPLICA", "always": "ENABLE ALWAYS", "disabled": "DISABLE",
}


@create.register(EventTrigger)
def create_event_trigger(trigger: EventTrigger, ctx: RenderContext) -> list[str]:
    name = ident(trigger.name)
    sql = f"CREATE EVENT TRIGGER {name} ON {ident(trigger.event)}"
    if trigger.tags:
        sql += f"\n  WHEN TAG IN ({', '.join(literal(t) for t in trigger.tags)})"
    sql += f"\n  EXECUTE FUNCTION {qualified(trigger.function.schema, trigger.function.name)}();"
    exists = f"EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = {literal(trigger.name)})"
    statements = [guarded("NOT " + exists, sql)]
    if trigger.enabled != "origin":
        statements += alter_event_trigger(None, trigger)
    return statements + comment_statement("EVENT TRIGGER", name, trigger.comment)


@alter_in_place.register(EventTrigger)
def alter_event_trigger(old: EventTrigger | None, new: EventTrigger) -> list[str]:
    return [f"ALTER EVENT TRIGGER {ident(new.name)} {_EVENT_TRIGGER_STATES[new.enabled]};"]


def _publication_objects(publication: Publication) -> str:
    # ONLY: a publication lists each table it holds; without it, a table's inheritance
    # children would join too (a partitioned table's partitions do either way).
    objects = []
    for table in publication.tables:
        text = f"TABLE ONLY {qualified(table.schema, table.name)}"
        if table.columns:
            text += f" ({', '.join(ident(c) for c in table.columns)})"
        if table.where is not None:
            text += f" WHERE ({table.where})"
        objects.append(text)
    objects += [f"TABLES IN SCHEMA {ident(s)}" for s in publication.schemas]
    return ", ".join(objects)


def _publication_options(publication: Publication) -> str:
    return (
        f"publish = {literal(', '.join(publication.publish))}, "
        f"publish_via_partition_root = {literal(publication.via_root)}"
    )


@create.register(Publication)
def create_publication(publication: Publication, ctx: RenderContext) -> list[str]:
    name = ident(publication.name)
    sql = f"CREATE PUBLICATION {name}"
    if publication.all_tables:
        sql += " FOR ALL TABLES"
    elif publication.tables or publication.schemas:
        sql += f" FOR {_publication_objects(publication)}"
    if publication.publish != PUBLISH_DEFAULT or publication.via_root:
        sql += f" WITH ({_publication_options(publication)})"
    exists = f"EXISTS (SELECT FROM pg_catalog.pg_publication WHERE pubname = {literal(publication.name)})"
    return [guarded("NOT " + exists, sql + ";")] + comment_statement("PUBLICATION", name, publication.comment)


@alter_in_place.register(Publication)
def alter_publication(old: Publication, new: Publication) -> list[str]:
    # The differ recreates a publication that would be left with no table or schema:
    # SET needs at least one.
    name = ident(new.name)
    statements = []
    if (old.tables, old.schemas) != (new.tables, new.schemas):
        statements.append(f"ALTER PUBLICATION {name} SET {_publication_objects(new)};")
    if (old.publish, old.via_root) != (new.publish, new.via_root):
        statements.append(f"ALTER PUBLICATION {name} SET ({_publication_options(new)});")
    return statements


def _subscription_exists(name: str) -> str:
    return (
        "EXISTS (SELECT FROM pg_catalog.pg_subscription AS s JOIN pg_catalog.pg_database AS d ON d.oid = s.subdbid"
        f" WHERE d.datname = pg_catalog.current_database() AND s.subname = {literal(name)})"
    )


def _slot(subscription: Subscription) -> str:
    return "NONE" if subscription.slot_name is None else literal(subscription.slot_name)


def _subscription_options(subscription: Subscription, names) -> list[str]:
    """Return `option = value` for the options `names` of the subscription's WITH (...)."""
    values = {
        "slot_name": _slot(subscription), "binary": literal(subscription.binary),
        "streaming": literal(subscription.streaming), "two_phase": literal(subscription.two_phase),
        "disable_on_error": literal(subscription.disable_on_error),
        "synchronous_commit": literal(subscription.synchronous_commit),
    }
    return [f"{name} = {values[name]}" for name in names]


@create.register(Subscription)
def create_subscription(subscription: Subscription, ctx: RenderContext) -> list[str]:
    # connect = false, as pg_dump restores one: no slot created on the publisher, no table
    # copied, and the subscription disabled (ENABLE after, when it is to be). Options at
    # PostgreSQL's default are left out: a slot named as the subscription is its default,
    # which PostgreSQL does not check is a valid slot name ("New Feed"), as it does a given one.
    name = ident(subscription.name)
    defaults = Subscription(subscription.name, subscription.connection, subscription.publications, subscription.name)
    given = [o for o in ("slot_name", "binary", "streaming", "two_phase", "disable_on_error", "synchronous_commit")
             if getattr(subscription, o) != getattr(defaults, o)]
    options = ["connect = false", *_subscription_options(subscription, given)]
    sql = (
        f"CREATE SUBSCRIPTION {name} CONNECTION {literal(subscription.connection)}"
        f" PUBLICATION {', '.join(ident(p) for p in subscription.publications)} WITH ({', '.join(options)});"
    )
    statements = [guarded("NOT " + _subscription_exists(subscription.name), sql)]
    if subscription.enabled:
        statements.append(f"ALTER SUBSCRIPTION {name} ENABLE;")
    return statements + comment_statement("SUBSCRIPTION", name, subscription.comment)


@alter_in_place.register(Subscription)
def alter_subscription(old: Subscription, new: Subscription) -> list[str]:
    # Disabled first and enabled last: PostgreSQL lets go of a slot (slot_name = NONE) only
    # while it is disabled, and enables one only with a slot.
    name = ident(new.name)
    changed = [f for f in Subscription.SETTABLE if getattr(old, f) != getattr(new, f)]
    statements = [f"ALTER SUBSCRIPTION {name} DISABLE;"] if "enabled" in changed and not new.enabled else []
    if "connection" in changed:
        statements.append(f"ALTER SUBSCRIPTION {name} CONNECTION {literal(new.connection)};")
    if "publications" in changed:
        publications = ", ".join(ident(p) for p in new.publications)
        statements.append(f"ALTER SUBSCRIPTION {name} SET PUBLICATION {publications} WITH (refresh = false);")
    options = [f for f in changed if f not in ("enabled", "connection", "publications")]
    if options:
        statements.append(f"ALTER SUBSCRIPTION {name} SET ({', '.join(_subscription_options(new, options))});")
    if "enabled" in changed and new.enabled:
        statements.append(f"ALTER SUBSCRIPTION {name} ENABLE;")
    return statements


def drop_subscription(subscription: Subscription) -> list[str]:
    """Return DROP SUBSCRIPTION without touching the publisher: disabled, its slot let go
    (slot_name = NONE) so that PostgreSQL does not connect to drop it there. The slot, if
    the publisher has one, stays (see diff.operations.DropObject's hazards)."""
    name = ident(subscription.name)
    statement = (
        f"ALTER SUBSCRIPTION {name} DISABLE;\n    ALTER SUBSCRIPTION {name} SET (slot_name = NONE);"
        f"\n    DROP SUBSCRIPTION {name};"
    )
    return [guarded(_subscription_exists(subscription.name), statement)]


def default_privileges_statement(defaults: DefaultPrivileges, grant: Grant, revoke: bool = False) -> str:
    """Return ALTER DEFAULT PRIVILEGES granting (or revoking) `grant` for what `defaults` covers."""
    prefix = f"ALTER DEFAULT PRIVILEGES FOR ROLE {ident(defaults.role)}"
    if defaults.schema is not None:
        prefix += f" IN SCHEMA {ident(defaults.schema)}"
    privileges, kind = ", ".join(grant.privileges), defaults.object_type.upper()
    if revoke:
        option = "GRANT OPTION FOR " if grant.with_grant_option else ""
        return f"{prefix} REVOKE {option}{privileges} ON {kind} FROM {grantee(grant.grantee)};"
    option = " WITH GRANT OPTION" if grant.with_grant_option else ""
    return f"{prefix} GRANT {privileges} ON {kind} TO {grantee(grant.grantee)}{option};"


def _replace_default_grants(defaults: DefaultPrivileges, old, new) -> list[str]:
    # Revoking everything first makes the result exact whatever was granted before. The
    # role's own privileges (all of them when no grant names the role) are granted again
    # only when they change: each new entry starts with them.
    old, new = (with_own_grant(defaults.role, defaults.schema, defaults.object_type, g) for g in (old, new))
    own = {g for g in old if g.grantee == defaults.role}
    statements = [
        default_privileges_statement(defaults, Grant(g.grantee, ("ALL",)), revoke=True)
        for g in old if g.grantee not in {n.grantee for n in new} or (g in own and g not in new)
    ]
    statements += [default_privileges_statement(defaults, g) for g in new if g not in own and g.privileges]
    return statements


@create.register(DefaultPrivileges)
def create_default_privileges(defaults: DefaultPrivileges, ctx: RenderContext) -> list[str]:
    builtin = builtin_default_grants(defaults.schema, defaults.object_type)
    return _replace_default_grants(defaults, builtin, defaults.grants)


def revert_default_privileges(defaults: DefaultPrivileges) -> list[str]:
    """Return the statements that give objects PostgreSQL's built-in defaults again."""
    builtin = builtin_default_grants(defaults.schema, defaults.object_type)
    statements = _replace_default_grants(defaults, defaults.grants, builtin)
    if defaults.schema is None or not statements:
        return statements
    # Dropping a schema drops its default privileges with it: a plan dropping both, run a
    # second time, finds no schema to name.
    exists = f"EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = {literal(defaults.schema)})"
    return [guarded(exists, "\n    ".join(statements))]


def _wrapper_functions(wrapper: ForeignDataWrapper) -> str:
    handler = f"HANDLER {qualified(wrapper.handler.schema, wrapper.handler.name)}" if wrapper.handler else "NO HANDLER"
    validator = (
        f"VALIDATOR {qualified(wrapper.validator.schema, wrapper.validator.name)}" if wrapper.validator else "NO VALIDATOR"
    )
    return f" {handler} {validator}"


@create.register(ForeignDataWrapper)
def create_foreign_data_wrapper(wrapper: ForeignDataWrapper, ctx: RenderContext) -> list[str]:
    name = ident(wrapper.name)
    sql = f"CREATE FOREIGN DATA WRAPPER {name}{_wrapper_functions(wrapper)}{fdw_options(wrapper.options)};"
    exists = f"EXISTS (SELECT FROM pg_catalog.pg_foreign_data_wrapper WHERE fdwname = {literal(wrapper.name)})"
    return [guarded("NOT " + exists, sql)] + comment_statement("FOREIGN DATA WRAPPER", name, wrapper.comment) + (
        grant_statements(f"FOREIGN DATA WRAPPER {name}", wrapper.grants, ctx) + own_privilege_statements(wrapper)
    )


@alter_in_place.register(ForeignDataWrapper)
def alter_foreign_data_wrapper(old: ForeignDataWrapper, new: ForeignDataWrapper) -> list[str]:
    sql = f"ALTER FOREIGN DATA WRAPPER {ident(new.name)}"
    statements = []
    if (old.handler, old.validator) != (new.handler, new.validator):
        statements.append(f"{sql}{_wrapper_functions(new)};")
    if old.options != new.options:
        current = f"SELECT fdwoptions FROM pg_catalog.pg_foreign_data_wrapper WHERE fdwname = {literal(new.name)}"
        statements.append(alter_fdw_options(sql, current, old.options, new.options))
    return statements


def _create_or_replace_language(language: Language) -> str:
    sql = f"CREATE OR REPLACE {'TRUSTED ' if language.trusted else ''}LANGUAGE {ident(language.name)}"
    sql += f" HANDLER {qualified(language.handler.schema, language.handler.name)}"
    if language.inline:
        sql += f" INLINE {qualified(language.inline.schema, language.inline.name)}"
    if language.validator:
        sql += f" VALIDATOR {qualified(language.validator.schema, language.validator.name)}"
    return sql + ";"


@create.register(Language)
def create_language(language: Language, ctx: RenderContext) -> list[str]:
    # OR REPLACE: a second run finds it made. A new language gives USAGE to PUBLIC.
    name = ident(language.name)
    statements = [_create_or_replace_language(language)] + comment_statement("LANGUAGE", name, language.comment)
    if language.grants != LANGUAGE_DEFAULT:
        statements += grant_statements(f"LANGUAGE {name}", language.grants, ctx)
    return statements + own_privilege_statements(language)


@alter_in_place.register(Language)
def alter_language(old: Language, new: Language) -> list[str]:
    return [_create_or_replace_language(new)]  # (it keeps the owner, grants and comment)


@create.register(ForeignServer)
def create_foreign_server(server: ForeignServer, ctx: RenderContext) -> list[str]:
    name = ident(server.name)
    sql = f"CREATE SERVER IF NOT EXISTS {name}"
    if server.type is not None:
        sql += f" TYPE {literal(server.type)}"
    if server.version is not None:
        sql += f" VERSION {literal(server.version)}"
    sql += f" FOREIGN DATA WRAPPER {ident(server.wrapper)}{fdw_options(server.options)};"
    return [sql] + comment_statement("SERVER", name, server.comment) + grant_statements(
        f"FOREIGN SERVER {name}", server.grants, ctx,
    ) + own_privilege_statements(server)


@alter_in_place.register(ForeignServer)
def alter_foreign_server(old: ForeignServer, new: ForeignServer) -> list[str]:
    statements = []
    if old.version != new.version:
        version = "NULL" if new.version is None else literal(new.version)
        statements.append(f"ALTER SERVER {ident(new.name)} VERSION {version};")
    if old.options != new.options:
        current = f"SELECT srvoptions FROM pg_catalog.pg_foreign_server WHERE srvname = {literal(new.name)}"
        statements.append(alter_fdw_options(f"ALTER SERVER {ident(new.name)}", current, old.options, new.options))
    return statements


@create.register(UserMapping)
def create_user_mapping(mapping: UserMapping, ctx: RenderContext) -> list[str]:
    return [f"CREATE USER MAPPING IF NOT EXISTS {object_name(mapping)}{fdw_options(mapping.options)};"]


@alter_in_place.register(UserMapping)
def alter_user_mapping(old: UserMapping, new: UserMapping) -> list[str]:
    current = (
        "SELECT umoptions FROM pg_catalog.pg_user_mappings WHERE srvname = "
        f"{literal(new.server)} AND usename = {literal('public' if new.user == 'PUBLIC' else new.user)}"
    )
    return [alter_fdw_options(f"ALTER USER MAPPING {object_name(new)}", current, old.options, new.options)]


@create.register(AccessMethod)
def create_access_method(method: AccessMethod, ctx: RenderContext) -> list[str]:
    name = ident(method.name)
    handler = qualified(method.handler.schema, method.handler.name)
    sql = f"CREATE ACCESS METHOD {name} TYPE {method.type.upper()} HANDLER {handler};"
    exists = f"EXISTS (SELECT FROM pg_catalog.pg_am WHERE amname = {literal(method.name)})"
    return [guarded("NOT " + exists, sql)] + comment_statement("ACCESS METHOD", name, method.comment)
