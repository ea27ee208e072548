"""Typed changes. Each names the graph node it belongs to, says what it does, and which
hazards it carries; only render/ turns it into SQL.

`phase` decides where an operation goes in a plan: renames come first, then "drop"
operations in reverse dependency order of the current catalog, then "create"
operations (creates, alters, grants) in dependency order of the desired catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Column, CronJob, Grant, IdentitySequence, Policy, Rename, Role, Table
from ..model.base import QualifiedName
from ..model.database import DATABASE_KINDS, Publication, Subscription
from ..model.objects import OBJECT_KINDS
from .hazards import Hazard

RENAME, DROP, CREATE = "rename", "drop", "create"


def kind_label(obj) -> str:
    """Return a readable kind: 'table', 'materialized view', 'cron job', ..."""
    name = type(obj).__name__
    if isinstance(obj, Table) and obj.partition_of is not None:
        return "partition"
    if isinstance(obj, Table) and obj.foreign:
        return "foreign table"
    return "".join(" " + c.lower() if c.isupper() else c for c in name).strip()


def object_label(obj) -> str:
    """Return e.g. 'table public.users' or 'policy "p" on public.users'."""
    if isinstance(obj, (*OBJECT_KINDS.values(), *DATABASE_KINDS.values())):
        return f"{kind_label(obj)} {obj.display_name}"
    if isinstance(obj, CronJob):
        return f"{kind_label(obj)} {obj.label}"
    if isinstance(obj, Role) or not hasattr(obj, "schema"):
        return f"{kind_label(obj)} {obj.name}"
    if hasattr(obj, "table") and isinstance(getattr(obj, "table"), str):
        return f'{kind_label(obj)} "{obj.name}" on {obj.schema}.{obj.table}'
    if hasattr(obj, "identity_arguments"):
        return f"{kind_label(obj)} {obj.schema}.{obj.name}({', '.join(obj.identity_arguments)})"
    return f"{kind_label(obj)} {obj.schema}.{obj.name}"


@dataclass(frozen=True)
class Operation:
    node: str  # the dependency-graph node (plan.dependencies.node_key) this change belongs to

    phase = CREATE
    # Stage 0 runs as one transaction; stage 1 (online index work) and stage 2 (validation)
    # follow, each step on its own, since CONCURRENTLY cannot run inside a transaction.
    stage = 0
    transactional = True

    @property
    def hazards(self) -> frozenset[Hazard]:
        return frozenset()

    def describe(self) -> str:
        raise NotImplementedError


_DROP_HAZARDS = {
    "table": {Hazard.DELETES_DATA}, "partition": {Hazard.DELETES_DATA},
    "sequence": {Hazard.DELETES_DATA}, "schema": {Hazard.DELETES_DATA},
    "view": {Hazard.BREAKS_CLIENTS}, "materialized view": {Hazard.BREAKS_CLIENTS},
    "function": {Hazard.BREAKS_CLIENTS}, "extension": {Hazard.BREAKS_CLIENTS},
    "trigger": {Hazard.BREAKS_CLIENTS}, "policy": {Hazard.WEAKENS_SECURITY},
    "cron job": {Hazard.UNSCHEDULES_JOB}, "subscription": {Hazard.STOPS_REPLICATION},
    # Clients cast to types and call their constructors.
    "enum type": {Hazard.BREAKS_CLIENTS}, "composite type": {Hazard.BREAKS_CLIENTS},
    "range type": {Hazard.BREAKS_CLIENTS}, "domain": {Hazard.BREAKS_CLIENTS}, "base type": {Hazard.BREAKS_CLIENTS},
    "aggregate": {Hazard.BREAKS_CLIENTS}, "operator": {Hazard.BREAKS_CLIENTS}, "cast": {Hazard.BREAKS_CLIENTS},
    "collation": {Hazard.BREAKS_CLIENTS}, "text search dictionary": {Hazard.BREAKS_CLIENTS},
    "conversion": {Hazard.BREAKS_CLIENTS}, "text search parser": {Hazard.BREAKS_CLIENTS},
    "text search template": {Hazard.BREAKS_CLIENTS},
    "text search configuration": {Hazard.BREAKS_CLIENTS}, "event trigger": {Hazard.BREAKS_CLIENTS},
    "publication": {Hazard.BREAKS_CLIENTS}, "rule": {Hazard.BREAKS_CLIENTS},
    "operator class": {Hazard.BREAKS_CLIENTS}, "operator family": {Hazard.BREAKS_CLIENTS},
    # A foreign table's rows live on its server: dropping it loses none.
    "foreign table": {Hazard.BREAKS_CLIENTS}, "foreign data wrapper": {Hazard.BREAKS_CLIENTS},
    "foreign server": {Hazard.BREAKS_CLIENTS}, "user mapping": {Hazard.BREAKS_CLIENTS},
    "access method": {Hazard.BREAKS_CLIENTS},
}


@dataclass(frozen=True)
class CreateObject(Operation):
    obj: object = None
    recreate: bool = False  # created again after a drop in the same plan
    blocking: bool = False  # an index built on an existing table without CONCURRENTLY
    # (role, grantee) of the database's default privileges that reach the object: what
    # CREATE gives it when `role` runs the plan (plan.default_grants).
    default_grants: tuple[tuple[str, str], ...] = ()
    # (role, grant) of PostgreSQL's built-in grants (EXECUTE or USAGE for PUBLIC) that the
    # database-wide default privileges of `role` take away from what it creates.
    default_taken: tuple[tuple[str, Grant], ...] = ()
    # Of a table, or a column, that gets an identity column: (role, grantee) of the default
    # privileges ON SEQUENCES that reach its identity sequences, created with it.
    identity_default_grants: tuple[tuple[str, str], ...] = ()

    @property
    def hazards(self) -> frozenset[Hazard]:
        found = {Hazard.LONG_LOCK} if self.blocking else set()
        if _unsafe_definer(self.obj):
            found.add(Hazard.WEAKENS_SECURITY)
        return frozenset(found)

    def describe(self) -> str:
        return ("recreate " if self.recreate else "create ") + object_label(self.obj)


@dataclass(frozen=True)
class DropObject(Operation):
    obj: object = None
    recreate: bool = False  # dropped only to be created again later in the same plan
    reason: str = ""
    # Of a view or function rebuilt: the relations and routines (by schema and name) the
    # plan makes use it anew. Once one of them uses it, the plan has run before and built
    # it already, and the drop is skipped (PostgreSQL would refuse it anyway).
    unless_used_by: tuple[QualifiedName, ...] = ()
    # Of a table recreated because it gains parents: its parents in the target. Once it
    # inherits them all, the plan has run before and recreated it already; the drop is
    # skipped, or a second run would recreate it again out of what the first run put it in
    # (a publication created since, its rows).
    unless_inherits: tuple[QualifiedName, ...] = ()
    # Of a table recreated along with an ancestor that gains parents (PostgreSQL drops no
    # table with children, and INHERIT would leave the columns it hands down local): that
    # ancestor, whose parents `unless_inherits` names. None: this table itself.
    unless_ancestor: QualifiedName | None = None
    # Of a table recreated to declare more or less of what its parents hand down: its columns
    # and CHECKs in the target, as diff.tables.inheritance_state gives them. Once it (or
    # `unless_ancestor`) is exactly so, the plan has run before; the drop is skipped.
    unless_merged: tuple[tuple, tuple] | None = None

    phase = DROP

    @property
    def hazards(self) -> frozenset[Hazard]:
        kind = kind_label(self.obj)
        if self.recreate and kind == "extension":
            # DROP EXTENSION takes the rows of its configuration tables along, and needs
            # whatever uses its objects (columns of its types, ...) gone first.
            return frozenset({Hazard.DELETES_DATA})
        if self.recreate and kind not in ("table", "partition", "sequence", "schema"):
            # Dropped and created again in the same transaction: no client sees the gap.
            return frozenset()
        return frozenset(_DROP_HAZARDS.get(kind, ()))

    def describe(self) -> str:
        text = "drop " + object_label(self.obj)
        reason = self.reason
        if isinstance(self.obj, Subscription) and self.obj.slot_name and not reason:
            reason = f"its replication slot {self.obj.slot_name}, if the publisher has one, stays there"
        return text + (f" ({reason})" if reason else "")


def _unsafe_definer(obj) -> bool:
    """A SECURITY DEFINER routine whose search_path callers can choose."""
    return bool(getattr(obj, "security_definer", False)) and obj.setting("search_path") is None


@dataclass(frozen=True)
class ReplaceObject(Operation):
    """CREATE OR REPLACE a view or function whose new definition is compatible; ALTER the
    kinds of model/objects.py and model/database.py that change in place."""

    old: object = None
    new: object = None

    @property
    def hazards(self) -> frozenset[Hazard]:
        found = {Hazard.WEAKENS_SECURITY} if _unsafe_definer(self.new) else set()
        if isinstance(self.new, Publication) and not (
            set(self.old.tables) <= set(self.new.tables) and set(self.old.schemas) <= set(self.new.schemas)
            and set(self.old.publish) <= set(self.new.publish)
        ):
            found.add(Hazard.BREAKS_CLIENTS)  # subscribers stop receiving what it published
        if isinstance(self.new, Subscription) and (
            (self.old.enabled and not self.new.enabled) or not set(self.old.publications) <= set(self.new.publications)
        ):
            found.add(Hazard.STOPS_REPLICATION)
        return frozenset(found)

    def describe(self) -> str:
        altered = isinstance(self.new, (*OBJECT_KINDS.values(), *DATABASE_KINDS.values()))
        return ("alter " if altered else "replace ") + object_label(self.new)


@dataclass(frozen=True)
class AlterFunction(Operation):
    """ALTER FUNCTION/PROCEDURE: volatility, strictness, security, cost, settings, ... in
    place; the body and the signature stay as they are."""

    old: object = None
    new: object = None

    @property
    def hazards(self) -> frozenset[Hazard]:
        return frozenset({Hazard.WEAKENS_SECURITY}) if _unsafe_definer(self.new) else frozenset()

    def describe(self) -> str:
        return "alter attributes of " + object_label(self.new)


@dataclass(frozen=True)
class AlterExtension(Operation):
    """ALTER EXTENSION ... UPDATE TO its new version, then SET SCHEMA: in place, so that
    what uses its objects stays (a recreate would need it dropped first).

    An update script may drop members, or drop and create them again with its own
    privileges: after it, `members` are given their complete grants whatever they became,
    and `reverted` (listed now, not in the new version's list) their script's privileges
    if they still exist."""

    old: object = None
    new: object = None
    members: tuple = ()
    reverted: tuple = ()

    @property
    def moves(self) -> bool:
        return self.old.schema != self.new.schema

    @property
    def updates(self) -> bool:
        return self.old.version != self.new.version

    @property
    def hazards(self) -> frozenset[Hazard]:
        # Clients that name its objects with the old schema no longer find them.
        found = {Hazard.BREAKS_CLIENTS} if self.moves else set()
        if any(_public(m.grants) - _public(m.initial) for m in (*self.members, *self.reverted)):
            found.add(Hazard.WEAKENS_SECURITY)  # PUBLIC gets more than it has, or had from the script
        return frozenset(found)

    def describe(self) -> str:
        name = f"extension {self.new.name}"
        if not self.moves:
            return f"update {name} to version {self.new.version}"
        if not self.updates:
            return f"move {name} to schema {self.new.schema}"
        return f"update {name} to version {self.new.version} and move it to schema {self.new.schema}"


def _public(grants) -> set[str]:
    return {p for g in grants or () if g.grantee.upper() == "PUBLIC" for p in g.privileges}


@dataclass(frozen=True)
class AddColumn(Operation):
    table: QualifiedName = None
    column: Column = None
    # Of a table, or a column, that gets an identity column: (role, grantee) of the default
    # privileges ON SEQUENCES that reach its identity sequences, created with it.
    identity_default_grants: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        return f"add column {self.column.name} to table {self.table}"


@dataclass(frozen=True)
class DropColumn(Operation):
    table: QualifiedName = None
    column: Column = None
    reason: str = ""  # set when the column is added again later in the plan

    phase = DROP

    @property
    def hazards(self):
        if self.reason and self.column.generated is not None:
            return frozenset({Hazard.REWRITES_TABLE})  # its values are computed again
        return frozenset({Hazard.DELETES_DATA, Hazard.BREAKS_CLIENTS})

    def describe(self) -> str:
        if self.reason:
            return f"drop column {self.column.name} of table {self.table} ({self.reason})"
        return f"drop column {self.column.name} of table {self.table} and its data"


@dataclass(frozen=True)
class AlterColumn(Operation):
    """Change type, default, nullability, identity or generation of one column."""

    table: QualifiedName = None
    old: Column = None
    new: Column = None
    # Set when the column's type is replaced under the same name (diff.types): the values
    # convert through this text type, e.g. USING col::text::public.status.
    retype_via: str | None = None
    # Of a table, or a column, that gets an identity column: (role, grantee) of the default
    # privileges ON SEQUENCES that reach its identity sequences, created with it.
    identity_default_grants: tuple[tuple[str, str], ...] = ()

    @property
    def retypes(self) -> bool:
        """Whether the column's values are converted (a new type, collation, or the same
        type name for a replaced type)."""
        return (self.old.type, self.old.collation) != (self.new.type, self.new.collation) or self.retype_via is not None

    @property
    def hazards(self):
        found = set()
        if self.retypes:
            found |= {Hazard.REWRITES_TABLE, Hazard.BREAKS_CLIENTS}
        if self.new.generated is not None and self.old.generated != self.new.generated:
            found |= {Hazard.DELETES_DATA, Hazard.REWRITES_TABLE}  # the column is dropped and added again
        if self.old.nullable and not self.new.nullable:
            found.add(Hazard.LONG_LOCK)
        return frozenset(found)

    def describe(self) -> str:
        parts = []
        if self.old.type != self.new.type:
            parts.append(f"type {self.old.type} -> {self.new.type}")
        elif self.retype_via is not None:
            parts.append(f"convert to the new {self.new.type} through {self.retype_via}")
        if self.old.collation != self.new.collation:
            parts.append("collation")
        if self.old.default != self.new.default:
            parts.append("default")
        if self.old.nullable != self.new.nullable:
            parts.append("NOT NULL" if not self.new.nullable else "allow NULL")
        if self.old.identity != self.new.identity:
            parts.append("identity")
        elif self.old.identity_options != self.new.identity_options:
            parts.append("identity sequence options")
        if self.old.generated != self.new.generated:
            parts.append("generation expression" if self.new.generated else "no longer generated")
        for setting in ("storage", "compression", "statistics", "options", "fdw_options"):
            if getattr(self.old, setting) != getattr(self.new, setting):
                parts.append(setting)
        return f"alter column {self.new.name} of table {self.table}: {', '.join(parts)}"


@dataclass(frozen=True)
class ColumnToText(AlterColumn):
    """The first half of a column's wait in its text form while its type is dropped and
    created again (diff.through_text): in the drop phase, before the type goes."""

    phase = DROP

    def describe(self) -> str:
        return (f"alter column {self.new.name} of table {self.table}: type {self.old.type} -> {self.new.type},"
                " its values waiting in their text form while their type is dropped and created again")


@dataclass(frozen=True)
class DropDefault(Operation):
    """The first half of a column change: its default, identity or generation expression goes
    in the drop phase, so that what they use (a sequence, a function, a column of the table)
    can be dropped and their names reused."""

    table: QualifiedName = None
    column: Column = None  # as it is now
    identity: bool = False  # DROP IDENTITY rather than DROP DEFAULT
    expression: bool = False  # DROP EXPRESSION: a generated column keeps its values as plain data

    phase = DROP

    def describe(self) -> str:
        what = "identity" if self.identity else "generation expression" if self.expression else "default"
        return f"drop {what} of column {self.column.name} of table {self.table}"

    def released(self, column: Column) -> Column:
        """Return `column` as it is once this has run: what the second half starts from."""
        if self.expression:
            return replace(column, generated=None)
        if self.identity:
            return replace(column, identity=None, identity_options=None)
        return replace(column, default=None)


@dataclass(frozen=True)
class AddConstraint(Operation):
    table: QualifiedName = None
    constraint: object = None
    not_valid: bool = False  # existing rows are checked later, by ValidateConstraint
    new_table: bool = False  # the table is created earlier in the same plan: it has no rows

    @property
    def hazards(self):
        # Checking existing rows under the ALTER TABLE lock blocks writes for the whole scan.
        return frozenset() if self.not_valid or self.new_table else frozenset({Hazard.LONG_LOCK})

    def describe(self) -> str:
        later = " (NOT VALID: existing rows are checked in a later step)" if self.not_valid else ""
        return f"add constraint {self.constraint.name} to table {self.table}{later}"


@dataclass(frozen=True)
class ValidateConstraint(Operation):
    """Check existing rows against a NOT VALID constraint without blocking writes."""

    table: QualifiedName = None
    name: str = ""

    stage = 2

    def describe(self) -> str:
        return f"validate constraint {self.name} of table {self.table} (writes continue meanwhile)"


@dataclass(frozen=True)
class AddNotNullCheck(Operation):
    """First half of an online SET NOT NULL: a NOT VALID CHECK (column IS NOT NULL)."""

    table: QualifiedName = None
    column: str = ""
    check: str = ""

    def describe(self) -> str:
        return f"add check {self.check} (NOT VALID) before making {self.table}.{self.column} NOT NULL"


@dataclass(frozen=True)
class ValidateNotNull(Operation):
    """Second half: validate the check, SET NOT NULL (no scan: the check proves it), drop the check."""

    table: QualifiedName = None
    column: str = ""
    check: str = ""

    stage = 2

    def describe(self) -> str:
        return f"make column {self.column} of table {self.table} NOT NULL through its validated check"


@dataclass(frozen=True)
class CreateIndexConcurrently(Operation):
    """Build an index (or one partition's part of a partitioned index) without blocking writes."""

    index: object = None  # the Index as declared (on the table or the partitioned parent)
    on: QualifiedName = None  # the table or partition the build runs on
    name: str = ""  # the index name there

    stage = 1
    transactional = False

    def describe(self) -> str:
        return f"create index {self.name} on {self.on} concurrently"


@dataclass(frozen=True)
class AttachPartitionIndexes(Operation):
    """Create a partitioned index ON ONLY its parent, then attach the partitions' indexes."""

    index: object = None
    children: tuple[str, ...] = ()  # names of the partitions' indexes, built concurrently before

    stage = 1

    def describe(self) -> str:
        return f"create index {self.index.name} on only {self.index.schema}.{self.index.table} and attach {len(self.children)} partition index(es)"


@dataclass(frozen=True)
class DropIndexConcurrently(Operation):
    index: object = None

    phase = DROP
    stage = 1
    transactional = False

    def describe(self) -> str:
        return f"drop index {self.index.name} on {self.index.schema}.{self.index.table} concurrently"


@dataclass(frozen=True)
class DropConstraint(Operation):
    table: QualifiedName = None
    constraint: object = None
    recreate: bool = False

    phase = DROP

    def describe(self) -> str:
        return f"drop constraint {self.constraint.name} of table {self.table}"


@dataclass(frozen=True)
class SetRowSecurity(Operation):
    table: QualifiedName = None
    enabled: bool = False
    forced: bool = False
    was_enabled: bool = False
    was_forced: bool = False

    @property
    def hazards(self):
        weaker = (self.was_enabled and not self.enabled) or (self.was_forced and not self.forced)
        return frozenset({Hazard.WEAKENS_SECURITY}) if weaker else frozenset()

    def describe(self) -> str:
        state = ("enable" if self.enabled else "disable") + " and " + ("force" if self.forced else "no force")
        return f"row level security on table {self.table}: {state}"


@dataclass(frozen=True)
class SetIndexStatistics(Operation):
    """ALTER INDEX ... ALTER COLUMN n SET STATISTICS: the planner's sample size for an expression."""

    old: object = None  # the Index now
    new: object = None  # the Index as desired

    def describe(self) -> str:
        return f"statistics targets of index {self.new.name} on {self.new.schema}.{self.new.table}"


@dataclass(frozen=True)
class RenamePartitionIndexes(Operation):
    """ALTER INDEX ... RENAME: a partitioned index's parts take the names the target gives them."""

    renames: tuple[tuple[str, str, str], ...] = ()  # (schema, old name, new name)

    def describe(self) -> str:
        return "rename partition indexes " + ", ".join(f"{old} -> {new}" for _, old, new in self.renames)


@dataclass(frozen=True)
class SetPartitionIndexTablespaces(Operation):
    """ALTER INDEX ... SET TABLESPACE on a partitioned index's parts: each part on `partitions`
    goes to the tablespace the index gives it there, where it is not already. A leaf's part
    is copied under an exclusive lock; a sub-partitioned partition's, which has no files,
    only changes where the parts of its new partitions go."""

    index: object = None  # the Index as desired
    partitions: tuple[str, ...] = ()  # sorted
    moves_data: bool = True  # False: only parts without files, or those of partitions new in the plan
    stage: int = 0  # after the online build that attaches them (plan.online), the index's own stage

    @property
    def hazards(self):
        return frozenset({Hazard.LONG_LOCK}) if self.moves_data else frozenset()

    def describe(self) -> str:
        return (f"move the parts of index {self.index.name} on {self.index.schema}.{self.index.table} on partitions "
                f"{', '.join(self.partitions)} to their tablespaces" + (" (copies them)" if self.moves_data else ""))


@dataclass(frozen=True)
class SetTableType(Operation):
    """ALTER TABLE ... OF type, or NOT OF (`of_type` None): a table with the type's columns
    in order becomes a typed table, or a typed table a plain one that keeps its columns."""

    table: QualifiedName = None
    of_type: QualifiedName | None = None

    @property
    def phase(self):
        # NOT OF before the type may change or go; OF once the type and columns are there.
        return DROP if self.of_type is None else CREATE

    def describe(self) -> str:
        return f"table {self.table} becomes a table of type {self.of_type}" if self.of_type else f"table {self.table} is no longer a typed table"


@dataclass(frozen=True)
class DropInheritance(Operation):
    """ALTER TABLE ... NO INHERIT parent: the columns it inherited become its own."""

    table: QualifiedName = None
    parent: QualifiedName = None

    phase = DROP  # before the parent goes, and before its columns are (re)declared here

    @property
    def hazards(self):
        return frozenset({Hazard.BREAKS_CLIENTS})  # the parent's queries no longer see these rows

    def describe(self) -> str:
        return f"table {self.table} no longer inherits from {self.parent}"


@dataclass(frozen=True)
class SetLogged(Operation):
    """ALTER TABLE ... SET LOGGED / SET UNLOGGED: the table is rewritten under an exclusive lock."""

    table: QualifiedName = None
    unlogged: bool = False

    @property
    def hazards(self):
        return frozenset({Hazard.REWRITES_TABLE, Hazard.LONG_LOCK})

    def describe(self) -> str:
        return f"make table {self.table} {'unlogged' if self.unlogged else 'logged'} (rewrites it)"


@dataclass(frozen=True)
class SetAccessMethod(Operation):
    """ALTER TABLE / MATERIALIZED VIEW ... SET ACCESS METHOD: the relation is rewritten
    under an exclusive lock, its indexes rebuilt."""

    relation: QualifiedName = None
    access_method: str | None = None  # None: heap
    materialized: bool = False  # a materialized view, not a table

    @property
    def hazards(self):
        return frozenset({Hazard.REWRITES_TABLE, Hazard.LONG_LOCK})

    def describe(self) -> str:
        kind = "materialized view" if self.materialized else "table"
        return f"move {kind} {self.relation} to access method {self.access_method or 'heap'} (rewrites it)"


@dataclass(frozen=True)
class SetTablespace(Operation):
    """ALTER TABLE / INDEX / MATERIALIZED VIEW ... SET TABLESPACE: its files are copied
    under an exclusive lock (a table's indexes stay where they are). A partitioned table's
    only changes where its new partitions go."""

    relation: QualifiedName = None
    kind: str = "table"  # "table" | "index" | "materialized view"
    tablespace: str | None = None  # None: the database's default
    moves_data: bool = True  # False: a partitioned table, which holds no rows itself

    @property
    def hazards(self):
        if not self.moves_data:
            return frozenset()
        if self.kind == "index":
            return frozenset({Hazard.LONG_LOCK})
        return frozenset({Hazard.REWRITES_TABLE, Hazard.LONG_LOCK})

    def describe(self) -> str:
        where = self.tablespace or "the database's default"
        return f"move {self.kind} {self.relation} to tablespace {where}" + (" (copies it)" if self.moves_data else "")


@dataclass(frozen=True)
class LeavePublication(Operation):
    """ALTER PUBLICATION ... DROP TABLE among the drops, for a table that becomes UNLOGGED:
    PostgreSQL refuses SET UNLOGGED while a publication lists the table, and the
    publication's own change comes after its tables."""

    phase = DROP
    publication: str = ""
    table: QualifiedName = None

    @property
    def hazards(self):
        return frozenset({Hazard.BREAKS_CLIENTS})  # subscribers stop receiving its rows

    def describe(self) -> str:
        return f"remove table {self.table} from publication {self.publication} (it becomes unlogged)"


@dataclass(frozen=True)
class SetReplicaIdentity(Operation):
    table: object = None  # the Table as desired

    def describe(self) -> str:
        t = self.table
        setting = f"using index {t.replica_identity_index}" if t.replica_identity == "index" else t.replica_identity
        return f"replica identity of {object_label(t)}: {setting}"


@dataclass(frozen=True)
class ReleaseReplicaIdentity(SetReplicaIdentity):
    """REPLICA IDENTITY DEFAULT on a partition, in the drop phase: its identity index holds
    a column whose NOT NULL the root drops, which PostgreSQL refuses while the index is the
    identity. The create phase sets the identity the partition wants again."""

    phase = DROP

    def describe(self) -> str:
        return f"release the replica identity of {object_label(self.table)} while its root drops a NOT NULL"


@dataclass(frozen=True)
class SetClusterOn(Operation):
    """ALTER TABLE ... CLUSTER ON an index (which clears any other), or SET WITHOUT CLUSTER.

    Runs with what builds that index, right after it: in the transaction, or as an online
    step of its own after a concurrent build (`stage`)."""

    relation: object = None  # the Table or MaterializedView as desired
    stage: int = 0

    def describe(self) -> str:
        index = self.relation.cluster_on
        return f"{object_label(self.relation)}: " + (f"cluster on {index}" if index else "set without cluster")


@dataclass(frozen=True)
class AttachPartition(Operation):
    partition: Table = None

    def describe(self) -> str:
        return f"attach partition {self.partition.schema}.{self.partition.name} {self.partition.partition_bound}"


@dataclass(frozen=True)
class SetPartitionCompression(Operation):
    """ALTER TABLE ONLY partition ALTER COLUMN ... SET COMPRESSION: the parent's does not reach
    its existing partitions."""

    table: QualifiedName = None
    column: str = ""
    compression: str = "default"  # "pglz" | "lz4" | "default"

    def describe(self) -> str:
        return f"set compression of column {self.column} of {self.table} (below its parent) to {self.compression}"


@dataclass(frozen=True)
class SetPartitionStorage(Operation):
    """ALTER TABLE ONLY partition ALTER COLUMN ... SET STORAGE: the parent's is set ONLY."""

    table: QualifiedName = None
    column: str = ""
    storage: str = "extended"  # "plain" | "external" | "extended" | "main"

    def describe(self) -> str:
        return f"set storage of column {self.column} of {self.table} (below its parent) to {self.storage}"


@dataclass(frozen=True)
class SetPartitionStatistics(Operation):
    """ALTER TABLE ONLY partition ALTER COLUMN ... SET STATISTICS: each partition's own target."""

    table: QualifiedName = None
    column: str = ""
    target: int | None = None  # None: default_statistics_target

    def describe(self) -> str:
        wanted = "the default" if self.target is None else self.target
        return f"set statistics of column {self.column} of {self.table} (below its parent) to {wanted}"


@dataclass(frozen=True)
class SetPartitionDefault(Operation):
    """ALTER TABLE ONLY partition ALTER COLUMN ... SET / DROP DEFAULT: a partition's own
    default, which its parent's next SET / DROP DEFAULT (it recurses) takes away. Also an
    inheritance child's, which its parent's takes away likewise."""

    table: QualifiedName = None
    column: str = ""
    default: str | None = None  # None: DROP DEFAULT

    def describe(self) -> str:
        wanted = "none" if self.default is None else self.default
        return f"set default of column {self.column} of {self.table} (below its parent) to {wanted}"


@dataclass(frozen=True)
class SetPartitionNotNull(Operation):
    """ALTER TABLE partition ALTER COLUMN ... SET / DROP NOT NULL: a partition's own NOT NULL
    where its parent's column allows NULL. Both reach the partition's own partitions. Also
    an inheritance child's NOT NULL, set again after its parent's DROP NOT NULL took it."""

    table: QualifiedName = None
    column: str = ""
    not_null: bool = True  # False: DROP NOT NULL

    @property
    def hazards(self) -> frozenset[Hazard]:
        return frozenset({Hazard.LONG_LOCK}) if self.not_null else frozenset()  # it scans the rows

    def describe(self) -> str:
        return f"{'set' if self.not_null else 'drop'} NOT NULL on column {self.column} of {self.table} (below its parent)"


@dataclass(frozen=True)
class DetachPartition(Operation):
    partition: Table = None

    phase = DROP

    def describe(self) -> str:
        return f"detach partition {self.partition.schema}.{self.partition.name} (to attach it with new bounds)"


@dataclass(frozen=True)
class AlterPolicy(Operation):
    old: Policy = None
    new: Policy = None

    @property
    def hazards(self):
        # Any change of who may see what can widen access; a reviewer must look.
        return frozenset({Hazard.WEAKENS_SECURITY})

    def describe(self) -> str:
        return f'alter policy "{self.new.name}" on {self.new.schema}.{self.new.table}'


@dataclass(frozen=True)
class SetComment(Operation):
    obj: object = None
    column: str | None = None  # a column of `obj`, when the comment is on a column
    comment: str | None = None
    constraint: str | None = None  # a constraint of `obj`, when the comment is on a constraint

    def describe(self) -> str:
        target = object_label(self.obj) + (f" column {self.column}" if self.column else "")
        target += f" constraint {self.constraint}" if self.constraint else ""
        return f"{'remove' if self.comment is None else 'set'} comment on {target}"


def _privilege_target(op) -> str:
    if isinstance(op.obj, IdentitySequence):
        return str(op.obj)
    return object_label(op.obj) + (f" column {op.column}" if op.column else "")


@dataclass(frozen=True)
class SetTriggerState(Operation):
    """ALTER TABLE ... ENABLE [REPLICA | ALWAYS] / DISABLE TRIGGER: when a trigger fires."""

    trigger: object = None

    @property
    def hazards(self):
        # A trigger that stops firing in ordinary sessions is as good as dropped for them.
        states = {self.trigger.enabled, *(state for _, state in self.trigger.partition_states)}
        return frozenset({Hazard.BREAKS_CLIENTS}) if states & {"disabled", "replica"} else frozenset()

    def describe(self) -> str:
        t = self.trigger
        partitions = "".join(f", on {part}: {state}" for part, state in t.partition_states)
        return f'trigger "{t.name}" on {t.schema}.{t.table} fires: {t.enabled}{partitions}'


@dataclass(frozen=True)
class SetStorageParameters(Operation):
    """ALTER ... SET (name = value) / RESET (name): storage parameters change in place."""

    obj: object = None
    old: tuple[tuple[str, str], ...] = ()
    new: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        return f"set storage parameters of {object_label(self.obj)}"


@dataclass(frozen=True)
class SetViewColumnDefault(Operation):
    """ALTER VIEW ... ALTER COLUMN ... SET / DROP DEFAULT (what INSERTs through the view get)."""

    view: QualifiedName = None
    column: str = ""
    default: str | None = None

    def describe(self) -> str:
        return f"{'drop' if self.default is None else 'set'} the default of column {self.column} of view {self.view}"


@dataclass(frozen=True)
class SetForeignOptions(Operation):
    """ALTER FOREIGN TABLE ... OPTIONS (ADD / SET / DROP ...): a foreign table's options change in place."""

    table: QualifiedName = None
    old: tuple[tuple[str, str], ...] = ()
    new: tuple[tuple[str, str], ...] = ()

    def describe(self) -> str:
        return f"set the options of foreign table {self.table}"


@dataclass(frozen=True)
class GrantPrivileges(Operation):
    obj: object = None
    grant: Grant = None
    column: str | None = None  # column privileges: GRANT SELECT (column) ON ...

    @property
    def hazards(self):
        return frozenset({Hazard.WEAKENS_SECURITY}) if self.grant.grantee.upper() == "PUBLIC" else frozenset()

    def describe(self) -> str:
        return f"grant {', '.join(self.grant.privileges)} on {_privilege_target(self)} to {self.grant.grantee}"


@dataclass(frozen=True)
class RevokePrivileges(Operation):
    obj: object = None
    grant: Grant = None
    column: str | None = None

    @property
    def hazards(self):
        return frozenset({Hazard.BREAKS_CLIENTS})

    def describe(self) -> str:
        return f"revoke {', '.join(self.grant.privileges)} on {_privilege_target(self)} from {self.grant.grantee}"


@dataclass(frozen=True)
class RenameObject(Operation):
    """Rename instead of drop and create, as the spec's renamed_from asks: no data lost."""

    rename: Rename = None

    phase = RENAME

    def describe(self) -> str:
        r = self.rename
        owner = "enum type" if r.kind == "enum label" else "table"
        where = f" of {owner} {r.schema}.{r.table}" if r.table and r.kind != "table" else ""
        return f"rename {r.kind} {r.old}{where} to {r.new}"


@dataclass(frozen=True)
class UnscheduleJob(Operation):
    job: CronJob = None
    keep: int = 0  # of identical unnamed jobs, how many stay

    phase = DROP

    @property
    def hazards(self):
        return frozenset({Hazard.UNSCHEDULES_JOB})

    def describe(self) -> str:
        if self.keep:
            return f"unschedule {self.job.copies - self.keep} of {self.job.copies} copies of cron job {self.job.label}"
        return f"unschedule {object_label(self.job)}"


@dataclass(frozen=True)
class ScheduleJob(Operation):
    job: CronJob = None
    old: CronJob | None = None  # a named job's schedule or command before; an unnamed job's fewer copies

    def describe(self) -> str:
        if self.job.name is None and self.old:
            more = self.job.copies - self.old.copies
            return f"schedule {more} more of cron job {self.job.label} ({self.job.copies} copies in all)"
        if self.job.name is None:
            copies = f"{self.job.copies} copies of " if self.job.copies > 1 else ""
            return f"schedule {copies}cron job {self.job.label}"
        return f"{'reschedule' if self.old else 'schedule'} cron job {self.job.name} ({self.job.schedule})"


@dataclass(frozen=True)
class RunPartitionMaintenance(Operation):
    """Create the time partitions a lifecycle wants now, right after the schema changes."""

    function: object = None  # the generated maintenance Function

    def describe(self) -> str:
        return f"create the time partitions due now ({self.function.schema}.{self.function.name})"


@dataclass(frozen=True)
class SetSequenceOwner(Operation):
    """ALTER SEQUENCE ... OWNED BY: ordered with the owning table, which must exist first."""

    sequence: object = None

    def describe(self) -> str:
        owner = ".".join(self.sequence.owned_by) if self.sequence.owned_by else "nothing"
        return f"sequence {self.sequence.schema}.{self.sequence.name} owned by {owner}"


@dataclass(frozen=True)
class SetSequenceLogged(Operation):
    """ALTER SEQUENCE ... SET LOGGED / SET UNLOGGED. For a sequence whose owning table
    changes persistence (which changes the sequence's too), it follows the table's change."""

    sequence: object = None  # a QualifiedName, or an IdentitySequence
    unlogged: bool = False

    def describe(self) -> str:
        what = self.sequence if isinstance(self.sequence, IdentitySequence) else f"sequence {self.sequence}"
        return f"make {what} {'unlogged' if self.unlogged else 'logged'}"


@dataclass(frozen=True)
class ReleaseSequenceOwner(SetSequenceOwner):
    """ALTER SEQUENCE ... OWNED BY NONE among the drops: dropping the owning table or
    column drops an owned sequence with it, so a sequence that stays lets go first."""

    phase = DROP
