"""What each object of a catalog needs to exist first, read from the model and its SQL.

References inside SQL fragments come from pglast parse trees (spec.fragments). The SQL
inside PL/pgSQL bodies is not checked against the catalog when a function is created, so
it adds no edges, but the types its DECLARE sections use are; SQL-language bodies are
checked, so everything they use is an edge.

A live database says itself what its objects use: `Graph(catalog, live=True)` takes the
edges of pg_depend the inspection read (Catalog.dependencies) instead of parsing, for
every object they cover. pg_depend knows the exact overload a policy calls and the
columns a join's USING compares, which names in deparsed text do not tell. It records
nothing about function bodies, so bodies are parsed on both sides.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import (
    AccessMethod, Aggregate, Cast, Catalog, Collation, Conversion, CronJob, DefaultPrivileges, EventTrigger, Extension,
    ForeignKey,
    Function, Index, MaterializedView, Operator, OperatorClass, OperatorFamily, Policy, Publication,
    QualifiedName, Role, Rule, Schema,
    Sequence, Statistics, Table, TableForeignKey, TextSearchConfiguration, TextSearchDictionary, TextSearchParser,
    TextSearchTemplate, Transform, Trigger, View,
)
from ..model.types import TYPE_KINDS, BaseType, Domain, RangeType, ShellType, referenced_collations, referenced_types
from ..model.catalog import node_key
from ..model.database import DATABASE_KINDS, ForeignDataWrapper, ForeignServer, Language, Subscription, UserMapping
from ..model.objects import OBJECT_KINDS
from ..quote import qualified
from ..spec import fragments
from .graph import Node, cycles

# Tie-breakers for objects that could go in either order. Roles, schemas and extensions
# always come first; the rest follows the graph.
RANK = {
    Role: 0, Schema: 1, Extension: 2, Sequence: 3, Table: 4, Function: 5, View: 6,
    MaterializedView: 7, Index: 8, Trigger: 9, Policy: 10, CronJob: 11,
    **{kind: 3 for kind in TYPE_KINDS},  # before the tables and functions that use them
    ShellType: 2.9,  # before a base type's input and output functions
    # Collations before the tables whose columns use them; aggregates, operators and casts
    # right after the functions they call; statistics with the indexes.
    Collation: 2.5, TextSearchParser: 2.55, TextSearchTemplate: 2.56, TextSearchDictionary: 2.6,
    TextSearchConfiguration: 2.7, Conversion: 5.15,
    Aggregate: 5.1, Operator: 5.2, Cast: 5.3, Transform: 5.35, OperatorFamily: 5.4, OperatorClass: 5.5, Statistics: 8.5,
    # Publications after their tables. Default privileges last: the objects a plan creates
    # get exactly the grants they declare (None for a routine: EXECUTE for PUBLIC), not
    # what new default privileges would give them.
    EventTrigger: 9.5, Rule: 9.6,
    Publication: 10.5, Subscription: 10.6, DefaultPrivileges: 12,
    # Wrappers after their handler functions, servers after them, foreign tables after those.
    ForeignDataWrapper: 5.6, ForeignServer: 5.7, UserMapping: 5.8,
    Language: 5.05,  # after its handler functions, before the functions written in it (by dependency)
    TableForeignKey: 8.7,  # after the indexes it may need, as pg_dump adds them
    AccessMethod: 2.8,  # before the tables, materialized views and operator classes of its kind
}
DEFAULT_SEARCH_PATH = ("public",)


class Resolver:
    """Resolve names used in SQL to the catalog's objects, the way search_path would."""

    def __init__(self, catalog: Catalog):
        self.relations: dict[tuple[str, str], str] = {}
        for kind in (catalog.tables, catalog.views, catalog.materialized_views, catalog.sequences):
            for obj in kind:
                self.relations[(obj.schema, obj.name)] = node_key(obj)
        self.text_search = {  # by (kind, schema, name): the objects dictionaries and configurations name
            (type(o), o.schema, o.name): node_key(o)
            for kind in (catalog.text_search_dictionaries, catalog.text_search_parsers, catalog.text_search_templates)
            for o in kind
        }
        self.types = {(t.schema, t.name): node_key(t) for t in catalog.types}
        self.functions: dict[tuple[str, str], list[str]] = {}
        for fn in (*catalog.functions, *catalog.aggregates):  # views and defaults call aggregates too
            self.functions.setdefault((fn.schema, fn.name), []).append(node_key(fn))
        self.key_indexes = _unique_key_indexes(catalog)
        self.catalog = catalog
        self.indexes_on: dict[QualifiedName, list[str]] = {}
        for index in catalog.indexes:
            self.indexes_on.setdefault(index.table_key, []).append(node_key(index))

    def language(self, name: str) -> set[str]:
        """Return the node of the procedural language `name`, if the catalog has it."""
        return {f"Language {name}"} if any(lang.name == name for lang in self.catalog.languages) else set()

    def routine_language(self, fn: Function) -> set[str]:
        """Return the nodes of `fn`'s language and of its language's transforms for the types
        it asks for, takes or returns (PostgreSQL records a use of each of those)."""
        types = {*fn.transforms, *(a.type for a in fn.arguments), fn.returns}
        wanted = {(t, fn.language) for t in types}
        return self.language(fn.language) | {node_key(t) for t in self.catalog.transforms if t.key in wanted}

    def ancestor_indexes(self, index: Index) -> set[str]:
        """Return the indexes of the partitioned tables above `index`'s table (none unless
        it is a partition's own index).

        They come first: CREATE INDEX on a partitioned table takes a partition's index of the
        same definition as its part instead of building one, and the partition's own index
        would be gone.
        """
        table = self.catalog.relation(index.schema, index.table)
        if not isinstance(table, Table):
            return set()
        return {node for above in self.catalog.partition_chain(table)[:-1] for node in self.indexes_on.get(above.key, ())}

    def partitions_below(self, table: QualifiedName) -> set[str]:
        """Return the partitions of `table`, at any depth."""
        return {node_key(partition) for partition in self.catalog.partitions_below(table)}

    def foreign_key_indexes(self, table: Table) -> set[str]:
        """Return the standalone unique indexes the foreign keys of `table` rely on.

        A foreign key needs a unique index on exactly its referenced columns: a primary
        key's or unique constraint's (created with the table), or a standalone unique index
        (plain columns, no WHERE), which must then exist before the foreign key and go after
        it. The table's own indexes are left out: they cannot exist before it.
        """
        found = set()
        for fk in table.constraints:
            if isinstance(fk, ForeignKey) and fk.references != table.key:
                found |= self.key_index(fk)
        return found

    def text_search_objects(self, names) -> set[str]:
        """Return the nodes of the user-defined text search objects named by (kind, text) pairs;
        an unqualified name is looked up in public (pg_catalog's are not nodes)."""
        found = set()
        for kind, text in names:
            schema, name = fragments.parse_object_name(text)
            key = self.text_search.get((kind, schema or DEFAULT_SEARCH_PATH[0], name))
            found |= {key} if key else set()
        return found

    def key_index(self, fk: ForeignKey) -> set[str]:
        """Return the standalone unique index (if any) on exactly what `fk` references."""
        wanted = frozenset(fk.referenced_columns)
        return {key for columns, key in self.key_indexes.get(fk.references, ()) if columns == wanted}

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
        self.soft: set[str] = set()  # the nodes only a routine's body needs (Node.soft)

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
    """Return one graph node per object of `catalog`, with its dependencies (and one per
    foreign key that closes a cycle: see Graph.split_cycles)."""
    graph = Graph(catalog)
    graph.split_cycles(list(graph.objects))
    return [graph.node(key) for key in graph.objects]


