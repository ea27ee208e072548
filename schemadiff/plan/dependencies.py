"""What each object of a catalog needs to exist first, read from the model and its SQL.

References inside SQL fragments come from pglast parse trees (spec.fragments). PL/pgSQL
bodies are not checked against the catalog when a function is created, so they add no
edges; SQL-language bodies are, so they do.
"""

from __future__ import annotations

from ..model import (
    Aggregate, Cast, Catalog, Collation, CronJob, DefaultPrivileges, EventTrigger, Extension, ForeignKey,
    Function, Index, MaterializedView, Operator, OperatorClass, OperatorFamily, Policy, Publication,
    QualifiedName, Role, Rule, Schema,
    Sequence, Statistics, Table, TextSearchConfiguration, TextSearchDictionary, Trigger, View,
)
from ..model.types import TYPE_KINDS, Domain, RangeType, referenced_types
from ..model.catalog import node_key
from ..spec import fragments
from .graph import Node

# Tie-breakers for objects that could go in either order. Roles, schemas and extensions
# always come first; the rest follows the graph.
RANK = {
    Role: 0, Schema: 1, Extension: 2, Sequence: 3, Table: 4, Function: 5, View: 6,
    MaterializedView: 7, Index: 8, Trigger: 9, Policy: 10, CronJob: 11,
    **{kind: 3 for kind in TYPE_KINDS},  # before the tables and functions that use them
    # Collations before the tables whose columns use them; aggregates, operators and casts
    # right after the functions they call; statistics with the indexes.
    Collation: 2.5, TextSearchDictionary: 2.6, TextSearchConfiguration: 2.7,
    Aggregate: 5.1, Operator: 5.2, Cast: 5.3, OperatorFamily: 5.4, OperatorClass: 5.5, Statistics: 8.5,
    # Publications after their tables. Default privileges last: the objects a plan creates
    # get exactly the grants they declare (None for a routine: EXECUTE for PUBLIC), not
    # what new default privileges would give them.
    EventTrigger: 9.5, Rule: 9.6, Publication: 10.5, DefaultPrivileges: 12,
}
DEFAULT_SEARCH_PATH = ("public",)


class Resolver:
    """Resolve names used in SQL to the catalog's objects, the way search_path would."""

    def __init__(self, catalog: Catalog):
        self.relations: dict[tuple[str, str], str] = {}
        for kind in (catalog.tables, catalog.views, catalog.materialized_views, catalog.sequences):
            for obj in kind:
                self.relations[(obj.schema, obj.name)] = node_key(obj)
        self.dictionaries = {(d.schema, d.name): node_key(d) for d in catalog.text_search_dictionaries}
        self.types = {(t.schema, t.name): node_key(t) for t in catalog.types}
        self.functions: dict[tuple[str, str], list[str]] = {}
        for fn in (*catalog.functions, *catalog.aggregates):  # views and defaults call aggregates too
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

    def type(self, schema, name, path) -> set[str]:
        """Resolve a type name: a user-defined type, or a relation's row type."""
        for candidate in ([schema] if schema else path):
            key = self.types.get((candidate, name)) or self.relations.get((candidate, name))
            if key:
                return {key}
        return set()

    def references(self, refs: fragments.References, path=DEFAULT_SEARCH_PATH) -> set[str]:
        found = set()
        for schema, name in refs.types:
            found |= self.type(schema, name, path)
        for schema, name in refs.relations:
            found |= self.relation(schema, name, path)
        for schema, name in refs.functions:
            found |= self.function(schema, name, path)
        return found


