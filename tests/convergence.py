"""Shared steps of the convergence tests: build, plan, apply, compare pg_dump output."""

from __future__ import annotations

import subprocess

import pglast
import psycopg

from schemadiff.commands import render_context
from schemadiff.pgcluster import find_pg_bindir
from schemadiff.render.plan import plan_sql
from schemadiff.sources import Settings, load_source, plan_between


def dump_schema(dsn: str) -> str:
    """Return `pg_dump --schema-only` of a database, without its per-run random lines."""
    result = subprocess.run(
        [str(find_pg_bindir() / "pg_dump"), "--schema-only", "--dbname", dsn],
        capture_output=True, text=True, check=True,
    )
    # pg_dump 15.14+ fences its output with \restrict KEY ... \unrestrict KEY, KEY random.
    lines = [line for line in result.stdout.splitlines() if not line.startswith(("\\restrict", "\\unrestrict"))]
    return "\n".join(sorted_grant_runs(lines))


def sorted_grant_runs(lines: list[str]) -> list[str]:
    """Sort each run of consecutive GRANT lines: pg_dump lists an object's grants in ACL
    order, which is the order they were granted in, and that order means nothing to
    PostgreSQL. A run never spans two objects: pg_dump heads each object's ACL with its
    own comment block (tests/test_convergence_dump.py holds it to that)."""
    out: list[str] = []
    run: list[str] = []
    for line in lines + [""]:
        if line.startswith("GRANT "):
            run.append(line)
            continue
        out += sorted(run)
        run = []
        out.append(line)
    return out[:-1]


def execute(dsn: str, sql_text: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(sql_text)


def run_script(dsn: str, script: str) -> None:
    """Run a plan the way `psql -f` does: statement by statement, its own BEGIN/COMMIT
    included (CREATE INDEX CONCURRENTLY cannot run inside a multi-statement string)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        for statement in pglast.split(script):
            conn.execute(statement)


def plan_text(source: str, target: str, shadow_dsn: str) -> tuple[str, bool]:
    """Return (plan SQL, empty?) that turns `source` into `target` (each a DSN or a spec path)."""
    settings = Settings(shadow_dsn=shadow_dsn)
    to_side = load_source(target, settings)
    from_side = load_source(source, settings, to_side.schemas if to_side.spec else None)
    plan = plan_between(from_side, to_side)
    return plan_sql(plan, render_context(to_side.spec)), plan.empty


def assert_converges(current_dsn: str, target: str, target_dsn: str, shadow_dsn: str) -> str:
    """Plan current -> target, apply it twice; the dump must equal target's, the re-plan be empty."""
    script, _ = plan_text(current_dsn, target, shadow_dsn)
    run_script(current_dsn, script)
    expected = dump_schema(target_dsn)
    assert dump_schema(current_dsn) == expected, f"dump differs after applying:\n{script}"
    replan, empty = plan_text(current_dsn, target, shadow_dsn)
    assert empty, f"re-plan is not empty:\n{replan}\nafter applying:\n{script}"
    run_script(current_dsn, script)  # a second run succeeds and changes nothing
    assert dump_schema(current_dsn) == expected, f"second run of the plan changed the schema:\n{script}"
    return script
