"""Fixture cases through the spec path: inspect -> YAML -> validate -> plan from an empty database.

tests/test_cases.py runs every case database to database. The cases named here exercise what
the spec side must accept as well (the real-schema corpus found each failing there): the
`after.sql` of each is loaded, inspected into a spec (as `schemadiff inspect` writes it),
which must validate without error, diff empty against its source, and plan an empty
database into the same `pg_dump --schema-only`, with an empty re-plan.
"""

from __future__ import annotations

import pathlib

import psycopg
import pytest

from convergence import dump_schema, execute, plan_text, run_script
from schemadiff.inspect import inspect_catalog
from schemadiff.spec.load import check_spec
from schemadiff.spec_writer import dump_spec

CASES_DIR = pathlib.Path(__file__).parent / "cases"
SPEC_CASES = [
    "function_empty_sql_body",
    "fk_references_unique_index",
    "function_security_definer_no_search_path",
    "function_uses_table_row_type",
    "grants_when_owner_is_a_known_role",
    "owner_changes_on_many_kinds",
    "table_without_columns",
    "trigger_builtin_function",
]


def test_spec_cases_exist():
    assert all((CASES_DIR / name / "after.sql").is_file() for name in SPEC_CASES)


@pytest.mark.parametrize("case", SPEC_CASES)
def test_inspected_spec_validates_and_rebuilds(case, db, second_db, pg_server, tmp_path):
    execute(db, (CASES_DIR / case / "after.sql").read_text())
    with psycopg.connect(db, autocommit=True) as conn:
        result = inspect_catalog(conn, None)
    assert result.warnings == ()
    spec = tmp_path / "schema.yaml"
    spec.write_text(dump_spec(result.catalog), encoding="utf-8")
    _, problems = check_spec(spec)  # raises SpecError on any error
    assert [p for p in problems if not p.warning] == []

    shadow = pg_server.dsn("postgres")
    script, empty = plan_text(db, str(spec), shadow)
    assert empty, f"the inspected spec differs from its source:\n{script}"
    script, _ = plan_text(second_db, str(spec), shadow)
    run_script(second_db, script)
    assert dump_schema(second_db) == dump_schema(db), f"the planned database differs:\n{script}"
    replan, replan_empty = plan_text(second_db, str(spec), shadow)
    assert replan_empty, f"re-plan is not empty:\n{replan}"
