"""The flagship's access matrix, cell by cell, on a real PostgreSQL with Supabase's roles.

Two organizations (A and B), each with a learner, a second learner, a trainer and an
org_admin, and rows in every table for every user and organization. The rows a principal
may read are computed from the rules of the matrix (`may_read`), independently of the
policies, and compared with what PostgreSQL returns, as exact sets of row ids.

The database is applied and seeded once for the module (pg_cron's jobs paused, so nothing
changes underneath); every test runs in a transaction that is rolled back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg
import pytest
from psycopg import sql
from psycopg.errors import InsufficientPrivilege

from flagship_support import (  # noqa: F401  (module_flagship_db, conn_factory are fixtures)
    ANON,
    SERVICE_ROLE,
    TABLES,
    Principal,
    act_as,
    act_as_superuser,
    conn_factory,
    insert_row,
    module_flagship_db,
    sample_row,
    table_fingerprint,
    visible_ids,
)

ROLES = ("learner", "trainer", "org_admin")
ORGS = ("A", "B")
# Written only by service_role (reports: authenticated users may insert their own requests).
SERVICE_ONLY_TABLES = tuple(t for t in TABLES if t != "reports")
# Per table, a column and a new value for the UPDATE attempts.
MUTATIONS = {
    "organizations": ("name", "Renamed"),
    "users": ("role", "org_admin"),
    "raw_data_collection": ("service_name", "tampered"),
    "learner_analytics": ("engagement_score", 100),
    "trainer_analytics": ("student_count", 0),
    "organization_analytics": ("active_users", 0),
    "aggregated_analytics": ("user_count", 0),
    "reports": ("status", "completed"),
    "audit_logs": ("action", "tampered"),
}
MATERIALIZED_VIEWS = ("mv_learner_analytics_summary", "mv_organization_metrics")
SERVICE_FUNCTIONS = (
    "cleanup_expired_raw_data",
    "cleanup_expired_analytics",
    "cleanup_expired_reports",
    "refresh_learner_analytics_summary",
    "refresh_organization_metrics",
    "get_db_performance_metrics",
)
# A time inside the current partition of aggregated_analytics, fixed for the module.
SEED_TIME = datetime.now(timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class Member:
    user_id: uuid.UUID
    org: str  # "A" | "B"
    role: str


@dataclass(frozen=True)
class Row:
    table: str
    id: uuid.UUID
    org: str | None  # None: no organization (global aggregates, system audit entries)
    owner: uuid.UUID | None  # the user the row is about, if any


@dataclass
class World:
    org_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    members: dict[uuid.UUID, Member] = field(default_factory=dict)
    principals: dict[str, Principal] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    inserts: list[tuple[str, dict]] = field(default_factory=list)

    def add(self, table: str, values: dict, org: str | None, owner: uuid.UUID | None) -> None:
        self.rows.append(Row(table, values["id"], org, owner))
        self.inserts.append((table, values))

    def member(self, who: Principal) -> Member | None:
        return self.members.get(who.user_id)

    def all_ids(self, table: str) -> set[uuid.UUID]:
        return {r.id for r in self.rows if r.table == table}


def build_world() -> World:
    """Return the seed data: ids are fixed at import so tests can be parametrized by them."""
    world = World()
    for org in ORGS:
        values = sample_row("organizations")
        world.org_ids[org] = values["id"]
        world.add("organizations", values, org, None)
    for org in ORGS:
        org_id = world.org_ids[org]
        for role, name in [(r, r) for r in ROLES] + [("learner", "learner2")]:
            values = sample_row("users", org=org_id, role=role)
            uid = values["id"]
            world.add("users", values, org, uid)
            world.members[uid] = Member(uid, org, role)
            world.principals[f"{org}.{name}"] = Principal(f"{org}.{name}", "authenticated", uid)
        for uid, member in list(world.members.items()):
            if member.org != org:
                continue
            for table in ("raw_data_collection", "learner_analytics", "trainer_analytics",
                          "reports", "audit_logs"):
                world.add(table, sample_row(table, org=org_id, user=uid), org, uid)
        world.add("organization_analytics", sample_row("organization_analytics", org=org_id),
                  org, None)
        world.add("aggregated_analytics",
                  sample_row("aggregated_analytics", org=org_id, at=SEED_TIME), org, None)
        # An organization-level audit entry that no user owns.
        world.add("audit_logs", sample_row("audit_logs", org=org_id, user=None), org, None)
    world.add("aggregated_analytics",
              sample_row("aggregated_analytics", org=None, at=SEED_TIME), None, None)
    # A system audit entry (like the cleanup functions write): no organization, no user.
    world.add("audit_logs", sample_row("audit_logs", org=None, user=None,
                                       action="cleanup_expired_data"), None, None)
    world.principals["anon"] = ANON
    world.principals["service_role"] = SERVICE_ROLE
    world.principals["stranger"] = Principal("stranger", "authenticated", uuid.uuid4())
    world.principals["no_sub"] = Principal("no_sub", "authenticated", None)
    return world


WORLD = build_world()
MEMBER_NAMES = tuple(n for n, p in WORLD.principals.items() if p.user_id in WORLD.members)
PRINCIPAL_NAMES = tuple(WORLD.principals)


def may_read(member: Member, row: Row) -> bool:
    """The access matrix of the issue, for a signed-in, active member."""
    if row.table == "aggregated_analytics" and row.org is None:
        return True  # global aggregates: every authenticated member
    if row.org != member.org:
        return False  # never another organization's rows
    if member.role == "org_admin":
        return True  # every row of their organization
    own = row.owner == member.user_id
    owner_role = WORLD.members[row.owner].role if row.owner in WORLD.members else None
    if row.table == "organizations":
        return True
    if row.table in ("users", "learner_analytics"):
        return own or (member.role == "trainer" and owner_role == "learner")
    if row.table in ("raw_data_collection", "reports", "audit_logs"):
        return own
    if row.table == "trainer_analytics":
        return own and member.role == "trainer"
    if row.table in ("organization_analytics", "aggregated_analytics"):
        return False  # org-level analytics: org admins only
    raise AssertionError(f"no rule for {row.table}")


def expected_reads(who: Principal, table: str) -> set[uuid.UUID] | type[Exception]:
    """Return the ids `who` reads from `table`, or the error reading it raises."""
    if who is ANON:
        return InsufficientPrivilege  # anon has no privilege on any table
    if who is SERVICE_ROLE:
        return WORLD.all_ids(table)
    member = WORLD.member(who)
    if member is None:
        return set()  # signed in, but not a user of any organization
    return {r.id for r in WORLD.rows if r.table == table and may_read(member, r)}


def check_world_discriminates() -> None:
    """Fail early if the seed could not tell a right matrix from a wrong one."""
    for name in MEMBER_NAMES:
        for table in TABLES:  # everyone misses something everywhere (the other org at least)
            assert expected_reads(WORLD.principals[name], table) != WORLD.all_ids(table)
    assert expected_reads(WORLD.principals["A.learner"], "trainer_analytics") == set()
    assert len(expected_reads(WORLD.principals["A.trainer"], "learner_analytics")) == 3
    assert len(expected_reads(WORLD.principals["A.org_admin"], "users")) == 4


@pytest.fixture(scope="module")
def world_db(module_flagship_db):
    """Return the DSN of the module's flagship database, seeded with WORLD."""
    check_world_discriminates()
    with psycopg.connect(module_flagship_db.dsn, autocommit=True) as conn:
        with conn.transaction():
            for table, values in WORLD.inserts:
                insert_row(conn, table, values)
        conn.execute("SELECT public.refresh_learner_analytics_summary()")
        conn.execute("SELECT public.refresh_organization_metrics()")
    return module_flagship_db.dsn


