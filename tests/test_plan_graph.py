"""The planner's dependency graph is built lazily; these hold it to the whole graph's answers."""

from __future__ import annotations

import itertools
from dataclasses import fields, replace

import pytest

from schemadiff.model import (
    Attribute, Catalog, Column, CompositeType, ForeignKey, Function, Index, Policy, PrimaryKey, QualifiedName, Schema, Table, TableForeignKey, View,
)
from schemadiff.model.tables import IndexElement
from schemadiff.plan.dependencies import Graph, build_nodes
from schemadiff.plan.graph import creation_order
from schemadiff.plan.planner import _REBUILT_WITH_OTHERS, _REBUILT_WITH_TABLE
from schemadiff.plan.source_text import SpecText, reparseable, reparseable_catalog
from schemadiff.render.lifecycle import with_lifecycle
from schemadiff.spec.load import load_spec

PUBLIC = Schema("public")
# Names the word index must not miss: mixed case (quoted), a word that only matches
# case-folded, a name written with a U& escape, a name that is not one word.
MIXED = Table("public", "MixedCase", (Column("id", "integer"),))
PLAIN = Table("public", "orders", (Column("id", "integer"), Column("total", "integer")))
ESCAPED = Table("public", "data", (Column("id", "integer"),))
SPACED = Table("public", "two words", (Column("id", "integer"),))
VIEWS = (
    View("public", "v_mixed", 'SELECT "MixedCase".id FROM public."MixedCase"'),
    View("public", "v_upper", "SELECT ORDERS.total FROM PUBLIC.ORDERS"),
    View("public", "v_escaped", 'SELECT 1 AS one FROM public.U&"d\\0061ta"'),
    View("public", "v_spaced", 'SELECT 1 AS one FROM public."two words"'),
    View("public", "v_nested", "SELECT v_upper.total FROM public.v_upper"),
)
TOTAL = Function("public", "order_total", (), "integer", "sql", "SELECT sum(total) FROM public.orders")
SMALL = Catalog(
    schemas=(PUBLIC,),
    tables=(MIXED, PLAIN, ESCAPED, SPACED),
    views=VIEWS,
    functions=(TOTAL,),
    indexes=(Index("public", "orders", "orders_total_idx", (IndexElement(column="total"),)),),
    policies=(Policy("public", "orders_positive", "orders", using="public.order_total() > 0"),),
).normalize()


@pytest.fixture(scope="module")
def flagship(repo_root) -> Catalog:
    return with_lifecycle(load_spec(repo_root / "schema.yaml"))


@pytest.mark.parametrize("kinds", [_REBUILT_WITH_OTHERS, _REBUILT_WITH_TABLE])
def test_dependents_are_what_the_whole_graph_says(flagship, kinds):
    for catalog in (SMALL, flagship):
        nodes = build_nodes(catalog)
        graph = Graph(catalog)
        for key in [n.key for n in nodes] + ["Table public.no_such_table"]:
            expected = {n.key for n in nodes if key in n.depends_on and isinstance(n.obj, kinds)}
            assert graph.dependents(key, kinds) == expected, key


def test_the_small_catalog_has_the_dependencies_the_word_index_could_miss():
    graph = Graph(SMALL)
    for table, view in (("MixedCase", "v_mixed"), ("orders", "v_upper"), ("data", "v_escaped"), ("two words", "v_spaced")):
        assert f"View public.{view}" in graph.dependents(f"Table public.{table}", _REBUILT_WITH_OTHERS)


def test_sorting_a_closure_keeps_the_whole_graphs_order(flagship):
    for catalog in (SMALL, flagship):
        full = [n.key for n in creation_order(build_nodes(catalog))]
        graph = Graph(catalog)
        keys = list(graph.objects)
        # Subsets of every size, spread over the catalog, deterministic.
        for step, start in itertools.product((1, 3, 7, 19), (0, 1, 2)):
            chosen = keys[start::step]
            closure = graph.closure(chosen)
            assert set(chosen) <= {n.key for n in closure}
            for node in closure:  # dependency-closed
                assert {d for d in node.depends_on if d in graph.objects} <= {n.key for n in closure}
            inside = {n.key for n in closure}
            assert [n.key for n in creation_order(closure)] == [k for k in full if k in inside]


def test_spec_text_reparses_lazily_what_reparseable_catalog_rewrites(flagship):
    eager = SpecText(reparseable_catalog(flagship))
    lazy = SpecText(flagship, reparseable)
    for obj in (*flagship.tables, *flagship.policies, *flagship.indexes, *flagship.views):
        assert lazy.object(obj) == eager.object(obj)
    for table in flagship.tables:
        for part in (*table.columns, *table.constraints):
            assert lazy.part(table.key, part) == eager.part(table.key, part)


def test_catalog_sort_keys_are_the_keys_repr(flagship):
    # Catalog.normalize sorts by a text built faster than repr: it must be the same text.
    from schemadiff.model.catalog import key_text

    kinds = [getattr(flagship, f.name) for f in fields(flagship) if f.name != "renames"]
    objects = [o for kind in kinds if isinstance(kind, tuple) for o in kind]
    assert len(objects) > 50
    for obj in (*objects, *SMALL.views):
        assert key_text(obj.key) == repr(obj.key)
    assert key_text(("a",)) == repr(("a",)) and key_text(()) == repr(())


