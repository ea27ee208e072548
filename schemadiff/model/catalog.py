"""The whole described database: one tuple per object kind, each sorted by key."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import cached_property

from .base import Origin, QualifiedName, origin_field
from .cluster import CronJob, Extension, ExtensionMember, Policy, Role, Schema, Sequence
from .database import (
    DATABASE_KINDS, AccessMethod, DefaultPrivileges, EventTrigger, ForeignDataWrapper, ForeignServer, Language, Publication,
    Subscription, UserMapping,
)
from .owners import Ownership
from .objects import (
    OBJECT_KINDS, Aggregate, Cast, Collation, Conversion, Operator, OperatorClass, OperatorFamily, Rule, Statistics,
    TextSearchConfiguration, TextSearchDictionary, TextSearchParser, TextSearchTemplate, Transform,
)
from .routines import Function, MaterializedView, View
from .tables import Index, Table, TableForeignKey, Trigger
from .types import UserType


@dataclass(frozen=True, order=True)
class Rename:
    """A spec's `renamed_from`: rename `old` to `new` instead of dropping and creating."""

    kind: str  # "table" | "column" | "index" | "constraint" | "policy" | "enum label"
    schema: str
    old: str
    new: str
    table: str | None = None  # the table a column, constraint or policy belongs to (its new name),
    # or the enum type of a label


@dataclass(frozen=True, order=True, slots=True)
class Dependency:
    """One edge of a live database's pg_depend: object `node` uses `uses` (both graph
    node names, see node_name), and through it `column`, if the edge is on a column."""

    node: str
    uses: str
    column: str | None = None