@pytest.fixture
def conn(world_db, conn_factory):
    """A connection in a transaction that is rolled back after the test."""
    return conn_factory(world_db)


def attempt(conn: psycopg.Connection, statement, params=()) -> str:
    """Run one statement in a savepoint; return 'ok' or 'denied' (insufficient privilege)."""
    try:
        with conn.transaction():
            conn.execute(statement, params)
    except InsufficientPrivilege:
        return "denied"
    return "ok"


def own_org_row(who: Principal, table: str) -> dict:
    """Return a new row of `table` for `who`'s own organization and user (the likeliest to pass)."""
    member = WORLD.member(who) or next(iter(WORLD.members.values()))
    org_id = WORLD.org_ids[member.org]
    if table == "organizations":
        return sample_row(table)
    if table == "users":
        return sample_row(table, org=org_id)
    at = SEED_TIME if table == "aggregated_analytics" else None
    return sample_row(table, org=org_id, user=member.user_id, at=at)


def write_statements(table: str, row: dict) -> dict[str, tuple]:
    target = sql.Identifier("public", table)
    column, value = MUTATIONS[table]
    return {
        "insert": (
            sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                target,
                sql.SQL(", ").join(sql.Identifier(c) for c in row),
                sql.SQL(", ").join(sql.Placeholder() for _ in row),
            ),
            list(row.values()),
        ),
        "update": (
            sql.SQL("UPDATE {} SET {} = %s").format(target, sql.Identifier(column)),
            (value,),
        ),
        "delete": (sql.SQL("DELETE FROM {}").format(target), ()),
    }


