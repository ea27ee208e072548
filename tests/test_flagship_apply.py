"""The flagship's generated SQL applies, re-applies, and leaves a working database.

Against a real PostgreSQL 15 + pg_cron: every object of the spec exists, a second run
changes nothing, every table takes rows inside its ready partitions and refuses rows
outside them, pg_cron holds exactly the declared jobs, and the monitoring function runs.
"""

from __future__ import annotations

import re
import subprocess
from datetime import timedelta

import psycopg
import pytest
from psycopg import sql

from flagship_support import (  # noqa: F401  (flagship_db is a fixture)
    MAINTENANCE_COMMAND,
    MAINTENANCE_JOB,
    SERVICE_ROLE,
    TABLES,
    act_as,
    apply_flagship,
    existing_partitions,
    flagship_catalog,
    flagship_db,
    insert_row,
    partition_at,
    partition_of_row,
    partitioned_tables,
    ready_partitions,
    sample_row,
    row_json,
    server_now,
    table_model,
)
from schemadiff.pgcluster import find_pg_bindir

# The catalog as PostgreSQL describes it, for "applying twice changes nothing".
CATALOG_SNAPSHOT_QUERIES = {
    "relations": """
        SELECT n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relacl::text
        FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'auth')
        ORDER BY 1, 2
    """,
    "indexes": """
        SELECT schemaname, tablename, indexname, indexdef FROM pg_catalog.pg_indexes
        WHERE schemaname IN ('public', 'auth') ORDER BY 1, 2, 3
    """,
    "policies": """
        SELECT schemaname, tablename, policyname, permissive, roles::text, cmd, qual, with_check
        FROM pg_catalog.pg_policies ORDER BY 1, 2, 3
    """,
    "functions": """
        SELECT p.oid::regprocedure::text, pg_catalog.pg_get_functiondef(p.oid), p.proacl::text
        FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('public', 'auth') ORDER BY 1
    """,
    "triggers": """
        SELECT tgrelid::regclass::text, tgname, pg_catalog.pg_get_triggerdef(oid)
        FROM pg_catalog.pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2
    """,
    "cron jobs": """
        SELECT jobid, jobname, schedule, command, database, username, active
        FROM cron.job ORDER BY jobname
    """,
    "roles": """
        SELECT rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolbypassrls
        FROM pg_catalog.pg_roles WHERE rolname IN ('anon', 'authenticated', 'service_role')
        ORDER BY 1
    """,
}


def catalog_snapshot(dsn: str) -> dict[str, list[tuple]]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return {
            kind: conn.execute(query).fetchall()
            for kind, query in CATALOG_SNAPSHOT_QUERIES.items()
        }


