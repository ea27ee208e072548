"""Tables, columns, constraints and indexes with every attribute the spec can hold: inspected
without warnings, written as a spec, and that spec is in sync with the database it came from."""

from __future__ import annotations

import pathlib

import psycopg
import yaml

from convergence import execute, plan_text
from schemadiff.inspect import inspect_catalog
from schemadiff.spec_writer import dump_spec

# The same schema is a fixture case too (created from nothing and dropped again).
SCHEMA = (pathlib.Path(__file__).parent / "cases" / "table_created_with_every_attribute" / "after.sql").read_text()


def test_every_table_attribute_round_trips_through_the_spec(db, pg_server, tmp_path):
    execute(db, SCHEMA)
    with psycopg.connect(db) as conn:
        result = inspect_catalog(conn, ["public"])
    assert result.warnings == ()
    tables = {t.name: t for t in result.catalog.tables}
    assert tables["scratch"].unlogged and tables["scratch"].replica_identity == "full"
    assert tables["parent"].replica_identity_index == "parent_code_key"
    assert tables["parent"].storage_parameters == (
        ("fillfactor", "70"), ("autovacuum_vacuum_scale_factor", "0.05"), ("toast.autovacuum_enabled", "false"),
    )
    parent = tables["parent"]
    assert (parent.column("code").storage, parent.column("code").compression) == ("main", "pglz")
    assert parent.column("a").statistics == 500 and parent.column("b").options == (("n_distinct", "-0.5"),)
    assert parent.column("id").identity_options.cache == 5
    indexes = {i.name: i for i in result.catalog.indexes}
    assert [e.statistics for e in indexes["scratch_ab"].elements] == [None, 200]
    assert indexes["events_at"].partition_names == (("events_2024", "at_2024"),)
    assert [c.name for c in tables["base_child"].columns] == ["note"]  # id is the parent's
    assert [str(p) for p in tables["base_child"].inherits] == ["public.base"]

    spec = tmp_path / "inspected.yaml"
    spec.write_text(dump_spec(result.catalog))
    data = yaml.safe_load(spec.read_text())
    written = {t["name"]: t for t in data["tables"]}
    assert written["parent"]["replica_identity"] == {"index": "parent_code_key"}
    assert written["events"]["partitions"][0]["checks"][0]["name"] == "events_2024_id"
    script, empty = plan_text(db, str(spec), pg_server.dsn("postgres"))
    assert empty, f"the inspected spec is not in sync with its database:\n{script}"
