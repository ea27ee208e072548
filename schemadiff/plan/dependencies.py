"""What each object of a catalog needs to exist first, read from the model and its SQL.

References inside SQL fragments come from pglast parse trees (spec.fragments). PL/pgSQL
bodies are not checked against the catalog when a function is created, so they add no
edges; SQL-language bodies are, so they do.
"""

from __future__ import annotations

from ..model import (
    Catalog, CronJob, Extension, ForeignKey, Function, Index, MaterializedView, Policy, Role,
    Schema, Sequence, Table, Trigger, View,
)
from ..model.catalog import node_key
from ..spec import fragments
from .graph import Node

# Tie-breakers for objects that could go in either order. Roles, schemas and extensions
# always come first; the rest follows the graph.
RANK = {
    Role: 0, Schema: 1, Extension: 2, Sequence: 3, Table: 4, Function: 5, View: 6,
    MaterializedView: 7, Index: 8, Trigger: 9, Policy: 10, CronJob: 11,
}
DEFAULT_SEARCH_PATH = ("public",)


class Resolver:
    """Resolve names used in SQL to the catalog's objects, the way search_path would."""

    def __init__(self, catalog: Catalog):
        self.relations: dict[tuple[str, str], str] = {}
        for kind in (catalog.tables, catalog.views, catalog.materialized_views, catalog.sequences):
            for obj in kind:
                self.relations[(obj.schema, obj.name)] = node_key(obj)
        self.functions: dict[tuple[str, str], list[str]] = {}
        for fn in catalog.functions:
            self.functions.setdefault((fn.schema, fn.name), []).append(node_key(fn))

    def relation(self, schema, name, path) -> set[str]:
        for candidate in ([schema] if schema else path):
            key = self.relations.get((candidate, name))
            if key:
                return {key}
        return set()

    def function(self, schema, name, path) -> set[str]:
        for candidate in ([schema] if schema else path):
            keys = self.functions.get((candidate, name))
            if keys:
                return set(keys)
        return set()

    def references(self, refs: fragments.References, path=DEFAULT_SEARCH_PATH) -> set[str]:
        found = set()
        for schema, name in refs.relations:
            found |= self.relation(schema, name, path)
        for schema, name in refs.functions:
            found |= self.function(schema, name, path)
        return found


def _expression_refs(resolver: Resolver, *texts) -> set[str]:
    found = set()
    for text in texts:
        if text:
            found |= resolver.references(fragments.parse_expression(text))
    return found


def build_nodes(catalog: Catalog) -> list[Node]:
    """Return one graph node per object of `catalog`, with its dependencies."""
    resolver = Resolver(catalog)
    managed_schemas = {s.name for s in catalog.schemas}
    nodes = []

    def add(obj, depends_on=(), schema=None):
        deps = set(depends_on)
        if schema in managed_schemas:
            deps.add(f"Schema {schema}")
        nodes.append(Node(node_key(obj), RANK[type(obj)], obj, deps))

    for obj in catalog.roles:
        add(obj)
    for obj in catalog.schemas:
        add(obj)
    for obj in catalog.extensions:
        add(obj, schema=obj.schema)
    for obj in catalog.sequences:
        add(obj, schema=obj.schema)
    for table in catalog.tables:
        deps = set()
        if table.partition_of:
            deps |= resolver.relation(table.partition_of.schema, table.partition_of.name, ())
        for column in table.columns:
            deps |= _expression_refs(resolver, column.default, column.generated)
        for constraint in table.constraints:
            if isinstance(constraint, ForeignKey) and constraint.references != table.key:
                deps |= resolver.relation(constraint.references.schema, constraint.references.name, ())
            deps |= _expression_refs(resolver, getattr(constraint, "expression", None))
        add(table, deps, table.schema)
    for fn in catalog.functions:
        deps = set()
        if fn.language == "sql":
            path = _search_path(fn)
            deps |= resolver.references(fragments.parse_statements(fn.body), path)
            deps.discard(node_key(fn))  # recursion is not a dependency
        for arg in fn.arguments:
            deps |= _expression_refs(resolver, arg.default)
        add(fn, deps, fn.schema)
    for view in (*catalog.views, *catalog.materialized_views):
        add(view, resolver.references(fragments.parse_query(view.query)), view.schema)
    for index in catalog.indexes:
        deps = resolver.relation(index.schema, index.table, ())
        deps |= _expression_refs(resolver, index.where, *(e.expression for e in index.elements))
        add(index, deps, index.schema)
    for trigger in catalog.triggers:
        deps = resolver.relation(trigger.schema, trigger.table, ())
        deps |= resolver.function(trigger.function.schema, trigger.function.name, ())
        add(trigger, deps, trigger.schema)
    for policy in catalog.policies:
        deps = resolver.relation(policy.schema, policy.table, ())
        deps |= _expression_refs(resolver, policy.using, policy.with_check)
        add(policy, deps, policy.schema)
    for job in catalog.cron_jobs:
        deps = {"Extension pg_cron"} | resolver.references(fragments.parse_statements(job.command))
        add(job, deps)
    return nodes


def _search_path(fn: Function) -> tuple[str, ...]:
    value = fn.setting("search_path")
    if value is None:
        return DEFAULT_SEARCH_PATH
    return tuple(s.strip().strip('"') for s in value.split(",") if s.strip())
