"""Tablespaces, model versus model (no database): what a move costs and how it is written.
tests/cases/tablespace_* run them on real PostgreSQL (ts_one, ts_two: tests/conftest.py)."""

from __future__ import annotations

from dataclasses import replace

from pglast import parse_sql

from schemadiff.diff.hazards import Hazard
from schemadiff.model import (
    Catalog, Column, Index, IndexElement, PartitionPolicy, PartitionScheme, PrimaryKey, Schema, Table,
)
from schemadiff.plan.planner import make_plan
from schemadiff.render.common import RenderContext
from schemadiff.render.operations import render_operation
from schemadiff.scope import without_lifecycle_partitions
from schemadiff.spec.load import check_spec_text

ROOT = Table("public", "m", (Column("at", "date", nullable=False),), partition_by=PartitionScheme("range", ("at",)))
PART = Table("public", "m_2024", (), partition_of=ROOT.key, partition_bound="FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
PLAIN = Table("public", "logs", (Column("id", "integer"),))
INDEX = Index("public", "logs", "logs_id_idx", (IndexElement(column="id"),))


def catalog(*tables, indexes=()) -> Catalog:
    return Catalog(schemas=(Schema("public"),), tables=tables, indexes=indexes).normalize()


def plan_of(before: Catalog, after: Catalog):
    plan = make_plan(before, after)
    return [(op.describe(), op.hazards, render_operation(op, RenderContext())) for op in plan.operations]


def test_a_move_copies_a_table_or_index_but_not_a_partitioned_table():
    steps = plan_of(catalog(ROOT, PART, PLAIN, indexes=(INDEX,)),
                    catalog(replace(ROOT, tablespace="ts_one"), replace(PART, tablespace="ts_two"),
                            replace(PLAIN, tablespace="ts_one"), indexes=(replace(INDEX, tablespace="ts_two"),)))
    assert sorted((d, h) for d, h, _ in steps) == [
        ("move index public.logs_id_idx to tablespace ts_two (copies it)", {Hazard.LONG_LOCK}),
        ("move table public.logs to tablespace ts_one (copies it)", {Hazard.REWRITES_TABLE, Hazard.LONG_LOCK}),
        ("move table public.m to tablespace ts_one", set()),
        ("move table public.m_2024 to tablespace ts_two (copies it)", {Hazard.REWRITES_TABLE, Hazard.LONG_LOCK}),
    ]
    assert ["ALTER TABLE public.logs SET TABLESPACE ts_one;"] in [sql for _, _, sql in steps]


def test_a_partition_follows_its_parents_tablespace_unless_it_has_its_own():
    # The parent moves (its partitions stay where they are): the partition, which had none
    # of its own, is still in the old one, which it must now name as its own.
    moved = replace(ROOT, tablespace="ts_two")
    assert [d for d, _, _ in plan_of(catalog(replace(ROOT, tablespace="ts_one"), PART),
                                      catalog(moved, replace(PART, tablespace="ts_one")))] == [
        "move table public.m to tablespace ts_two",
    ]
    # Back to the database's default, whichever it is: looked up when the plan runs.
    (step,) = plan_of(catalog(replace(PLAIN, tablespace="ts_one")), catalog(PLAIN))
    assert step[0] == "move table public.logs to tablespace the database's default (copies it)"
    (statement,) = step[2]
    assert "SET TABLESPACE " in statement and "dattablespace" in statement
    parse_sql(statement)


def test_moving_an_index_part_locks_only_where_it_has_files():
    # m_eu is sub-partitioned: its part has no files, only where its new partitions' parts go.
    eu = replace(PART, name="m_eu", partition_by=PartitionScheme("range", ("at",)))
    eu_2024 = Table("public", "m_eu_2024", (), partition_of=eu.key,
                    partition_bound="FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')")
    index = Index("public", "m", "m_at_idx", (IndexElement(column="at"),), tablespace="ts_one")

    def parts(*tablespaces):
        return replace(index, partition_tablespaces=tablespaces)
    before = catalog(ROOT, eu, eu_2024, indexes=(index,))
    (step,) = plan_of(before, catalog(ROOT, eu, eu_2024, indexes=(parts(("m_eu", "ts_two")),)))
    assert step[:2] == ("move the parts of index m_at_idx on public.m on partitions m_eu to their tablespaces", set())
    (step,) = plan_of(before, catalog(ROOT, eu, eu_2024, indexes=(parts(("m_eu_2024", "pg_default")),)))
    assert step[:2] == (
        "move the parts of index m_at_idx on public.m on partitions m_eu_2024 to their tablespaces (copies them)",
        {Hazard.LONG_LOCK},
    )
    (statement,) = step[2]
    assert "SET TABLESPACE" in statement and "'m_eu_2024', 'pg_default'" in statement
    parse_sql(statement)
    # A new partition's part, empty, is moved without a hazard once it is there.
    eu_2025 = replace(eu_2024, name="m_eu_2025", partition_bound="FOR VALUES FROM ('2024-07-01') TO ('2025-01-01')")
    moved = parts(("m_eu", "ts_two"))
    steps = plan_of(catalog(ROOT, eu, eu_2024, indexes=(moved,)), catalog(ROOT, eu, eu_2024, eu_2025, indexes=(moved,)))
    assert [(d, h) for d, h, _ in steps][-1] == (
        "move the parts of index m_at_idx on public.m on partitions m_eu_2025 to their tablespaces", set(),
    )


def test_lifecycle_partitions_parts_are_left_out_of_the_comparison():
    # A spec cannot name the partitions a lifecycle makes, nor so their parts' tablespaces.
    made = replace(PART, name="m_p20240101")
    index = Index("public", "m", "m_at_idx", (IndexElement(column="at"),),
                  partition_tablespaces=(("m_2024", "ts_one"), ("m_p20240101", "ts_two")))
    policies = {ROOT.key: PartitionPolicy("day", 3, "7 days")}
    kept = without_lifecycle_partitions(catalog(ROOT, PART, made, indexes=(index,)), policies)
    assert [t.name for t in kept.tables] == ["m", "m_2024"]
    assert kept.indexes[0].partition_tablespaces == (("m_2024", "ts_one"),)


def test_a_spec_part_in_the_index_tablespace_is_none_of_its_partition_tablespaces():
    # As inspected: only the parts elsewhere are listed, or the plan would never see them equal.
    built, problems = check_spec_text("""\
schemas:
  - name: public
tables:
  - name: m
    columns:
      - {name: at, type: date, nullable: false}
    partition_by: {strategy: range, key: at}
    partitions:
      - {name: m_2024, bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"}
      - {name: m_2025, bound: "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"}
    indexes:
      - columns: [at]
        tablespace: ts_one
        partition_tablespaces: {m_2025: ts_two, m_2024: ts_one}
""")
    assert problems == []
    (index,) = built.indexes
    assert index.partition_tablespaces == (("m_2025", "ts_two"),)


def test_a_keys_parts_move_without_the_key_being_added_again():
    key = PrimaryKey("m_pkey", ("at",), tablespace="ts_one")
    before = catalog(replace(ROOT, constraints=(key,)), PART)
    after = catalog(replace(ROOT, constraints=(replace(key, partition_tablespaces=(("m_2024", "ts_two"),)),)), PART)
    assert [(d, h) for d, h, _ in plan_of(before, after)] == [
        ("move the parts of index m_pkey on public.m on partitions m_2024 to their tablespaces (copies them)",
         {Hazard.LONG_LOCK}),
    ]
