"""Model-versus-model planning, no database: what changes, in which order, with which hazards."""

from __future__ import annotations

from dataclasses import replace

from schemadiff.diff.hazards import Hazard
from schemadiff.diff.operations import DropObject
from schemadiff.model import (
    Aggregate, Argument, Catalog, CheckConstraint, Column, DefaultPrivileges, Function, Grant, PartitionScheme, Policy, PrimaryKey, Schema,
    Table, View,
)
from schemadiff.plan.planner import make_plan
from schemadiff.render.common import RenderContext
from schemadiff.render.operations import render_operation

PUBLIC = Schema("public")
ITEMS = Table(
    "public", "items",
    (Column("id", "integer", nullable=False), Column("price", "integer", nullable=False)),
    (PrimaryKey("items_pkey", ("id",)),),
)
CHEAP = View("public", "cheap_items", "SELECT items.id, items.price FROM public.items WHERE items.price < 10")
CHEAP_IDS = View("public", "cheap_item_ids", "SELECT cheap_items.id FROM public.cheap_items")


def catalog(*objects, **kinds) -> Catalog:
    tables = tuple(o for o in objects if isinstance(o, Table))
    views = tuple(o for o in objects if isinstance(o, View))
    return Catalog(schemas=(PUBLIC,), tables=tables, views=views, **kinds).normalize()


def descriptions(plan) -> list[str]:
    return [op.describe() for op in plan.operations]


def test_identical_catalogs_plan_nothing():
    assert make_plan(catalog(ITEMS, CHEAP), catalog(ITEMS, CHEAP)).empty


def test_new_table_and_view_are_created_table_first():
    plan = make_plan(catalog(), catalog(CHEAP, ITEMS))
    assert descriptions(plan) == ["create table public.items", "create view public.cheap_items"]


def test_drops_run_dependents_first():
    plan = make_plan(catalog(ITEMS, CHEAP, CHEAP_IDS), catalog())
    assert descriptions(plan) == [
        "drop view public.cheap_item_ids", "drop view public.cheap_items", "drop table public.items",
    ]
    assert Hazard.DELETES_DATA in plan.operations[-1].hazards


def test_column_type_change_rebuilds_the_views_on_top_of_it():
    wider = replace(ITEMS, columns=(ITEMS.columns[0], Column("price", "numeric(10,2)", nullable=False)))
    plan = make_plan(catalog(ITEMS, CHEAP, CHEAP_IDS), catalog(wider, CHEAP, CHEAP_IDS))
    assert descriptions(plan) == [
        "drop view public.cheap_item_ids (depends on View public.cheap_items)",
        "drop view public.cheap_items (depends on Table public.items)",
        "alter column price of table public.items: type integer -> numeric(10,2)",
        "recreate view public.cheap_items",
        "recreate view public.cheap_item_ids",
    ]
    assert plan.operations[2].hazards == {Hazard.REWRITES_TABLE, Hazard.BREAKS_CLIENTS}
    assert all(not op.hazards for i, op in enumerate(plan.operations) if i != 2)


def test_checks_are_added_not_valid_then_validated_without_a_long_lock():
    stricter = replace(
        ITEMS,
        columns=ITEMS.columns + (Column("note", "text", nullable=False, default="''::text"),),
        constraints=ITEMS.constraints + (CheckConstraint("items_price_check", "(price > 0)"),),
    )
    plan = make_plan(catalog(ITEMS), catalog(stricter))
    assert descriptions(plan) == [
        "add column note to table public.items",
        "add constraint items_price_check to table public.items (NOT VALID: existing rows are checked in a later step)",
        "validate constraint items_price_check of table public.items (writes continue meanwhile)",
    ]
    assert [op.stage for op in plan.operations] == [0, 0, 2]
    assert not any(op.hazards for op in plan.operations)


