"""Base types (CREATE TYPE name (INPUT = ..., OUTPUT = ...)): planned model against model
(the shell type that breaks the type <-> function cycle, in-place ALTER TYPE ... SET,
recreation with the input and output functions, its columns through text meanwhile, refusal while
a domain is built on it), and
a hand-written spec on real PostgreSQL.

Convergence database to database is covered by tests/cases/base_type_*.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import psycopg
import pytest

from convergence import execute, plan_text, run_script
from schemadiff.diff.type_operations import AlterBaseType
from schemadiff.errors import SchemadiffError
from schemadiff.generate import generate
from schemadiff.inspect import inspect_catalog
from schemadiff.diff.hazards import Hazard
from schemadiff.diff.operations import AlterColumn
from schemadiff.model import Argument, BaseType, Catalog, Column, Domain, Function, Schema, Table
from schemadiff.plan.planner import make_plan
from schemadiff.render.common import RenderContext
from schemadiff.render.plan import plan_sql
from schemadiff.spec.load import load_spec_text


def internal(name: str, argument: str, returns: str, symbol: str) -> Function:
    return Function("public", name, (Argument(argument),), returns, "internal", symbol, volatility="IMMUTABLE", strict=True)


IN = internal("myint_in", "cstring", "public.myint", "int4in")
OUT = internal("myint_out", "public.myint", "cstring", "int4out")
RECV = internal("myint_recv", "internal", "public.myint", "int4recv")
SEND = internal("myint_send", "public.myint", "bytea", "int4send")
MYINT = BaseType("public", "myint", "public.myint_in", "public.myint_out", internallength=4, passedbyvalue=True)
READINGS = Table("public", "readings", (Column("value", "public.myint"),))


def catalog(*objects) -> Catalog:
    return Catalog(
        schemas=(Schema("public"),), types=tuple(o for o in objects if isinstance(o, (BaseType, Domain))),
        functions=tuple(o for o in objects if isinstance(o, Function)),
        tables=tuple(o for o in objects if isinstance(o, Table)),
    ).normalize()


def descriptions(plan) -> list[str]:
    return [op.describe() for op in plan.operations]


def test_a_base_type_is_created_after_its_shell_and_functions_and_before_its_columns():
    plan = make_plan(catalog(), catalog(MYINT, IN, OUT, READINGS))
    assert descriptions(plan) == [
        "create shell type public.myint",
        "create function public.myint_in(cstring)",
        "create function public.myint_out(public.myint)",
        "create base type public.myint",
        "create table public.readings",
    ]
    script = plan_sql(plan, RenderContext())
    assert "CREATE TYPE public.myint;" in script
    assert (
        "CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4,"
        " PASSEDBYVALUE = true);"
    ) in script


def test_receive_send_and_storage_change_in_place_even_under_a_column():
    with_binary = replace(MYINT, receive="public.myint_recv", send="public.myint_send")
    plan = make_plan(catalog(MYINT, IN, OUT, READINGS), catalog(with_binary, IN, OUT, RECV, SEND, READINGS))
    assert descriptions(plan) == [
        "create function public.myint_recv(internal)",
        "create function public.myint_send(public.myint)",
        "alter base type public.myint: set receive, send",
    ]
    assert isinstance(plan.operations[-1], AlterBaseType)
    script = plan_sql(plan, RenderContext())
    assert "ALTER TYPE public.myint SET (RECEIVE = public.myint_recv, SEND = public.myint_send);" in script
    # Back: the functions are set to NONE before they go.
    back = make_plan(catalog(with_binary, IN, OUT, RECV, SEND, READINGS), catalog(MYINT, IN, OUT, READINGS))
    assert descriptions(back)[0] == "alter base type public.myint: set receive, send"
    assert "ALTER TYPE public.myint SET (RECEIVE = NONE, SEND = NONE);" in plan_sql(back, RenderContext())


def test_other_changes_recreate_the_type_with_its_functions():
    wider = replace(MYINT, internallength=8, passedbyvalue=False, alignment="double")
    plan = make_plan(catalog(MYINT, IN, OUT), catalog(wider, IN, OUT))
    assert descriptions(plan) == [
        "drop base type public.myint (its definition changes beyond what ALTER TYPE ... SET changes)",
        "create shell type public.myint",
        "recreate function public.myint_in(cstring)",
        "recreate function public.myint_out(public.myint)",
        "recreate base type public.myint",
    ]
    script = plan_sql(plan, RenderContext())
    # CASCADE takes the I/O functions, but only while nothing else uses the type; a
    # second run finds the new definition and drops nothing.
    assert "DROP TYPE public.myint CASCADE;" in script
    assert "RAISE EXCEPTION 'type public.myint is still used by objects other than its input and output functions'" in script
    assert "t.typlen = 4 AND t.typbyval = true" in script


def test_storage_back_to_plain_recreates_the_type():
    extended = replace(MYINT, internallength=-1, passedbyvalue=False, storage="extended")
    plain = replace(extended, storage="plain")
    assert descriptions(make_plan(catalog(plain, IN, OUT), catalog(extended, IN, OUT))) == [
        "alter base type public.myint: set storage",
    ]
    assert descriptions(make_plan(catalog(extended, IN, OUT), catalog(plain, IN, OUT)))[0].startswith("drop base type")


def test_recreating_a_type_that_columns_use_takes_them_through_text():
    wider = replace(MYINT, internallength=8, passedbyvalue=False)
    plan = make_plan(catalog(MYINT, IN, OUT, READINGS), catalog(wider, IN, OUT, READINGS))
    assert descriptions(plan) == [
        "alter column value of table public.readings: type public.myint -> text, its values waiting in their"
        " text form while their type is dropped and created again",
        "drop base type public.myint (its definition changes beyond what ALTER TYPE ... SET changes)",
        "create shell type public.myint",
        "recreate function public.myint_in(cstring)",
        "recreate function public.myint_out(public.myint)",
        "recreate base type public.myint",
        "alter column value of table public.readings: type text -> public.myint",
    ]
    script = plan_sql(plan, RenderContext())
    assert "ALTER TABLE public.readings ALTER COLUMN value TYPE text USING value::text;" in script
    assert "ALTER TABLE public.readings ALTER COLUMN value TYPE public.myint USING value::public.myint;" in script
    assert all(Hazard.REWRITES_TABLE in op.hazards for op in plan.operations if isinstance(op, AlterColumn))


def test_recreating_a_type_that_a_domain_is_built_on_is_refused():
    wider = replace(MYINT, internallength=8, passedbyvalue=False)
    over = Domain("public", "positive", "public.myint")
    with pytest.raises(SchemadiffError, match=r"type public\.myint must be dropped and created again .*type public\.positive use it"):
        make_plan(catalog(MYINT, IN, OUT, over, READINGS), catalog(wider, IN, OUT, over, READINGS))


SPEC = """\
schemas:
  - name: public