@dataclass(frozen=True)
class Catalog:
    platform: str | None = None  # e.g. "supabase": its objects are external, never managed
    roles: tuple[Role, ...] = ()
    schemas: tuple[Schema, ...] = ()
    extensions: tuple[Extension, ...] = ()
    types: tuple[UserType, ...] = ()  # enums, composite and range types, domains
    sequences: tuple[Sequence, ...] = ()
    tables: tuple[Table, ...] = ()
    indexes: tuple[Index, ...] = ()
    views: tuple[View, ...] = ()
    materialized_views: tuple[MaterializedView, ...] = ()
    functions: tuple[Function, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    policies: tuple[Policy, ...] = ()
    cron_jobs: tuple[CronJob, ...] = ()
    statistics: tuple[Statistics, ...] = ()
    aggregates: tuple[Aggregate, ...] = ()
    operators: tuple[Operator, ...] = ()
    casts: tuple[Cast, ...] = ()
    transforms: tuple[Transform, ...] = ()
    collations: tuple[Collation, ...] = ()
    conversions: tuple[Conversion, ...] = ()
    text_search_parsers: tuple[TextSearchParser, ...] = ()
    text_search_templates: tuple[TextSearchTemplate, ...] = ()
    text_search_dictionaries: tuple[TextSearchDictionary, ...] = ()
    text_search_configurations: tuple[TextSearchConfiguration, ...] = ()
    rules: tuple[Rule, ...] = ()
    operator_families: tuple[OperatorFamily, ...] = ()
    operator_classes: tuple[OperatorClass, ...] = ()
    event_triggers: tuple[EventTrigger, ...] = ()
    access_methods: tuple[AccessMethod, ...] = ()
    publications: tuple[Publication, ...] = ()
    default_privileges: tuple[DefaultPrivileges, ...] = ()
    foreign_data_wrappers: tuple[ForeignDataWrapper, ...] = ()
    foreign_servers: tuple[ForeignServer, ...] = ()
    user_mappings: tuple[UserMapping, ...] = ()
    languages: tuple[Language, ...] = ()
    subscriptions: tuple[Subscription, ...] = ()
    owners: tuple[Ownership, ...] = ()  # see model.owners: only the owners that are managed
    # A spec's top-level `owner:`, the owner of every object it does not say otherwise of.
    owner: str | None = field(default=None, compare=False)
    owner_origin: Origin | None = origin_field()  # where the spec says it
    renames: tuple[Rename, ...] = field(default=(), compare=False)
    # What the objects of an inspected database use, from pg_depend (sorted); empty for a
    # spec. It follows from the objects themselves, so it is neither compared nor printed.
    dependencies: tuple[Dependency, ...] = field(default=(), compare=False, repr=False)

    def normalize(self) -> "Catalog":
        """Return a copy with every collection sorted by object key."""
        if self.__dict__.get("_normalized"):
            return self  # already sorted: a catalog is immutable, replace() makes a new one
        changes = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple) and f.name not in ("renames", "dependencies"):
                changes[f.name] = tuple(sorted(value, key=_sort_key))
        normalized = replace(self, **changes)
        normalized.__dict__["_normalized"] = True
        return normalized

    def schema_names(self) -> list[str]:
        """Return the schemas this catalog manages: declared ones and those its objects use."""
        names = {s.name for s in self.schemas}
        for kind in (self.types, self.sequences, self.tables, self.views, self.materialized_views, self.functions,
                     self.statistics, self.aggregates, self.operators, self.collations, self.conversions,
                     self.text_search_parsers, self.text_search_templates, self.text_search_dictionaries, self.text_search_configurations,
                     self.operator_families, self.operator_classes):
            names |= {obj.schema for obj in kind}
        return sorted(names)

    def partitions_by_parent(self) -> dict:
        """Return {parent table key: [its partitions]} for the partitions this catalog lists."""
        return {parent: list(partitions) for parent, partitions in self._partitions_by_parent.items()}

    def ancestors(self, parents):
        """Yield the tables `parents` (INHERITS) name and their own parents, each once, nearest first."""
        seen: set = set()
        queue = list(parents)
        while queue:
            key = queue.pop(0)
            parent = self.relation(key.schema, key.name)
            if key in seen or not isinstance(parent, Table):
                continue
            seen.add(key)
            yield parent
            queue += list(parent.inherits)

    def partitions_below(self, key: QualifiedName) -> list[Table]:
        """Return the partitions of table `key` at every depth, each followed by its own."""
        found = []
        for partition in self._partitions_by_parent.get(key, ()):
            found += [partition, *self.partitions_below(partition.key)]
        return found

    @cached_property
    def _partitions_by_parent(self) -> dict:
        found: dict = {}
        for table in self.tables:
            if table.partition_of is not None:
                found.setdefault(table.partition_of, []).append(table)
        return found

    def compression_of(self, table: Table) -> dict[str, str]:
        """Return {column: "pglz" | "lz4" | "default"} as the columns of `table` have it: a
        partition's own (column_compression) where it has one, else its parent's; an
        inheritance child's likewise for the columns it only inherits (its first parent's)."""
        return self._down_the_tree(table, lambda root: {c.name: c.compression or "default" for c in root.columns},
                                   lambda partition: partition.column_compression, inherited=True)

    def storage_of(self, table: Table) -> dict[str, str]:
        """Return {column: "plain" | "external" | "extended" | "main"} as the columns of `table`
        have it: a partition's own (column_storage) where it has one, else its parent's; an
        inheritance child's likewise for the columns it only inherits (its first parent's)."""
        return self._down_the_tree(table, lambda root: {c.name: c.storage or c.type_storage for c in root.columns},
                                   lambda partition: partition.column_storage, inherited=True)

    def defaults_of(self, table: Table) -> dict[str, str | None]:
        """Return {column: DEFAULT expression or None} as the columns of `table` have it: a
        partition's own (column_defaults) where it has one, else its parent's."""
        return self._down_the_tree(table, lambda root: {c.name: c.default for c in root.columns if c.generated is None},
                                   lambda partition: partition.column_defaults)

    def not_null_of(self, table: Table) -> dict[str, bool]:
        """Return {column: NOT NULL or not} as the columns of `table` have it: NOT NULL where
        its parent's is, or where it is a partition's own (not_null_columns)."""
        return self._down_the_tree(table, lambda root: {c.name: not c.nullable for c in root.columns},
                                   lambda partition: dict.fromkeys(partition.not_null_columns, True))

    def root_of(self, table: Table) -> Table:
        """Return the table at the top of a partition's tree (its columns are the partition's);
        `table` itself when it is no partition of a table this catalog holds."""
        return self.partition_chain(table)[0]

    def _down_the_tree(self, table: Table, at_root, own, inherited: bool = False, seen: frozenset = frozenset()) -> dict:
        """Return a per-column setting of `table`: the root's (`at_root`), overridden by
        each partition's own (`own`) from the root down to `table`. `inherited`: a root that
        is an inheritance child starts from its parents' (the first one's wins, as CREATE
        TABLE ... INHERITS copies it) and has its own (`own`) for the columns it only inherits."""
        root, *below = self.partition_chain(table)
        settings = {}
        if inherited and root.inherits and root.key not in seen:
            for key in reversed(root.inherits):
                if isinstance(parent := self.relation(key.schema, key.name), Table):
                    settings.update(self._down_the_tree(parent, at_root, own, True, seen | {root.key}))
            settings.update(at_root(root))
            settings.update(own(root))
        else:
            settings = at_root(root)
        for partition in below:
            settings.update(own(partition))
        return settings

    def partition_chain(self, table: Table) -> list[Table]:
        """Return `table` and the partitioned tables of this catalog above it, root first."""
        chain = [table]
        while chain[-1].partition_of is not None and isinstance(
                parent := self.relation(chain[-1].partition_of.schema, chain[-1].partition_of.name), Table):
            chain.append(parent)
        return chain[::-1]

    def relation(self, schema: str, name: str):
        """Return the table, view or materialized view with this name, if any."""
        return self._relations.get((schema, name))

    @cached_property
    def _relations(self) -> dict:
        # Computed once per (immutable) catalog: checks look relations up many times.
        found = {}
        for kind in (self.materialized_views, self.views, self.tables):  # tables win, as before
            found.update(((obj.schema, obj.name), obj) for obj in kind)
        return found