class Graph:
    """The dependency nodes of one catalog, each built (its SQL parsed) when first needed.

    A plan touches a few objects of a big catalog: it orders those and what they depend
    on (closure), and looks for what depends on the few it rebuilds (dependents), without
    parsing every view and function of the catalog.
    """

    def __init__(self, catalog: Catalog, live: bool = False):
        self.resolver = Resolver(catalog)
        self.managed_schemas = {s.name for s in catalog.schemas}
        self.objects = {node_key(obj): obj for obj in _objects(catalog)}  # in build_nodes order
        self._nodes: dict[str, Node] = {}
        self._words: dict[tuple, tuple] = {}
        self._recorded = _recorded_uses(catalog) if live else {}
        self._users: dict[str, list[str]] | None = None  # used -> nodes recording it, when asked
        self.split: dict[tuple[QualifiedName, str], str] = {}  # (table, foreign key) -> its own node
        self._io: dict[str, set[str]] | None = None  # see _io_functions

    def node(self, key: str) -> Node | None:
        """Return the node of the object with this key, or None when the catalog has none."""
        found = self._nodes.get(key)
        if found is None and key in self.objects:
            recorded = self._recorded.get(key)
            obj = self.objects[key]
            if recorded is None:
                found = _node(obj, self.resolver, self.managed_schemas)
            else:
                found = _recorded_node(obj, recorded, self.resolver, self.managed_schemas)
            if isinstance(obj, DefaultPrivileges):
                # After every other object (see RANK): their own grants are what the catalog says.
                found.depends_on |= {k for k, o in self.objects.items() if not isinstance(o, DefaultPrivileges)}
            self._shell_first(obj, found)
            self._nodes[key] = found
        return found

    def _shell_first(self, obj, node: Node) -> None:
        """Break the cycle between a base type and its functions as pg_dump does: the
        type needs its shell and its functions; a function the type calls that takes or
        returns the type needs only the shell (see model.types.ShellType)."""
        if isinstance(obj, BaseType):
            node.depends_on.add(node_key(ShellType(obj.schema, obj.name)))
        elif isinstance(obj, Function):
            for base in [d for d in node.depends_on if d in self._io_functions().get(node.key, ())]:
                node.depends_on.discard(base)
                node.depends_on.add(node_key(ShellType(self.objects[base].schema, self.objects[base].name)))

    def io_functions(self, base_type: str) -> set[str]:
        """Return the nodes of the functions the base type of node `base_type` calls."""
        return {f for f, types in self._io_functions().items() if base_type in types}

    def _io_functions(self) -> dict[str, set[str]]:
        """Return {function node: the base type nodes that call it}."""
        if self._io is None:
            self._io = {}
            for key, obj in self.objects.items():
                if isinstance(obj, BaseType):
                    for function in Uses(self.resolver).functions(*obj.functions()).nodes:
                        self._io.setdefault(function, set()).add(key)
        return self._io

    def closure(self, keys) -> list[Node]:
        """Return the nodes of `keys` and of everything they depend on, transitively.

        Sorting only these gives them the same relative order as sorting the whole graph
        (graph.creation_order): what becomes ready among them depends on them alone.
        """
        seen: set[str] = set()
        stack = [key for key in keys if key in self.objects]
        while stack:
            key = stack.pop()
            if key in seen:
                continue
            seen.add(key)
            stack.extend(d for d in self.node(key).depends_on if d in self.objects and d not in seen)
        return [self.node(key) for key in self.objects if key in seen]

    def split_cycles(self, keys) -> dict[tuple[QualifiedName, str], str]:
        """Give every foreign key that closes a cycle among the closure of `keys` a node of
        its own; return {(table key, constraint name): its node} of all split so far.

        Two tables referencing each other cannot each be created before the other: as
        pg_dump does, such a foreign key is added once both tables exist, and (its node
        depending on both) dropped before either goes. A foreign key between two members of
        one strongly connected component lies on a cycle; the others stay in CREATE TABLE
        (a self-reference is no edge). Every cycle through a node lies inside its closure,
        so the split does not depend on which keys are asked for. A cycle left once the
        foreign keys are out loses the routine-body uses on it (_release_bodies); one left
        after that (through defaults alone) is still reported.
        """
        for component in cycles(self.closure(keys)):
            for key in sorted(component):
                table = self.objects[key]
                if not isinstance(table, Table):
                    continue
                inside = [
                    c for c in table.constraints if isinstance(c, ForeignKey) and c.references != table.key
                    and self.resolver.relation(c.references.schema, c.references.name, ()) <= component
                ]
                if inside:
                    self._split_table(key, table, inside)
        self._release_bodies(keys)
        return self.split

    def _release_bodies(self, keys) -> None:
        """Drop the soft uses (routine bodies) that lie on a cycle the foreign keys left.

        Routines that call each other (overloads of one name among them: a body names a
        routine, not an overload) form such cycles; nothing needs one created before the
        other. Each edge between members of one component lies on a cycle, so all of them go.
        """
        for component in cycles(self.closure(keys)):
            for key in sorted(component):
                node = self.node(key)
                inside = node.soft & component
                if inside:
                    self._nodes[key] = replace(node, depends_on=node.depends_on - inside, soft=node.soft - inside)

    def _split_table(self, key: str, table: Table, foreign_keys: list[ForeignKey]) -> None:
        old = self.node(key)
        stripped = replace(table, constraints=tuple(c for c in table.constraints if c not in foreign_keys))
        released = set()
        for fk in foreign_keys:
            uses = self.resolver.relation(fk.references.schema, fk.references.name, ()) | self.resolver.key_index(fk)
            step = TableForeignKey(table.key, fk)
            node = node_key(step)
            self.objects[node] = step
            self._nodes[node] = Node(node, RANK[TableForeignKey], step, uses | {key})
            self.split[(table.key, fk.name)] = node
            released |= uses
        # What the table still needs for other reasons (a column of the other's row type,
        # inheritance) stays: the stripped table's own parse says what that is.
        needed = _node(stripped, self.resolver, self.managed_schemas).depends_on
        self.objects[key] = stripped
        self._nodes[key] = Node(key, old.rank, stripped, old.depends_on - (released - needed), old.columns)

    def dependents(self, key: str, kinds: tuple) -> set[str]:
        """Return the keys of the objects of `kinds` whose nodes depend on `key`.

        Only objects whose text could name `key` are parsed: an object depends on a table
        or function only through its name, written plainly (it then appears, case-folded,
        as a word of the text) or quoted (the same, unless it holds characters outside
        words) or as a U& escape (texts with one are always parsed). On a live graph,
        pg_depend may also record uses the text does not name (a cast's function): the
        objects that recorded `key` are candidates too.
        """
        if kinds not in self._words:
            self._words[kinds] = _word_index((k, o) for k, o in self.objects.items() if isinstance(o, kinds))
        words, always = self._words[kinds]
        obj = self.objects.get(key)
        name = (getattr(obj, "name", None) or "").casefold()  # an unnamed cron job's is None
        if isinstance(obj, (Role, Schema, Extension, CronJob)) or not _WORD.fullmatch(name or "-"):
            candidates = [k for k, o in self.objects.items() if isinstance(o, kinds)]
        else:
            # pg_depend also records users outside the comparison (lifecycle partitions) or of other kinds.
            recorded = [k for k in self._recorded_users().get(key, []) if isinstance(self.objects.get(k), kinds)]
            candidates = words.get(name, []) + always + recorded
        return {k for k in candidates if key in self.node(k).depends_on}

    def partitions(self, key: str) -> list[str]:
        """Return the nodes of the partitions of the table of node `key`, sorted (a DROP
        TABLE drops them with it)."""
        table = self.objects.get(key)
        if not isinstance(table, Table):
            return []
        below = self.resolver.catalog.partitions_below(table.key)
        return sorted(node_key(p) for p in below if p.partition_of == table.key)

    def recorded_users(self, key: str) -> set[str]:
        """Return the nodes pg_depend records use node `key` (model objects or not)."""
        return set(self._recorded_users().get(key, ()))

    def recorded_uses(self, key: str) -> set[str]:
        """Return what pg_depend records node `key` uses, a model object or not (the index
        of a constraint); nothing on a graph that is not live."""
        return set(self._recorded.get(key, ((), ()))[0])

    def member_users(self, schema: str, kinds: tuple) -> set[str]:
        """Return the keys of the objects of `kinds` that use an object of `schema` the
        catalog has none for: an extension's member there (an operator class an index
        names), since members are not modelled objects."""
        prefix = f"{schema}."
        return {
            k for k, o in self.objects.items() if isinstance(o, kinds) and any(
                used not in self.objects and used.partition(" ")[2].startswith(prefix) for used in self.node(k).depends_on
            )
        }

    def _recorded_users(self) -> dict[str, list[str]]:
        if self._users is None:
            self._users = {}
            for node, (uses, _columns) in self._recorded.items():
                for used in uses:
                    self._users.setdefault(used, []).append(node)
        return self._users