def test_set_not_null_goes_through_a_validated_check():
    nullable = replace(ITEMS, columns=(ITEMS.columns[0], Column("price", "integer")))
    plan = make_plan(catalog(nullable), catalog(ITEMS))
    assert descriptions(plan) == [
        "add check items_price_not_null (NOT VALID) before making public.items.price NOT NULL",
        "make column price of table public.items NOT NULL through its validated check",
    ]
    assert not any(op.hazards for op in plan.operations)


def test_index_on_an_existing_partitioned_table_is_built_per_partition_concurrently():
    from schemadiff.model import Index, IndexElement, PartitionScheme, QualifiedName

    parent = replace(ITEMS, partition_by=PartitionScheme("hash", ("id",)))
    parts = tuple(
        Table("public", f"items_{n}", (), partition_of=parent.key, partition_bound=f"FOR VALUES WITH (modulus 2, remainder {n})")
        for n in (0, 1)
    )
    index = Index("public", "items", "items_price_idx", (IndexElement(column="price"),))
    plan = make_plan(catalog(parent, *parts), catalog(parent, *parts, indexes=(index,)))
    assert descriptions(plan) == [
        "create index items_0_price_idx on public.items_0 concurrently",
        "create index items_1_price_idx on public.items_1 concurrently",
        "create index items_price_idx on only public.items and attach 2 partition index(es)",
    ]
    assert [op.transactional for op in plan.operations] == [False, False, True]
    assert QualifiedName("public", "items_1") == plan.operations[1].on


def test_policy_changes_are_alters_and_flagged_for_review():
    table = replace(ITEMS, rls_enabled=True)
    before = Policy("public", "items", "read", "SELECT", roles=("PUBLIC",), using="(price < 10)")
    after = replace(before, using="(price < 100)")
    plan = make_plan(catalog(table, policies=(before,)), catalog(table, policies=(after,)))
    assert descriptions(plan) == ['alter policy "read" on public.items']
    assert plan.operations[0].hazards == {Hazard.WEAKENS_SECURITY}


def test_disabling_rls_weakens_security():
    plan = make_plan(catalog(replace(ITEMS, rls_enabled=True)), catalog(ITEMS))
    assert [h for op in plan.operations for h in op.hazards] == [Hazard.WEAKENS_SECURITY]


def test_security_definer_without_search_path_weakens_security():
    # validate only warns about it (real schemas have such functions): the plan that
    # creates one is what refuses to run unless weakens-security is allowed.
    unsafe = Function("public", "total", (), "integer", "sql", "SELECT 1", security_definer=True)
    safe = replace(unsafe, settings=(("search_path", "''"),))
    assert make_plan(catalog(), catalog(functions=(unsafe,))).operations[0].hazards == {Hazard.WEAKENS_SECURITY}
    assert make_plan(catalog(), catalog(functions=(safe,))).operations[0].hazards == frozenset()


def test_grants_become_grant_and_revoke_of_the_difference():
    before = replace(ITEMS, grants=(Grant("app", ("SELECT", "UPDATE")),))
    after = replace(ITEMS, grants=(Grant("app", ("INSERT", "SELECT")),))
    plan = make_plan(catalog(before), catalog(after))
    assert descriptions(plan) == ["revoke UPDATE on table public.items from app", "grant INSERT on table public.items to app"]
    assert plan.operations[0].hazards == {Hazard.BREAKS_CLIENTS}



