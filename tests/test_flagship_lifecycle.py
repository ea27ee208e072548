"""The flagship over time: materialized view refreshes, partition maintenance, cleanup.

The module shares one applied flagship with pg_cron's jobs paused (so that a scheduled
refresh, maintenance or cleanup cannot run in the middle of a test). Every test works in
transactions that are rolled back, DDL of the partition maintenance included, so each one
starts from the database exactly as applied; within one transaction now() is one instant.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import psycopg
import pytest
from psycopg import sql

from flagship_support import (  # noqa: F401  (module_flagship_db, conn_factory: fixtures)
    SERVICE_ROLE,
    act_as,
    act_as_superuser,
    as_utc_naive,
    conn_factory,
    existing_partitions,
    insert_row,
    module_flagship_db,
    partition_at,
    partition_of_row,
    partitioned_tables,
    ready_partitions,
    retention_cutoff,
    sample_row,
    server_now,
    table_model,
    truncate,
)

MV_LEARNERS = "mv_learner_analytics_summary"
MV_ORGS = "mv_organization_metrics"
REFRESH_FUNCTIONS = {
    MV_LEARNERS: "refresh_learner_analytics_summary",
    MV_ORGS: "refresh_organization_metrics",
}
ANALYTICS_COLUMNS = ("learning_velocity", "mastery_progress", "engagement_score",
                     "skill_gap_count")


@pytest.fixture
def flagship(module_flagship_db):
    """The module's flagship database; use it only through conn_factory (rolled back)."""
    return module_flagship_db


def refresh(conn: psycopg.Connection, view: str, how: str) -> None:
    """Refresh `view` the way `how` names, then return to the superuser."""
    if how == "direct":
        conn.execute(sql.SQL("REFRESH MATERIALIZED VIEW CONCURRENTLY {}").format(
            sql.Identifier("public", view)))
        return
    if how == "function_as_service_role":
        act_as(conn, SERVICE_ROLE)
    conn.execute(sql.SQL("SELECT {}()").format(
        sql.Identifier("public", REFRESH_FUNCTIONS[view])))
    act_as_superuser(conn)


# -- materialized views -----------------------------------------------------------------


class Population:
    """Organizations, users and learner analytics, mirrored in Python to derive the views."""

    def __init__(self, conn: psycopg.Connection):
        self.conn = conn
        self.orgs: dict[uuid.UUID, dict] = {}
        self.users: dict[uuid.UUID, dict] = {}
        self.analytics: list[dict] = []

    def org(self, **overrides) -> uuid.UUID:
        row = sample_row("organizations", **overrides)
        insert_row(self.conn, "organizations", row)
        self.orgs[row["id"]] = row
        return row["id"]

    def user(self, org: uuid.UUID, role: str, **overrides) -> uuid.UUID:
        row = sample_row("users", org=org, role=role, **overrides)
        insert_row(self.conn, "users", row)
        self.users[row["id"]] = row
        return row["id"]

    def analytics_row(self, user: uuid.UUID, last_updated: datetime, **values) -> None:
        row = sample_row("learner_analytics", org=self.users[user]["organization_id"],
                         user=user, last_updated=last_updated, **values)
        insert_row(self.conn, "learner_analytics", row)
        self.analytics.append(row)

    def soft_delete(self, table: str, row_id: uuid.UUID) -> None:
        self.conn.execute(
            sql.SQL("UPDATE {} SET deleted_at = now() WHERE id = %s").format(
                sql.Identifier("public", table)), (row_id,))
        (self.orgs if table == "organizations" else self.users)[row_id]["deleted_at"] = True

    def latest(self, user: uuid.UUID) -> dict | None:
        mine = [a for a in self.analytics if a["user_id"] == user]
        return max(mine, key=lambda a: a["last_updated"]) if mine else None

    def active_users(self) -> list[dict]:
        return [u for u in self.users.values() if not u.get("deleted_at")]

    def expected_learner_summary(self, now: datetime) -> dict:
        rows = {}
        for user in self.active_users():
            if self.orgs[user["organization_id"]].get("deleted_at"):
                continue  # users of a soft-deleted organization are left out too
            latest = self.latest(user["id"]) or {}
            updated = latest.get("last_updated")
            rows[user["id"]] = (
                user["organization_id"], user["role"],
                *(_num(latest.get(c)) for c in ANALYTICS_COLUMNS),
                updated, freshness(now, updated),
            )
        return rows

    def expected_org_metrics(self) -> dict:
        rows = {}
        for org in self.orgs.values():
            if org.get("deleted_at"):
                continue
            members = [u for u in self.active_users() if u["organization_id"] == org["id"]]
            latest = [a for a in (self.latest(u["id"]) for u in members) if a]
            rows[org["id"]] = (
                org["name"], len(members),
                *(sum(1 for u in members if u["role"] == r)
                  for r in ("learner", "trainer", "org_admin")),
                *(_avg([a[c] for a in latest if a[c] is not None])
                  for c in ANALYTICS_COLUMNS[:3]),
                max((a["last_updated"] for a in latest), default=None),
            )
        return rows


