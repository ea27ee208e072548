"""Drift of the flagship database: hand-made changes are reported by `check` and repaired by `apply`.

The flagship (schema.yaml) is built in the pg_cron database from the SQL the generator
produces right now, exactly as a user would run it: the platform shim, then the schema.
Every drift below is a change someone could make by hand in psql. For each one, run the
way CI and users run schemadiff (a subprocess per command):

- `check` exits 2 and names the changed object and the kind of repair, in text and JSON;
- `apply` without --allow-hazards refuses (exit 1, pg_dump unchanged) exactly when the
  repair carries a hazard, and repairs otherwise;
- `apply --allow-hazards all` repairs whatever is left, `check` then exits 0;
- the repaired database dumps (`pg_dump --schema-only`) like a freshly built flagship,
  and pg_cron holds the same jobs (pg_dump does not dump the rows of cron.job).

To keep the module fast, a case starts from the database the previous case left behind
only when that case passed (and so proved it dumps like a fresh flagship); otherwise the
flagship is built again.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from convergence import sorted_grant_runs
from schemadiff.generate import generate
from schemadiff.spec.load import load_spec

PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump"
SPEC = Path(__file__).resolve().parent.parent / "schema.yaml"
ALL_HAZARDS = {
    "breaks-clients", "deletes-data", "long-lock", "rewrites-table", "unschedules-job", "weakens-security",
}


# -- helpers ------------------------------------------------------------------------------


def flagship_scripts() -> tuple[str, str]:
    """Return (platform shim, schema) as the generator produces them from schema.yaml now."""
    files = {f.name: f.text for f in generate(load_spec(SPEC))}
    return files["platform_shim.sql"], files["schema.sql"]


def build_flagship(dsn: str) -> None:
    shim, schema = flagship_scripts()
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(shim)
        conn.execute(schema)


def execute(dsn: str, text: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(text)


def dump_schema(dsn: str) -> str:
    """Return pg_dump --schema-only, without the per-run random \\restrict lines."""
    result = subprocess.run([PG_DUMP, "--schema-only", "--dbname", dsn], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = [l for l in result.stdout.splitlines() if not l.startswith(("\\restrict", "\\unrestrict"))]
    return "\n".join(lines)


def comparable_dump(dsn: str) -> str:
    return "\n".join(sorted_grant_runs(dump_schema(dsn).splitlines()))


def assert_same_dump(actual: str, expected: str, what: str) -> None:
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "actual", lineterm="", n=2)
        pytest.fail(f"{what}:\n" + "\n".join(list(diff)[:80]))


def cron_jobs(dsn: str) -> list[tuple]:
    """Return pg_cron's jobs of this database (job ids change on reschedule: left out)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(
            "SELECT jobname, schedule, command, database, username, active FROM cron.job "
            "WHERE database = current_database() ORDER BY jobname"
        ).fetchall()


@dataclass(frozen=True)
class State:
    dump: str
    jobs: list


def state(dsn: str) -> State:
    return State(comparable_dump(dsn), cron_jobs(dsn))


def _env() -> dict:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    return env


def schemadiff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "schemadiff", *args], capture_output=True, text=True, env=_env(), timeout=300,
    )


def start_schemadiff(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "schemadiff", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env())


def finish(proc: subprocess.Popen) -> subprocess.CompletedProcess:
    out, err = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def schemadiff_parallel(*commands: list[str]) -> list[subprocess.CompletedProcess]:
    """Run read-only commands side by side (check text and check JSON), to save time."""
    return [finish(p) for p in [start_schemadiff(*c) for c in commands]]