def test_dependents_on_a_live_graph_include_uses_only_pg_depend_records():
    # pg_depend can record a use the text does not name (a cast's function): the word
    # index alone would miss it.
    from schemadiff.model.catalog import Dependency

    used = "Function public.order_total()"
    live = replace(SMALL, dependencies=(Dependency("View public.v_spaced", used),))
    whole = Graph(live, live=True)
    nodes = [whole.node(key) for key in whole.objects]
    graph = Graph(live, live=True)
    for key in [n.key for n in nodes]:
        expected = {n.key for n in nodes if key in n.depends_on and isinstance(n.obj, _REBUILT_WITH_OTHERS)}
        assert graph.dependents(key, _REBUILT_WITH_OTHERS) == expected, key
    assert "View public.v_spaced" in graph.dependents(used, _REBUILT_WITH_OTHERS)


def test_fingerprint_digests_the_catalogs_whole_repr(flagship):
    # fingerprint() hashes repr(catalog) one object at a time: it must be the same text, so a
    # plan written by an earlier version still matches its database.
    import hashlib

    from schemadiff.plan.planner import _repr_pieces, fingerprint

    one_table = Catalog(tables=(PLAIN,))  # a kind of one object prints as (x,)
    for catalog in (flagship.normalize(), SMALL, one_table, Catalog()):
        assert "".join(_repr_pieces(catalog)) == repr(catalog)
        assert fingerprint(catalog) == hashlib.sha256(repr(catalog).encode()).hexdigest()[:16]
    assert fingerprint(flagship) != fingerprint(SMALL)


def test_column_text_is_kept_per_object_and_stays_the_dataclass_text():
    # Columns keep their repr (model/__init__.py): the text must be the dataclass's own, per
    # object (an equal or changed copy has its own), and the kept texts stay bounded.
    from schemadiff import model

    def dataclass_text(column):
        shown = ", ".join(f"{f.name}={getattr(column, f.name)!r}" for f in fields(column) if f.repr)
        return f"Column({shown})"

    column = Column("id", "integer", default="0")
    changed = replace(column, nullable=False)
    for c in (column, column, changed, replace(changed), column):
        assert repr(c) == dataclass_text(c)
    assert repr(changed) != repr(column)
    for n in range(model._COLUMN_REPRS_MAX + 10):
        repr(Column(f"c{n}", "text"))
    assert len(model._COLUMN_REPRS) <= model._COLUMN_REPRS_MAX
    assert repr(column) == dataclass_text(column)


def _table(name, *references):
    """A table public.<name> with an id key and one foreign key per referenced table."""
    keys = tuple(
        ForeignKey(f"{name}_{other}_fkey", (f"{other}_id",), QualifiedName("public", other), ("id",)) for other in references
    )
    columns = (Column("id", "integer", nullable=False), *(Column(f"{other}_id", "integer") for other in references))
    return Table("public", name, columns, (PrimaryKey(f"{name}_pkey", ("id",)), *keys))


def test_only_the_foreign_keys_of_a_cycle_get_steps_of_their_own():
    # a <-> b is a cycle, c -> a is not, d references itself.
    catalog = Catalog(schemas=(PUBLIC,), tables=(_table("a", "b"), _table("b", "a"), _table("c", "a"), _table("d", "d")))
    nodes = creation_order(build_nodes(catalog))
    order = [n.key for n in nodes]
    assert order == [
        "Schema public", "Table public.a", "Table public.b", "Table public.c", "Table public.d",
        "ForeignKey a_b_fkey on public.a", "ForeignKey b_a_fkey on public.b",
    ]
    tables = {n.obj.name: n.obj for n in nodes if isinstance(n.obj, Table)}
    assert [c.name for c in tables["a"].constraints] == ["a_pkey"]  # created without its key
    assert [c.name for c in tables["c"].constraints] == ["c_pkey", "c_a_fkey"]  # outside the cycle: inline
    assert [c.name for c in tables["d"].constraints] == ["d_pkey", "d_d_fkey"]  # a self-reference is no cycle
    step = nodes[-1].obj
    assert isinstance(step, TableForeignKey) and step.table == QualifiedName("public", "b")


def test_splitting_a_closure_splits_what_the_whole_graph_splits():
    ring = (_table("a", "c"), _table("b", "a"), _table("c", "b"), _table("e", "a"))
    catalog = Catalog(schemas=(PUBLIC,), tables=ring)
    whole = Graph(catalog).split_cycles(list(Graph(catalog).objects))
    part = Graph(catalog)
    part.split_cycles(["Table public.e"])  # e is outside the ring, but the ring is in its closure
    assert part.split == whole
    assert sorted(name for _, name in whole) == ["a_c_fkey", "b_a_fkey", "c_b_fkey"]


def test_a_typed_table_needs_its_type_whatever_the_names_hold():
    # The type's name, quoted or holding a dot, must resolve to the type's node.
    composite = CompositeType("ty.pes", "Address", (Attribute("street", "text"),))
    table = Table("public", "places", (Column("street", "text"),), of_type=QualifiedName("ty.pes", "Address"))
    catalog = Catalog(schemas=(PUBLIC, Schema("ty.pes")), types=(composite,), tables=(table,))
    nodes = {n.key: n for n in build_nodes(catalog)}
    assert "CompositeType ty.pes.Address" in nodes["Table public.places"].depends_on


def test_a_standard_body_needs_what_it_names_and_a_string_body_only_softly():
    # PostgreSQL binds a SQL-standard body when it is created: the order must hold; a
    # string body is checked when it runs, so its uses give way to a cycle.
    standard = Function("public", "peak", (), "integer", "sql", "RETURN (SELECT max(total) FROM public.orders)",
                        standard_body=True)
    nodes = {n.key: n for n in build_nodes(replace(SMALL, functions=(TOTAL, standard)).normalize())}
    peak, total = nodes["Function public.peak()"], nodes["Function public.order_total()"]
    assert "Table public.orders" in peak.depends_on - peak.soft
    assert {"total"} <= peak.columns
    assert "Table public.orders" in total.soft
