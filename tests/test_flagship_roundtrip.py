"""Round trips of the flagship database through inspect, plan and diff.

- `inspect` writes a spec of the live flagship that validates, that `check` finds in sync
  with the database it came from, and that generates SQL building the same database
  (pg_dump --schema-only equal).
- `plan` from an empty database (only the platform shim) to schema.yaml, applied, builds
  the same database as the generated SQL.
- `diff --from <flagship> --to <empty>` gives a script (no CASCADE) that empties the public
  schema; a second diff is then empty.

Every command runs as a subprocess, as CI and users run it; the desired side of spec
commands is built on the test server (--shadow) rather than on a new embedded cluster.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
import yaml

from schemadiff.generate import generate
from schemadiff.spec.load import load_spec

PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump"
SPEC = Path(__file__).resolve().parent.parent / "schema.yaml"


# -- helpers ------------------------------------------------------------------------------


def flagship_scripts() -> tuple[str, str]:
    """Return (platform shim, schema) as the generator produces them from schema.yaml now."""
    files = {f.name: f.text for f in generate(load_spec(SPEC))}
    return files["platform_shim.sql"], files["schema.sql"]


def execute(dsn: str, *scripts: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        for script in scripts:
            conn.execute(script)


def dump_schema(dsn: str) -> str:
    """Return pg_dump --schema-only, without the per-run random \\restrict lines."""
    result = subprocess.run([PG_DUMP, "--schema-only", "--dbname", dsn], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return "\n".join(l for l in result.stdout.splitlines() if not l.startswith(("\\restrict", "\\unrestrict")))


def assert_same_dump(actual: str, expected: str, what: str) -> None:
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "actual", lineterm="", n=1)
        lines = list(diff)
        pytest.fail(f"{what} ({len(lines)} diff lines):\n" + "\n".join(lines[:60]))


def cron_jobs(dsn: str) -> list[tuple]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(
            "SELECT jobname, schedule, command, database, username, active FROM cron.job "
            "WHERE database = current_database() ORDER BY jobname"
        ).fetchall()


def schemadiff(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "schemadiff", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=300,
    )


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def recreate_cron_database(pg_server) -> str:
    """Drop and create the pg_cron database again (as the cron_db fixture does)."""
    pg_server.drop_database(pg_server.cron_database)
    return pg_server.create_database(pg_server.cron_database)


@pytest.fixture
def shadow(pg_server) -> str:
    return pg_server.dsn("postgres")


@pytest.fixture
def flagship(cron_db) -> str:
    execute(cron_db, *flagship_scripts())
    return cron_db


@pytest.fixture
def inspected(flagship, tmp_path) -> Path:
    """The spec `schemadiff inspect` writes for the flagship's public schema."""
    out = tmp_path / "out.yaml"
    result = ok(schemadiff("inspect", "--db", flagship, "--schema", "public", "-o", str(out)))
    assert "Traceback" not in result.stderr
    assert out.is_file()
    return out


# -- inspect ------------------------------------------------------------------------------


def test_inspected_spec_validates_and_is_in_sync_with_its_database(inspected, flagship, shadow):
    spec = yaml.safe_load(inspected.read_text())
    # What inspect saw: every table, function and cron job of the flagship.
    flagship_spec = load_spec(SPEC)
    assert {t["name"] for t in spec["tables"] if not t.get("partition_of")} >= {
        t.name for t in flagship_spec.tables if t.partition_of is None
    }
    assert {f["name"] for f in spec["functions"]} >= {f.name for f in flagship_spec.functions}
    assert {j["name"] for j in spec.get("cron_jobs", [])} >= {j.name for j in flagship_spec.cron_jobs}

    validated = ok(schemadiff("validate", "--spec", str(inspected)))
    assert "valid" in validated.stdout

    check = schemadiff("check", "--spec", str(inspected), "--db", flagship, "--shadow", shadow)
    assert check.returncode == 0, (
        f"the inspected spec is not in sync with the database it came from: exit {check.returncode}\n"
        f"{check.stdout}{check.stderr}"
    )
    assert "in sync" in check.stdout