def test_a_roles_own_default_privileges_are_all_unless_named():
    # Database-wide, the role keeps all of its own unless a grant to itself says fewer
    # (none at all for types: USAGE is all there is); a schema's entry only adds.
    def defaults(*grants, schema=None, on="tables"):
        return DefaultPrivileges("writer", schema, on, grants)

    kept = Grant("writer", ("DELETE", "INSERT", "REFERENCES", "TRIGGER", "TRUNCATE", "UPDATE"))
    plan = make_plan(catalog(default_privileges=(defaults(),)), catalog(default_privileges=(defaults(kept),)))
    assert descriptions(plan) == ["revoke SELECT on default privileges for role writer on tables from writer"]
    plan = make_plan(catalog(default_privileges=(defaults(kept),)), catalog(default_privileges=(defaults(),)))
    assert descriptions(plan) == ["grant SELECT on default privileges for role writer on tables to writer"]
    created = make_plan(catalog(), catalog(default_privileges=(defaults(Grant("writer", ()), on="types"),)))
    assert render_operation(created.operations[0], RenderContext()) == [  # PUBLIC's USAGE is not kept either
        "ALTER DEFAULT PRIVILEGES FOR ROLE writer REVOKE ALL ON TYPES FROM PUBLIC;",
        "ALTER DEFAULT PRIVILEGES FOR ROLE writer REVOKE ALL ON TYPES FROM writer;",
    ]
    in_schema = defaults(Grant("writer", ("SELECT",)), schema="public")
    plan = make_plan(catalog(), catalog(default_privileges=(in_schema,)))
    assert render_operation(plan.operations[0], RenderContext()) == [
        "ALTER DEFAULT PRIVILEGES FOR ROLE writer IN SCHEMA public GRANT SELECT ON TABLES TO writer;",
    ]

def test_function_body_change_is_a_replace_but_result_change_recreates():
    fn = Function("public", "f", (), "integer", "sql", "SELECT 1")
    plan = make_plan(catalog(functions=(fn,)), catalog(functions=(replace(fn, body="SELECT 2"),)))
    assert descriptions(plan) == ["replace function public.f()"]
    plan = make_plan(catalog(functions=(fn,)), catalog(functions=(replace(fn, returns="bigint"),)))
    assert descriptions(plan) == [
        "drop function public.f() (its result type, argument names, defaults or kind changed)",
        "recreate function public.f()",
    ]


def test_aggregate_keeping_its_signature_and_result_is_replaced_in_place():
    # Inspected aggregates know their result type: CREATE OR REPLACE AGGREGATE keeps it.
    total = Aggregate("public", "total", (Argument("integer"),), "int4pl", "integer", returns="integer")
    moving = replace(total, msfunc="int4pl", minvfunc="int4mi", mstype="integer")
    plan = make_plan(catalog(aggregates=(total,)), catalog(aggregates=(moving,)))
    assert descriptions(plan) == ["alter aggregate public.total(integer)"]
    (sql,) = render_operation(plan.operations[0], RenderContext())
    assert sql.startswith("CREATE OR REPLACE AGGREGATE public.total(integer)")
    assert {"MSFUNC = int4pl", "MSTYPE = integer", "MINVFUNC = int4mi"} <= set(sql.split("(\n  ")[1].split("\n)")[0].split(", "))
    as_text = replace(total, finalfunc="public.as_text", returns="text")
    plan = make_plan(catalog(aggregates=(total,)), catalog(aggregates=(as_text,)))
    assert descriptions(plan) == [
        "drop aggregate public.total(integer) (its definition changed)", "recreate aggregate public.total(integer)",
    ]
    # Without a known result type (a spec not yet through the shadow database), it is recreated.
    plan = make_plan(catalog(aggregates=(replace(total, returns=None),)), catalog(aggregates=(moving,)))
    assert [type(op).__name__ for op in plan.operations] == ["DropObject", "CreateObject"]


def test_aggregate_grants_become_grant_and_revoke_on_the_function():
    total = Aggregate("public", "total", (Argument("integer"),), "int4pl", "integer", returns="integer")
    granted = replace(total, grants=(Grant("app", ("EXECUTE",)),))
    plan = make_plan(catalog(aggregates=(total,)), catalog(aggregates=(granted,)))
    assert [render_operation(op, RenderContext()) for op in plan.operations] == [
        ["REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;"],
        ["GRANT EXECUTE ON FUNCTION public.total(integer) TO app;"],
    ]