_WORD = re.compile(r"\w+")


def _word_index(keyed_objects):
    """Return ({case-folded word: keys of the objects whose text has it}, keys always parsed)."""
    words: dict[str, list[str]] = {}
    always = []
    for key, obj in keyed_objects:
        text = " ".join(t for t in _texts(obj) if t).casefold()
        if "u&" in text:
            always.append(key)
        for word in set(_WORD.findall(text)):
            words.setdefault(word, []).append(key)
    return words, always


def _texts(obj):
    """Return the SQL and the names that _node resolves for one object."""
    if isinstance(obj, View):
        return (obj.query,)
    if isinstance(obj, MaterializedView):
        return (obj.query, obj.access_method)
    if isinstance(obj, Function):
        return (obj.body, obj.language, obj.returns, *(arg.default for arg in obj.arguments), *(arg.type for arg in obj.arguments))
    if isinstance(obj, Index):
        return (obj.table, obj.where, obj.method, *(e.expression for e in obj.elements),
                *(e.opclass for e in obj.elements))
    if isinstance(obj, Trigger):
        return (obj.table, obj.when, obj.function.name, obj.from_table and obj.from_table.name)
    if isinstance(obj, Policy):
        return (obj.table, obj.using, obj.with_check)
    if isinstance(obj, Table):  # what its columns and checks can call or be of (not its parents), its server
        return (obj.server, obj.access_method, *(t for c in obj.columns for t in (c.default, c.generated, c.type)),
                *(getattr(k, "expression", None) for k in obj.constraints))
    if isinstance(obj, (*OBJECT_KINDS.values(), *DATABASE_KINDS.values())):
        return (repr(obj),)  # every name it holds, whatever the field
    raise TypeError(f"no text index for {type(obj).__name__}")


