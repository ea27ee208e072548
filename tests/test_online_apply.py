"""Applying a plan to a database that holds rows, when things go wrong.

Against real PostgreSQL 15, no mocks:
- a fault (a failing statement, or the connection killed) before every statement of a
  multi-stage plan: stage 0 leaves the database as it was, and in every case running
  `apply` again (plan from the current state, execute) converges on the target with
  every row kept;
- an invalid index left by an interrupted or failed CREATE INDEX CONCURRENTLY is rebuilt
  by the next apply;
- one apply at a time (advisory lock), refused hazards, stale reviewed plans and
  lock_timeout, through the `schemadiff` command line.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
import yaml

from convergence import dump_schema
from schemadiff.apply import ADVISORY_LOCK_KEY, ApplySettings, execute_steps
from schemadiff.commands import render_context
from schemadiff.errors import SchemadiffError
from schemadiff.render.plan import Timeouts, plan_steps
from schemadiff.sources import Settings, plan_for_database, spec_source

REPO = Path(__file__).resolve().parent.parent

# -- the database before, with rows ------------------------------------------------------

BEFORE_SQL = """
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint, amount numeric NOT NULL, note text);
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text, PRIMARY KEY (id, at))
  PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
"""

# A few hundred rows; every orders row satisfies the constraints the target adds. Notes
# repeat (orders_note_key below cannot be built on them until they are made unique).
ROWS_SQL = """
INSERT INTO public.accounts SELECT g, 'account ' || g FROM generate_series(1, 40) g;
INSERT INTO public.orders SELECT g, 1 + g % 40, (g * 7 % 1000) / 10.0, 'note ' || (g % 50) FROM generate_series(1, 300) g;
INSERT INTO public.events SELECT g, date '2024-06-01' + (g * 3 % 400), md5(g::text) FROM generate_series(1, 300) g;
"""

# What must survive every run: the rows of the columns that exist before (added columns
# change row text, so they are left out of the checksum).
ROW_CHECKS = {
    "accounts": ("id, name", "id"),
    "orders": ("id, account_id, amount, note", "id"),
    "events": ("id, at, body", "id, at"),
}


def row_state(dsn: str) -> dict[str, tuple[int, str]]:
    """Return each table's row count and an md5 over its rows, in key order."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        return {
            table: conn.execute(
                f"SELECT count(*), md5(string_agg(({columns})::text, ',' ORDER BY {order})) FROM public.{table}"
            ).fetchone()
            for table, (columns, order) in ROW_CHECKS.items()
        }


