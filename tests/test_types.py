"""User-defined types: planning model against model, spec-only behaviour on real PostgreSQL
(label renames, shadow errors), and the inspect round trip (inspect -> YAML -> no diff).

The convergence of type changes database to database is covered by tests/cases/type_*.
"""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest

from convergence import plan_text, run_script
from schemadiff.diff.hazards import Hazard
from schemadiff.diff.type_operations import AddEnumValue, RenameType
from schemadiff.errors import SpecError
from schemadiff.generate import generate
from schemadiff.inspect import inspect_catalog
from schemadiff.model import (
    Argument, Catalog, Column, Domain, DomainCheck, EnumType, Function, PrimaryKey, Schema, Table,
)
from schemadiff.plan.planner import make_plan
from schemadiff.render.common import RenderContext
from schemadiff.render.plan import plan_sql
from schemadiff.shadow import desired_catalog
from schemadiff.spec.load import load_spec, load_spec_text
from schemadiff.spec_writer import dump_spec

PUBLIC = Schema("public")
STATUS = EnumType("public", "status", ("pending", "done"))
ORDERS = Table(
    "public", "orders",
    (Column("id", "integer", nullable=False),
     Column("status", "public.status", nullable=False, default="'pending'::public.status")),
    (PrimaryKey("orders_pkey", ("id",)),),
)
NEXT = Function(
    "public", "next", (Argument("public.status", "s"),), "public.status", "sql", "SELECT 'done'::public.status",
)


def catalog(*objects) -> Catalog:
    return Catalog(
        schemas=(PUBLIC,), types=tuple(o for o in objects if isinstance(o, (EnumType, Domain))),
        tables=tuple(o for o in objects if isinstance(o, Table)),
        functions=tuple(o for o in objects if isinstance(o, Function)),
    ).normalize()


def descriptions(plan) -> list[str]:
    return [op.describe() for op in plan.operations]


# --- model against model -------------------------------------------------------------------


def test_a_new_type_is_created_before_the_table_and_dropped_after_it():
    created = make_plan(catalog(), catalog(ORDERS, STATUS))
    assert descriptions(created) == ["create enum type public.status", "create table public.orders"]
    dropped = make_plan(catalog(ORDERS, STATUS), catalog())
    assert descriptions(dropped) == ["drop table public.orders", "drop enum type public.status"]
    assert dropped.operations[1].hazards == {Hazard.BREAKS_CLIENTS}


def test_added_labels_go_in_place_and_first():
    wider = EnumType("public", "status", ("new", "pending", "active", "done", "archived"))
    plan = make_plan(catalog(ORDERS, STATUS), catalog(ORDERS, wider))
    ops = plan.operations
    assert [(op.label, op.before, op.after) for op in ops] == [
        ("new", "pending", None), ("active", None, "pending"), ("archived", None, "done"),
    ]
    assert all(isinstance(op, AddEnumValue) and op.stage < 0 for op in ops)
    # Each label is committed on its own, before the main transaction that may use it.
    script = plan_sql(plan, RenderContext())
    assert script.count("BEGIN;") == 3
    assert "ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'new' BEFORE 'pending';" in script


def test_a_removed_label_replaces_the_type_around_its_column_and_function():
    narrower = EnumType("public", "status", ("pending",))
    plan = make_plan(catalog(ORDERS, STATUS, NEXT), catalog(ORDERS, narrower, NEXT))
    assert descriptions(plan) == [
        "drop function public.next(public.status) (depends on EnumType public.status)",
        "rename enum type public.status to status_replaced (replaced by a new definition below)",
        "recreate enum type public.status",
        "alter column status of table public.orders: convert to the new public.status through text",
        "recreate function public.next(public.status)",
        "drop enum type public.status_replaced (replaced by the new status)",
    ]
    assert isinstance(plan.operations[1], RenameType)
    # The old copy goes without a hazard (nothing uses it by then); converting the column does not.
    assert plan.operations[-1].hazards == frozenset()
    assert plan.operations[3].hazards == {Hazard.REWRITES_TABLE, Hazard.BREAKS_CLIENTS}
    script = plan_sql(plan, RenderContext())
    assert "ALTER COLUMN status TYPE public.status USING status::text::public.status;" in script


