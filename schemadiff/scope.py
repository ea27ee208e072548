"""What a comparison covers: managed objects only, lifecycle partitions excluded.

Partitions that `maintain_partitions` creates and drops come and go with time; they are
not drift. Which tables have a lifecycle is read back from the generated maintenance
function itself, so a database-to-database diff knows it too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pglast import ast, parse_plpgsql, parse_sql
from pglast.parser import ParseError

from .model import Catalog, PartitionPolicy, QualifiedName
from .render.lifecycle import FUNCTION_NAME
from .spec.checks import probe_function_sql


def lifecycle_policies(catalog: Catalog) -> dict[QualifiedName, PartitionPolicy]:
    """Return the partition policies a catalog carries, from its tables or its maintenance function."""
    declared = {t.key: t.partition_policy for t in catalog.tables if t.partition_policy}
    if declared:
        return declared
    found = {}
    for fn in catalog.functions:
        if fn.name == FUNCTION_NAME and fn.language == "plpgsql" and not fn.identity_arguments[1:]:
            found.update(_policies_in_body(fn))
    return found


def _policies_in_body(fn) -> dict[QualifiedName, PartitionPolicy]:
    try:
        tree = parse_plpgsql(probe_function_sql(fn))
    except ParseError:
        return {}
    for query in _loop_queries(tree):
        try:
            stmt = parse_sql(query)[0].stmt
        except ParseError:
            continue
        values = _values_lists(stmt)
        if values:
            return {
                QualifiedName(schema, table): PartitionPolicy(unit, int(premake), retention)
                for schema, table, unit, premake, retention in values
            }
    return {}


def _loop_queries(node):
    if isinstance(node, dict):
        if "PLpgSQL_stmt_fors" in node:
            yield node["PLpgSQL_stmt_fors"]["query"]["PLpgSQL_expr"]["query"]
        for value in node.values():
            yield from _loop_queries(value)
    elif isinstance(node, list):
        for item in node:
            yield from _loop_queries(item)


def _values_lists(stmt) -> list[tuple]:
    """Return the constant rows of `SELECT * FROM (VALUES ...) AS v(...)`, if that is the query."""
    if not isinstance(stmt, ast.SelectStmt) or not stmt.fromClause:
        return []
    sub = stmt.fromClause[0]
    if not isinstance(sub, ast.RangeSubselect) or not sub.subquery.valuesLists:
        return []
    rows = []
    for row in sub.subquery.valuesLists:
        cells = []
        for cell in row:
            value = cell.val if isinstance(cell, ast.A_Const) else None
            if isinstance(value, ast.String):
                cells.append(value.sval)
            elif isinstance(value, ast.Integer):
                cells.append(value.ival)
            else:
                return []
        if len(cells) != 5:
            return []
        rows.append(tuple(cells))
    return rows


def without_lifecycle_partitions(catalog: Catalog, policies: dict[QualifiedName, PartitionPolicy]) -> Catalog:
    """Drop from `catalog` the partitions a lifecycle manages, the firing states of
    triggers' clones on them and the tablespaces of indexes' parts there: a spec cannot name
    those partitions (they come and go), so their states are no more compared or written
    than the partitions are."""
    if not policies:
        return catalog

    def managed(table) -> bool:
        parent = table.partition_of
        if parent is None or parent not in policies:
            return False
        return re.fullmatch(re.escape(parent.name) + r"_p[0-9]{8}(_[0-9]{2})?", table.name) is not None

    gone = {t.key for t in catalog.tables if managed(t)}
    triggers = tuple(
        replace(t, partition_states=tuple((p, state) for p, state in t.partition_states if p not in gone))
        for t in catalog.triggers
    )
    names = {key.name for key in gone}  # (an index's parts are named by their partition alone)
    indexes = tuple(
        replace(i, partition_tablespaces=tuple((p, t) for p, t in i.partition_tablespaces if p not in names))
        for i in catalog.indexes
    )
    return replace(catalog, tables=tuple(t for t in catalog.tables if t.key not in gone), triggers=triggers, indexes=indexes)


def comparable(current: Catalog, desired: Catalog, desired_is_spec: bool) -> tuple[Catalog, Catalog]:
    """Return both catalogs restricted to what the comparison manages."""
    policies = {**lifecycle_policies(current), **lifecycle_policies(desired)}
    current = without_lifecycle_partitions(current, policies)
    desired = without_lifecycle_partitions(desired, policies)
    if not desired_is_spec:
        return current.normalize(), desired.normalize()
    # Extensions are database-wide: a spec manages those it declares, and their version
    # or schema only where it pins them.
    wanted = {e.name: e for e in desired.extensions}
    extensions = []
    for ext in current.extensions:
        target = wanted.get(ext.name)
        if target is None:
            continue
        extensions.append(replace(
            ext, version=ext.version if target.version else None, schema=ext.schema if target.schema else None,
        ))
    # A spec manages the owners it names (all, with a top-level `owner:`), no others.
    managed = {o.node for o in desired.owners}
    owners = tuple(o for o in current.owners if o.node in managed)
    # Jobs scheduled from here for another database belong to that database's owners: a
    # spec manages them only for the databases its own jobs name.
    databases = {j.database for j in desired.cron_jobs}
    cron_jobs = tuple(j for j in current.cron_jobs if j.database is None or j.database in databases)
    current = replace(
        current, extensions=tuple(extensions), owners=owners, cron_jobs=cron_jobs, **_database_wide(current, desired),
    )
    return current.normalize(), desired.normalize()


def _database_wide(current: Catalog, desired: Catalog) -> dict:
    """Restrict the current side's database-wide kinds to what a spec manages.

    A spec that declares no event trigger, publication, default privileges, foreign-data
    wrapper, server, user mapping, procedural language, transform, access method or
    subscription leaves that kind alone (a platform's own, such as Supabase's, stay); one that does manages every
    one inspection covers, except publications for all tables or for nothing yet, which
    belong to no managed schema: those it manages only by name.
    """
    changes = {}
    for kind in ("event_triggers", "publications", "default_privileges", "foreign_data_wrappers", "foreign_servers",
                 "user_mappings", "languages", "transforms", "access_methods", "subscriptions"):
        if not getattr(desired, kind):
            changes[kind] = ()
    if "publications" not in changes:
        declared = {p.name for p in desired.publications}
        changes["publications"] = tuple(
            p for p in current.publications if p.name in declared or (not p.all_tables and (p.tables or p.schemas))
        )
    return changes


def without_unmanaged_owners(spec: Catalog, live: Catalog) -> Catalog:
    """Return `live` (compared with `spec`, the other side) without the owners the spec
    leaves unmanaged, and without the roles that only those owners name."""
    from .inspect.acl import grantees  # the roles a database's grants name

    managed = {o.node for o in spec.owners}
    owners = tuple(o for o in live.owners if o.node in managed)
    holders = (
        live.schemas, live.types, live.tables, live.views, live.materialized_views, live.functions, live.sequences,
        live.default_privileges, [m for e in live.extensions for m in e.members],
    )
    named = {g for kind in holders for g in grantees(kind)}
    named |= {g.grantee for t in live.tables for c in t.columns for g in c.grants}
    named |= {r for p in live.policies for r in p.roles} | {o.role for o in owners} | {r.name for r in spec.roles}
    return replace(live, owners=owners, roles=tuple(r for r in live.roles if r.name in named))