def build_before(dsn: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(BEFORE_SQL)
        conn.execute(ROWS_SQL)


# -- specs -------------------------------------------------------------------------------

def _table(name, columns, primary_key, **extra):
    return {"name": name, "columns": columns, "primary_key": {"columns": primary_key}, **extra}


def _col(name, type_, nullable=True, **extra):
    return {"name": name, "type": type_, **({} if nullable else {"nullable": False}), **extra}


PARTITIONS = [
    {"name": "events_2024", "bound": "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"},
    {"name": "events_2025", "bound": "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"},
]


def before_spec() -> dict:
    """The spec describing BEFORE_SQL exactly."""
    return {
        "platform": "postgres",
        "schemas": [{"name": "public"}],
        "tables": [
            _table("accounts", [_col("id", "bigint", False), _col("name", "text", False)], ["id"]),
            _table("orders", [_col("id", "bigint", False), _col("account_id", "bigint"),
                              _col("amount", "numeric", False), _col("note", "text")], ["id"]),
            _table("events", [_col("id", "bigint", False), _col("at", "date", False), _col("body", "text")],
                   ["id", "at"], partition_by={"strategy": "range", "columns": ["at"]}, partitions=PARTITIONS),
        ],
    }


def target_spec() -> dict:
    """Every online-sensitive change at once, plus plain stage-0 work.

    A new table and a new column (stage 0), indexes built concurrently on a plain and on
    a partitioned table (stage 1), a foreign key and a CHECK added NOT VALID and
    validated, SET NOT NULL through a validated check (stage 2).
    """
    spec = before_spec()
    accounts, orders, events = spec["tables"]
    orders["columns"][1] = _col("account_id", "bigint", False)
    orders["columns"].append(_col("status", "text", False, default="'new'"))
    orders["foreign_keys"] = [{"name": "orders_account_id_fkey", "columns": ["account_id"],
                               "references": {"table": "accounts", "columns": ["id"]}}]
    orders["checks"] = [{"name": "orders_amount_check", "expression": "amount >= 0"}]
    orders["indexes"] = [{"name": "orders_account_id_idx", "columns": ["account_id"]}]
    events["indexes"] = [{"name": "events_body_idx", "columns": ["body"]}]
    spec["tables"].append(_table("audit", [_col("id", "bigint", False, identity="always"),
                                           _col("what", "text", False)], ["id"]))
    return spec


def with_index(table: str, index: str, column: str) -> dict:
    """The BEFORE spec plus one index."""
    spec = before_spec()
    next(t for t in spec["tables"] if t["name"] == table)["indexes"] = [{"name": index, "columns": [column]}]
    return spec


def write_spec(path: Path, spec: dict) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return path


# -- planning and applying in process, as `schemadiff apply` does ------------------------

@dataclass
class Target:
    spec_path: Path
    desired: object  # the spec as a Source (normalized through the shadow database)
    dump: str  # pg_dump --schema-only of a database built from the spec


def apply_steps(dsn: str, desired) -> list[dict]:
    """Return the steps `schemadiff apply` would run on `dsn` now."""
    _, plan = plan_for_database(dsn, desired)
    return plan_steps(plan, render_context(desired.spec))


def fresh_target(pg_server, tmp_path_factory, name: str, spec: dict) -> Target:
    path = write_spec(tmp_path_factory.mktemp("spec") / "schema.yaml", spec)
    desired = spec_source(path, Settings(shadow_dsn=pg_server.dsn("postgres")))
    pg_server.drop_database(name)
    dsn = pg_server.create_database(name)
    try:
        execute_steps(dsn, apply_steps(dsn, desired))
        return Target(path, desired, dump_schema(dsn))
    finally:
        pg_server.drop_database(name)


@pytest.fixture(scope="module")
def target(pg_server, tmp_path_factory) -> Target:
    return fresh_target(pg_server, tmp_path_factory, "t_online_target", target_spec())


@pytest.fixture
def before_db(db) -> str:
    build_before(db)
    return db


def assert_converged(dsn: str, target: Target, rows: dict) -> None:
    assert dump_schema(dsn) == target.dump
    left = apply_steps(dsn, target.desired)
    assert left == [], "re-plan is not empty:\n" + "\n".join(s["description"] for s in left)
    assert row_state(dsn) == rows


# -- fault injection at every statement --------------------------------------------------

# The plan from BEFORE to the target, statement by statement (checked below, so that the
# parametrization keeps covering every statement if the plan changes).
PLAN_SHAPE = [
    (0, "CREATE TABLE IF NOT EXISTS public.audit"),
    (0, "REVOKE ALL ON TABLE public.audit"),
    (0, "ALTER TABLE public.orders ADD COLUMN IF NOT EXISTS status"),
    (0, "ADD CONSTRAINT orders_account_id_not_null CHECK (account_id IS NOT NULL) NOT VALID"),
    (0, "ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts (id) NOT VALID"),
    (0, "ADD CONSTRAINT orders_amount_check CHECK (amount >= 0) NOT VALID"),
    (1, "CREATE INDEX CONCURRENTLY IF NOT EXISTS events_2024_body_idx ON public.events_2024"),
    (1, "CREATE INDEX CONCURRENTLY IF NOT EXISTS events_2025_body_idx ON public.events_2025"),
    (1, "CREATE INDEX IF NOT EXISTS events_body_idx ON ONLY public.events"),
    (1, "ALTER INDEX public.events_body_idx ATTACH PARTITION public.events_2024_body_idx"),
    (1, "ALTER INDEX public.events_body_idx ATTACH PARTITION public.events_2025_body_idx"),
    (1, "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_account_id_idx ON public.orders"),
    (2, "VALIDATE CONSTRAINT orders_account_id_not_null"),
    (2, "ALTER TABLE public.orders ALTER COLUMN account_id SET NOT NULL"),
    (2, "ALTER TABLE public.orders DROP CONSTRAINT IF EXISTS orders_account_id_not_null"),
    (2, "VALIDATE CONSTRAINT orders_account_id_fkey"),
    (2, "VALIDATE CONSTRAINT orders_amount_check"),
]


def test_plan_has_the_expected_statements(before_db, target):
    statements = [(s["stage"], text) for s in apply_steps(before_db, target.desired) for text in s["statements"]]
    assert len(statements) == len(PLAN_SHAPE), "\n".join(t for _, t in statements)
    for (stage, text), (want_stage, fragment) in zip(statements, PLAN_SHAPE):
        assert (stage, fragment in text) == (want_stage, True), text


@dataclass
class Fault:
    """A before_statement hook that breaks the apply when statement number `at` comes up."""

    kind: str  # "error": a failing statement on the apply's connection; "kill": its backend terminated
    at: int
    admin_dsn: str
    seen: int = 0
    fired: dict | None = None

    def __call__(self, conn, step, statement):
        number = self.seen
        self.seen += 1
        if number != self.at:
            return
        self.fired = step
        if self.kind == "error":
            conn.execute("SELECT 1/0")
        else:
            with psycopg.connect(self.admin_dsn, autocommit=True) as side:
                # Wait (up to 5 s) until the backend is gone; then the statement runs into it.
                assert side.execute("SELECT pg_terminate_backend(%s, 5000)", (conn.info.backend_pid,)).fetchone()[0]


@pytest.mark.parametrize("kind", ["error", "kill"])
@pytest.mark.parametrize("at", range(len(PLAN_SHAPE)))
def test_fault_at_every_statement_then_apply_again(before_db, target, pg_server, kind, at):
    dump_before, rows_before = dump_schema(before_db), row_state(before_db)
    fault = Fault(kind, at, pg_server.dsn("postgres"))

    with pytest.raises(SchemadiffError) as failure:
        execute_steps(before_db, apply_steps(before_db, target.desired), ApplySettings(before_statement=fault))

    assert fault.fired is not None, f"the plan ran only {fault.seen} statement(s)"
    if fault.fired["stage"] == 0:
        assert dump_schema(before_db) == dump_before
    assert row_state(before_db) == rows_before

    # Apply again, as `schemadiff apply` would: plan from where the first run stopped.
    execute_steps(before_db, apply_steps(before_db, target.desired))
    assert_converged(before_db, target, rows_before)

    # The first run's message said what failed, why, and what state it left.
    message = str(failure.value)
    assert ("division by zero" if kind == "error" else "connection lost") in message
    assert ("nothing was changed" if fault.fired["stage"] == 0 else "run the same plan again") in message
    assert fault.fired["description"] in message, "the message names another step than the one that failed"


@pytest.mark.parametrize("variant, statement", [
    ("full", "VALIDATE CONSTRAINT orders_account_id_fkey"),  # stage 2, constraints left NOT VALID
    ("events index", "ALTER INDEX public.events_body_idx ATTACH PARTITION public.events_2024_body_idx"),
])
def test_reviewed_plan_run_again_finishes_what_a_failed_run_left(before_db, target, pg_server, tmp_path,
                                                                tmp_path_factory, variant, statement):
    """`apply --plan plan.sql` again, after a run of it died in a later stage, picks up
    where it stopped (what is left is a subset of the reviewed plan)."""
    if variant != "full":
        target = fresh_target(pg_server, tmp_path_factory, "t_online_events_index",
                              with_index("events", "events_body_idx", "body"))
    plan_file = tmp_path / "plan.sql"
    made = cli("plan", "-o", plan_file, spec=target.spec_path, db=before_db, shadow=pg_server)
    assert made.returncode == 0, made.stderr
    rows = row_state(before_db)
    steps = apply_steps(before_db, target.desired)
    at = next(i for i, text in enumerate(t for s in steps for t in s["statements"]) if statement in text)
    with pytest.raises(SchemadiffError):
        execute_steps(before_db, steps, ApplySettings(before_statement=Fault("kill", at, pg_server.dsn("postgres"))))

    result = cli("apply", "--plan", plan_file, spec=target.spec_path, db=before_db, shadow=pg_server)
    assert result.returncode == 0, result.stderr
    assert_converged(before_db, target, rows)


# -- invalid indexes left by CREATE INDEX CONCURRENTLY -----------------------------------

def index_validity(dsn: str, name: str) -> bool | None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT indisvalid FROM pg_catalog.pg_index WHERE indexrelid = to_regclass(%s)", (f"public.{name}",)
        ).fetchone()
    return row[0] if row else None


