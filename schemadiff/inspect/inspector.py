"""Orchestrate one inspection: run every catalog query in one snapshot, build the model.

The queries run one after the other on a helper thread while this one builds the model
from the rows of those already answered: the server works on the next query while Python
turns the last one's rows into objects (psycopg releases the GIL while it waits), so an
inspection costs about max(server, client) rather than their sum. A connection runs one
statement at a time, and the helper submits them in order, so the catalog queries' order
and their single snapshot are as before.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace

from ..model import Catalog
from . import acl
from .cluster import (
    build_cron_jobs, build_extensions, build_policies, build_roles, build_schemas, build_sequences,
    build_unsupported,
)
from .depends import build_dependencies
from .notes import Notes
from .objects import build_objects
from .owners import Owners
from .queries import KIND_QUERIES, ROLE_QUERY, SCHEMA_QUERY, fetch, snapshot
from .routines import build_functions, build_views
from .tables import build_indexes, build_tables, build_triggers
from .types import build_types


@dataclass(frozen=True)
class InspectionResult:
    catalog: Catalog
    warnings: tuple[str, ...]  # e.g. 'unsupported: aggregate public.total(integer)'


def inspect_catalog(conn, schemas: list[str] | None = None) -> InspectionResult:
    """Read the database behind `conn` into a Catalog.

    `schemas` lists the managed schemas; None means every schema that is neither
    PostgreSQL's own nor an extension's. The connection must not be inside a transaction;
    it is left as it was found.
    """
    notes, owned = Notes(), Owners()
    asked = None if schemas is None else list(schemas)  # any iterable of names; sent as text[]
    with snapshot(conn), _query_runner() as runner:
        schema_rows = list(fetch(conn, SCHEMA_QUERY, {"schemas": asked}))  # read twice
        managed = [row["name"] for row in schema_rows]
        rows = _Answers({name: runner.submit(fetch, conn, name, {"schemas": managed}) for name in KIND_QUERIES})
        for missing in sorted(set(asked or ()) - set(managed)):
            notes.add(f"not found: schema {missing}")

        tables = build_tables(rows["relations"], rows["columns"], rows["constraints"], notes, owned)
        indexes = build_indexes(rows["indexes"], notes)
        views, matviews = build_views(rows["views"], notes, owned)
        functions = build_functions(rows["functions"], notes, owned)
        sequences = build_sequences(rows["sequences"], notes, owned)
        policies = build_policies(rows["policies"])
        types = build_types(rows["types"], owned)
        schema_objects = build_schemas(schema_rows, owned)
        role_names = acl.grantees([*schema_objects, *types, *tables, *views, *matviews, *functions, *sequences])
        role_names |= {r for p in policies for r in p.roles if r != "PUBLIC"}
        triggers = build_triggers(rows["triggers"], notes)
        objects = build_objects(rows["objects"], notes, owned)
        # Not the roles whose default privileges they are (unless they own objects, below):
        # a spec's roles are revoked from whatever it creates.
        role_names |= acl.grantees([
            *objects["default_privileges"], *objects["aggregates"], *objects["foreign_data_wrappers"],
            *objects["foreign_servers"], *objects["languages"],
        ])
        role_names |= {m.user for m in objects["user_mappings"] if m.user != "PUBLIC"}
        role_names |= {x.grantee for v in views for _, grants in v.column_grants for x in grants if x.grantee != "PUBLIC"}
        extensions = build_extensions(rows["extensions"])
        role_names |= acl.grantees(m for e in extensions for m in e.members)
        role_names |= {x.grantee for t in tables for c in t.columns for x in (*c.grants, *c.identity_grants)
                       if x.grantee != "PUBLIC"}
        catalog = Catalog(
            schemas=tuple(schema_objects),
            types=tuple(types),
            sequences=tuple(sequences),
            tables=tuple(tables),
            views=tuple(views),
            materialized_views=tuple(matviews),
            functions=tuple(functions),
            **{kind: tuple(found) for kind, found in objects.items()},
        )
        # Owners are named as roles (not the predefined pg_* ones, such as pg_database_owner,
        # which always exist).
        owners = owned.result()
        role_names |= {o.role for o in owners if not o.role.startswith("pg_")}
        # On the helper too: after the queries still queued, never beside them.
        roles = build_roles(runner.submit(fetch, conn, ROLE_QUERY, {"roles": sorted(role_names)}).result())

    build_unsupported(rows["unsupported"], notes)
    catalog = replace(
        catalog,
        roles=tuple(roles),
        extensions=tuple(extensions),
        indexes=tuple(indexes),
        triggers=tuple(triggers),
        policies=tuple(policies),
        cron_jobs=tuple(build_cron_jobs(rows["cron_jobs"])),
        owners=owners,
        dependencies=build_dependencies(rows["depends"]),
    )
    return InspectionResult(catalog.normalize(), notes.result())


@contextmanager
def _query_runner():
    """Yield the one thread the catalog queries run on; it has finished when this exits."""
    runner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalog-queries")
    try:
        yield runner
    except BaseException:
        runner.shutdown(cancel_futures=True)  # a failed inspection does not run the rest
        raise
    runner.shutdown()


class _Answers:
    """The rows of each catalog query, by name, each waited for when first iterated: a
    builder given several (the tables: columns, constraints, relations) starts on the
    first while the server still answers the others."""

    def __init__(self, pending: dict):
        self._pending = pending

    def __getitem__(self, name: str):
        return _Pending(self._pending[name])


class _Pending:
    def __init__(self, future):
        self._future = future

    def __iter__(self):
        return iter(self._future.result())

    def tuples(self):
        return self._future.result().tuples()