def _objects(catalog: Catalog):
    yield from catalog.roles
    yield from catalog.schemas
    yield from catalog.extensions
    yield from catalog.sequences
    yield from catalog.types
    yield from (ShellType(t.schema, t.name) for t in catalog.types if isinstance(t, BaseType))
    yield from catalog.tables
    yield from catalog.functions
    yield from catalog.views
    yield from catalog.materialized_views
    yield from catalog.indexes
    yield from catalog.triggers
    yield from catalog.policies
    yield from catalog.cron_jobs
    for kind in (*OBJECT_KINDS, *DATABASE_KINDS):
        yield from getattr(catalog, kind)


def _node(obj, resolver: Resolver, managed_schemas: set[str]) -> Node:
    """Return the node of one object: what its definition needs to exist first."""
    uses = Uses(resolver)
    schema = getattr(obj, "schema", None)
    extra = ()
    if isinstance(obj, (Role, Schema)):
        schema = None
    elif isinstance(obj, TYPE_KINDS):
        uses.types(*referenced_types(obj))
        uses.nodes |= {f"Collation {c}" for c in referenced_collations(obj)}
        if isinstance(obj, Domain):
            uses.expressions(obj.default, *(c.expression for c in obj.checks))
        if isinstance(obj, RangeType):
            for function in (obj.canonical, obj.subtype_diff):
                if function:
                    function_schema, _, name = function.rpartition(".")
                    uses.nodes |= resolver.function(function_schema or None, name, DEFAULT_SEARCH_PATH)
            if obj.subtype_opclass:  # a range's subtype operator class is always a btree one
                uses.nodes |= _operator_class_nodes([obj.subtype_opclass], "btree")
        if isinstance(obj, BaseType):
            uses.functions(*obj.functions())
    elif isinstance(obj, Table):
        if obj.partition_of:
            uses.relation(obj.partition_of.schema, obj.partition_of.name)
        for parent in obj.inherits:
            uses.relation(parent.schema, parent.name)
        if obj.of_type:
            uses.types(qualified(obj.of_type.schema, obj.of_type.name))
        if obj.partition_by and obj.partition_by.expression:
            uses.nodes |= _partition_key_nodes(obj.partition_by, uses)
        for column in obj.columns:
            uses.expressions(column.default, column.generated).types(column.type)
            if isinstance(column.collation, QualifiedName):
                uses.nodes.add(f"Collation {column.collation}")
        for constraint in obj.constraints:
            if isinstance(constraint, ForeignKey):
                uses.relation(constraint.references.schema, constraint.references.name)
            uses.expressions(getattr(constraint, "expression", None))
        uses.nodes |= resolver.foreign_key_indexes(obj)
        extra = _server(obj) + _access_method(obj)
    elif isinstance(obj, Function):
        uses.expressions(*(arg.default for arg in obj.arguments))
        uses.types(obj.returns, *(arg.type for arg in obj.arguments))
        if obj.support:
            uses.functions(obj.support)
        uses.nodes |= resolver.routine_language(obj)
        _body_uses(uses, obj)
    elif isinstance(obj, (View, MaterializedView)):
        uses.add(fragments.parse_query(obj.query))
        extra = _access_method(obj)
    elif isinstance(obj, Index):
        uses.relation(obj.schema, obj.table)
        uses.expressions(obj.where, *(e.expression for e in obj.elements))
        uses.columns |= {e.column for e in obj.elements if e.column} | set(obj.include)
        uses.nodes |= _operator_classes(obj) | resolver.ancestor_indexes(obj) | set(_access_method(obj))
        uses.nodes |= {f"Collation {e.collation}" for e in obj.elements if isinstance(e.collation, QualifiedName)}
        if obj.partition_tablespaces:  # its parts are moved once every partition has its part
            uses.nodes |= resolver.partitions_below(obj.table_key)
    elif isinstance(obj, Trigger):
        uses.relation(obj.schema, obj.table).expressions(obj.when)
        if obj.partition_states:  # set on the clones once every partition has its clone
            uses.nodes |= resolver.partitions_below(QualifiedName(obj.schema, obj.table))
        if obj.from_table:
            uses.relation(obj.from_table.schema, obj.from_table.name)
        uses.nodes |= resolver.function(obj.function.schema, obj.function.name, ())
        uses.columns |= set(obj.update_columns)
    elif isinstance(obj, Policy):
        uses.relation(obj.schema, obj.table).expressions(obj.using, obj.with_check)
    elif isinstance(obj, CronJob):
        uses.add(fragments.parse_statements(obj.command))
        schema, extra = None, ("Extension pg_cron",)
    else:
        schema, extra = _object_uses(obj, uses, resolver)
    deps = uses.nodes | set(extra)
    deps.discard(node_key(obj))  # recursion and self-references are not dependencies
    if schema in managed_schemas:
        deps.add(f"Schema {schema}")
    return Node(node_key(obj), RANK[type(obj)], obj, deps, frozenset(uses.columns), frozenset(uses.soft & deps))