def test_attribute_changes_alter_the_function_in_place():
    fn = Function("public", "f", (), "SETOF integer", "sql", "SELECT 1", settings=(("work_mem", "64MB"),))
    tuned = replace(fn, volatility="STABLE", leakproof=True, cost=5.0, rows=20.0, settings=(("search_path", ""), ("work_mem", "64MB")))
    plan = make_plan(catalog(functions=(fn,)), catalog(functions=(tuned,)))
    assert descriptions(plan) == ["alter attributes of function public.f()"]
    assert render_operation(plan.operations[0], RenderContext()) == [
        "ALTER FUNCTION public.f() STABLE LEAKPROOF COST 5 ROWS 20;",
        "ALTER FUNCTION public.f() RESET ALL;",
        "ALTER FUNCTION public.f() SET search_path TO '';",
        "ALTER FUNCTION public.f() SET work_mem TO '64MB';",
    ]
    # Back to the defaults: each attribute is spelled out.
    (back,) = make_plan(catalog(functions=(tuned,)), catalog(functions=(replace(tuned, cost=None, rows=None),))).operations
    assert render_operation(back, RenderContext()) == ["ALTER FUNCTION public.f() COST 100 ROWS 1000;"]
    # Turning into a window function changes the routine's kind: recreated.
    plan = make_plan(catalog(functions=(fn,)), catalog(functions=(replace(fn, window=True),)))
    assert descriptions(plan)[0].startswith("drop function public.f()")


def test_compatible_view_change_is_replaced_in_place_keeping_dependents():
    columns = (("id", "integer"), ("price", "integer"))
    old = replace(CHEAP, columns=columns)
    wider = replace(CHEAP, query=CHEAP.query + " AND items.id > 0", columns=columns + (("name", "text"),))
    dependent = replace(CHEAP_IDS, columns=(("id", "integer"),))
    plan = make_plan(catalog(ITEMS, old, dependent), catalog(ITEMS, wider, dependent))
    assert descriptions(plan) == ["replace view public.cheap_items"]
    # A column renamed or retyped cannot be replaced: the view and its dependents are rebuilt.
    renamed = replace(wider, columns=(("id", "integer"), ("cost", "integer")))
    plan = make_plan(catalog(ITEMS, old, dependent), catalog(ITEMS, renamed, dependent))
    assert descriptions(plan) == [
        "drop view public.cheap_item_ids (depends on View public.cheap_items)",
        "drop view public.cheap_items (its definition changed)",
        "recreate view public.cheap_items",
        "recreate view public.cheap_item_ids",
    ]


def test_plans_are_deterministic():
    one = make_plan(catalog(ITEMS, CHEAP, CHEAP_IDS), catalog())
    two = make_plan(catalog(CHEAP_IDS, CHEAP, ITEMS), catalog())
    assert one == two


def test_identity_sequence_grants_follow_the_identity():
    app = (Grant("app", ("USAGE",)),)
    counted = replace(ITEMS, columns=(Column("id", "integer", nullable=False, identity="always", identity_grants=app),
                                      ITEMS.columns[1]))
    # Changed in place, on the sequence PostgreSQL named, never with an ALTER of the column.
    widened = replace(counted, columns=(replace(counted.columns[0], identity_grants=(Grant("app", ("SELECT", "USAGE")),)),
                                        ITEMS.columns[1]))
    plan = make_plan(catalog(counted), catalog(widened))
    assert descriptions(plan) == ["grant SELECT on the identity sequence of column public.items.id to app"]
    (statement,) = render_operation(plan.operations[0], RenderContext())
    assert "EXECUTE 'GRANT SELECT ON SEQUENCE ' || pg_catalog.pg_get_serial_sequence('public.items', 'id') || ' TO app';" in statement
    # A new identity starts with no grants: granted after it is added.
    plan = make_plan(catalog(ITEMS), catalog(counted))
    assert descriptions(plan) == [
        "alter column id of table public.items: identity", "grant USAGE on the identity sequence of column public.items.id to app",
    ]
    # Its sequence goes with the identity, or the table: nothing to revoke.
    assert descriptions(make_plan(catalog(counted), catalog(ITEMS))) == ["drop identity of column id of table public.items"]
    assert descriptions(make_plan(catalog(counted), catalog())) == ["drop table public.items"]


