"""Where catalogs come from: a spec file (through the shadow) or a live database."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg

from .errors import SchemadiffError
from .model import Catalog
from .plan.planner import Plan, make_plan
from .plan.source_text import SpecText, reparseable, with_spec_text
from .diff.operations import RunPartitionMaintenance
from .model.catalog import node_key
from .render.lifecycle import maintenance_function, with_lifecycle
from .scope import comparable, without_unmanaged_owners


@dataclass(frozen=True)
class Settings:
    """Options shared by the commands that compare catalogs."""

    shadow_dsn: str | None = None


@dataclass(frozen=True)
class Source:
    label: str
    catalog: Catalog
    spec: Catalog | None = None  # the loaded spec, when the source is a spec file
    role: str | None = None  # a database's current_user: what a plan applied there creates, it owns
    warnings: tuple[str, ...] = ()  # what the shadow found questionable in the spec (not errors)

    @property
    def schemas(self) -> list[str]:
        return [s.name for s in self.catalog.schemas]


def is_dsn(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://")) or "=" in text


def connect(dsn: str | None, *, autocommit: bool = True) -> psycopg.Connection:
    """Connect, or fail with a one-line reason (the password never shown)."""
    if not dsn:
        raise SchemadiffError("no database given: pass --db DSN or set DATABASE_URL")
    try:
        return psycopg.connect(dsn, autocommit=autocommit, connect_timeout=10)
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise SchemadiffError(f"cannot connect to {_redact(dsn)}: {reason}") from None


def _redact(dsn: str) -> str:
    try:
        info = psycopg.conninfo.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return "the database"
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"


def spec_source(path: str | Path, settings: Settings) -> Source:
    from .shadow import desired_catalog
    from .spec.load import load_spec

    spec = load_spec(path)
    warnings: list[str] = []
    return Source(str(path), desired_catalog(spec, settings.shadow_dsn, warnings), spec, warnings=tuple(warnings))


def database_source(dsn: str, schemas: list[str] | None) -> Source:
    from .inspect import inspect_catalog

    with connect(dsn) as conn:
        catalog = inspect_catalog(conn, schemas).catalog
        role = _current_role(conn)
    return Source(_redact(dsn), catalog, role=role)


def _current_role(conn) -> str:
    return conn.execute("SELECT current_user").fetchone()[0]


def database_sources(dsns: list[str], schemas: list[str] | None) -> dict[str, Source]:
    """Inspect several databases at once, one connection and thread each.

    While one database answers its catalog queries (psycopg releases the GIL while it
    waits), the other's rows are built into a model: at 5,000 tables two inspections take
    little more than one.
    """
    if len(dsns) < 2:
        return {dsn: database_source(dsn, schemas) for dsn in dsns}
    with ThreadPoolExecutor(max_workers=len(dsns)) as pool:
        futures = {dsn: pool.submit(database_source, dsn, schemas) for dsn in dsns}
        return {dsn: future.result() for dsn, future in futures.items()}


def load_source(text: str, settings: Settings, schemas: list[str] | None = None) -> Source:
    return database_source(text, schemas) if is_dsn(text) else spec_source(text, settings)


def plan_for_database(dsn: str, desired: Source) -> tuple[Source, Plan]:
    """Inspect the database within the desired side's scope and plan the way there."""
    roles = [r.name for r in desired.catalog.roles] if desired.spec is not None else None
    current = _current_side(_inspect_for(dsn, desired.schemas if desired.spec else None, roles), desired)
    return current, plan_between(current, desired)


def plan_spec_for_database(path: str | Path, dsn: Callable[[], str], settings: Settings) -> tuple[Source, Source, Plan]:
    """Load a spec and plan a database's way to it; return (desired, current, plan).

    The shadow is built (PostgreSQL running the spec's DDL: server-bound) while the database
    is inspected on another connection and thread, which hides the inspection (~3 s at
    5,000 tables). `dsn` is asked for in that thread, and the shadow's errors are raised
    first: a spec PostgreSQL rejects is reported before a missing or unreachable database,
    as when the two ran one after the other.
    """
    from .shadow import desired_catalog
    from .spec.load import load_spec

    spec = load_spec(path)
    schemas, roles = spec.schema_names(), [r.name for r in spec.roles]
    warnings: list[str] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        shadow = pool.submit(desired_catalog, spec, settings.shadow_dsn, warnings)
        live = pool.submit(lambda: _inspect_for(dsn(), schemas, roles))
        desired = Source(str(path), shadow.result(), spec, warnings=tuple(warnings))
        inspected = live.result()
    if sorted(desired.schemas) != schemas:  # the database is compared in the shadow's scope
        inspected = _inspect_for(inspected[0], desired.schemas, roles)
    current = _current_side(inspected, desired)
    return desired, current, plan_between(current, desired)


def _inspect_for(dsn: str, schemas: list[str] | None, roles: list[str] | None) -> tuple[str, Catalog, set[str], str]:
    """Return (dsn, catalog, which of `roles` exist, current_user) of a database."""
    from .inspect import inspect_catalog

    with connect(dsn) as conn:
        catalog = inspect_catalog(conn, schemas).catalog
        existing = set()
        if roles is not None:
            existing = {row[0] for row in conn.execute(
                "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)", (roles,),
            )}
        return dsn, catalog, existing, _current_role(conn)


def _current_side(inspected, desired: Source) -> Source:
    dsn, catalog, existing, role = inspected
    if desired.spec is not None:
        catalog = replace(catalog, roles=tuple(r for r in desired.catalog.roles if r.name in existing))
    return Source(_redact(dsn), catalog, role=role)


def plan_between(current: Source, desired: Source) -> Plan:
    partitions = current.catalog.partitions_by_parent()  # lifecycle ones included
    if current.spec is not None and desired.spec is None:
        desired = replace(desired, catalog=without_unmanaged_owners(current.catalog, desired.catalog))
    before, after = comparable(current.catalog, desired.catalog, desired_is_spec=desired.spec is not None)
    if desired.spec is None:
        plan = replace(make_plan(before, after, partitions), owner=current.role)
        # Created objects take the target's deparse, in a form that parses back to it.
        text = SpecText(after, reparseable)
        return replace(plan, operations=tuple(with_spec_text(op, text) for op in plan.operations))
    plan = replace(make_plan(before, replace(after, renames=desired.spec.renames), partitions), owner=current.role)
    spec_text = SpecText(with_lifecycle(desired.spec))
    operations = tuple(with_spec_text(op, spec_text) for op in plan.operations)
    maintenance = maintenance_function(desired.spec)
    if maintenance is not None:
        lifecycle = {node_key(maintenance)} | {
            node_key(t) for t in desired.spec.tables if t.partition_policy is not None
        }
        if any(op.node in lifecycle for op in operations):
            # New or changed lifecycle tables get today's partitions now, not at the next cron run.
            operations += (RunPartitionMaintenance(node_key(maintenance), maintenance),)
    return replace(plan, operations=operations)