class Uses:
    """What one object's definition refers to: graph nodes, and column names it mentions."""

    def __init__(self, resolver: Resolver):
        self.resolver = resolver
        self.nodes: set[str] = set()
        self.columns: set[str] = set()

    def add(self, refs: fragments.References, path=DEFAULT_SEARCH_PATH) -> "Uses":
        self.nodes |= self.resolver.references(refs, path)
        self.columns |= refs.columns
        return self

    def expressions(self, *texts) -> "Uses":
        for text in texts:
            if text:
                self.add(fragments.parse_expression(text))
        return self

    def types(self, *texts) -> "Uses":
        """Add the user-defined types that type texts (`status[]`, `SETOF t`) name."""
        for text in texts:
            if text:
                try:
                    self.add(fragments.type_references(text))
                except fragments.FragmentError:
                    pass  # reported by the syntax check
        return self

    def relation(self, schema, name) -> "Uses":
        self.nodes |= self.resolver.relation(schema, name, ())
        return self

    def functions(self, *names) -> "Uses":
        """Add routines named as `regproc` / `regprocedure` text ('public.f', 'public.f(integer)')."""
        for text in names:
            if text:
                schema, name = fragments.parse_object_name(text)
                self.nodes |= self.resolver.function(schema, name, DEFAULT_SEARCH_PATH)
        return self