EVENTS = Table(
    "public", "events", (Column("id", "integer", nullable=False), Column("body", "text", compression="lz4")),
    partition_by=PartitionScheme("list", ("id",)),
)


def partition(name: str, bound: str, **settings) -> Table:
    return Table("public", name, (), partition_of=EVENTS.key, partition_bound=bound, **settings)


def test_partitions_keep_their_compression_when_the_parents_changes():
    # SET COMPRESSION on the parent does not reach its partitions: each is set where its
    # compression, its parent's unless it says otherwise, changes.
    pglz = replace(EVENTS, columns=(EVENTS.columns[0], Column("body", "text", compression="pglz")))
    follows, own = partition("events_1", "FOR VALUES IN (1)"), partition("events_2", "FOR VALUES IN (2)")
    keeps = replace(own, column_compression=(("body", "lz4"),))
    plan = make_plan(catalog(EVENTS, follows, own), catalog(pglz, follows, keeps))
    assert descriptions(plan) == [
        "alter column body of table public.events: compression",
        "set compression of column body of public.events_1 (below its parent) to pglz",
    ]
    assert catalog(pglz, follows, keeps).compression_of(keeps) == {"id": "default", "body": "lz4"}


def test_rebound_partition_is_attached_before_its_parents_new_column():
    # While detached, the partition would not get the parent's ADD COLUMN (nor lose a dropped one).
    wider = replace(EVENTS, columns=(*EVENTS.columns, Column("kind", "text")))
    narrower = replace(EVENTS, columns=EVENTS.columns[:1])
    before, after = partition("events_1", "FOR VALUES IN (1)"), partition("events_1", "FOR VALUES IN (2)")
    assert descriptions(make_plan(catalog(EVENTS, before), catalog(wider, after))) == [
        "detach partition public.events_1 (to attach it with new bounds)",
        "attach partition public.events_1 FOR VALUES IN (2)",
        "add column kind to table public.events",
    ]
    assert descriptions(make_plan(catalog(EVENTS, before), catalog(narrower, after))) == [
        "drop column body of table public.events and its data",
        "detach partition public.events_1 (to attach it with new bounds)",
        "attach partition public.events_1 FOR VALUES IN (2)",
    ]


BASE = Table("public", "base", (Column("id", "integer", nullable=False), Column("n", "integer")))
CHILD = Table("public", "child", (Column("extra", "text"),), inherits=(BASE.key,))


def test_a_child_declaring_an_inherited_column_itself_is_recreated_guarded():
    merged = replace(CHILD, columns=(Column("n", "integer"), Column("extra", "text")))
    # The guard of the drop: each column as (name, declared by the child, handed down), as wanted.
    inherited_only = (("extra", True, False), ("id", False, True), ("n", False, True))
    declared = (("extra", True, False), ("id", False, True), ("n", True, True))
    for old, new, wanted in ((CHILD, merged, (declared, ())), (merged, CHILD, (inherited_only, ()))):
        drops = [op for op in make_plan(catalog(BASE, old), catalog(BASE, new)).operations if isinstance(op, DropObject)]
        assert [(op.obj.name, op.recreate, op.unless_merged) for op in drops] == [("child", True, wanted)]


def test_a_child_keeping_its_own_copy_of_a_column_its_parent_drops_is_left_alone():
    merged = replace(CHILD, columns=(Column("n", "integer"), Column("extra", "text")))
    plan = make_plan(catalog(BASE, merged), catalog(replace(BASE, columns=BASE.columns[:1]), merged))
    assert descriptions(plan) == ["drop column n of table public.base and its data"]
