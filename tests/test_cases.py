"""Fixture cases: tests/cases/<name>/{before,after}.sql, each converging on real PostgreSQL.

For every case: build `before` and `after` in two databases, plan before -> after,
apply it; the pg_dump of the result must equal after's, a re-plan must be empty, and a
second run of the same plan must succeed and change nothing. The reverse direction
(after -> before) must converge too.
"""

from __future__ import annotations

import pathlib

import pytest

from convergence import assert_converges, execute

CASES = sorted(p for p in (pathlib.Path(__file__).parent / "cases").iterdir() if p.is_dir())


def _read(case: pathlib.Path, side: str) -> str:
    path = case / f"{side}.sql"
    return path.read_text() if path.exists() else ""


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_converges_forward(case, db, second_db, pg_server):
    execute(db, _read(case, "before") or "SELECT 1")
    execute(second_db, _read(case, "after") or "SELECT 1")
    assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_converges_backward(case, db, second_db, pg_server):
    execute(db, _read(case, "after") or "SELECT 1")
    execute(second_db, _read(case, "before") or "SELECT 1")
    assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
