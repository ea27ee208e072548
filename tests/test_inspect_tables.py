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


def _inspected(db: str, sql_text: str):
    """Load `sql_text`, inspect schema public (no warning allowed); return (result, tables by name)."""
    execute(db, sql_text)
    with psycopg.connect(db) as conn:
        result = inspect_catalog(conn, ["public"])
    assert result.warnings == ()
    return result, {t.name: t for t in result.catalog.tables}


def test_every_table_attribute_round_trips_through_the_spec(db, pg_server, tmp_path):
    result, tables = _inspected(db, SCHEMA)
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


PARTITIONS_OWN = """
CREATE TABLE public.customers (id integer PRIMARY KEY);
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, customer_id integer,
  FOREIGN KEY (customer_id) REFERENCES public.customers (id)) PARTITION BY RANGE (at);
CREATE INDEX events_customer ON public.events (customer_id);
CREATE TABLE public.events_2024 PARTITION OF public.events (PRIMARY KEY (id)) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- An own foreign key of the same definition as the parent's is attached (conparentid) on ATTACH:
-- one of another definition stays the partition's own.
CREATE TABLE public.events_2025 (LIKE public.events);
ALTER TABLE public.events_2025 ADD CONSTRAINT events_2025_customer_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id);
ALTER TABLE public.events_2025 ADD CONSTRAINT events_2025_cascade FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;
CREATE INDEX events_2025_customer ON public.events_2025 (customer_id);
CREATE INDEX events_2025_at ON public.events_2025 (at);
ALTER TABLE public.events ATTACH PARTITION public.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
"""


def test_partitions_own_keys_and_indexes_are_theirs_alone(db, pg_server, tmp_path):
    result, tables = _inspected(db, PARTITIONS_OWN)
    assert [c.name for c in tables["events"].constraints] == ["events_customer_id_fkey"]
    # The parent's foreign key reaches each partition as a copy (conparentid), not listed there.
    assert [c.name for c in tables["events_2024"].constraints] == ["events_2024_pkey"]
    assert [c.name for c in tables["events_2025"].constraints] == ["events_2025_cascade"]
    indexes = {i.name: i for i in result.catalog.indexes}
    # events_2025_customer became the part of events_customer on ATTACH; events_2025_at is its own.
    assert sorted(indexes) == ["events_2025_at", "events_customer"]
    assert indexes["events_customer"].partition_names == (("events_2025", "events_2025_customer"),)
    assert indexes["events_2025_at"].table == "events_2025"

    spec = tmp_path / "inspected.yaml"
    spec.write_text(dump_spec(result.catalog))
    partitions = {p["name"]: p for p in yaml.safe_load(spec.read_text())["tables"][1]["partitions"]}
    assert partitions["events_2024"]["primary_key"] == {"name": "events_2024_pkey", "columns": ["id"]}
    assert [fk["name"] for fk in partitions["events_2025"]["foreign_keys"]] == ["events_2025_cascade"]
    assert partitions["events_2025"]["indexes"] == [{"name": "events_2025_at", "columns": ["at"]}]
    script, empty = plan_text(db, str(spec), pg_server.dsn("postgres"))
    assert empty, f"the inspected spec is not in sync with its database:\n{script}"


def test_parts_elsewhere_than_their_index_are_modelled_a_keys_too(db):
    # An index's parts are Index.partition_tablespaces, a key's index's the key's.
    result, tables = _inspected(db, """
        CREATE TABLE public.r (id integer, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
        CREATE TABLE public.r_2024 PARTITION OF public.r FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE INDEX r_at_idx ON public.r (at);
        ALTER INDEX public.r_2024_at_idx SET TABLESPACE ts_one;
        ALTER INDEX public.r_2024_pkey SET TABLESPACE ts_two;
    """)
    assert [(i.name, i.partition_tablespaces) for i in result.catalog.indexes] == [("r_at_idx", (("r_2024", "ts_one"),))]
    assert [(c.name, c.partition_tablespaces) for c in tables["r"].constraints] == [("r_pkey", (("r_2024", "ts_two"),))]


def test_columns_with_the_same_values_are_one_shared_column(db):
    # An inspection builds one Column per distinct columns.sql row (its table aside): equal
    # columns of two tables are one object, and a per-table value (a default, an attribute
    # option; not the server's own per-table attoptions entry) keeps a column apart. Index
    # elements are shared the same way.
    result, tables = _inspected(db, """
        CREATE TABLE one (id bigint NOT NULL, note text DEFAULT 'a', n integer);
        CREATE TABLE two (id bigint NOT NULL, note text DEFAULT 'b', n integer);
        ALTER TABLE two ALTER COLUMN n SET (n_distinct = 5);
        CREATE INDEX one_n ON one (n);
        CREATE INDEX two_n ON two (n);
    """)
    one, two = tables["one"], tables["two"]
    assert one.column("id") is two.column("id")
    assert (one.column("note").default, two.column("note").default) == ("'a'::text", "'b'::text")
    assert one.column("n").options == () and two.column("n").options == (("n_distinct", "5"),)
    assert one.column("n") != two.column("n")
    indexes = {i.name: i for i in result.catalog.indexes}
    assert indexes["one_n"].elements is indexes["two_n"].elements
    assert [e.column for e in indexes["one_n"].elements] == ["n"]


MERGED = """
CREATE TABLE public.base (id integer NOT NULL, n integer, CONSTRAINT n_positive CHECK (n > 0));
CREATE TABLE public.merged (n integer DEFAULT 5, note text, CONSTRAINT n_positive CHECK (n > 0)) INHERITS (public.base);
CREATE TABLE public.plain (note text) INHERITS (public.base);
"""


def test_a_childs_own_declaration_of_an_inherited_column_and_check_round_trips(db, pg_server, tmp_path):
    # pg_attribute.attislocal / pg_constraint.conislocal: the child lists what it declares
    # itself, inherited or not; what it only inherits it does not list.
    result, tables = _inspected(db, MERGED)
    assert [c.name for c in tables["merged"].columns] == ["n", "note"]
    assert [c.name for c in tables["merged"].constraints] == ["n_positive"]
    assert [c.name for c in tables["plain"].columns] == ["note"] and tables["plain"].constraints == ()

    spec = tmp_path / "inspected.yaml"
    spec.write_text(dump_spec(result.catalog))
    written = {t["name"]: t for t in yaml.safe_load(spec.read_text())["tables"]}
    assert [c["name"] for c in written["merged"]["columns"]] == ["n", "note"]
    assert [c["name"] for c in written["merged"]["checks"]] == ["n_positive"]
    script, empty = plan_text(db, str(spec), pg_server.dsn("postgres"))
    assert empty, f"the inspected spec is not in sync with its database:\n{script}"