functions:
  - {name: money_in, arguments: [{type: cstring}], returns: money2, language: internal, body: int8in,
     volatility: IMMUTABLE, strict: true}
  - {name: money_out, arguments: [{type: money2}], returns: cstring, language: internal, body: int8out,
     volatility: IMMUTABLE, strict: true}
base_types:
  - name: money2
    input: money_in
    output: money_out
    internallength: 8
    passedbyvalue: true
    alignment: double
    category: N
    default: "0"
    comment: cents
tables:
  - name: ledger
    columns:
      - {name: amount, type: money2}
      - {name: history, type: "money2[]"}
"""


def test_a_hand_written_spec_creates_the_type_and_inspects_back(db, pg_server, tmp_path):
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    load_spec_text(SPEC)  # valid
    shadow = pg_server.dsn("postgres")
    script, _ = plan_text(db, str(spec), shadow)
    run_script(db, script)
    execute(db, "INSERT INTO public.ledger VALUES ('250', '{1,2}')")
    assert plan_text(db, str(spec), shadow)[1], "the spec does not describe the database it made"
    with psycopg.connect(db, autocommit=True) as conn:
        result = inspect_catalog(conn)
        assert conn.execute("SELECT amount::text, history::text FROM public.ledger").fetchone() == ("250", "{1,2}")
    assert result.warnings == ()  # base types are modelled: no "unsupported" warning
    (money,) = result.catalog.types
    assert (money.input, money.output, money.internallength, money.alignment, money.default, money.comment) == (
        "public.money_in", "public.money_out", 8, "double", "0", "cents",
    )


def test_generated_schema_defines_the_shell_first_and_runs_twice(db):
    (schema_sql,) = [f.text for f in generate(load_spec_text(SPEC)) if f.name == "schema.sql"]
    assert schema_sql.index("-- ShellType public.money2") < schema_sql.index("-- Function public.money_in(cstring)")
    assert schema_sql.index("-- Function public.money_out(money2)") < schema_sql.index("-- BaseType public.money2")
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(schema_sql)
        conn.execute(schema_sql)  # idempotent: the shell and the type are guarded


def test_a_refused_recreate_is_a_clear_error_of_the_cli(db, pg_server, tmp_path):
    # Its columns would wait in their text form; a domain over it cannot.
    with_domain = SPEC + "domains:\n  - {name: cents, type: money2}\n"
    spec = tmp_path / "schema.yaml"
    spec.write_text(with_domain)
    run_script(db, plan_text(db, str(spec), pg_server.dsn("postgres"))[0])
    spec.write_text(with_domain.replace("internallength: 8\n    passedbyvalue: true\n", "internallength: 16\n"))
    result = subprocess.run(
        [sys.executable, "-m", "schemadiff", "plan", "--spec", str(spec), "--db", db,
         "--shadow", pg_server.dsn("postgres")],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "type public.money2 must be dropped and created again" in result.stderr, result.stderr
    assert "type public.cents use it" in result.stderr, result.stderr
