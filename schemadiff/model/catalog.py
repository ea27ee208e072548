"""The whole described database: one tuple per object kind, each sorted by key."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import cached_property

from .cluster import CronJob, Extension, Policy, Role, Schema, Sequence
from .database import DATABASE_KINDS, DefaultPrivileges, EventTrigger, Publication
from .objects import (
    OBJECT_KINDS, Aggregate, Cast, Collation, Operator, OperatorClass, OperatorFamily, Rule, Statistics,
    TextSearchConfiguration, TextSearchDictionary,
)
from .routines import Function, MaterializedView, View
from .tables import Index, Table, Trigger
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
    collations: tuple[Collation, ...] = ()
    text_search_dictionaries: tuple[TextSearchDictionary, ...] = ()
    text_search_configurations: tuple[TextSearchConfiguration, ...] = ()
    rules: tuple[Rule, ...] = ()
    operator_families: tuple[OperatorFamily, ...] = ()
    operator_classes: tuple[OperatorClass, ...] = ()
    event_triggers: tuple[EventTrigger, ...] = ()
    publications: tuple[Publication, ...] = ()
    default_privileges: tuple[DefaultPrivileges, ...] = ()
    renames: tuple[Rename, ...] = field(default=(), compare=False)

    def normalize(self) -> "Catalog":
        """Return a copy with every collection sorted by object key."""
        changes = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple) and f.name != "renames":
                changes[f.name] = tuple(sorted(value, key=_sort_key))
        return replace(self, **changes)

    def schema_names(self) -> list[str]:
        """Return the schemas this catalog manages: declared ones and those its objects use."""
        names = {s.name for s in self.schemas}
        for kind in (self.types, self.sequences, self.tables, self.views, self.materialized_views, self.functions,
                     self.statistics, self.aggregates, self.operators, self.collations,
                     self.text_search_dictionaries, self.text_search_configurations,
                     self.operator_families, self.operator_classes):
            names |= {obj.schema for obj in kind}
        return sorted(names)

    def partitions_by_parent(self) -> dict:
        """Return {parent table key: [its partitions]} for the partitions this catalog lists."""
        found: dict = {}
        for table in self.tables:
            if table.partition_of is not None:
                found.setdefault(table.partition_of, []).append(table)
        return found

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
    return repr(obj.key)


def node_key(obj) -> str:
    """Return the object's name in dependency graphs and plans, e.g. 'Table public.users'."""
    kind = type(obj).__name__
    if isinstance(obj, (*OBJECT_KINDS.values(), *DATABASE_KINDS.values())):
        return f"{kind} {obj.display_name}"
    if isinstance(obj, (Role, Schema, Extension, CronJob)):
        return f"{kind} {obj.name}"
    if isinstance(obj, Function):
        return f"{kind} {obj.schema}.{obj.name}({', '.join(obj.identity_arguments)})"
    if isinstance(obj, (Policy, Trigger)):
        return f"{kind} {obj.name} on {obj.schema}.{obj.table}"
    return f"{kind} {obj.schema}.{obj.name}"