def assert_clean_error(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.stderr.startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr, result.stderr


# -- the drifts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Drift:
    id: str
    sql: str
    names: tuple[str, ...]  # each must appear in the report line of the repair...
    kind: str  # ...together with this (regex, case-insensitive): what the repair does
    must_hazards: frozenset[str] = frozenset()  # the repair must carry these
    never_hazards: frozenset[str] = frozenset()  # ...and can never carry these


DRIFTS = [
    Drift("drop_index", "DROP INDEX public.idx_users_role",
          ("idx_users_role", "public.users"), r"\bcreate\b"),
    Drift("policy_using",
          'ALTER POLICY "Members read their own organization" ON public.organizations USING (true)',
          ("Members read their own organization", "public.organizations"), r"\b(alter|replace|recreate)\b"),
    Drift("add_column", "ALTER TABLE public.users ADD COLUMN nickname text",
          ("nickname", "public.users"), r"\bdrop column\b",
          must_hazards=frozenset({"deletes-data"})),
    Drift("unschedule_cron_job", "SELECT cron.unschedule('cleanup-reports')",
          ("cleanup-reports",), r"\bschedule\b",
          never_hazards=frozenset({"unschedules-job", "deletes-data"})),
    Drift("disable_rls", "ALTER TABLE public.reports DISABLE ROW LEVEL SECURITY",
          ("public.reports",), r"row level security.*\benable|enable row level security",
          never_hazards=frozenset({"weakens-security", "deletes-data"})),
    Drift("grant_select_to_anon", "GRANT SELECT ON public.users TO anon",
          ("public.users", "anon"), r"\brevoke\b",
          never_hazards=frozenset({"deletes-data", "weakens-security"})),
    Drift("table_comment", "COMMENT ON TABLE public.reports IS 'edited by hand in psql'",
          ("public.reports",), r"\bcomment\b",
          never_hazards=frozenset({"deletes-data"})),
    Drift("drop_not_null", "ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL",
          ("email", "public.users"), r"not null",
          never_hazards=frozenset({"deletes-data"})),
    Drift("replace_function_body",
          "CREATE OR REPLACE FUNCTION public.user_has_role(user_uuid uuid, required_role varchar) "
          "RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$ SELECT true $$",
          ("user_has_role",), r"\b(replace|recreate|alter)\b",
          never_hazards=frozenset({"deletes-data"})),
    Drift("drop_check_constraint", "ALTER TABLE public.reports DROP CONSTRAINT reports_status_check",
          ("reports_status_check", "public.reports"), r"\badd constraint\b",
          never_hazards=frozenset({"deletes-data"})),
    Drift("extra_view",
          "CREATE VIEW public.organization_names_by_hand AS SELECT id, name FROM public.organizations",
          ("organization_names_by_hand",), r"\bdrop view\b",
          must_hazards=frozenset({"breaks-clients"})),
    Drift("column_default", "ALTER TABLE public.reports ALTER COLUMN status SET DEFAULT 'processing'",
          ("status", "public.reports"), r"\bdefault\b",
          never_hazards=frozenset({"deletes-data", "rewrites-table"})),
    Drift("revoke_execute_from_authenticated",
          "REVOKE EXECUTE ON FUNCTION public.get_user_organization_id(uuid) FROM authenticated",
          ("get_user_organization_id", "authenticated"), r"\bgrant\b",
          never_hazards=frozenset({"deletes-data"})),
    Drift("drop_trigger", "DROP TRIGGER users_set_updated_at ON public.users",
          ("users_set_updated_at", "public.users"), r"\bcreate\b",
          never_hazards=frozenset({"deletes-data"})),
]


def _report_line(lines: list[str], drift: Drift) -> str | None:
    for line in lines:
        if all(n in line for n in drift.names) and re.search(drift.kind, line, re.IGNORECASE):
            return line
    return None


# -- fixtures -----------------------------------------------------------------------------


class FlagshipDatabase:
    """The flagship in the pg_cron database, rebuilt only when a test may have left it changed.

    A case that passes leaves the database dumping exactly like a fresh flagship with the
    same cron jobs (it asserts so), so the next case can start from it; any other outcome
    marks it dirty and the next case builds it again from scratch.
    """

    def __init__(self, server):
        self.server = server
        self.clean = False

    def fresh(self) -> str:
        if not self.clean:
            self.server.drop_database(self.server.cron_database)
            build_flagship(self.server.create_database(self.server.cron_database))
        self.clean = False
        return self.server.dsn(self.server.cron_database)


@pytest.fixture(scope="module")
def flagship_database(pg_server) -> FlagshipDatabase:
    return FlagshipDatabase(pg_server)


@pytest.fixture(scope="module")
def fresh_flagship(flagship_database) -> State:
    """The dump and cron jobs of a freshly built flagship."""
    return state(flagship_database.fresh())


@pytest.fixture
def flagship(flagship_database, fresh_flagship) -> str:
    return flagship_database.fresh()


def mark_clean(flagship_database) -> None:
    """Call last in a test: the database is (asserted) as fresh as a new flagship."""
    flagship_database.clean = True


@pytest.fixture
def shadow(pg_server) -> str:
    return pg_server.dsn("postgres")


# -- tests --------------------------------------------------------------------------------


def test_fresh_flagship_is_in_sync(flagship, shadow, fresh_flagship, flagship_database):
    text, as_json = schemadiff_parallel(
        ["check", "--spec", str(SPEC), "--db", flagship, "--shadow", shadow],
        ["check", "--spec", str(SPEC), "--db", flagship, "--shadow", shadow, "--format", "json"],
    )
    assert text.returncode == 0, text.stdout + text.stderr
    assert "in sync" in text.stdout
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == {"in_sync": True, "differences": []}
    # The same build twice gives the same dump: the comparisons below can be exact.
    assert state(flagship) == fresh_flagship
    mark_clean(flagship_database)


def _check_reports(flagship: str, shadow: str, drifts: list[Drift]) -> set[str]:
    """Run check (text and JSON); assert every drift is named; return the repair's hazards."""
    text, as_json = schemadiff_parallel(
        ["check", "--spec", str(SPEC), "--db", flagship, "--shadow", shadow],
        ["check", "--spec", str(SPEC), "--db", flagship, "--shadow", shadow, "--format", "json"],
    )
    assert text.returncode == 2, f"exit {text.returncode}\n{text.stdout}\n{text.stderr}"
    assert "drifted" in text.stdout
    assert as_json.returncode == 2, as_json.stderr
    report = json.loads(as_json.stdout)
    assert report["in_sync"] is False
    differences = report["differences"]
    assert differences and all(set(d) >= {"object", "description", "hazards"} for d in differences)
    text_lines = [l for l in text.stdout.splitlines() if l.startswith("  - ")]
    json_lines = [f"{d['object']} {d['description']}" for d in differences]
    hazards = {h for d in differences for h in d["hazards"]}
    assert hazards <= ALL_HAZARDS
    for drift in drifts:
        assert _report_line(text_lines, drift), (
            f"{drift.id}: no report line names {drift.names} with /{drift.kind}/:\n{text.stdout}"
        )
        assert _report_line(json_lines, drift), (
            f"{drift.id}: no JSON difference names {drift.names} with /{drift.kind}/:\n{as_json.stdout}"
        )
        named = [d for d in differences if all(n in f"{d['object']} {d['description']}" for n in drift.names)]
        its_hazards = {h for d in named for h in d["hazards"]}
        assert drift.must_hazards <= its_hazards, (drift.id, its_hazards)
        assert not (drift.never_hazards & its_hazards), (drift.id, its_hazards)
    # The text report shows the same hazards as the JSON.
    for d in differences:
        for h in d["hazards"]:
            assert any(d["description"] in l and h in l for l in text_lines), (d, text.stdout)
    return hazards


def _repair_and_compare(flagship: str, shadow: str, hazards: set[str], before: State, expected: State) -> None:
    apply = ["apply", "--spec", str(SPEC), "--db", flagship, "--shadow", shadow]
    if hazards:
        refused = schemadiff(*apply)
        assert_clean_error(refused)
        for hazard in hazards:
            assert hazard in refused.stderr, refused.stderr
        unchanged = state(flagship)
        assert unchanged.jobs == before.jobs, "a refused apply changed the cron jobs"
        assert_same_dump(unchanged.dump, before.dump, "a refused apply changed the database")
        repaired = schemadiff(*apply, "--allow-hazards", "all")
        assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    else:
        repaired = schemadiff(*apply)
        assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    check = start_schemadiff("check", "--spec", str(SPEC), "--db", flagship, "--shadow", shadow)
    after = state(flagship)  # read-only, like check: both at once
    check = finish(check)
    assert check.returncode == 0, f"still drifted after apply:\n{check.stdout}{check.stderr}"
    assert "in sync" in check.stdout
    assert after.jobs == expected.jobs
    assert_same_dump(after.dump, expected.dump, "the repaired database does not dump like a fresh flagship")


@pytest.mark.parametrize("drift", DRIFTS, ids=[d.id for d in DRIFTS])
def test_drift_is_reported_and_repaired(drift, flagship, shadow, fresh_flagship, flagship_database):
    execute(flagship, drift.sql)
    drifted = state(flagship)
    assert drifted != fresh_flagship, f"{drift.id} did not change the database"
    hazards = _check_reports(flagship, shadow, [drift])
    _repair_and_compare(flagship, shadow, hazards, drifted, fresh_flagship)
    mark_clean(flagship_database)


def test_all_drifts_together_are_reported_and_repaired(flagship, shadow, fresh_flagship, flagship_database):
    for drift in DRIFTS:
        execute(flagship, drift.sql)
    hazards = _check_reports(flagship, shadow, DRIFTS)
    assert "deletes-data" in hazards, "dropping the added column deletes data: apply must need --allow-hazards"
    _repair_and_compare(flagship, shadow, hazards, state(flagship), fresh_flagship)
    mark_clean(flagship_database)