# -- reading ----------------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("principal", PRINCIPAL_NAMES)
def test_reads(conn, principal, table):
    who = WORLD.principals[principal]
    expected = expected_reads(who, table)
    act_as(conn, who)
    if isinstance(expected, set):
        assert visible_ids(conn, table) == expected
    else:
        with pytest.raises(expected):
            visible_ids(conn, table)


def test_auth_uid_falls_back_to_the_legacy_sub_setting(conn):
    who = WORLD.principals["A.learner"]
    conn.execute("SET LOCAL ROLE authenticated")
    conn.execute("SELECT set_config('request.jwt.claim.sub', %s, true)", (str(who.user_id),))
    assert visible_ids(conn, "users") == {who.user_id}
    assert visible_ids(conn, "reports") == expected_reads(who, "reports")


# -- writing ----------------------------------------------------------------------------


@pytest.mark.parametrize("table", SERVICE_ONLY_TABLES)
@pytest.mark.parametrize("principal", ("anon",) + MEMBER_NAMES)
def test_only_service_role_writes(conn, principal, table):
    who = WORLD.principals[principal]
    before = table_fingerprint(conn, table)
    act_as(conn, who)
    outcomes = {
        op: attempt(conn, statement, params)
        for op, (statement, params) in write_statements(table, own_org_row(who, table)).items()
    }
    act_as_superuser(conn)
    assert outcomes == {"insert": "denied", "update": "denied", "delete": "denied"}
    assert table_fingerprint(conn, table) == before


@pytest.mark.parametrize("principal", ("anon",) + MEMBER_NAMES)
def test_reports_are_never_updated_or_deleted_by_their_requesters(conn, principal):
    who = WORLD.principals[principal]
    before = table_fingerprint(conn, "reports")
    act_as(conn, who)
    statements = write_statements("reports", own_org_row(who, "reports"))
    if who is not ANON:
        del statements["insert"]  # members may insert their own requests (tested below)
    outcomes = {op: attempt(conn, *statement) for op, statement in statements.items()}
    act_as_superuser(conn)
    assert set(outcomes.values()) == {"denied"}, outcomes
    assert table_fingerprint(conn, "reports") == before


@pytest.mark.parametrize("table", TABLES)
def test_service_role_inserts_updates_and_deletes(conn, table):
    row = own_org_row(WORLD.principals["A.learner"], table)
    column, value = MUTATIONS[table]
    target = sql.Identifier("public", table)
    by_id = sql.SQL("SELECT {} FROM {} WHERE id = %s").format(sql.Identifier(column), target)

    act_as(conn, SERVICE_ROLE)
    insert_row(conn, table, row)
    act_as_superuser(conn)
    inserted = conn.execute(by_id, (row["id"],)).fetchone()
    assert inserted is not None and inserted[0] != value

    act_as(conn, SERVICE_ROLE)
    conn.execute(sql.SQL("UPDATE {} SET {} = %s WHERE id = %s").format(
        target, sql.Identifier(column)), (value, row["id"]))
    act_as_superuser(conn)
    assert conn.execute(by_id, (row["id"],)).fetchone() == (value,)

    act_as(conn, SERVICE_ROLE)
    conn.execute(sql.SQL("DELETE FROM {} WHERE id = %s").format(target), (row["id"],))
    act_as_superuser(conn)
    assert conn.execute(by_id, (row["id"],)).fetchone() is None


# -- report requests --------------------------------------------------------------------


@pytest.mark.parametrize("explicit_status", [False, True], ids=["default_status", "pending"])
@pytest.mark.parametrize("principal", MEMBER_NAMES)
def test_members_request_reports_for_themselves(conn, principal, explicit_status):
    who = WORLD.principals[principal]
    row = own_org_row(who, "reports")
    if explicit_status:
        row["status"] = "pending"
    act_as(conn, who)
    insert_row(conn, "reports", row)
    found = conn.execute(
        "SELECT user_id, status FROM public.reports WHERE id = %s", (row["id"],)
    ).fetchall()
    assert found == [(who.user_id, "pending")]
    assert visible_ids(conn, "reports") == expected_reads(who, "reports") | {row["id"]}


