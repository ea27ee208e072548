"""Orchestrate one inspection: run every catalog query in one snapshot, build the model."""

from __future__ import annotations

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
from .owners import build_owners
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
    notes = Notes()
    asked = None if schemas is None else list(schemas)  # any iterable of names; sent as text[]
    with snapshot(conn):
        schema_rows = list(fetch(conn, SCHEMA_QUERY, {"schemas": asked}))  # read twice
        managed = [row["name"] for row in schema_rows]
        rows = {name: fetch(conn, name, {"schemas": managed}) for name in KIND_QUERIES}
        for missing in sorted(set(asked or ()) - set(managed)):
            notes.add(f"not found: schema {missing}")

        tables = build_tables(rows["relations"], rows["columns"], rows["constraints"], notes)
        views, matviews = build_views(rows["views"], notes)
        functions = build_functions(rows["functions"], notes)
        sequences = build_sequences(rows["sequences"], notes)
        policies = build_policies(rows["policies"])
        types = build_types(rows["types"])
        schema_objects = build_schemas(schema_rows)
        role_names = acl.grantees([*schema_objects, *types, *tables, *views, *matviews, *functions, *sequences])
        role_names |= {r for p in policies for r in p.roles if r != "PUBLIC"}
        objects = build_objects(rows["objects"], notes)
        # Not the roles whose default privileges they are (unless they own objects, below):
        # a spec's roles are revoked from whatever it creates.
        role_names |= acl.grantees([*objects["default_privileges"], *objects["aggregates"], *objects["foreign_servers"]])
        role_names |= {m.user for m in objects["user_mappings"] if m.user != "PUBLIC"}
        role_names |= {x.grantee for v in views for _, grants in v.column_grants for x in grants if x.grantee != "PUBLIC"}
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
        # The owned objects are all known now: owners are read after them, and named as roles
        # (not the predefined pg_* ones, such as pg_database_owner, which always exist).
        owners = build_owners(rows["owners"], catalog)
        role_names |= {o.role for o in owners if not o.role.startswith("pg_")}
        roles = build_roles(fetch(conn, ROLE_QUERY, {"roles": sorted(role_names)}))

    build_unsupported(rows["unsupported"], notes)
    catalog = replace(
        catalog,
        roles=tuple(roles),
        extensions=tuple(build_extensions(rows["extensions"])),
        indexes=tuple(build_indexes(rows["indexes"], notes)),
        triggers=tuple(build_triggers(rows["triggers"], notes)),
        policies=tuple(policies),
        cron_jobs=tuple(build_cron_jobs(rows["cron_jobs"], notes)),
        owners=owners,
        dependencies=build_dependencies(rows["depends"]),
    )
    return InspectionResult(catalog.normalize(), notes.result())