def test_a_domain_changes_in_place_unless_its_base_type_does():
    score = Domain("public", "score", "integer", checks=(DomainCheck("score_min", "VALUE >= 0"),))
    stricter = Domain("public", "score", "integer", default="1", nullable=False,
                      checks=(DomainCheck("score_min", "VALUE >= 1"),))
    assert descriptions(make_plan(catalog(score), catalog(stricter))) == [
        "drop constraint score_min of domain public.score",
        "alter domain public.score: default, NOT NULL",
        "add constraint score_min to domain public.score (NOT VALID: existing values are checked in a later step)",
        "validate constraint score_min of domain public.score",
    ]
    wider = Domain("public", "score", "bigint", checks=score.checks)
    assert "rename domain public.score to score_replaced (replaced by a new definition below)" in descriptions(
        make_plan(catalog(score), catalog(wider))
    )


# --- the spec on real PostgreSQL -----------------------------------------------------------

RENAMING_SPEC = """\
schemas:
  - name: public
enums:
  - name: status
    labels: [pending, {name: done, renamed_from: finished}]
tables:
  - name: orders
    columns:
      - {name: id, type: integer, nullable: false}
      - {name: status, type: status, default: "'pending'"}
    primary_key: {columns: [id]}
"""


def test_renamed_from_renames_a_label_and_keeps_the_rows(db, pg_server, tmp_path):
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(
            "CREATE TYPE public.status AS ENUM ('pending', 'finished');"
            "CREATE TABLE public.orders (id integer PRIMARY KEY, status public.status DEFAULT 'pending');"
            "INSERT INTO public.orders VALUES (1, 'finished'), (2, 'pending');"
        )
    spec = tmp_path / "schema.yaml"
    spec.write_text(RENAMING_SPEC)
    shadow = pg_server.dsn("postgres")
    script, _ = plan_text(db, str(spec), shadow)
    assert "ALTER TYPE public.status RENAME VALUE 'finished' TO 'done';" in script
    assert "status_replaced" not in script
    run_script(db, script)
    run_script(db, script)  # guarded: the second run renames nothing
    with psycopg.connect(db) as conn:
        rows = conn.execute("SELECT id, status::text FROM public.orders ORDER BY id").fetchall()
    assert rows == [(1, "done"), (2, "pending")]
    assert plan_text(db, str(spec), shadow)[1], "re-plan after the rename is not empty"


def test_an_unknown_base_type_is_reported_at_its_spec_line(pg_server, tmp_path):
    spec = tmp_path / "schema.yaml"
    spec.write_text("domains:\n  - name: amount\n    type: numeric(12,2)\n  - name: score\n    type: no_such_type\n")
    with pytest.raises(SpecError) as raised:
        desired_catalog(load_spec(spec), pg_server.dsn("postgres"))
    (problem,) = raised.value.problems
    assert (problem.file, problem.line) == (str(spec), 4)
    assert problem.message == 'Domain public.score: PostgreSQL rejected it: type "no_such_type" does not exist'


# --- inspect -> YAML -> the same catalog -----------------------------------------------------

TYPES_SCHEMA = '''
CREATE SCHEMA "Sales Dept";
CREATE TYPE "Sales Dept"."Order ""Status""" AS ENUM ('new', 'it''s done', 'Mixed Case', 'with "quotes"');
CREATE TYPE public.empty_enum AS ENUM ();
CREATE DOMAIN public.email AS text COLLATE "C" NOT NULL CONSTRAINT email_has_at CHECK (VALUE ~ '@');
CREATE DOMAIN public.positive AS integer DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE < 1000000);
ALTER DOMAIN public.positive ADD CONSTRAINT later CHECK (VALUE <> 13) NOT VALID;
CREATE DOMAIN "Sales Dept".states AS "Sales Dept"."Order ""Status"""[];
CREATE TYPE public.address AS (street text COLLATE "C", "Zip Code" varchar(10), tags text[]);
CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi, multirange_type_name = public.floatranges);
CREATE TYPE public.textrange AS RANGE (subtype = text, collation = "C");
CREATE TYPE public.int_range AS RANGE (subtype = integer, subtype_opclass = int4_ops);
CREATE TABLE "Sales Dept"."Order" (
  id public.positive PRIMARY KEY, state "Sales Dept"."Order ""Status""" DEFAULT 'with "quotes"',
  history "Sales Dept".states, ship_to public.address, window_ public.floatrange
);
CREATE FUNCTION public.first_state(s "Sales Dept".states) RETURNS "Sales Dept"."Order ""Status"""
  LANGUAGE sql IMMUTABLE AS $$ SELECT s[1] $$;
COMMENT ON TYPE public.address IS 'a postal address';
COMMENT ON DOMAIN public.email IS 'an e-mail address';
DO $$ BEGIN CREATE ROLE "Type Reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
REVOKE USAGE ON TYPE public.floatrange FROM PUBLIC;
GRANT USAGE ON TYPE public.floatrange TO "Type Reader";
GRANT USAGE ON DOMAIN public.email TO "Type Reader" WITH GRANT OPTION;
CREATE EXTENSION IF NOT EXISTS citext;  -- its type is the extension's, not ours
'''