def _other_member(who: Principal, *, same_org: bool) -> Member:
    mine = WORLD.member(who)
    return next(
        m for m in WORLD.members.values()
        if m.user_id != mine.user_id and (m.org == mine.org) == same_org
    )


REFUSED_REQUESTS = {
    "for_another_user_of_the_org": lambda who, row: row.update(
        user_id=_other_member(who, same_org=True).user_id),
    "for_a_user_of_another_org": lambda who, row: row.update(
        user_id=(other := _other_member(who, same_org=False)).user_id,
        organization_id=WORLD.org_ids[other.org]),
    "for_themselves_in_another_org": lambda who, row: row.update(
        organization_id=WORLD.org_ids[_other_member(who, same_org=False).org]),
    "already_completed": lambda who, row: row.update(status="completed"),
    "already_processing": lambda who, row: row.update(status="processing"),
    "with_a_file": lambda who, row: row.update(file_path="/reports/x.pdf", file_size=10),
}


@pytest.mark.parametrize("case", REFUSED_REQUESTS)
@pytest.mark.parametrize("principal", MEMBER_NAMES)
def test_report_requests_outside_the_rules_are_refused(conn, principal, case):
    who = WORLD.principals[principal]
    row = own_org_row(who, "reports")
    REFUSED_REQUESTS[case](who, row)
    act_as(conn, who)
    outcome = attempt(conn, *write_statements("reports", row)["insert"])
    act_as_superuser(conn)
    assert outcome == "denied"
    assert conn.execute("SELECT count(*) FROM public.reports WHERE id = %s",
                        (row["id"],)).fetchone() == (0,)


# -- soft-deleted users -----------------------------------------------------------------


@pytest.mark.parametrize("principal", MEMBER_NAMES)
def test_a_soft_deleted_user_loses_all_access(conn, principal):
    who = WORLD.principals[principal]
    conn.execute("UPDATE public.users SET deleted_at = now() WHERE id = %s", (who.user_id,))
    act_as(conn, who)
    assert {t: visible_ids(conn, t) for t in TABLES} == {t: set() for t in TABLES}
    request = write_statements("reports", own_org_row(who, "reports"))["insert"]
    assert attempt(conn, *request) == "denied"


# -- materialized views and maintenance functions ---------------------------------------


@pytest.mark.parametrize("view", MATERIALIZED_VIEWS)
@pytest.mark.parametrize("principal", ("anon",) + MEMBER_NAMES + ("service_role",))
def test_only_service_role_reads_the_materialized_views(conn, principal, view):
    """Materialized views ignore RLS: anyone else reading them would see every organization."""
    who = WORLD.principals[principal]
    act_as(conn, who)
    query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier("public", view))
    if who is SERVICE_ROLE:
        expected = len(WORLD.members) if view == MATERIALIZED_VIEWS[0] else len(ORGS)
        assert conn.execute(query).fetchone() == (expected,)
    else:
        assert attempt(conn, query) == "denied"


@pytest.mark.parametrize("function", SERVICE_FUNCTIONS + ("maintain_partitions",))
@pytest.mark.parametrize("principal", ("anon",) + MEMBER_NAMES + ("service_role",))
def test_only_service_role_runs_the_maintenance_functions(conn, principal, function):
    who = WORLD.principals[principal]
    # maintain_partitions is run by pg_cron as the owner; nobody else needs it.
    allowed = who is SERVICE_ROLE and function in SERVICE_FUNCTIONS
    act_as(conn, who)
    outcome = attempt(
        conn, sql.SQL("SELECT * FROM {}()").format(sql.Identifier("public", function))
    )
    assert outcome == ("ok" if allowed else "denied")



@pytest.mark.parametrize("same_org", [True, False], ids=["same_org", "other_org"])
@pytest.mark.parametrize("principal", MEMBER_NAMES)
def test_helpers_reveal_nothing_about_other_organizations(conn, principal, same_org):
    """The SECURITY DEFINER helpers are callable by every signed-in user: they must only
    answer about members of the caller's own organization."""
    who = WORLD.principals[principal]
    other = _other_member(who, same_org=same_org)
    act_as(conn, who)
    org_id = conn.execute("SELECT public.get_user_organization_id(%s)", (other.user_id,)).fetchone()[0]
    has_role = conn.execute("SELECT public.user_has_role(%s, %s)", (other.user_id, other.role)).fetchone()[0]
    if same_org:
        assert (org_id, has_role) == (WORLD.org_ids[other.org], True)
    else:
        assert (org_id, has_role) == (None, False)
