"""Partition keys that are more than plain columns (expressions, COLLATE, operator classes):
inspected as PostgreSQL prints them, written by hand in a spec in any spelling, and refused
by PostgreSQL (through the shadow) where it refuses them."""

from __future__ import annotations

import psycopg
import pytest

from convergence import execute, plan_text
from schemadiff.errors import SpecError
from schemadiff.inspect import inspect_catalog
from schemadiff.model import PartitionScheme
from schemadiff.shadow import desired_catalog
from schemadiff.spec.load import load_spec

SQL = """
CREATE TABLE public.readings (id bigint NOT NULL, taken timestamp NOT NULL) PARTITION BY RANGE ((taken::date), id);
CREATE TABLE public.sales (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region COLLATE "C");
CREATE TABLE public.codes (code text NOT NULL, PRIMARY KEY (code)) PARTITION BY RANGE (code text_pattern_ops);
CREATE DOMAIN public.code AS text;
CREATE TABLE public.plain (id public.code NOT NULL, "Region" varchar(8) NOT NULL) PARTITION BY RANGE ("Region", id);
"""

# The same keys spelled otherwise than PostgreSQL prints them.
SPEC = """
domains:
  - {name: code, type: text}
tables:
  - name: readings
    columns:
      - {name: id, type: bigint, nullable: false}
      - {name: taken, type: timestamp, nullable: false}
    partition_by: {strategy: range, key: "CAST(taken AS date),id"}
  - name: sales
    columns:
      - {name: id, type: bigint, nullable: false}
      - {name: region, type: text, nullable: false}
    partition_by: {strategy: list, key: 'region collate "C"'}
  - name: codes
    columns:
      - {name: code, type: text, nullable: false}
    primary_key: {columns: [code]}
    partition_by: {strategy: range, key: "code TEXT_PATTERN_OPS"}
  - name: plain
    columns:
      - {name: id, type: code, nullable: false}
      - {name: Region, type: varchar(8), nullable: false}
    partition_by: {strategy: range, key: '"Region", id'}
"""


def test_keys_are_inspected_as_postgresql_prints_them(db):
    execute(db, SQL)
    with psycopg.connect(db) as conn:
        result = inspect_catalog(conn, ["public"])
    assert result.warnings == ()
    keys = {t.name: t.partition_by for t in result.catalog.tables}
    assert keys == {
        "readings": PartitionScheme("range", (), "((taken)::date), id"),
        "sales": PartitionScheme("list", (), 'region COLLATE "C"'),
        "codes": PartitionScheme("range", (), "code text_pattern_ops"),
        # Plain columns stay columns, however quoted, of a type whose default operator class
        # is another type's (varchar, a domain): existing specs compare as before.
        "plain": PartitionScheme("range", ("Region", "id")),
    }


def test_a_spec_key_in_any_spelling_is_in_sync_with_the_database(db, pg_server, tmp_path):
    execute(db, SQL)
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    script, empty = plan_text(db, str(spec), pg_server.dsn("postgres"))
    assert empty, script


def test_a_key_postgresql_refuses_under_a_primary_key_is_reported_with_its_line(pg_server, tmp_path):
    spec = tmp_path / "schema.yaml"
    spec.write_text("""\
tables:
  - name: people
    columns:
      - {name: id, type: bigint, nullable: false}
      - {name: name, type: text, nullable: false}
    primary_key: {columns: [id, name]}
    partition_by: {strategy: list, key: lower(name)}
""")
    with pytest.raises(SpecError) as raised:
        desired_catalog(load_spec(spec), pg_server.dsn("postgres"))
    (problem,) = raised.value.problems
    assert (problem.file, problem.line) == (str(spec), 2)
    assert problem.message == (
        "Table public.people: PostgreSQL rejected it: unsupported PRIMARY KEY constraint with partition key definition"
    )
