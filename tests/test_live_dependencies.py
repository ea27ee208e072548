"""The live side's dependencies come from pg_depend (Catalog.dependencies), not from its SQL.

On real PostgreSQL: what inspection records, and plans that differ from what names in
deparsed text would give (an overloaded function, a join's USING column).
"""

from __future__ import annotations

from dataclasses import replace

import psycopg

from convergence import execute
from schemadiff.inspect import inspect_catalog
from schemadiff.model.catalog import Dependency
from schemadiff.plan.dependencies import Graph
from schemadiff.plan.planner import make_plan

SCHEMA = """
CREATE TABLE public.customers (code integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.orders (id integer PRIMARY KEY, code integer NOT NULL REFERENCES public.customers,
                            placed_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW public.named_orders AS SELECT orders.id, customers.name FROM public.orders JOIN public.customers USING (code);
CREATE FUNCTION public.allowed(level integer) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT level < 5 $$;
CREATE FUNCTION public.allowed(owner text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT owner = current_user $$;
CREATE FUNCTION public.orders_of(c public.customers) RETURNS SETOF public.orders LANGUAGE plpgsql
  AS $$ BEGIN RETURN QUERY SELECT * FROM public.orders WHERE code = c.code; END $$;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY low ON public.orders USING (public.allowed(id));
"""


def inspect(dsn):
    with psycopg.connect(dsn, autocommit=True) as conn:
        return inspect_catalog(conn).catalog


def test_inspection_records_what_objects_use(db):
    execute(db, SCHEMA)
    edges = set(inspect(db).dependencies)
    assert {
        Dependency("View public.named_orders", "Table public.customers", "code"),  # only in USING
        Dependency("View public.named_orders", "Table public.orders", "code"),
        Dependency("Policy low on public.orders", "Function public.allowed(integer)"),
        Dependency("Table public.orders", "Table public.customers", "code"),  # the foreign key
        Dependency("Function public.orders_of(public.customers)", "Table public.customers"),  # row types
        Dependency("Function public.orders_of(public.customers)", "Table public.orders"),
    } <= edges
    # Nothing for the other overload, nor for what the PL/pgSQL body reads.
    assert not any(e.uses == "Function public.allowed(text)" for e in edges)
    assert not any(e.node.startswith("Sequence") for e in edges)


def test_plan_rebuilds_only_what_uses_the_changing_overload(db):
    execute(db, SCHEMA)
    current = inspect(db)
    text_overload = next(f for f in current.functions if f.identity_arguments == ("text",))
    desired = replace(current, functions=tuple(
        replace(f, returns="integer", body="SELECT 1") if f is text_overload else f for f in current.functions
    ), dependencies=())
    plan = make_plan(current, desired)
    assert [op.describe() for op in plan.operations] == [
        "drop function public.allowed(text) (its result type, argument names, defaults or kind changed)",
        "recreate function public.allowed(text)",
        # Inspected owners are managed: a recreated object is given its owner again.
        "set owner of function public.allowed(text) to postgres",
    ]
    # Read from the names in its text instead, the policy would go with every overload.
    policy = "Policy low on public.orders"
    assert "Function public.allowed(text)" in Graph(current).node(policy).depends_on
    assert "Function public.allowed(text)" not in Graph(current, live=True).node(policy).depends_on


def test_retyping_a_using_column_rebuilds_the_view(db):
    execute(db, SCHEMA)
    current = inspect(db)
    customers = current.relation("public", "customers")
    wider = replace(customers, columns=tuple(
        replace(c, type="bigint") if c.name == "code" else c for c in customers.columns
    ))
    desired = replace(current, tables=tuple(wider if t is customers else t for t in current.tables), dependencies=())
    described = [op.describe() for op in make_plan(current, desired).operations]
    assert "drop view public.named_orders (depends on Table public.customers)" in described
    assert "recreate view public.named_orders" in described


def test_inspection_records_what_uses_an_extension_s_members_as_using_the_extension(db):
    # Members are no model objects: what calls an extension's function or operator, runs its
    # trigger function, takes its type or builds on its operator class uses the extension
    # (what is taken off while it is dropped and created again).
    execute(db, """
    CREATE EXTENSION moddatetime; CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gist; CREATE EXTENSION citext;
    CREATE TABLE public.docs (id integer, name text, tag public.citext, updated timestamptz,
                              EXCLUDE USING gist (id WITH =));
    CREATE TRIGGER docs_updated BEFORE UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION public.moddatetime(updated);
    ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
    CREATE POLICY near ON public.docs USING (name OPERATOR(public.%) 'abc');
    CREATE INDEX docs_trgm ON public.docs USING gin (name public.gin_trgm_ops);
    CREATE FUNCTION public.plain(t text) RETURNS text LANGUAGE sql AS $$ SELECT public.show_limit()::text $$;
    """)
    edges = set(inspect(db).dependencies)
    assert {
        Dependency("Trigger docs_updated on public.docs", "Extension moddatetime"),
        Dependency("Policy near on public.docs", "Extension pg_trgm"),
        Dependency("Index public.docs_trgm", "Extension pg_trgm"),
        Dependency("Table public.docs", "Extension citext"),  # a column of its type
        Dependency("Table public.docs", "Extension btree_gist"),  # its exclusion constraint's index
        Dependency("Index public.docs_id_excl", "Extension btree_gist"),
    } <= edges
    # A string body records nothing; a table uses no extension it does not name.
    assert not any(e.node.startswith("Function public.plain") for e in edges)
    assert Dependency("Table public.docs", "Extension pg_trgm") not in edges