def test_types_inspect_and_write_back_to_an_equal_spec(db, pg_server, tmp_path):
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(TYPES_SCHEMA)
        result = inspect_catalog(conn)
    assert result.warnings == ()
    types = {(t.schema, t.name): t for t in result.catalog.types}
    assert set(types) == {
        ("Sales Dept", 'Order "Status"'), ("Sales Dept", "states"), ("public", "empty_enum"), ("public", "email"),
        ("public", "positive"), ("public", "address"), ("public", "floatrange"), ("public", "textrange"),
        ("public", "int_range"),
    }
    assert types[("Sales Dept", 'Order "Status"')].labels == ("new", "it's done", "Mixed Case", 'with "quotes"')
    positive = types[("public", "positive")]
    assert [(c.name, c.expression, c.valid) for c in positive.checks] == [
        ("later", "(VALUE <> 13)", False), ("positive_check", "(VALUE > 0)", True),
        ("positive_check1", "(VALUE < 1000000)", True),
    ]
    assert (positive.default, types[("public", "email")].collation, types[("public", "email")].nullable) == ("1", "C", False)
    floatrange = types[("public", "floatrange")]
    assert (floatrange.subtype, floatrange.subtype_diff, floatrange.multirange_type_name) == (
        "double precision", "float8mi", "floatranges",
    )
    assert types[("public", "int_range")].subtype_opclass is None  # the default, spelled out
    assert [(a.name, a.type, a.collation) for a in types[("public", "address")].attributes] == [
        ("street", "text", "C"), ("Zip Code", "character varying(10)", None), ("tags", "text[]", None),
    ]

    text = dump_spec(result.catalog)
    load_spec_text(text)  # a valid spec
    spec = tmp_path / "schema.yaml"
    spec.write_text(text)
    shadow = pg_server.dsn("postgres")
    desired = desired_catalog(load_spec(spec), shadow)
    assert desired.types == result.catalog.types  # NOT VALID included: `not_valid: true`
    assert plan_text(db, str(spec), shadow)[1], "the inspected spec does not describe the database"
    # Without the key, the spec wants the check validated: the plan validates it.
    validated = tuple(
        replace(t, checks=tuple(replace(c, valid=True) for c in t.checks)) if isinstance(t, Domain) else t
        for t in result.catalog.types
    )
    spec.write_text(dump_spec(replace(result.catalog, types=validated)))
    assert "not_valid" in text and "not_valid" not in spec.read_text()
    script, _ = plan_text(db, str(spec), shadow)
    assert "VALIDATE CONSTRAINT later" in script
    run_script(db, script)
    assert plan_text(db, str(spec), shadow)[1], "the validating plan did not converge"


GENERATED_SPEC = """\
schemas:
  - name: public
tables:
  - name: orders
    columns:
      - {name: id, type: positive, nullable: false}
      - {name: states, type: "status[]"}
      - {name: ship_to, type: address}
domains:
  - name: positive
    type: integer
    checks: [{expression: VALUE > 0}]
enums:
  - name: status
    labels: [pending, "it's done"]
composite_types:
  - name: address
    attributes: [{name: street, type: text}, {name: state, type: status}]
"""


def test_generated_schema_creates_types_before_their_users(db):
    (schema_sql,) = [f.text for f in generate(load_spec_text(GENERATED_SPEC)) if f.name == "schema.sql"]
    assert schema_sql.index("-- EnumType public.status") < schema_sql.index("-- CompositeType public.address")
    assert schema_sql.index("-- CompositeType public.address") < schema_sql.index("-- Table public.orders")
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(schema_sql)
        conn.execute(schema_sql)  # idempotent: every CREATE TYPE is guarded
        types = inspect_catalog(conn).catalog.types
    assert [(type(t).__name__, t.name) for t in types] == [
        ("CompositeType", "address"), ("Domain", "positive"), ("EnumType", "status"),
    ]