def test_inspected_spec_generates_the_same_database(inspected, flagship, pg_server, tmp_path):
    original = dump_schema(flagship)
    original_jobs = cron_jobs(flagship)
    out_dir = tmp_path / "generated"
    ok(schemadiff("generate", "--spec", str(inspected), "-o", str(out_dir)))
    schema_sql = (out_dir / "schema.sql").read_text()

    # Only the pg_cron database can take CREATE EXTENSION pg_cron: rebuild it from the
    # flagship's platform shim and the schema generated from the inspected spec.
    rebuilt = recreate_cron_database(pg_server)
    shim, _ = flagship_scripts()
    execute(rebuilt, shim, schema_sql)
    assert_same_dump(dump_schema(rebuilt), original, "the database generated from the inspected spec differs")
    assert cron_jobs(rebuilt) == original_jobs


# -- plan from an empty database, diff back to it -------------------------------------------


def test_plan_from_empty_database_builds_the_flagship(pg_server, shadow, tmp_path):
    shim, schema = flagship_scripts()
    reference = recreate_cron_database(pg_server)
    execute(reference, shim, schema)
    expected, expected_jobs = dump_schema(reference), cron_jobs(reference)

    empty = recreate_cron_database(pg_server)
    execute(empty, shim)
    plan_file = tmp_path / "plan.sql"
    ok(schemadiff("plan", "--spec", str(SPEC), "--db", empty, "--shadow", shadow, "-o", str(plan_file)))
    plan = plan_file.read_text()
    assert "CREATE TABLE" in plan and "cron.schedule" in plan
    ok(schemadiff("apply", "--spec", str(SPEC), "--db", empty, "--shadow", shadow, "--plan", str(plan_file)))

    assert_same_dump(dump_schema(empty), expected, "planned-and-applied flagship differs from the generated one")
    assert cron_jobs(empty) == expected_jobs
    check = ok(schemadiff("check", "--spec", str(SPEC), "--db", empty, "--shadow", shadow))
    assert "in sync" in check.stdout


PUBLIC_OBJECTS = """
SELECT 'relation ' || relname FROM pg_catalog.pg_class WHERE relnamespace = 'public'::regnamespace
UNION ALL SELECT 'function ' || proname FROM pg_catalog.pg_proc WHERE pronamespace = 'public'::regnamespace
UNION ALL SELECT 'type ' || typname FROM pg_catalog.pg_type WHERE typnamespace = 'public'::regnamespace
UNION ALL SELECT 'policy ' || polname FROM pg_catalog.pg_policy p
  JOIN pg_catalog.pg_class c ON c.oid = p.polrelid WHERE c.relnamespace = 'public'::regnamespace
UNION ALL SELECT 'cron job ' || jobname FROM cron.job WHERE database = current_database()
"""


def test_diff_from_flagship_to_empty_database_empties_public(flagship, db, shadow):
    shim, _ = flagship_scripts()
    execute(db, shim)
    with psycopg.connect(flagship, autocommit=True) as conn:
        assert len(conn.execute(PUBLIC_OBJECTS).fetchall()) > 100

    result = ok(schemadiff("diff", "--from", flagship, "--to", db, "--shadow", shadow))
    script = result.stdout
    statements = "\n".join(l for l in script.splitlines() if not l.lstrip().startswith("--"))
    assert "DROP TABLE" in statements
    assert not re.search(r"\bcascade\b", statements, re.IGNORECASE), "the script must not use CASCADE"

    # psql-style: the whole script as one text.
    with psycopg.connect(flagship, autocommit=True) as conn:
        conn.execute(script)
        # pg_cron's own table is gone too if the script dropped the extension.
        has_cron = conn.execute("SELECT to_regclass('cron.job') IS NOT NULL").fetchone()[0]
        leftovers = conn.execute(PUBLIC_OBJECTS if has_cron else PUBLIC_OBJECTS.rsplit("UNION ALL", 1)[0]).fetchall()
    assert leftovers == [], f"the public schema still holds {leftovers}"
    assert_same_dump(dump_schema(flagship), dump_schema(db), "the emptied flagship differs from the empty database")

    again = schemadiff("diff", "--from", flagship, "--to", db, "--shadow", shadow, "--exit-code")
    assert again.returncode == 0, f"a second diff is not empty:\n{again.stdout}{again.stderr}"
    assert "nothing to do" in again.stdout
