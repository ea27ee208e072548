"""Shared helpers for the behaviour tests of the flagship database (schema.yaml).

The flagship is applied to a real PostgreSQL 15 + pg_cron from the SQL the generator
produces in-process (never the files on disk, which may be stale), exactly as a user
would: the platform shim, then the schema, each as one script.

Expectations are derived from the loaded spec (partition policies, cron jobs, partition
keys) and from independent re-implementations of the rules (the time arithmetic of the
partition policy is redone here in Python), so that a wrong generator cannot agree with
itself.
"""

from __future__ import annotations

import calendar
import functools
import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg.types.json import Jsonb

from schemadiff.generate import generate
from schemadiff.model import Catalog
from schemadiff.spec.load import load_spec

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "schema.yaml"

# Every table of the flagship, in an order where each one's foreign keys come first.
TABLES = (
    "organizations",
    "users",
    "raw_data_collection",
    "learner_analytics",
    "trainer_analytics",
    "organization_analytics",
    "aggregated_analytics",
    "reports",
    "audit_logs",
)
MAINTENANCE_JOB = "schemadiff-maintain-partitions"
MAINTENANCE_COMMAND = "SELECT count(*) FROM public.maintain_partitions()"


# -- the spec and its generated SQL ------------------------------------------------------


@functools.cache
def flagship_catalog() -> Catalog:
    """Return the loaded flagship spec (cached: collection-time parametrization uses it)."""
    return load_spec(SPEC_PATH)


@functools.cache
def flagship_scripts() -> tuple[str, str]:
    """Return (platform shim, schema) as generated from the spec right now."""
    files = {f.name: f.text for f in generate(flagship_catalog())}
    return files["platform_shim.sql"], files["schema.sql"]


def table_model(name: str):
    """Return the model of public.<name> from the spec."""
    for table in flagship_catalog().tables:
        if table.schema == "public" and table.name == name:
            return table
    raise LookupError(f"public.{name} is not in {SPEC_PATH}")


def partitioned_tables():
    """Return the spec's tables that carry a partition_policy, sorted by name."""
    return sorted(
        (t for t in flagship_catalog().tables if t.partition_policy), key=lambda t: t.name
    )


def partition_key(name: str) -> str | None:
    """Return the (single) partition key column of public.<name>, or None."""
    scheme = table_model(name).partition_by
    if scheme is None:
        return None
    (column,) = scheme.key
    return column


# -- applying it ------------------------------------------------------------------------


@dataclass(frozen=True)
class Flagship:
    dsn: str
    applied_at: datetime  # the server's clock just before the schema was applied


def server_now(conn: psycopg.Connection) -> datetime:
    return conn.execute("SELECT now()").fetchone()[0]


def apply_flagship(dsn: str, *, time_zone: str | None = None) -> datetime:
    """Run the shim and the schema on `dsn`; return the server time just before.

    `time_zone` sets the applying session's TimeZone (the server's default otherwise).
    """
    shim, schema = flagship_scripts()
    options = {"options": f"-c TimeZone={time_zone}"} if time_zone else {}
    with psycopg.connect(dsn, autocommit=True, **options) as conn:
        started = server_now(conn)
        conn.execute(shim)
        conn.execute(schema)
    return started


def pause_cron_jobs(dsn: str) -> None:
    """Deactivate every pg_cron job, so background runs cannot change data mid-test."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT cron.alter_job(jobid, active := false) FROM cron.job")


@pytest.fixture
def flagship_db(cron_db) -> Flagship:
    """A freshly applied flagship, with pg_cron's jobs left as the schema scheduled them."""
    return Flagship(cron_db, apply_flagship(cron_db))


@pytest.fixture(scope="module")
def module_flagship_db(pg_server) -> Flagship:
    """One applied flagship (cron paused) shared by a module whose tests roll back."""
    # Same as conftest's cron_db, at module scope: only the cron database takes pg_cron.
    pg_server.drop_database(pg_server.cron_database)
    dsn = pg_server.create_database(pg_server.cron_database)
    applied_at = apply_flagship(dsn)
    pause_cron_jobs(dsn)
    return Flagship(dsn, applied_at)


@pytest.fixture
def conn_factory():
    """Open connections (not autocommit) that are rolled back and closed after the test."""
    opened: list[psycopg.Connection] = []

    def open_(dsn: str) -> psycopg.Connection:
        conn = psycopg.connect(dsn)
        opened.append(conn)
        return conn

    yield open_
    for conn in opened:
        conn.rollback()
        conn.close()


# -- acting as a Supabase principal -----------------------------------------------------


