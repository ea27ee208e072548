"""The desired side, normalized by PostgreSQL: apply a spec to a scratch database, inspect it.

Comparing PostgreSQL's own deparsed text on both sides (pg_get_expr, pg_get_viewdef, ...)
means `now()` and `NOW()` or `a IN (1, 2)` and `a = ANY (ARRAY[1, 2])` never show up
as differences. The scratch database lives on an embedded throwaway cluster, or on a
server named by `--shadow DSN`, where a temporary database is created and dropped.
pg_cron works in only one database per server, so cron jobs and the pg_cron extension
are taken from the spec as they are, not from the shadow.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import psycopg

from .errors import Problem, SchemadiffError, SpecError
from .inspect import inspect_catalog
from .model import Catalog
from .model.catalog import node_key
from .model.owners import owned_objects
from .plan.dependencies import build_nodes
from .plan.graph import creation_order
from .platforms import external_catalog
from .render.common import RenderContext
from .render.cluster import sequence_owner
from .render.tables import cluster_on
from .render.create import create
from .render.owners import owner_statements
from .render.routines import validate_body
from .render.lifecycle import with_lifecycle
from .pgcluster import ClusterError, EmbeddedCluster, Server

NOT_IN_SHADOW = "pg_cron"  # its CREATE EXTENSION only works in cron.database_name


@contextmanager
def scratch_server(shadow_dsn: str | None):
    """Yield a Server to create the scratch database on."""
    if shadow_dsn:
        yield Server(shadow_dsn)
        return
    parent = Path(tempfile.mkdtemp(prefix="schemadiff-shadow-"))
    os.chmod(parent, 0o755)  # the server may run as another OS user
    cluster = EmbeddedCluster(parent / "data")
    try:
        try:
            cluster.start()
        except ClusterError as exc:
            raise SchemadiffError(f"shadow database: {exc}") from None
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(parent, ignore_errors=True)


# Objects per transaction. Each batch is one round trip and one transaction (a statement
# per object used to be a round trip each: 3,400 at 1,000 tables, most of the shadow's
# client time). Bigger transactions cost the server more per object (1,000 tables: 2.9 s
# of server CPU in batches of 25 or 50, 3.3 s of 200, 3.7 s of 400), and each holds ~5
# locks per table in the server's shared lock table (~6,400 slots by default).
BATCH_OBJECTS = 50


def _apply_objects(conn: psycopg.Connection, catalog: Catalog, ctx: RenderContext) -> None:
    """Create every object in dependency order, a batch of objects per transaction."""
    _run_in_batches(conn, [(node.key, node.obj, create(node.obj, ctx)) for node in creation_order(build_nodes(catalog))])


def _apply_owners(conn: psycopg.Connection, spec: Catalog, catalog: Catalog, ctx: RenderContext) -> None:
    """Give every object of `catalog` (the spec's, with its lifecycle) the owner the spec names."""
    named = {o.node: o.role for o in spec.owners}
    _run_in_batches(conn, [
        (node, obj, owner_statements(obj, role, None, ctx))
        for node, obj in owned_objects(catalog).items() if (role := named.get(node, spec.owner)) is not None
    ])


def _managed_owners(inspected: Catalog, spec: Catalog, applying: str, spelled: dict[str, str]) -> tuple:
    """Return the shadow's owners that the spec manages. With a top-level `owner:`, all of
    them; otherwise those of the objects that name one (an object the shadow's role does
    not own was given its owner; one it owns is found by its node name, in `spelled` when
    the inspection spells it otherwise)."""
    if spec.owner is not None:
        return inspected.owners
    named = {spelled.get(o.node, o.node) for o in spec.owners}
    return tuple(o for o in inspected.owners if o.node in named or o.role != applying)


def _signatures(spec: Catalog) -> dict[str, tuple]:
    """Return {node: argument types} of the routines and operators whose owner the spec
    names: a node's signature is spelled as the spec writes its types (`int`, `int4[]`)."""
    if spec.owner is not None:
        return {}  # every owner is managed: none needs finding by name
    named = {o.node for o in spec.owners}
    return {
        node: obj.identity_arguments for node, obj in owned_objects(spec).items()
        if node in named and getattr(obj, "identity_arguments", None)
    }


def _type_oids(conn: psycopg.Connection, signatures: dict[str, tuple]) -> dict[str, int]:
    """Return {type as the spec spells it: its oid}, resolved on the search path the
    shadow created the objects with (NONE, an operator's missing side, resolves to none)."""
    names = sorted({t for types in signatures.values() for t in types})
    if not names:
        return {}
    rows = conn.execute("SELECT t, to_regtype(t)::oid FROM unnest(%s::text[]) AS t", [names]).fetchall()
    return {name: oid for name, oid in rows if oid is not None}


def _spelled_as_inspected(conn: psycopg.Connection, signatures: dict[str, tuple], oids: dict[str, int]) -> dict[str, str]:
    """Return {node as the spec spells it: as the inspection does}, for those that differ:
    format_type on the inspection's search path, as the catalog queries spell types."""
    if not oids:
        return {}
    rows = conn.execute("SELECT o, format_type(o, NULL) FROM unnest(%s::oid[]) AS o", [sorted(set(oids.values()))])
    by_oid = dict(rows.fetchall())
    spelled = {}
    for node, types in signatures.items():
        # Every signed node ends in its argument list: `Function s.f(int, text)`.
        written = f"({', '.join(types)})"
        canonical = f"({', '.join(by_oid[oids[t]] if t in oids else t for t in types)})"
        if canonical != written and node.endswith(written):
            spelled[node] = node[: -len(written)] + canonical
    return spelled


def _run_in_batches(conn: psycopg.Connection, items) -> None:
    """Run each (key, object, statements) item, BATCH_OBJECTS items per transaction.

    A batch that fails is rolled back and its items are run again one at a time, so the
    error names the spec object it came from (and a statement that cannot run inside a
    transaction block still runs, on its own).
    """
    scripts = [(key, obj, "\n".join(statements)) for key, obj, statements in items if statements]
    for start in range(0, len(scripts), BATCH_OBJECTS):
        batch = scripts[start:start + BATCH_OBJECTS]
        try:
            with conn.transaction():
                conn.execute("\n".join(script for _, _, script in batch))
        except psycopg.Error:
            for key, obj, script in batch:
                _run_one(conn, key, obj, script)


def _run_one(conn: psycopg.Connection, key: str, obj, script: str) -> None:
    try:
        conn.execute(script)
    except psycopg.Error as exc:
        message = (exc.diag.message_primary or str(exc)).strip()
        file, line = _spec_place(obj)
        raise SpecError([Problem(file, line, 0, f"{key}: PostgreSQL rejected it: {message}")]) from None


def _spec_place(obj) -> tuple[str, int]:
    """Return the spec file and line `obj` was read from (line 0 when it has none)."""
    origin = getattr(obj, "origin", None)
    return (origin.file, origin.line) if origin else ("<spec>", 0)


# Function bodies are created unchecked (check_function_bodies off, as pg_dump loads them
# and as plans create them): a body may name a table created after it, or one that is only
# found through the caller's search_path (real schemas do both). Once everything exists they
# are checked by the language's validator, so a body naming a table the spec lacks is
# reported; only reported, since such a body is valid to PostgreSQL and to pg_dump.
_VALIDATORS = {"sql": "fmgr_sql_validator", "plpgsql": "plpgsql_validator"}


def _rejected_bodies(conn: psycopg.Connection, catalog: Catalog) -> list[str]:
    """Return '<file>:<line>: Function ...: <reason>' for each body its validator rejects."""
    functions = [f for f in catalog.functions if f.language in _VALIDATORS]
    # The common case is one round trip: all bodies without SET options together (each
    # function with options alone: SET LOCAL lasts to the end of the transaction).
    plain = [f for f in functions if not f.settings]
    groups = [plain] if plain else []
    groups += [[f] for f in functions if f.settings]
    found = []
    for group in groups:
        if _validation_error(conn, group) is not None:  # then find which of them
            found += [_body_warning(fn, m) for fn in group if (m := _validation_error(conn, [fn])) is not None]
    return found


def _validation_error(conn: psycopg.Connection, functions) -> str | None:
    """Validate the bodies of `functions` in one transaction, rolled back (validators only
    read); return PostgreSQL's message if one is rejected."""
    statements = [line for fn in functions for line in validate_body(fn, _VALIDATORS[fn.language])]
    try:
        with conn.transaction(force_rollback=True):
            conn.execute("\n".join(statements))
    except psycopg.Error as exc:
        return (exc.diag.message_primary or str(exc)).strip()
    return None


def _body_warning(fn, message: str) -> str:
    file, line = _spec_place(fn)
    where = f"{file}:{line}" if line else file
    return f"{where}: {node_key(fn)}: PostgreSQL rejects its body once every object exists: {message}"


def desired_catalog(spec: Catalog, shadow_dsn: str | None = None, warnings: list[str] | None = None) -> Catalog:
    """Return the spec's catalog as PostgreSQL itself describes it; append to `warnings`
    (when given) a line for each function body PostgreSQL rejects (see _rejected_bodies)."""
    platform = external_catalog(spec.platform)
    full = with_lifecycle(spec)
    known_roles = tuple(sorted({r.name for r in spec.roles} | {r.name for r in platform.roles}))
    in_shadow = _without_tablespaces(replace(
        full,
        extensions=tuple(e for e in full.extensions if e.name != NOT_IN_SHADOW),
        cron_jobs=(), subscriptions=(),  # a database holding a subscription cannot be dropped
    ))
    with scratch_server(shadow_dsn) as server:
        name = f"schemadiff_shadow_{secrets.token_hex(6)}"
        try:
            dsn = server.create_database(name)
        except ClusterError as exc:
            raise SchemadiffError(f"shadow database: {exc}") from None
        try:
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute("SET search_path TO public")
                conn.execute("SET check_function_bodies = off")  # as plans create functions (render.plan)
                _apply_objects(conn, platform, RenderContext())
                owner = conn.execute("SELECT current_user").fetchone()[0]
                ctx = RenderContext(known_roles=known_roles, owner=owner)
                _apply_objects(conn, in_shadow, ctx)
                # OWNED BY once every table exists, as generate() and the plan do it: a
                # sequence created with its object carries none.
                owners = [line for seq in in_shadow.sequences if seq.owned_by for line in sequence_owner(seq)]
                if owners:
                    conn.execute("\n".join(owners))
                # CLUSTER ON once every index exists (the plan sets it after the index too).
                _run_in_batches(conn, [
                    (node_key(r), r, [cluster_on(r)]) for r in (*in_shadow.tables, *in_shadow.materialized_views) if r.cluster_on
                ])
                _apply_owners(conn, spec, in_shadow, ctx)  # after OWNED BY: it needs one owner
                if warnings is not None:
                    warnings.extend(_rejected_bodies(conn, in_shadow))
                signatures = _signatures(spec)
                oids = _type_oids(conn, signatures)
                conn.execute("RESET search_path")
                spelled = _spelled_as_inspected(conn, signatures, oids)
                inspected = inspect_catalog(conn, spec.schema_names()).catalog
                # The subscriptions' owners are the spec's: the shadow holds none (see above).
                subscriptions = {node_key(s) for s in full.subscriptions}
                owners = _managed_owners(inspected, spec, owner, spelled)
                owners += tuple(o for o in spec.owners if o.node in subscriptions)
                inspected = replace(inspected, owners=owners)
        finally:
            server.drop_database(name)
    return _with_tablespaces(replace(
        inspected, extensions=_spec_extensions(full.extensions, inspected.extensions), cron_jobs=full.cron_jobs,
        subscriptions=full.subscriptions, roles=spec.roles,
    ), full).normalize()


# Tablespaces are the cluster's, which the spec names and never creates: the scratch
# database's cluster has none of them (an embedded one, or another server's). Its objects
# are created without, and given the spec's tablespaces back once inspected (names that
# PostgreSQL keeps as given).
def _without_tablespaces(catalog: Catalog) -> Catalog:
    return replace(
        catalog,
        tables=tuple(replace(t, tablespace=None, constraints=tuple(_no_tablespace(c) for c in t.constraints))
                     for t in catalog.tables),
        indexes=tuple(replace(i, tablespace=None, partition_tablespaces=()) for i in catalog.indexes),
        materialized_views=tuple(replace(v, tablespace=None) for v in catalog.materialized_views),
    )


def _no_tablespace(constraint):
    return replace(constraint, tablespace=None, partition_tablespaces=()) if hasattr(constraint, "tablespace") else constraint


def _with_tablespaces(inspected: Catalog, spec: Catalog) -> Catalog:
    """Return `inspected` with the tablespaces `spec` gives its tables, keys, indexes (and
    their parts) and materialized views."""
    tables = {t.key: t for t in spec.tables}
    indexes = {i.key: (i.tablespace, i.partition_tablespaces) for i in spec.indexes}
    views = {v.key: v.tablespace for v in spec.materialized_views}

    def table(t):
        given = tables.get(t.key)
        if given is None:
            return t
        keys = {c.name: c for c in given.constraints if hasattr(c, "tablespace")}
        constraints = tuple(
            replace(c, tablespace=keys[c.name].tablespace, partition_tablespaces=keys[c.name].partition_tablespaces)
            if hasattr(c, "tablespace") and c.name in keys else _no_tablespace(c) for c in t.constraints
        )
        return replace(t, tablespace=given.tablespace, constraints=constraints)

    def index(i):
        tablespace, parts = indexes.get(i.key, (None, ()))
        return replace(i, tablespace=tablespace, partition_tablespaces=parts)

    return replace(
        inspected,
        tables=tuple(table(t) for t in inspected.tables),
        indexes=tuple(index(i) for i in inspected.indexes),
        materialized_views=tuple(replace(v, tablespace=views.get(v.key)) for v in inspected.materialized_views),
    )


def _spec_extensions(declared, inspected) -> tuple:
    """Return the spec's extensions (their version and schema pinned only where it pins
    them) with the comment and members' privileges the shadow gave them, which PostgreSQL
    normalized and whose initial privileges it knows (pg_cron's stay the spec's)."""
    found = {e.name: e for e in inspected}
    return tuple(
        replace(e, members=found[e.name].members, comment=found[e.name].comment,
                default_comment=found[e.name].default_comment)
        if e.name in found else e
        for e in declared
    )