def schema_dump(dsn: str) -> str:
    result = subprocess.run(
        [str(find_pg_bindir() / "pg_dump"), "--schema-only", f"--dbname={dsn}"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    # Recent pg_dump releases wrap the dump in \restrict <random key> ... \unrestrict <key>.
    return "".join(
        line for line in result.stdout.splitlines(keepends=True)
        if not line.startswith(("\\restrict ", "\\unrestrict "))
    )


def seed_one_row_per_table(conn: psycopg.Connection) -> dict[str, object]:
    """Insert one row with default timestamps into every table; return their ids."""
    now = server_now(conn)
    org = sample_row("organizations")
    user = sample_row("users", org=org["id"])
    rows = {"organizations": org, "users": user}
    for table in TABLES[2:]:
        at = now if table == "aggregated_analytics" else None  # its key has no default
        rows[table] = sample_row(table, org=org["id"], user=user["id"], at=at)
    for table in TABLES:
        insert_row(conn, table, rows[table])
    return {table: row["id"] for table, row in rows.items()}


def test_every_object_of_the_spec_exists_after_apply(flagship_db):
    catalog = flagship_catalog()
    with psycopg.connect(flagship_db.dsn) as conn:
        relations = set(conn.execute(
            "SELECT relname, relkind FROM pg_catalog.pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'm', 'v')"
        ).fetchall())
        policies = {
            (table, name, cmd, tuple(roles)) for table, name, cmd, roles in conn.execute(
                "SELECT tablename, policyname, cmd, roles::text[] FROM pg_catalog.pg_policies "
                "WHERE schemaname = 'public'"
            )
        }
        functions = {r[0] for r in conn.execute(
            "SELECT proname FROM pg_catalog.pg_proc WHERE pronamespace = 'public'::regnamespace"
        ).fetchall()}
        indexes = {r[0] for r in conn.execute(
            "SELECT indexname FROM pg_catalog.pg_indexes WHERE schemaname = 'public'"
        ).fetchall()}
        rls = dict(conn.execute(
            "SELECT relname, relrowsecurity FROM pg_catalog.pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')"
        ).fetchall())

    tables = {t.name for t in catalog.tables}
    assert tables == set(TABLES)
    for table in catalog.tables:
        assert (table.name, "p" if table.partition_by else "r") in relations
        assert rls[table.name] is True, f"RLS is off on {table.name}"
    for view in catalog.materialized_views:
        assert (view.name, "m") in relations
    assert {(p.table, p.name, p.command, tuple(p.roles)) for p in catalog.policies} == policies
    assert {f.name for f in catalog.functions} | {"maintain_partitions"} <= functions
    assert {i.name for i in catalog.indexes} <= indexes


def test_applying_twice_succeeds_and_changes_nothing(flagship_db):
    with psycopg.connect(flagship_db.dsn, autocommit=True) as conn:
        ids = seed_one_row_per_table(conn)
        rows_before = {t: row_json(conn, t, i) for t, i in ids.items()}
    dump_before = schema_dump(flagship_db.dsn)
    assert "CREATE TABLE public.raw_data_collection" in dump_before
    catalog_before = catalog_snapshot(flagship_db.dsn)

    apply_flagship(flagship_db.dsn)

    assert schema_dump(flagship_db.dsn) == dump_before
    catalog_after = catalog_snapshot(flagship_db.dsn)
    for kind in CATALOG_SNAPSHOT_QUERIES:
        assert catalog_after[kind] == catalog_before[kind], kind
    with psycopg.connect(flagship_db.dsn, autocommit=True) as conn:
        assert {t: row_json(conn, t, i) for t, i in ids.items()} == rows_before


def test_a_row_with_default_timestamps_goes_into_every_table(flagship_db):
    with psycopg.connect(flagship_db.dsn) as conn:
        now = server_now(conn)  # the transaction's now(), which the defaults use
        ids = seed_one_row_per_table(conn)
        for table, row_id in ids.items():
            stamps = row_json(conn, table, row_id)
            assert stamps is not None, f"the row inserted into {table} is not there"
            defaulted = [c.name for c in table_model(table).columns if c.default == "now()"]
            assert defaulted, f"{table} has no now() default column to check"
            for column in defaulted:
                value = conn.execute("SELECT %s::timestamptz", (stamps[column],)).fetchone()[0]
                assert value == now, f"{table}.{column}"
            expires = stamps.get("expires_at")
            if expires is not None:
                value = conn.execute("SELECT %s::timestamptz", (expires,)).fetchone()[0]
                assert value > now, f"{table}.expires_at defaults to the past"
        for table in partitioned_tables():
            assert partition_of_row(conn, table.name, ids[table.name]) == \
                partition_at(table, now).name


@pytest.mark.parametrize("table", partitioned_tables(), ids=lambda t: t.name)
def test_rows_go_into_the_ready_partitions_and_nowhere_else(flagship_db, table):
    ready = ready_partitions(table, flagship_db.applied_at)
    assert len(ready) >= table.partition_policy.premake + 2  # past, current and premade
    with psycopg.connect(flagship_db.dsn) as conn:
        org = sample_row("organizations")
        user = sample_row("users", org=org["id"])
        insert_row(conn, "organizations", org)
        insert_row(conn, "users", user)
        landed, expected = {}, {}
        for part in ready:
            for at in (part.start, part.end - timedelta(microseconds=1)):
                row = sample_row(table.name, org=org["id"], user=user["id"], at=at)
                insert_row(conn, table.name, row)
                landed[at] = partition_of_row(conn, table.name, row["id"])
                expected[at] = part.name
        assert landed == expected

        # Just past the last premade partition, and just before the retained ones.
        for at in (ready[-1].end, ready[0].start - timedelta(microseconds=1)):
            row = sample_row(table.name, org=org["id"], user=user["id"], at=at)
            with pytest.raises(psycopg.errors.CheckViolation, match="no partition"):
                with conn.transaction():
                    insert_row(conn, table.name, row)
            assert row_json(conn, table.name, row["id"]) is None


@pytest.mark.parametrize("time_zone", ["UTC", "Asia/Kolkata", "America/Los_Angeles"])
def test_ready_partitions_have_utc_bounds_whatever_the_session_time_zone(cron_db, time_zone):
    applied_at = apply_flagship(cron_db, time_zone=time_zone)
    with psycopg.connect(cron_db) as conn:
        for table in partitioned_tables():
            expected = {p.name: (p.start, p.end) for p in ready_partitions(table, applied_at)}
            assert existing_partitions(conn, table.name) == expected, table.name


def test_cron_holds_every_declared_job_and_the_partition_maintenance(flagship_db):
    declared = {j.name: (j.schedule, j.command) for j in flagship_catalog().cron_jobs}
    assert declared, "the spec declares cron jobs"
    with psycopg.connect(flagship_db.dsn) as conn:
        database = conn.execute("SELECT current_database()").fetchone()[0]
        jobs = conn.execute(
            "SELECT jobname, schedule, command, database, active FROM cron.job"
        ).fetchall()
    scheduled = {name: (schedule, command) for name, schedule, command, _, _ in jobs}
    assert len(scheduled) == len(jobs), "duplicate job names"
    maintenance = scheduled.pop(MAINTENANCE_JOB, None)
    assert scheduled == declared
    assert maintenance is not None, f"{MAINTENANCE_JOB} is not scheduled"
    schedule, command = maintenance
    assert command == MAINTENANCE_COMMAND
    # Hourly: with a premake of days, partitions exist long before they are needed.
    assert re.fullmatch(r"[0-5]?[0-9] \* \* \* \*", schedule), schedule
    assert {(db, active) for _, _, _, db, active in jobs} == {(database, True)}


def test_cron_commands_run(flagship_db):
    """Every scheduled command runs as written (as pg_cron would run it: as postgres)."""
    with psycopg.connect(flagship_db.dsn) as conn:
        commands = [r[0] for r in conn.execute("SELECT command FROM cron.job ORDER BY jobname")]
        for command in commands:
            conn.execute(command)
        conn.rollback()


@pytest.mark.parametrize("as_service_role", [False, True], ids=["postgres", "service_role"])
def test_db_performance_metrics_return_two_rows(flagship_db, as_service_role):
    with psycopg.connect(flagship_db.dsn) as conn:
        if as_service_role:
            act_as(conn, SERVICE_ROLE)
        rows = conn.execute(
            "SELECT metric_name, metric_value, metric_unit, measured_at = now() "
            "FROM public.get_db_performance_metrics() ORDER BY metric_name"
        ).fetchall()
    assert [(name, unit, current) for name, _, unit, current in rows] == [
        ("active_connections", "connections", True),
        ("cache_hit_ratio", "percent", True),
    ]
    active, ratio = rows[0][1], rows[1][1]
    assert active >= 1  # this very session is active
    assert ratio is None or 0 <= ratio <= 100


def test_updates_set_updated_at(flagship_db):
    with psycopg.connect(flagship_db.dsn, autocommit=True) as conn:
        ids = seed_one_row_per_table(conn)
        for table in ("organizations", "users"):
            by_id = sql.SQL("SELECT updated_at FROM {} WHERE id = %s").format(
                sql.Identifier("public", table))
            before = conn.execute(by_id, (ids[table],)).fetchone()[0]
            with conn.transaction():
                now = server_now(conn)
                conn.execute(
                    sql.SQL("UPDATE {} SET updated_at = %s WHERE id = %s").format(
                        sql.Identifier("public", table)),
                    (before - timedelta(days=3), ids[table]),
                )
                after = conn.execute(by_id, (ids[table],)).fetchone()[0]
            assert after == now > before, table