def _num(value):
    return None if value is None else Decimal(str(value))


def _avg(values):
    # The tests pick values whose averages are exact, so Decimal and numeric agree.
    return sum(map(_num, values)) / len(values) if values else None


def freshness(now: datetime, last_updated: datetime | None) -> str:
    """The freshness rule of the seed: under 4 hours fresh, under 24 hours stale."""
    if last_updated is not None and last_updated > now - timedelta(hours=4):
        return "fresh"
    if last_updated is not None and last_updated > now - timedelta(hours=24):
        return "stale"
    return "very_stale"


VIEW_COLUMNS = {
    MV_LEARNERS: ("user_id", "organization_id", "role", *ANALYTICS_COLUMNS, "last_updated",
                  "freshness_status"),
    MV_ORGS: ("organization_id", "organization_name", "total_users", "learner_count",
              "trainer_count", "admin_count", "avg_learning_velocity", "avg_mastery_progress",
              "avg_engagement_score", "last_analytics_update"),
}


def read_view(conn, view: str) -> dict:
    """Return {key: other columns} of a materialized view, as the current role reads it."""
    rows = conn.execute(sql.SQL("SELECT {} FROM {}").format(
        sql.SQL(", ").join(sql.Identifier(c) for c in VIEW_COLUMNS[view]),
        sql.Identifier("public", view),
    )).fetchall()
    return {r[0]: r[1:] for r in rows}


def expected_view(population: Population, view: str, now: datetime) -> dict:
    if view == MV_LEARNERS:
        return population.expected_learner_summary(now)
    return population.expected_org_metrics()