def test_invalid_index_from_failed_unique_build_is_rebuilt(before_db, pg_server, tmp_path_factory):
    spec = before_spec()
    spec["tables"][1]["indexes"] = [{"name": "orders_note_key", "columns": ["note"], "unique": True}]
    target = fresh_target(pg_server, tmp_path_factory, "t_online_unique_target", spec)
    rows = row_state(before_db)

    first = cli("apply", spec=target.spec_path, db=before_db, shadow=pg_server)
    assert first.returncode == 1
    assert "create index orders_note_key on public.orders concurrently failed" in first.stderr
    assert "could not create unique index" in first.stderr
    assert index_validity(before_db, "orders_note_key") is False  # what the failed build left

    with psycopg.connect(before_db, autocommit=True) as conn:  # the operator fixes the data
        conn.execute("UPDATE public.orders SET note = 'note ' || id")
    rows = row_state(before_db)

    second = cli("apply", spec=target.spec_path, db=before_db, shadow=pg_server)
    assert second.returncode == 0, second.stderr
    assert index_validity(before_db, "orders_note_key") is True
    assert_converged(before_db, target, rows)


def backend_waiting_in(dsn: str, query_prefix: str, timeout_s: float = 30.0) -> int:
    """Return the pid of a backend of `dsn`'s database that waits for a lock in a query
    starting with `query_prefix`."""
    deadline = time.monotonic() + timeout_s
    with psycopg.connect(dsn, autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute(
                "SELECT pid FROM pg_catalog.pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND query LIKE %s AND pid <> pg_backend_pid()",
                (query_prefix + "%",),
            ).fetchone()
            if row:
                return row[0]
            time.sleep(0.05)
    raise AssertionError(f"no backend waited in {query_prefix!r} within {timeout_s}s")


@pytest.mark.parametrize("table, index, column, interrupted, built_on", [
    ("orders", "orders_account_id_idx", "account_id", "orders_account_id_idx", "orders"),
    ("events", "events_body_idx", "body", "events_2024_body_idx", "events_2024"),  # one partition's build
])
def test_interrupted_concurrent_build_is_rebuilt(before_db, pg_server, tmp_path_factory,
                                                 table, index, column, interrupted, built_on):
    """Kill the apply while CREATE INDEX CONCURRENTLY waits for an older snapshot: the
    index is left behind invalid; the next apply must end with it valid."""
    target = fresh_target(pg_server, tmp_path_factory, f"t_online_{index}", with_index(table, index, column))
    rows = row_state(before_db)
    with psycopg.connect(before_db) as snapshot_holder:  # a transaction with an xid and a snapshot, held open
        snapshot_holder.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        snapshot_holder.execute("SELECT txid_current()")
        apply = cli_background("apply", "--lock-timeout", "60000", spec=target.spec_path, db=before_db,
                               shadow=pg_server)
        try:
            pid = backend_waiting_in(before_db, f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {interrupted} ")
            with psycopg.connect(before_db, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))
            _, stderr = apply.communicate(timeout=60)
        finally:
            if apply.poll() is None:
                apply.kill()
                apply.wait()
        snapshot_holder.rollback()
    assert apply.returncode == 1
    assert "connection lost" in stderr
    assert f"create index {interrupted} on public.{built_on} concurrently failed" in stderr
    assert index_validity(before_db, interrupted) is False

    again = cli("apply", spec=target.spec_path, db=before_db, shadow=pg_server)
    assert again.returncode == 0, again.stderr
    assert index_validity(before_db, interrupted) is True
    assert index_validity(before_db, index) is True
    assert_converged(before_db, target, rows)


# -- the command line ---------------------------------------------------------------------

def _cli_args(command, args, spec, db, shadow) -> list[str]:
    return [sys.executable, "-m", "schemadiff", command, "--spec", str(spec), "--db", db,
            "--shadow", shadow.dsn("postgres"), *map(str, args)]


def cli(command: str, *args, spec, db, shadow) -> subprocess.CompletedProcess:
    return subprocess.run(_cli_args(command, args, spec, db, shadow), capture_output=True, text=True,
                          cwd=REPO, timeout=300)


def cli_background(command: str, *args, spec, db, shadow) -> subprocess.Popen:
    return subprocess.Popen(_cli_args(command, args, spec, db, shadow), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO)


def test_second_apply_waits_for_the_first_then_gives_up(before_db, target, pg_server):
    dump, rows = dump_schema(before_db), row_state(before_db)
    with psycopg.connect(before_db, autocommit=True) as other_apply:
        other_apply.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
        started = time.monotonic()
        refused = cli("apply", "--wait", "1", spec=target.spec_path, db=before_db, shadow=pg_server)
        elapsed = time.monotonic() - started
        assert refused.returncode == 1
        assert "another schemadiff apply is running on this database" in refused.stderr
        assert "nothing was changed" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert elapsed >= 1.0
        assert dump_schema(before_db) == dump
        assert row_state(before_db) == rows
        other_apply.execute("SELECT pg_advisory_unlock(%s)", (ADVISORY_LOCK_KEY,))

    done = cli("apply", "--wait", "1", spec=target.spec_path, db=before_db, shadow=pg_server)
    assert done.returncode == 0, done.stderr
    assert_converged(before_db, target, rows)


def test_hazard_refused_unless_allowed(before_db, pg_server, tmp_path):
    spec = before_spec()
    orders = spec["tables"][1]
    orders["columns"] = [c for c in orders["columns"] if c["name"] != "note"]
    spec_path = write_spec(tmp_path / "schema.yaml", spec)
    dump, rows, kept = dump_schema(before_db), row_state(before_db), orders_without_note(before_db)
    assert kept[0] == 300

    refused = cli("apply", spec=spec_path, db=before_db, shadow=pg_server)
    assert refused.returncode == 1
    assert "hazards that were not allowed" in refused.stderr and "nothing was changed" in refused.stderr
    assert "deletes-data: drop column note of table public.orders and its data" in refused.stderr
    assert "breaks-clients: drop column note of table public.orders and its data" in refused.stderr
    assert "ALTER TABLE public.orders DROP COLUMN IF EXISTS note;" in refused.stderr
    assert dump_schema(before_db) == dump
    assert row_state(before_db) == rows

    only_one = cli("apply", "--allow-hazards", "deletes-data", spec=spec_path, db=before_db, shadow=pg_server)
    assert only_one.returncode == 1 and "breaks-clients: drop column note" in only_one.stderr
    assert "deletes-data: drop column note" not in only_one.stderr
    assert dump_schema(before_db) == dump

    allowed = cli("apply", "--allow-hazards", "deletes-data,breaks-clients", spec=spec_path, db=before_db,
                  shadow=pg_server)
    assert allowed.returncode == 0, allowed.stderr
    assert orders_columns(before_db) == ["id", "account_id", "amount"]
    assert orders_without_note(before_db) == kept  # every row, minus the dropped column
    assert cli("check", spec=spec_path, db=before_db, shadow=pg_server).returncode == 0


def orders_columns(dsn: str) -> list[str]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return [r[0] for r in conn.execute(
            "SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = 'public.orders'::regclass "
            "AND attnum > 0 AND NOT attisdropped ORDER BY attnum")]


def orders_without_note(dsn: str) -> tuple[int, str]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(
            "SELECT count(*), md5(string_agg((id, account_id, amount)::text, ',' ORDER BY id)) FROM public.orders"
        ).fetchone()


def test_stale_reviewed_plan_is_refused(before_db, target, pg_server, tmp_path):
    plan_file = tmp_path / "plan.sql"
    made = cli("plan", "-o", plan_file, spec=target.spec_path, db=before_db, shadow=pg_server)
    assert made.returncode == 0, made.stderr
    with psycopg.connect(before_db, autocommit=True) as conn:  # someone changes the database meanwhile
        conn.execute("CREATE INDEX orders_note_idx ON public.orders (note)")
    dump, rows = dump_schema(before_db), row_state(before_db)

    stale = cli("apply", "--plan", plan_file, spec=target.spec_path, db=before_db, shadow=pg_server)
    assert stale.returncode == 1
    assert f"the database changed since {plan_file} was planned" in stale.stderr
    assert "orders_note_idx" in stale.stderr  # the change is named
    assert "plan again and review" in stale.stderr
    assert dump_schema(before_db) == dump
    assert row_state(before_db) == rows


# -- lock_timeout ---------------------------------------------------------------------------

LOCK_MS = 200


@dataclass
class AttemptClock:
    """before_statement hook: when each attempt at the plan's stage-0 transaction started."""

    starts: list[float] = field(default_factory=list)
    blocked: list[float] = field(default_factory=list)  # when the statement on orders was issued

    def __call__(self, conn, step, statement):
        if statement.startswith("CREATE TABLE IF NOT EXISTS public.audit"):
            self.starts.append(time.monotonic())
        if statement.startswith("ALTER TABLE public.orders ADD COLUMN"):
            self.blocked.append(time.monotonic())


def test_lock_timeout_bounds_every_wait_and_retries(before_db, target):
    dump, rows = dump_schema(before_db), row_state(before_db)
    retries, pause = 3, 0.1
    settings = ApplySettings(timeouts=Timeouts(lock_ms=LOCK_MS), lock_retries=retries, retry_pause_s=pause,
                             before_statement=(clock := AttemptClock()))
    with psycopg.connect(before_db) as holder:
        holder.execute("LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        with pytest.raises(SchemadiffError) as failure:
            execute_steps(before_db, apply_steps(before_db, target.desired), settings)
        ended = time.monotonic()
        holder.rollback()

    attempts = retries + 1
    assert len(clock.starts) == len(clock.blocked) == attempts
    # Each attempt waited for its lock about lock_timeout, then paused before the next one.
    waits = [nxt - blocked for blocked, nxt in zip(clock.blocked, clock.starts[1:] + [ended])]
    pauses = [pause * n for n in range(1, attempts)] + [0.0]
    slack = 0.5
    for wait, expected_pause in zip(waits, pauses):
        assert LOCK_MS / 1000 * 0.9 <= wait <= LOCK_MS / 1000 + expected_pause + slack, waits
    assert ended - started < attempts * LOCK_MS / 1000 + sum(pauses) + 2 * slack
    message = str(failure.value)
    assert "lock_timeout" in message and f"{attempts} attempts" in message and "nothing was changed" in message
    assert dump_schema(before_db) == dump
    assert row_state(before_db) == rows


def test_apply_gives_up_on_a_held_lock_with_a_clear_message(before_db, target, pg_server):
    dump, rows = dump_schema(before_db), row_state(before_db)
    with psycopg.connect(before_db) as holder:
        holder.execute("LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE")
        started = time.monotonic()
        result = cli("apply", "--lock-timeout", str(LOCK_MS), spec=target.spec_path, db=before_db, shadow=pg_server)
        elapsed = time.monotonic() - started
        holder.rollback()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "could not get a lock within lock_timeout, 6 attempts" in result.stderr
    assert "nothing was changed" in result.stderr
    # Default settings: 6 attempts of lock_timeout, pauses of 0.5 s x attempt in between,
    # plus planning (a scratch database on the shadow server) and process start.
    settings = ApplySettings()
    budget = 6 * LOCK_MS / 1000 + sum(settings.retry_pause_s * n for n in range(1, 6))
    assert elapsed < budget + 10, f"{elapsed:.1f}s"
    assert dump_schema(before_db) == dump
    assert row_state(before_db) == rows
    # The message names the step that waited for the lock, on public.orders (the
    # transaction's first step, creating public.audit, had its lock at once).
    assert "add column status to table public.orders" in result.stderr, result.stderr


def test_apply_succeeds_when_the_lock_is_released_during_retries(before_db, target, pg_server):
    rows = row_state(before_db)
    holder = psycopg.connect(before_db)
    try:
        holder.execute("LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE")
        apply = cli_background("apply", "--lock-timeout", str(LOCK_MS), spec=target.spec_path, db=before_db,
                               shadow=pg_server)
        # Let the apply fail to get its lock at least once, then commit while it pauses.
        backend_waiting_in(before_db, "ALTER TABLE public.orders ADD COLUMN")
        time.sleep(LOCK_MS / 1000 + 0.1)
        holder.commit()
        _, stderr = apply.communicate(timeout=120)
    finally:
        holder.close()
    assert apply.returncode == 0, stderr
    assert_converged(before_db, target, rows)
