"""`schemadiff demo`: the spec applied to an embedded PostgreSQL, and what now exists.

The cluster lives in a project-local directory (kept between runs); the database is the
one pg_cron serves, as on Supabase where the schema and pg_cron share `postgres`. The
spec goes in through the differ (plan, apply, check), the way it reaches any database.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import psycopg

from .errors import SchemadiffError
from .generate import generate
from .pgcluster import ClusterError, EmbeddedCluster
from .spec.load import load_spec

DATABASE = "learning_analytics"

SUMMARY = """
SELECT 'tables', count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
UNION ALL
SELECT 'partitions', count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relispartition AND c.relkind IN ('r', 'p')
UNION ALL
SELECT 'indexes (partitioned parents and views)', count(*) FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('i', 'I') AND NOT c.relispartition
UNION ALL
SELECT 'materialized views', count(*) FROM pg_catalog.pg_matviews WHERE schemaname = 'public'
UNION ALL
SELECT 'RLS policies', count(*) FROM pg_catalog.pg_policies WHERE schemaname = 'public'
UNION ALL
SELECT 'functions', count(*) FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'public'
UNION ALL
SELECT 'triggers', count(*) FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgparentid = 0
UNION ALL
SELECT 'pg_cron jobs', count(*) FROM cron.job
"""


def _open_cluster(directory: Path) -> EmbeddedCluster:
    """Start the demo cluster, falling back to /tmp when the server cannot reach `directory`."""
    cluster = EmbeddedCluster(directory / "data", cron_database=DATABASE)
    try:
        cluster.start()
        return cluster
    except ClusterError as exc:
        if "cannot reach" not in str(exc):
            raise
    digest = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:12]
    fallback = Path(tempfile.gettempdir()) / f"schemadiff-demo-{digest}"
    print(f"note: the server's OS user cannot reach {directory}; using {fallback}")
    fallback.mkdir(mode=0o755, exist_ok=True)
    fallback.chmod(0o755)
    cluster = EmbeddedCluster(fallback / "data", cron_database=DATABASE)
    cluster.start()
    return cluster


def run_demo(spec: Path, directory: Path, keep_running: bool = False) -> int:
    from .apply import execute_steps
    from .commands import render_context
    from .render.plan import plan_steps
    from .sources import Settings, plan_for_database, spec_source

    catalog = load_spec(spec)
    try:
        cluster = _open_cluster(directory)
    except ClusterError as exc:
        raise SchemadiffError(f"embedded PostgreSQL: {exc}") from None
    try:
        dsn = cluster.dsn(DATABASE)
        shim = next((f for f in generate(catalog, source=spec.name) if f.name == "platform_shim.sql"), None)
        if shim is not None:
            # Stand-ins for what the platform provides; never part of a plan.
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(shim.text)
            print(f"applied the {catalog.platform} platform shim")
        desired = spec_source(spec, Settings(shadow_dsn=cluster.dsn("postgres")))
        _, plan = plan_for_database(dsn, desired)
        steps = plan_steps(plan, render_context(desired.spec))
        if steps:
            execute_steps(dsn, steps)
            print(f"schemadiff apply: {len(steps)} step(s) applied to {DATABASE!r}")
        else:
            print(f"schemadiff apply: nothing to do, {DATABASE!r} already matches {spec}")
        _, recheck = plan_for_database(dsn, desired)
        print(f"schemadiff check: {'in sync' if recheck.empty else 'DRIFT: ' + str(len(recheck.operations)) + ' difference(s)'}")
        with psycopg.connect(dsn, autocommit=True) as conn:
            rows = conn.execute(SUMMARY).fetchall()
        print(f"\n{spec} is live in database {DATABASE!r}:")
        for label, count in rows:
            print(f"  {count:>4}  {label}")
        if keep_running:
            print(f"\nserver left running: psql '{dsn}'")
    finally:
        if not keep_running:
            cluster.stop()
    return 0 if recheck.empty else 2