@pytest.mark.parametrize("how", ["function_as_postgres", "function_as_service_role", "direct"])
@pytest.mark.parametrize("view", [MV_LEARNERS, MV_ORGS])
def test_materialized_views_refresh_concurrently_with_new_data(flagship, conn_factory, view, how):
    conn = conn_factory(flagship.dsn)
    now = server_now(conn)
    pop = Population(conn)
    org = pop.org()
    empty_org = pop.org()  # no users: counts 0, averages NULL
    gone_org = pop.org()
    learner = pop.user(org, "learner")
    learner2 = pop.user(org, "learner")
    trainer = pop.user(org, "trainer")
    admin = pop.user(org, "org_admin")
    gone_learner = pop.user(gone_org, "learner")
    pop.analytics_row(learner, now - timedelta(hours=30), learning_velocity=1,
                      mastery_progress=10, engagement_score=20, skill_gap_count=1)
    pop.analytics_row(learner, now - timedelta(hours=2), learning_velocity=2,
                      mastery_progress=30, engagement_score=40, skill_gap_count=5)
    pop.analytics_row(learner2, now - timedelta(hours=6), learning_velocity=4,
                      mastery_progress=50, engagement_score=60, skill_gap_count=0)
    pop.analytics_row(admin, now - timedelta(hours=1), learning_velocity=6,
                      mastery_progress=None, engagement_score=80, skill_gap_count=None)
    pop.soft_delete("organizations", gone_org)
    assert read_view(conn, view) == {}, "the view was refreshed before it was asked to"

    refresh(conn, view, how)
    first = expected_view(pop, view, now)
    assert read_view(conn, view) == first
    if view == MV_LEARNERS:
        assert set(first) == {learner, learner2, trainer, admin}
        assert gone_learner not in first  # their organization is soft-deleted
    else:
        assert set(first) == {org, empty_org}  # soft-deleted organizations are left out

    # New data: a newer analytics row, a soft-deleted learner, a new trainer.
    pop.analytics_row(learner, now - timedelta(minutes=5), learning_velocity=8,
                      mastery_progress=90, engagement_score=99, skill_gap_count=2)
    pop.soft_delete("users", learner2)
    pop.user(org, "trainer")
    assert read_view(conn, view) == first  # unchanged until refreshed
    refresh(conn, view, how)
    second = expected_view(pop, view, now)
    assert second != first
    assert read_view(conn, view) == second


@pytest.mark.parametrize("view", [MV_LEARNERS, MV_ORGS])
def test_refresh_functions_do_not_block_readers(flagship, conn_factory, view):
    """CONCURRENTLY: readers go on while a refresh is in progress (a plain one blocks them)."""
    refresher, reader = conn_factory(flagship.dsn), conn_factory(flagship.dsn)
    reader.autocommit = True
    reader.execute("SET lock_timeout = '200ms'")
    read = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier("public", view))

    # Control: a plain REFRESH holds an ACCESS EXCLUSIVE lock until the transaction ends.
    refresher.execute(sql.SQL("REFRESH MATERIALIZED VIEW {}").format(
        sql.Identifier("public", view)))
    with pytest.raises(psycopg.errors.LockNotAvailable):
        reader.execute(read)
    refresher.rollback()

    act_as(refresher, SERVICE_ROLE)
    refresher.execute(sql.SQL("SELECT {}()").format(
        sql.Identifier("public", REFRESH_FUNCTIONS[view])))
    assert reader.execute(read).fetchone() is not None  # did not time out
    refresher.rollback()


AGES = {
    "fresh_1h": (timedelta(hours=1), "fresh"),
    "stale_5h": (timedelta(hours=5), "stale"),
    "very_stale_30h": (timedelta(hours=30), "very_stale"),
    "exactly_4h": (timedelta(hours=4), "stale"),
    "exactly_24h": (timedelta(hours=24), "very_stale"),
    "no_analytics": (None, "very_stale"),
}


def test_freshness_status(flagship, conn_factory):
    conn = conn_factory(flagship.dsn)
    now = server_now(conn)
    pop = Population(conn)
    org = pop.org()
    users = {}
    for case, (age, _) in AGES.items():
        users[case] = pop.user(org, "learner")
        if age is not None:
            pop.analytics_row(users[case], now - age)
    refresh(conn, MV_LEARNERS, "function_as_postgres")
    status = {user: row[-1] for user, row in read_view(conn, MV_LEARNERS).items()}
    assert {case: status[uid] for case, uid in users.items()} == {
        case: expected for case, (_, expected) in AGES.items()
    }


# -- partition maintenance --------------------------------------------------------------


def seed_every_partition(conn, org, user) -> dict[str, dict[str, set]]:
    """Insert two rows into every existing managed partition; return their ids by partition."""
    seeded = {}
    for table in partitioned_tables():
        seeded[table.name] = {}
        for name, (start, end) in existing_partitions(conn, table.name).items():
            ids = set()
            for at in (start, end - timedelta(microseconds=1)):
                row = sample_row(table.name, org=org, user=user, at=at)
                insert_row(conn, table.name, row)
                ids.add(row["id"])
            seeded[table.name][name] = ids
    return seeded


