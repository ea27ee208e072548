"""Access methods and the tables using them, model versus model (no database): order,
hazards, SQL, and what a plan refuses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from schemadiff.diff.hazards import Hazard
from schemadiff.errors import SchemadiffError
from schemadiff.model import AccessMethod, Catalog, Column, MaterializedView, QualifiedName, Schema, Table
from schemadiff.plan.planner import make_plan
from schemadiff.render.common import RenderContext
from schemadiff.render.operations import render_operation

HEAP2 = AccessMethod("heap2", "table", QualifiedName("pg_catalog", "heap_tableam_handler"))
EVENTS = Table("public", "events", (Column("id", "integer"),), access_method="heap2")
EVENT_IDS = MaterializedView("public", "event_ids", "SELECT events.id FROM public.events", access_method="heap2")


def catalog(*objects) -> Catalog:
    return Catalog(
        schemas=(Schema("public"),),
        access_methods=tuple(o for o in objects if isinstance(o, AccessMethod)),
        tables=tuple(o for o in objects if isinstance(o, Table)),
        materialized_views=tuple(o for o in objects if isinstance(o, MaterializedView)),
    ).normalize()


def sql(plan) -> list[str]:
    return [s for op in plan.operations for s in render_operation(op, RenderContext())]


def test_access_method_is_created_before_its_users_and_dropped_after_them():
    plan = make_plan(catalog(), catalog(EVENT_IDS, EVENTS, HEAP2))
    assert [op.describe() for op in plan.operations] == [
        "create access method heap2", "create table public.events", "create materialized view public.event_ids",
    ]
    statements = sql(plan)
    assert "CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER pg_catalog.heap_tableam_handler;" in statements[0]
    assert statements[1].startswith("CREATE TABLE IF NOT EXISTS public.events (\n  id integer\n) USING heap2;")
    assert any(s.startswith("CREATE MATERIALIZED VIEW IF NOT EXISTS public.event_ids USING heap2 AS") for s in statements)
    dropped = make_plan(catalog(EVENT_IDS, EVENTS, HEAP2), catalog())
    assert [op.describe() for op in dropped.operations][-1] == "drop access method heap2"


def test_moving_to_another_access_method_rewrites_in_place():
    plan = make_plan(catalog(EVENT_IDS, EVENTS, HEAP2),
                     catalog(replace(EVENT_IDS, access_method=None), replace(EVENTS, access_method=None)))
    # The access method is dropped last: only once nothing uses it any more.
    assert [op.describe() for op in plan.operations] == [
        "move table public.events to access method heap (rewrites it)",
        "move materialized view public.event_ids to access method heap (rewrites it)",
        "drop access method heap2",
    ]
    assert sql(plan)[:2] == [
        "ALTER TABLE public.events SET ACCESS METHOD heap;",
        "ALTER MATERIALIZED VIEW public.event_ids SET ACCESS METHOD heap;",
    ]
    assert all({Hazard.REWRITES_TABLE, Hazard.LONG_LOCK} <= op.hazards for op in plan.operations[:2])


def test_recreating_an_access_method_a_table_uses_is_refused():
    other = replace(HEAP2, handler=QualifiedName("public", "my_handler"))
    with pytest.raises(SchemadiffError, match="access method heap2 must be dropped and created again.*table public.events"):
        make_plan(catalog(EVENTS, HEAP2), catalog(EVENTS, other))
    # Unused, it is simply created again.
    assert [op.describe() for op in make_plan(catalog(HEAP2), catalog(other)).operations] == [
        "drop access method heap2 (its definition changed)", "recreate access method heap2",
    ]


def test_a_materialized_view_goes_and_comes_back_with_its_recreated_access_method():
    other = replace(HEAP2, handler=QualifiedName("public", "my_handler"))
    view = MaterializedView("public", "numbers", "SELECT 1 AS n", access_method="heap2")
    plan = make_plan(catalog(view, HEAP2), catalog(view, other))
    assert [op.describe() for op in plan.operations] == [
        "drop materialized view public.numbers (depends on AccessMethod heap2)",
        "drop access method heap2 (its definition changed)", "recreate access method heap2",
        "recreate materialized view public.numbers",
    ]