def _sort_key(obj) -> str:
    return key_text(obj.key)


def key_text(key) -> str:
    """Return repr(key), without the recursion guard of dataclasses' generated __repr__
    (a third of the time of sorting a big catalog). The same text: the same order."""
    if type(key) is QualifiedName:
        return f"QualifiedName(schema={key.schema!r}, name={key.name!r})"
    if type(key) is tuple:
        inner = ", ".join(map(key_text, key))
        return f"({inner},)" if len(key) == 1 else f"({inner})"
    return repr(key)


def node_key(obj) -> str:
    """Return the object's name in dependency graphs and plans, e.g. 'Table public.users'."""
    cls = type(obj)
    spell = _NODE_SPELLINGS.get(cls)
    if spell is None:  # once per class: the isinstance chain was a fifth of an inspection's owners
        spell = _NODE_SPELLINGS[cls] = _node_spelling(cls)
    return spell(obj)


_NODE_SPELLINGS: dict = {}


def _node_spelling(cls):
    """Return the function that spells node_key for instances of `cls`."""
    kind = cls.__name__
    if issubclass(cls, (*OBJECT_KINDS.values(), *DATABASE_KINDS.values())):
        return lambda obj: f"{kind} {obj.display_name}"
    if issubclass(cls, CronJob):
        return lambda obj: f"{kind} {obj.label}"
    if issubclass(cls, (Role, Schema, Extension)):
        return lambda obj: f"{kind} {obj.name}"
    if issubclass(cls, ExtensionMember):  # never a node: its extension's operations name it
        return lambda obj: f"{kind} {obj.kind} {obj.name}"
    if issubclass(cls, Function):
        return lambda obj: node_name(kind, obj.schema, obj.name, arguments=obj.identity_arguments)
    if issubclass(cls, (Policy, Trigger)):
        return lambda obj: node_name(kind, obj.schema, obj.name, on_table=obj.table)
    if issubclass(cls, TableForeignKey):
        return lambda obj: node_name("ForeignKey", obj.table.schema, obj.constraint.name, on_table=obj.table.name)
    return lambda obj: node_name(kind, obj.schema, obj.name)


def node_name(kind: str, schema: str, name: str, on_table: str | None = None, arguments=None) -> str:
    """Return the graph node name of a schema object from its parts (see node_key)."""
    if arguments is not None:
        return f"{kind} {schema}.{name}({', '.join(arguments)})"
    if on_table is not None:
        return f"{kind} {name} on {schema}.{on_table}"
    if schema is None:  # an extension, a role, a schema
        return f"{kind} {name}"
    return f"{kind} {schema}.{name}"