def remaining_ids(conn, table: str) -> set:
    return {r[0] for r in conn.execute(
        sql.SQL("SELECT id FROM {}").format(sql.Identifier("public", table)))}


# p_now for the maintenance, from the time the flagship was applied.
MAINTENANCE_TIMES = {
    "10d": lambda applied: applied + timedelta(days=10),
    # Midnight UTC: p_now - retention falls exactly on partition bounds.
    "10d_at_midnight": lambda applied: truncate(
        as_utc_naive(applied), "day").replace(tzinfo=timezone.utc) + timedelta(days=10),
    "400d": lambda applied: applied + timedelta(days=400),
}


@pytest.mark.parametrize("time_zone", ["UTC", "Asia/Kolkata"])
@pytest.mark.parametrize("when", MAINTENANCE_TIMES)
def test_maintain_partitions_moves_the_window_forward(flagship, conn_factory, when, time_zone):
    p_now = MAINTENANCE_TIMES[when](flagship.applied_at)
    conn = conn_factory(flagship.dsn)
    conn.execute("SELECT set_config('TimeZone', %s, false)", (time_zone,))
    org = sample_row("organizations")
    user = sample_row("users", org=org["id"])
    insert_row(conn, "organizations", org)
    insert_row(conn, "users", user)
    seeded = seed_every_partition(conn, org["id"], user["id"])
    before = {t.name: existing_partitions(conn, t.name) for t in partitioned_tables()}

    changes = conn.execute(
        "SELECT change, partition_name FROM public.maintain_partitions(%s)", (p_now,)
    ).fetchall()

    expected_changes = set()
    for table in partitioned_tables():
        cutoff = retention_cutoff(table, p_now)
        ready = {p.name: (p.start, p.end) for p in ready_partitions(table, p_now)}
        dropped = {n for n, (_, end) in before[table.name].items() if end <= cutoff}
        kept = {n: b for n, b in before[table.name].items() if n not in dropped}
        expected_changes |= {("created", n) for n in set(ready) - set(kept)}
        expected_changes |= {("dropped", n) for n in dropped}
        after = existing_partitions(conn, table.name)
        assert after == kept | ready, table.name
        # Rows of dropped partitions are gone; every row of a kept one is still there.
        assert remaining_ids(conn, table.name) == set().union(
            *(seeded[table.name][n] for n in kept)), table.name
        counts = dict(conn.execute(sql.SQL(
            "SELECT c.relname, count(*) FROM {} AS t "
            "JOIN pg_catalog.pg_class c ON c.oid = t.tableoid GROUP BY 1").format(
            sql.Identifier("public", table.name))).fetchall())
        assert counts == {n: 2 for n in kept}, table.name
        # The partition of p_now takes rows.
        row = sample_row(table.name, org=org["id"], user=user["id"], at=p_now)
        insert_row(conn, table.name, row)
        assert partition_of_row(conn, table.name, row["id"]) == partition_at(table, p_now).name

    assert len(changes) == len(set(changes))
    assert set(changes) == expected_changes
    raw = table_model("raw_data_collection")
    today_raw = partition_at(raw, flagship.applied_at).name
    assert ("dropped", today_raw) in expected_changes  # raw data is kept one day

    assert conn.execute(
        "SELECT change, partition_name FROM public.maintain_partitions(%s)", (p_now,)
    ).fetchall() == []


def test_maintain_partitions_with_the_current_time_changes_nothing_after_apply(
        flagship, conn_factory):
    conn = conn_factory(flagship.dsn)
    assert conn.execute("SELECT * FROM public.maintain_partitions()").fetchall() == []


