"""The inspect round trip on fixture cases: inspect a database, write its spec, and the
spec describes that database exactly (a plan from the database to the spec is empty).

Run on the cases whose objects the spec format must carry every attribute of (routines,
views, triggers, CLUSTER ON, schema grants); each side of each case is one database.
"""

from __future__ import annotations

import pathlib

import psycopg
import pytest

from convergence import execute, plan_text
from schemadiff.inspect import inspect_catalog
from schemadiff.spec_writer import dump_spec

CASES_DIR = pathlib.Path(__file__).parent / "cases"
CASES = [
    "function_attributes_altered_in_place", "function_returns_setof", "function_variadic", "function_window",
    "procedure_security_and_settings", "function_inout_parameter", "function_out_parameters",
    "function_returns_table", "function_argument_default",
    "view_comment_and_grants", "view_replace_keeps_dependents", "view_options_change", "view_check_option",
    "matview_storage_and_column_comments", "matview_with_no_data",
    "trigger_constraint_deferrable", "trigger_transition_tables", "trigger_enable_disable_states",
    "trigger_partitioned_disabled", "trigger_when_condition",
    "cluster_on_matview", "cluster_on_moved_to_another_index", "schema_public_revoke_usage", "schema_grants_change",
]
SIDES = [(case, side) for case in CASES for side in ("before", "after")]


@pytest.mark.parametrize(("case", "side"), SIDES, ids=[f"{c}-{s}" for c, s in SIDES])
def test_inspected_spec_describes_the_database(case, side, db, pg_server, tmp_path):
    sql_text = (CASES_DIR / case / f"{side}.sql").read_text()
    execute(db, sql_text)
    with psycopg.connect(db, autocommit=True) as conn:
        result = inspect_catalog(conn)
    assert result.warnings == ()
    spec = tmp_path / "schema.yaml"
    spec.write_text(dump_spec(result.catalog))
    script, empty = plan_text(db, str(spec), pg_server.dsn("postgres"))
    assert empty, f"the inspected spec differs from the database:\n{script}\n--- spec:\n{spec.read_text()}"