def build_nodes(catalog: Catalog) -> list[Node]:
    """Return one graph node per object of `catalog`, with its dependencies."""
    resolver = Resolver(catalog)
    managed_schemas = {s.name for s in catalog.schemas}
    nodes = []

    def add(obj, uses: Uses | None = None, schema=None, extra=()):
        deps = set(uses.nodes if uses else ()) | set(extra)
        deps.discard(node_key(obj))  # recursion and self-references are not dependencies
        if schema in managed_schemas:
            deps.add(f"Schema {schema}")
        columns = frozenset(uses.columns) if uses else frozenset()
        nodes.append(Node(node_key(obj), RANK[type(obj)], obj, deps, columns))

    for obj in (*catalog.roles, *catalog.schemas):
        add(obj)
    for obj in (*catalog.extensions, *catalog.sequences):
        add(obj, schema=obj.schema)
    for obj in catalog.types:
        uses = Uses(resolver).types(*referenced_types(obj))
        if isinstance(obj, Domain):
            uses.expressions(obj.default, *(c.expression for c in obj.checks))
        if isinstance(obj, RangeType):
            for function in (obj.canonical, obj.subtype_diff):
                if function:
                    schema, _, name = function.rpartition(".")
                    uses.nodes |= resolver.function(schema or None, name, DEFAULT_SEARCH_PATH)
        add(obj, uses, obj.schema)
    for table in catalog.tables:
        uses = Uses(resolver)
        if table.partition_of:
            uses.relation(table.partition_of.schema, table.partition_of.name)
        for column in table.columns:
            uses.expressions(column.default, column.generated).types(column.type)
            if isinstance(column.collation, QualifiedName):
                uses.nodes.add(f"Collation {column.collation}")
        for constraint in table.constraints:
            if isinstance(constraint, ForeignKey):
                uses.relation(constraint.references.schema, constraint.references.name)
            uses.expressions(getattr(constraint, "expression", None))
        add(table, uses, table.schema)
    for fn in catalog.functions:
        uses = Uses(resolver).expressions(*(arg.default for arg in fn.arguments))
        uses.types(fn.returns, *(arg.type for arg in fn.arguments))
        if fn.language == "sql":
            uses.add(fragments.parse_statements(fn.body), _search_path(fn))
        add(fn, uses, fn.schema)
    for view in (*catalog.views, *catalog.materialized_views):
        add(view, Uses(resolver).add(fragments.parse_query(view.query)), view.schema)
    for index in catalog.indexes:
        uses = Uses(resolver).relation(index.schema, index.table)
        uses.expressions(index.where, *(e.expression for e in index.elements))
        uses.columns |= {e.column for e in index.elements if e.column} | set(index.include)
        for element in index.elements:
            if element.opclass:  # a user-defined operator class: rebuilt with it
                schema, name = fragments.parse_object_name(element.opclass)
                uses.nodes.add(f"OperatorClass {schema or DEFAULT_SEARCH_PATH[0]}.{name} using {index.method}")
        add(index, uses, index.schema)
    for trigger in catalog.triggers:
        uses = Uses(resolver).relation(trigger.schema, trigger.table).expressions(trigger.when)
        uses.nodes |= resolver.function(trigger.function.schema, trigger.function.name, ())
        uses.columns |= set(trigger.update_columns)
        add(trigger, uses, trigger.schema)
    for policy in catalog.policies:
        uses = Uses(resolver).relation(policy.schema, policy.table).expressions(policy.using, policy.with_check)
        add(policy, uses, policy.schema)
    for stats in catalog.statistics:
        uses = Uses(resolver).relation(stats.table.schema, stats.table.name).expressions(*stats.expressions)
        uses.columns |= set(stats.columns)
        add(stats, uses, stats.schema)
    for agg in catalog.aggregates:
        uses = Uses(resolver).functions(*agg.functions()).types(agg.stype, *agg.identity_arguments)
        add(agg, uses, agg.schema)
    for op in catalog.operators:
        add(op, Uses(resolver).functions(op.function, op.restrict, op.join).types(op.left, op.right), op.schema)
    for cast in catalog.casts:
        add(cast, Uses(resolver).functions(cast.function).types(cast.source, cast.target))
    for collation in catalog.collations:
        add(collation, schema=collation.schema)
    operators = {(o.schema, o.name, o.left or "NONE", o.right): node_key(o) for o in catalog.operators}
    for obj in (*catalog.operator_families, *catalog.operator_classes):
        uses = Uses(resolver).functions(*(f.function for f in obj.functions))
        for m in obj.operators:
            found = operators.get((m.operator.schema or DEFAULT_SEARCH_PATH[0], m.operator.name, m.left, m.right))
            uses.nodes |= {found} if found else set()
        if isinstance(obj, OperatorClass):
            uses.types(obj.type)
            family = obj.family or QualifiedName(obj.schema, obj.name)
            uses.nodes.add(f"OperatorFamily {family} using {obj.method}")
        add(obj, uses, obj.schema)
    for dictionary in catalog.text_search_dictionaries:
        add(dictionary, schema=dictionary.schema)
    for config in catalog.text_search_configurations:
        uses = Uses(resolver)
        for _, dictionaries in config.mappings:
            for text in dictionaries:
                schema, name = fragments.parse_object_name(text)
                found = resolver.dictionaries.get((schema or DEFAULT_SEARCH_PATH[0], name))
                uses.nodes |= {found} if found else set()
        add(config, uses, config.schema)
    for rule in catalog.rules:
        uses = Uses(resolver).relation(rule.schema, rule.table).expressions(rule.where)
        for action in rule.actions:
            uses.add(fragments.parse_statements(action))
        add(rule, uses, rule.schema)
    for trigger in catalog.event_triggers:
        add(trigger, Uses(resolver), extra=resolver.function(trigger.function.schema, trigger.function.name, ()))
    for publication in catalog.publications:
        uses = Uses(resolver)
        for table in publication.tables:
            uses.relation(table.schema, table.name).expressions(table.where)
            uses.columns |= set(table.columns)
        add(publication, uses, extra={f"Schema {s}" for s in publication.schemas})
    for job in catalog.cron_jobs:
        add(job, Uses(resolver).add(fragments.parse_statements(job.command)), extra={"Extension pg_cron"})
    # After every other object (see RANK): their own grants are what the catalog says.
    others = {node.key for node in nodes}
    for defaults in catalog.default_privileges:
        add(defaults, schema=defaults.schema, extra=others)
    return nodes


def _search_path(fn: Function) -> tuple[str, ...]:
    value = fn.setting("search_path")
    if value is None:
        return DEFAULT_SEARCH_PATH
    return tuple(s.strip().strip('"') for s in value.split(",") if s.strip())