# -- cleanup ----------------------------------------------------------------------------

CLEANUPS = {
    "cleanup_expired_raw_data": ("raw_data_collection", ("raw_data_collection",)),
    "cleanup_expired_analytics": ("analytics", ("learner_analytics", "trainer_analytics",
                                                "organization_analytics",
                                                "aggregated_analytics")),
    "cleanup_expired_reports": ("reports", ("reports",)),
}


def expected_details(function: str, deleted: dict[str, int]) -> dict:
    if function == "cleanup_expired_analytics":
        return dict(deleted)
    (count,) = deleted.values()
    return {"deleted_count": count}


# When the cleanup runs, and who calls it: at now() by default, as pg_cron calls it (as
# postgres), or at a p_now ahead of now as service_role. 100 days ahead only for reports:
# maintain_partitions(p_now) would drop the partitions holding the other tables' rows.
CLEANUP_CASES = [
    (function, ahead, caller)
    for function in CLEANUPS
    for ahead, caller in ((None, "postgres"), (timedelta(days=2), "service_role"))
] + [("cleanup_expired_reports", timedelta(days=100), "postgres")]


@pytest.mark.parametrize(
    ("function", "ahead", "caller"), CLEANUP_CASES,
    ids=[f"{f}-{'default_now' if a is None else f'{a.days}d'}-{c}" for f, a, c in CLEANUP_CASES],
)
def test_cleanup_deletes_expired_rows_and_logs(flagship, conn_factory, function, ahead, caller):
    resource_type, tables = CLEANUPS[function]
    conn = conn_factory(flagship.dsn)
    now = server_now(conn)
    p_now = now if ahead is None else now + ahead
    if ahead is not None:
        conn.execute("SELECT count(*) FROM public.maintain_partitions(%s)", (p_now,))
    org = sample_row("organizations")
    user = sample_row("users", org=org["id"])
    insert_row(conn, "organizations", org)
    insert_row(conn, "users", user)
    expired_ids, kept_ids = {}, {}
    for n, table in enumerate(tables, start=1):
        expired_ids[table], kept_ids[table] = set(), set()
        # n expired rows per table (distinct counts catch a mixed-up log), two kept.
        offsets = [-timedelta(days=i) - timedelta(microseconds=1) for i in range(n)]
        for offset in offsets + [timedelta(0), timedelta(days=3)]:
            # Dated an hour before p_now: inside the partitions kept at p_now.
            at = p_now - timedelta(hours=1) if table_model(table).partition_by else None
            row = sample_row(table, org=org["id"], user=user["id"], at=at,
                             expires_at=p_now + offset)
            insert_row(conn, table, row)
            (expired_ids if offset < timedelta(0) else kept_ids)[table].add(row["id"])

    if caller == "service_role":
        act_as(conn, SERVICE_ROLE)
    target = sql.Identifier("public", function)
    if ahead is None:  # as pg_cron's job calls it
        returned = conn.execute(sql.SQL("SELECT {}()").format(target)).fetchone()[0]
    else:
        returned = conn.execute(sql.SQL("SELECT {}(%s)").format(target), (p_now,)).fetchone()[0]
    act_as_superuser(conn)

    deleted = {t: len(expired_ids[t]) for t in tables}
    assert returned == sum(deleted.values())
    assert {t: remaining_ids(conn, t) for t in tables} == kept_ids
    logs = conn.execute(
        "SELECT id, user_id, organization_id, resource_type, created_at, "
        "details - 'cleanup_time', (details->>'cleanup_time')::timestamptz "
        "FROM public.audit_logs WHERE action = 'cleanup_expired_data'"
    ).fetchall()
    assert [log[1:] for log in logs] == [
        (None, None, resource_type, p_now, expected_details(function, deleted), p_now)
    ]
    assert partition_of_row(conn, "audit_logs", logs[0][0]) == partition_at(
        table_model("audit_logs"), p_now).name