def _server(table: Table) -> tuple[str, ...]:
    """Return the node of a foreign table's server (nothing for other tables)."""
    return (f"ForeignServer {table.server}",) if table.foreign else ()


def _access_method(obj) -> tuple[str, ...]:
    """Return the node of the access method a table, materialized view or index uses (one
    of the catalog's, if any: PostgreSQL's own and an extension's are no nodes). pg_depend
    records a table's, but depends.sql reads no access method."""
    name = obj.method if isinstance(obj, Index) else getattr(obj, "access_method", None)  # a view has none
    return (f"AccessMethod {name}",) if name else ()


def _operator_classes(index: Index) -> set[str]:
    """Return the nodes of the operator classes an index names (a user-defined one is rebuilt with it)."""
    return _operator_class_nodes([e.opclass for e in index.elements if e.opclass], index.method)


def _partition_key_nodes(scheme, uses: Uses) -> set[str]:
    """Add what a partition key's text calls to `uses`; return the nodes of the collations
    and operator classes it names (unqualified: built in, or of the default schema)."""
    uses.add(fragments.parse_partition_key(scheme.expression))
    collations, opclasses = fragments.partition_key_classes(scheme.expression)
    method = "hash" if scheme.strategy == "hash" else "btree"
    return ({f"Collation {schema}.{name}" for schema, name in collations if schema}
            | {f"OperatorClass {schema or DEFAULT_SEARCH_PATH[0]}.{name} using {method}" for schema, name in opclasses})