@dataclass(frozen=True)
class Principal:
    """Who runs a statement: anon, service_role, or a signed-in user (authenticated)."""

    name: str
    db_role: str  # anon | authenticated | service_role
    user_id: uuid.UUID | None = None

    def __str__(self) -> str:
        return self.name


ANON = Principal("anon", "anon")
SERVICE_ROLE = Principal("service_role", "service_role")


def act_as(conn: psycopg.Connection, who: Principal) -> None:
    """Switch the current transaction to `who`, the way Supabase's API does."""
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(who.db_role)))
    claims = {"role": who.db_role}
    if who.user_id is not None:
        claims["sub"] = str(who.user_id)
    conn.execute(
        "SELECT set_config('request.jwt.claims', %s, true)", (json.dumps(claims),)
    )


def act_as_superuser(conn: psycopg.Connection) -> None:
    """Return the current transaction to the connecting superuser, with no JWT."""
    conn.execute("RESET ROLE")
    conn.execute("SELECT set_config('request.jwt.claims', '', true)")


# -- rows -------------------------------------------------------------------------------


def sample_row(table: str, *, org=None, user=None, at: datetime | None = None, **overrides) -> dict:
    """Return valid column values for one new row of `table`.

    `at` sets the partition key (aggregated_analytics has no default for it, so it needs
    one); without it the column defaults apply. `overrides` replace any column.
    """
    rid = uuid.uuid4()
    tag = rid.hex[:12]
    if table == "organizations":
        row = {"id": rid, "name": f"Org {tag}", "domain": f"{tag}.example.org"}
    elif table == "users":
        row = {
            "id": rid, "external_id": f"ms12-{tag}", "email": f"{tag}@example.org",
            "role": "learner", "organization_id": org, "first_name": "Test",
        }
    elif table == "raw_data_collection":
        row = {
            "id": rid, "user_id": user, "organization_id": org, "service_name": "lms",
            "data": Jsonb({"event": "page_view"}),
        }
    elif table == "learner_analytics":
        row = {
            "id": rid, "user_id": user, "organization_id": org,
            "analytics_data": Jsonb({"source": "test"}), "learning_velocity": 1.5,
            "mastery_progress": 40, "engagement_score": 70, "skill_gap_count": 2,
        }
    elif table == "trainer_analytics":
        row = {
            "id": rid, "user_id": user, "organization_id": org,
            "analytics_data": Jsonb({"source": "test"}), "student_count": 12,
        }
    elif table == "organization_analytics":
        row = {
            "id": rid, "organization_id": org, "analytics_data": Jsonb({"source": "test"}),
            "total_users": 10, "active_users": 7,
        }
    elif table == "aggregated_analytics":
        if at is None:
            raise ValueError("aggregated_analytics.period_start has no default: pass at=")
        row = {
            "id": rid, "organization_id": org, "analytics_type": "organization",
            "time_period": "daily", "period_end": at + timedelta(days=1),
            "aggregated_data": Jsonb({"source": "test"}), "user_count": 3,
        }
    elif table == "reports":
        row = {
            "id": rid, "user_id": user, "organization_id": org, "report_type": "learner",
            "format": "pdf",
        }
    elif table == "audit_logs":
        row = {
            "id": rid, "user_id": user, "organization_id": org, "action": "login",
            "resource_type": "session",
        }
    else:
        raise LookupError(f"no sample row for table {table!r}")
    if at is not None:
        key = partition_key(table)
        if key is None:
            raise ValueError(f"{table} is not partitioned: at= has no column to set")
        row[key] = at
    row.update(overrides)
    return row


def insert_row(conn: psycopg.Connection, table: str, row: dict) -> None:
    """INSERT one row (a column → value dict) into public.<table>."""
    statement = sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
        sql.Identifier("public", table),
        sql.SQL(", ").join(sql.Identifier(c) for c in row),
        sql.SQL(", ").join(sql.Placeholder() for _ in row),
    )
    conn.execute(statement, list(row.values()))


def visible_ids(conn: psycopg.Connection, table: str) -> set[uuid.UUID]:
    """Return the ids of the rows of public.<table> the current role can read."""
    rows = conn.execute(
        sql.SQL("SELECT id FROM {}").format(sql.Identifier("public", table))
    ).fetchall()
    return {r[0] for r in rows}


def row_json(conn: psycopg.Connection, table: str, row_id: uuid.UUID) -> dict | None:
    """Return the row of public.<table> with this id as JSON, or None."""
    found = conn.execute(
        sql.SQL("SELECT to_jsonb(t) FROM {} AS t WHERE id = %s").format(
            sql.Identifier("public", table)
        ),
        (row_id,),
    ).fetchone()
    return found[0] if found else None