def _operator_class_nodes(names, method: str) -> set[str]:
    """Return the nodes of operator classes of access method `method`, named as SQL names them."""
    found = set()
    for text in names:
        schema, name = fragments.parse_object_name(text)
        found.add(f"OperatorClass {schema or DEFAULT_SEARCH_PATH[0]}.{name} using {method}")
    return found


def _object_uses(obj, uses: Uses, resolver: Resolver):
    """Add what an object of model/objects.py or model/database.py uses; return (its
    schema or None, nodes it needs that Uses does not find)."""
    schema, extra = getattr(obj, "schema", None), set()
    if isinstance(obj, Statistics):
        uses.relation(obj.table.schema, obj.table.name).expressions(*obj.expressions)
        uses.columns |= set(obj.columns)
    elif isinstance(obj, Aggregate):
        uses.functions(*obj.functions()).types(obj.stype, obj.mstype, *obj.identity_arguments)
    elif isinstance(obj, Operator):
        uses.functions(obj.function, obj.restrict, obj.join).types(obj.left, obj.right)
    elif isinstance(obj, Cast):
        uses.functions(obj.function).types(obj.source, obj.target)
    elif isinstance(obj, Transform):
        uses.functions(obj.from_sql, obj.to_sql).types(obj.type)
        extra |= resolver.language(obj.language)
    elif isinstance(obj, (OperatorFamily, OperatorClass)):
        uses.functions(*(f.function for f in obj.functions))
        extra.add(f"AccessMethod {obj.method}")
        for m in obj.operators:
            extra.add(f"Operator {m.operator.schema or DEFAULT_SEARCH_PATH[0]}.{m.operator.name}({m.left}, {m.right})")
        if isinstance(obj, OperatorClass):
            uses.types(obj.type)
            family = obj.family or QualifiedName(obj.schema, obj.name)
            extra.add(f"OperatorFamily {family} using {obj.method}")
    elif isinstance(obj, TextSearchConfiguration):
        names = [(TextSearchParser, obj.parser)]
        names += [(TextSearchDictionary, text) for _, dictionaries in obj.mappings for text in dictionaries]
        extra |= resolver.text_search_objects(names)
    elif isinstance(obj, TextSearchDictionary):
        extra |= resolver.text_search_objects([(TextSearchTemplate, obj.template)])
    elif isinstance(obj, (Conversion, TextSearchParser, TextSearchTemplate)):
        uses.functions(*obj.functions())
    elif isinstance(obj, Rule):
        uses.relation(obj.schema, obj.table).expressions(obj.where)
        for action in obj.actions:
            uses.add(fragments.parse_statements(action))
    elif isinstance(obj, EventTrigger):
        extra |= resolver.function(obj.function.schema, obj.function.name, ())
    elif isinstance(obj, (ForeignDataWrapper, Language)):
        uses.functions(*(str(f) for f in obj.functions()))
    elif isinstance(obj, AccessMethod):
        uses.functions(str(obj.handler))
    elif isinstance(obj, ForeignServer):
        extra.add(f"ForeignDataWrapper {obj.wrapper}")
    elif isinstance(obj, UserMapping):
        extra.add(f"ForeignServer {obj.server}")
        extra |= {f"Role {obj.user}"} if obj.user != "PUBLIC" else set()
    elif isinstance(obj, Publication):
        for table in obj.tables:
            uses.relation(table.schema, table.name).expressions(table.where)
            uses.columns |= set(table.columns)
        extra |= {f"Schema {s}" for s in obj.schemas}
    return schema, extra


def expression_uses(catalog: Catalog, table: Table) -> dict[tuple[str, str], set[str]]:
    """Return {("column" | "constraint", name): nodes its default or CHECK expression uses}."""
    resolver = Resolver(catalog)
    found = {}
    for column in table.columns:
        if column.default:
            found[("column", column.name)] = Uses(resolver).expressions(column.default).nodes
    for constraint in table.constraints:
        if getattr(constraint, "expression", None):
            found[("constraint", constraint.name)] = Uses(resolver).expressions(constraint.expression).nodes
    return found


def _recorded_uses(catalog: Catalog) -> dict[str, tuple[set[str], set[str]]]:
    """Return node -> (nodes, columns) pg_depend records it uses (none for a spec)."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for edge in catalog.dependencies:
        nodes, columns = found.setdefault(edge.node, (set(), set()))
        nodes.add(edge.uses)
        if edge.column is not None:
            columns.add(edge.column)
    return found


def _recorded_node(obj, recorded, resolver: Resolver, managed_schemas: set[str]) -> Node:
    """Return the node of an object whose dependencies pg_depend recorded."""
    uses = Uses(resolver)
    uses.nodes |= recorded[0]
    uses.columns |= recorded[1]
    if isinstance(obj, Function):
        uses.nodes |= resolver.routine_language(obj)  # depends.sql reads no language nor transform
        _body_uses(uses, obj)  # not in pg_depend
    if isinstance(obj, Table):
        uses.nodes |= resolver.foreign_key_indexes(obj)  # recorded on the constraint, not the table
        uses.nodes |= set(_server(obj))  # depends.sql reads no server
    if isinstance(obj, (Table, MaterializedView, Index)):
        uses.nodes |= set(_access_method(obj))  # nor an access method
    if isinstance(obj, Index):
        uses.nodes |= _operator_classes(obj) | resolver.ancestor_indexes(obj)  # not in pg_depend
    if isinstance(obj, (Index, Policy, Trigger)):
        uses.relation(obj.schema, obj.table)  # depends.sql leaves out what the model says
    deps = uses.nodes - {node_key(obj)}
    if obj.schema in managed_schemas:
        deps.add(f"Schema {obj.schema}")
    return Node(node_key(obj), RANK[type(obj)], obj, deps, frozenset(uses.columns), frozenset(uses.soft & deps))


def _body_uses(uses: Uses, fn: Function) -> None:
    """Add what a function's body names, as soft uses (Node.soft) unless its signature
    needs them too. Call it last: what the definition adds afterwards is not soft.

    A SQL-standard body is bound when it is created, under the creating session's path
    (not the routine's own SET search_path, which applies when it runs): what it names is
    a hard use."""
    if fn.standard_body:
        uses.add(fragments.parse_standard_body(fn.body))
        return
    before = set(uses.nodes)
    if fn.language == "sql":
        uses.add(fragments.parse_sql_body(fn.body), _search_path(fn))
    elif fn.language == "plpgsql":
        uses.add(fragments.plpgsql_declared_types(fn.body), _search_path(fn))
    uses.soft |= uses.nodes - before


def _unique_key_indexes(catalog: Catalog) -> dict:
    """Return {table key: [(columns, node key)]} of the unique indexes a foreign key can use."""
    found: dict = {}
    for index in catalog.indexes:
        if index.unique and index.where is None and all(e.column for e in index.elements):
            found.setdefault(index.table_key, []).append((frozenset(e.column for e in index.elements), node_key(index)))
    return found


def _search_path(fn: Function) -> tuple[str, ...]:
    value = fn.setting("search_path")
    if value is None:
        return DEFAULT_SEARCH_PATH
    return tuple(s.strip().strip('"') for s in value.split(",") if s.strip())