def table_fingerprint(conn: psycopg.Connection, table: str) -> tuple[int, str]:
    """Return (row count, digest of every row) of public.<table>, as the current role."""
    return conn.execute(
        sql.SQL(
            "SELECT count(*), coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') "
            "FROM {} AS t"
        ).format(sql.Identifier("public", table))
    ).fetchone()


def partition_of_row(conn: psycopg.Connection, table: str, row_id: uuid.UUID) -> str | None:
    """Return the name of the partition holding the row with this id, if any."""
    found = conn.execute(
        sql.SQL(
            "SELECT c.relname FROM {} AS t JOIN pg_catalog.pg_class c ON c.oid = t.tableoid "
            "WHERE t.id = %s"
        ).format(sql.Identifier("public", table)),
        (row_id,),
    ).fetchone()
    return found[0] if found else None


# -- partition policy arithmetic, redone in Python ----------------------------------------

_INTERVAL = re.compile(r"\s*(\d+)\s+(hour|day|week|month|year)s?\s*")


def parse_interval(text: str) -> tuple[int, str]:
    """Return (count, unit) of a simple interval such as '7 days' or '1 year'."""
    match = _INTERVAL.fullmatch(text)
    if not match:
        raise ValueError(f"cannot model the interval {text!r} in the tests")
    return int(match.group(1)), match.group(2)


def shift(moment: datetime, count: int, unit: str) -> datetime:
    """Add `count` units to a naive UTC time, clamping the day like PostgreSQL does."""
    if unit in ("hour", "day", "week"):
        return moment + timedelta(**{unit + "s": count})
    months = count * (12 if unit == "year" else 1)
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def truncate(moment: datetime, unit: str) -> datetime:
    """Return the start of the `unit` containing a naive UTC time (date_trunc)."""
    moment = moment.replace(minute=0, second=0, microsecond=0)
    if unit == "hour":
        return moment
    moment = moment.replace(hour=0)
    if unit == "day":
        return moment
    if unit == "week":
        return moment - timedelta(days=moment.weekday())
    moment = moment.replace(day=1)
    return moment if unit == "month" else moment.replace(month=1)


def as_utc_naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def partition_name(table: str, start: datetime, unit: str) -> str:
    """Return `<table>_p<YYYYMMDD>[_<HH>]` for a partition starting at naive UTC `start`."""
    name = f"{table}_p{start:%Y%m%d}"
    return name + f"_{start:%H}" if unit == "hour" else name


@dataclass(frozen=True)
class PartitionRange:
    name: str
    start: datetime  # aware, UTC
    end: datetime  # aware, UTC


def partition_at(table, moment: datetime) -> PartitionRange:
    """Return the partition of `table` (a model Table) that holds time `moment`."""
    unit = table.partition_policy.interval
    start = truncate(as_utc_naive(moment), unit)
    return PartitionRange(
        partition_name(table.name, start, unit),
        start.replace(tzinfo=timezone.utc),
        shift(start, 1, unit).replace(tzinfo=timezone.utc),
    )


def ready_partitions(table, now: datetime) -> list[PartitionRange]:
    """Return the partitions that must exist at `now`: [now - retention, now + premake]."""
    policy = table.partition_policy
    count, unit = parse_interval(policy.retention)
    start = truncate(shift(as_utc_naive(now), -count, unit), policy.interval)
    last = shift(truncate(as_utc_naive(now), policy.interval), policy.premake, policy.interval)
    ranges = []
    while start <= last:
        ranges.append(partition_at(table, start.replace(tzinfo=timezone.utc)))
        start = shift(start, 1, policy.interval)
    return ranges


def retention_cutoff(table, now: datetime) -> datetime:
    """Return the aware UTC time before which a partition's whole range is expired."""
    count, unit = parse_interval(table.partition_policy.retention)
    return shift(as_utc_naive(now), -count, unit).replace(tzinfo=timezone.utc)


def existing_partitions(
    conn: psycopg.Connection, table: str
) -> dict[str, tuple[datetime, datetime]]:
    """Return {partition name: (lower bound, upper bound)} of public.<table>."""
    rows = conn.execute(
        """
        SELECT c.relname, b.m[1]::timestamptz, b.m[2]::timestamptz
        FROM pg_catalog.pg_inherits i
        JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
        JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
        JOIN pg_catalog.pg_namespace n ON n.oid = p.relnamespace
        CROSS JOIN LATERAL (
          SELECT regexp_match(pg_catalog.pg_get_expr(c.relpartbound, c.oid),
                              'FROM \\(''([^'']*)''\\) TO \\(''([^'']*)''\\)') AS m
        ) b
        WHERE n.nspname = 'public' AND p.relname = %s
        """,
        (table,),
    ).fetchall()
    return {name: (lower, upper) for name, lower, upper in rows}
