"""Tables beyond a plain table and its partitions (features.KINDS: inheritance,
subpartitions, partition_parts): tables that INHERIT others (with local and merged
columns, their own and merged checks, NO INHERIT ones), partitions that are partitioned
themselves with partitions of their own, and a partition's own primary key, unique
constraint, check, foreign key and indexes, some of them attached to an index of the
parent under their own names.

These kinds draw from a stream of their own (`populate` and `edit` take it; generate_pair
seeds it from the pair's seed), and their classes subclass none of objects.py's, so the
edits of the other kinds (which pick among Table, Partition, Constraint, Index) never see
them: the objects of the other kinds stay what they were for a seed, these come on top.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from schemadiff.quote import ident, ident_list, literal, qualified

from .build import DEFAULTS, INTEGERS, NUMERIC, TEXTY, TIMES, Generator
from .features import avoid, enabled
from .catalog_kinds import Publication
from .more_kinds import TableSetting, _drop_of, _named
from .objects import Column, Constraint, Expr, Index, Obj, Partition, Table

# Column types these kinds put in keys, indexes, checks and local columns (btree-orderable).
SCALARS = NUMERIC + TEXTY + TIMES + ("boolean", "uuid", "interval")


@dataclass
class ChildTable(Obj):
    """CREATE TABLE child (local columns) INHERITS (parents). A local column named like an
    inherited one (same type) merges with it, and stays when the parent lets it go."""

    schema: str
    name: str
    parents: list  # [(schema, name)] of plain tables or other children
    columns: list  # [Column], local ones

    @property
    def key(self):
        return ("rel", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)} | {("plain", *p) for p in self.parents}

    def inherited(self, types: dict) -> dict:
        """Return {column: type} of what the parents hand down (in `types`, their provided columns)."""
        return {k[3]: v for p in self.parents for k, v in types.items() if k[0] == "col" and k[1:3] == p}

    def provides(self, types):
        out = {self.key: None, ("plain", self.schema, self.name): None, ("child", self.schema, self.name): None,
               ("populated", self.schema, self.name): None}
        columns = self.inherited(types) | {c.name: c.type for c in self.columns}
        for name, column_type in columns.items():
            out[("col", self.schema, self.name, name)] = column_type
            out[("type", self.schema, self.name, name, column_type)] = None
        return out

    def repair(self, available):
        if ("schema", self.schema) not in available:
            return False
        # A parent that went leaves the child a plain table (DROP ... CASCADE would drop it:
        # the edits drop children on their own); a merged column follows its parent's type.
        self.parents = [p for p in self.parents if ("plain", *p) in available]
        for column in self.columns:
            for p in self.parents:
                if ("col", *p, column.name) in available and ("type", *p, column.name, column.type) not in available:
                    column.type = next(k[4] for k in available if k[:4] == ("type", *p, column.name))
                    column.default = None
        return True

    def statements(self):
        inherits = f" INHERITS ({', '.join(qualified(*p) for p in self.parents)})" if self.parents else ""
        return [f"CREATE TABLE {qualified(self.schema, self.name)} ({', '.join(c.sql() for c in self.columns)}){inherits};"]


@dataclass
class SubPartitioned(Obj):
    """A partition that is partitioned itself: PARTITION OF root ... PARTITION BY strategy (column)."""

    schema: str
    name: str
    parent: tuple  # the partitioned (root) table
    bound: Expr
    strategy: str
    column: str  # a column of the root, its key or another
    column_type: str

    @property
    def key(self):
        return ("rel", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema), ("partitioned", *self.parent),
                ("type", *self.parent, self.column, self.column_type)} | self.bound.deps

    def provides(self, types):
        return {self.key: None, ("subpartitioned", self.schema, self.name): None,
                ("populated", self.schema, self.name): None}

    def statements(self):
        return [f"CREATE TABLE {qualified(self.schema, self.name)} PARTITION OF {qualified(*self.parent)} "
                f"{self.bound.sql} PARTITION BY {self.strategy} ({ident(self.column)});"]


@dataclass
class SubPartition(Obj):
    """A partition of a SubPartitioned partition."""

    schema: str
    name: str
    parent: tuple  # the SubPartitioned one
    bound: Expr

    @property
    def key(self):
        return ("rel", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema), ("subpartitioned", *self.parent)} | self.bound.deps

    def provides(self, types):
        return {self.key: None, ("populated", self.schema, self.name): None}

    statements = Partition.statements  # (borrowed, not inherited: the other kinds' edits pick Partition)


@dataclass
class OwnConstraint(Obj):
    """A constraint of a child table or partition alone: "pk", "unique", "check" or "fk".
    A check named and written like a parent's inheritable one merges with it (`merges`)."""

    schema: str
    table: str
    name: str
    kind: str
    definition: Expr
    merges: tuple | None = None  # ("checkdef", parent schema, parent table, name, definition)

    key, deps, statements = Constraint.key, Constraint.deps, Constraint.statements  # (borrowed, as above)

    def provides(self, types):
        out = {self.key: None, ("relname", self.schema, self.name): None}
        if self.kind == "check" and "NO INHERIT" not in self.definition.sql:
            out[("checkdef", self.schema, self.table, self.name, self.definition.sql)] = None
        return out

    def repair(self, available):
        # A merged check goes with a parent check that changed (PostgreSQL refuses to merge
        # two definitions); with a dropped one it stays, a check of the child's own.
        if self.merges is not None and ("constraint", *self.merges[1:4]) in available and self.merges not in available:
            return False
        return self.deps() <= available


@dataclass
class OwnIndex(Obj):
    """An index of one partition; `attached`: written like an index of the root and created
    before it, so CREATE INDEX on the root takes it as its part (under this name)."""

    schema: str
    table: str
    name: str
    body: Expr
    unique: bool = False
    attached: bool = False

    key, deps, statements = Index.key, Index.deps, Index.statements  # (borrowed, as above)


# -- helpers ------------------------------------------------------------------------

def _side(gen: Generator, rng: random.Random) -> Generator:
    """Return a generator over gen's schema drawing from `rng`, naming from gen.side_counter."""
    side = Generator(rng, gen.schema, gen.side_counter)
    side.words_used = gen.words_used  # the same set: a reserved word names one object per pair
    return side


def _root(gen, partition) -> Table | None:
    """Return the partitioned table a partition (of any level) belongs to."""
    parent = gen.schema.find(("rel", *partition.parent))
    if isinstance(parent, SubPartitioned):
        parent = gen.schema.find(("rel", *parent.parent))
    return parent if isinstance(parent, Table) else None


def _typed(table, column) -> frozenset:
    return frozenset({("type", table.schema, table.name, column.name, column.type)})


def _scalar_columns(gen, table) -> list[Column]:
    return [c for c in table.columns if c.generated is None and c.type in SCALARS]


def _sub_bounds(key_type: str, strategy: str) -> list[str]:
    """Return the bounds a partition of a SubPartitioned one may take."""
    if strategy == "HASH":
        return [f"FOR VALUES WITH (MODULUS 2, REMAINDER {r})" for r in range(2)]
    if strategy == "LIST":
        return [f"FOR VALUES IN ({literal(v)})" for v in ("a", "b", "c d")] + ["DEFAULT"]
    if key_type == "date":
        return ["FOR VALUES FROM ('2023-01-01') TO ('2023-07-01')", "FOR VALUES FROM ('2023-07-01') TO ('2024-01-01')",
                "DEFAULT"]
    return ["FOR VALUES FROM (0) TO (50)", "FOR VALUES FROM (50) TO (100)", "FOR VALUES FROM (1000) TO (2000)", "DEFAULT"]


def _has_pk(gen, table: Table) -> bool:
    return any(c.kind == "pk" and (c.schema, c.table) == (table.schema, table.name) for c in gen.schema.of(Constraint))


# -- inheritance --------------------------------------------------------------------

def _parent_candidates(gen) -> list:
    return [t for t in gen.tables(partitioned=False)] + gen.schema.of(ChildTable)


def _local_column(gen, name: str | None = None, column_type: str | None = None) -> Column:
    column_type = column_type or gen.pick([t for t in SCALARS if t != "citext"])
    column = Column(name or gen.name("loc"), column_type, not_null=gen.chance(0.25))
    if gen.chance(0.3) and DEFAULTS.get(column_type):
        column.default = Expr(gen.pick(DEFAULTS[column_type]))
    return column


def _child_columns(gen, child: ChildTable) -> dict:
    """Return {column: type} of a child as the schema stands."""
    available = gen.available()
    return {k[3]: v for k, v in available.items() if k[0] == "col" and k[1:3] == (child.schema, child.name)}


def _inherited_plain(gen, child: ChildTable) -> list[tuple[str, str]]:
    """Return [(column, type)] a parent hands down that a local declaration may merge with."""
    out = []
    for p in child.parents:
        parent = gen.schema.find(("rel", *p))
        if isinstance(parent, Table):
            out += [(c.name, c.type) for c in parent.columns if c.generated is None and c.identity is None
                    and c.type in SCALARS]
        elif isinstance(parent, ChildTable):
            out += [(c.name, c.type) for c in parent.columns]
    local = {c.name for c in child.columns}
    return sorted({(n, t) for n, t in out if n not in local})


def add_child(gen) -> ChildTable | None:
    candidates = _parent_candidates(gen)
    if not candidates:
        return None
    parents = gen.rng.sample(candidates, min(len(candidates), 2 if gen.chance(0.2) else 1))
    parent = parents[0]
    child = ChildTable(parent.schema if gen.chance(0.7) else gen.pick(gen.schema_names()), gen.name("kid"),
                       sorted((p.schema, p.name) for p in parents), [])
    for _ in range(gen.rng.randint(0, 2)):
        child.columns.append(_local_column(gen))
    gen.schema.add(child)
    merged = gen.pick(_inherited_plain(gen, child)) if gen.chance(0.3) else None
    if merged is not None:
        child.columns.insert(0, _local_column(gen, *merged))
    if gen.chance(0.5):
        add_child_check(gen, child)
    return child


def add_child_check(gen, child: ChildTable | None = None) -> OwnConstraint | None:
    child = child or gen.pick(gen.schema.of(ChildTable))
    if child is None:
        return None
    merge = _mergeable_check(gen, child) if gen.chance(0.3) else None
    if merge is not None:
        parent, check = merge
        definition = Expr(check.definition.sql, check.definition.deps | {("rel", child.schema, child.name)})
        # The parent's columns are the child's: the check's deps name the parent's ones.
        return gen.schema.add(OwnConstraint(child.schema, child.name, check.name, "check", definition,
                                            ("checkdef", *parent, check.name, check.definition.sql)))
    columns = [(n, t) for n, t in sorted(_child_columns(gen, child).items()) if t in SCALARS]
    picked = gen.pick(columns)
    if picked is None:
        return None
    check = gen.predicate(child.schema, child.name, *picked)
    flags = gen.pick(["", "", " NO INHERIT", " NOT VALID"]) if enabled("constraint_options") else ""
    return gen.schema.add(OwnConstraint(child.schema, child.name, gen.name("kid_check"), "check",
                                        Expr(f"CHECK ({check.sql}){flags}", check.deps)))


def _mergeable_check(gen, child: ChildTable):
    """Return (parent, check) of an inheritable check of a parent without flags, or None."""
    found = []
    for p in child.parents:
        for c in gen.schema.of(Constraint) + gen.schema.of(OwnConstraint):
            if (c.schema, c.table) == p and c.kind == "check" and c.definition.sql.endswith(")") \
                    and getattr(c, "merges", None) is None:
                found.append((p, c))
    taken = {c.name for c in gen.schema.of(OwnConstraint) if (c.schema, c.table) == (child.schema, child.name)}
    return gen.pick([(p, c) for p, c in found if c.name not in taken])


def add_child_column(gen) -> bool:
    child = gen.pick(gen.schema.of(ChildTable))
    if child is None:
        return False
    child.columns.append(_local_column(gen))
    return True


def drop_child_column(gen) -> bool:
    """Drop the last local column (a merged one becomes inherited only)."""
    child = gen.pick([c for c in gen.schema.of(ChildTable) if c.columns])
    if child is None:
        return False
    child.columns.pop()
    return True


def merge_column(gen) -> bool:
    """Declare an inherited column locally too (ALTER TABLE ... then keeps it apart from the parent)."""
    child = gen.pick(gen.schema.of(ChildTable))
    if child is None:
        return False
    picked = gen.pick(_inherited_plain(gen, child))
    if picked is None:
        return False
    child.columns.insert(0, _local_column(gen, *picked))
    return True


def change_parents(gen) -> bool:
    """ALTER TABLE ... NO INHERIT one parent, or INHERIT another."""
    child = gen.pick(gen.schema.of(ChildTable))
    if child is None:
        return False
    if child.parents and (gen.chance(0.5) or len(child.parents) > 1):
        parent = gen.pick(child.parents)
        child.parents.remove(parent)
        # A check merged with the parent's uses its columns, which the child no longer has
        # (its deps name the parent's columns, so prune would keep it).
        for own in gen.schema.of(OwnConstraint):
            if (own.schema, own.table) == (child.schema, child.name) and own.merges and tuple(own.merges[1:3]) == tuple(parent):
                gen.schema.remove(own)
        return True
    # A new parent comes before the child (prune keeps what comes after what it needs);
    # not the child itself, nor one of its own children.
    position = gen.schema.objects.index(child)
    below = _descendants(gen, child)
    candidates = [p for p in _parent_candidates(gen) if gen.schema.objects.index(p) < position
                  and (p.schema, p.name) not in child.parents and p.key not in below]
    parent = gen.pick(candidates)
    if parent is None:
        return False
    child.parents = sorted(child.parents + [(parent.schema, parent.name)])
    return True


def _descendants(gen, child: ChildTable) -> set:
    found, grew = {child.key}, True
    while grew:
        grew = False
        for c in gen.schema.of(ChildTable):
            if c.key not in found and any(("rel", *p) in found for p in c.parents):
                found.add(c.key)
                grew = True
    return found


def toggle_no_inherit(gen) -> bool:
    check = gen.pick([c for c in gen.schema.of(OwnConstraint) if c.kind == "check" and c.merges is None
                      and isinstance(gen.schema.find(("rel", c.schema, c.table)), ChildTable)])
    if check is None or not enabled("constraint_options"):
        return False
    sql = check.definition.sql
    sql = sql.removesuffix(" NO INHERIT") if sql.endswith(" NO INHERIT") else sql.removesuffix(" NOT VALID") + " NO INHERIT"
    check.definition = Expr(sql, check.definition.deps)
    return True


# -- sub-partitions -----------------------------------------------------------------

def _taken(gen, parent: tuple) -> list[str]:
    return [p.bound.sql for p in gen.schema.objects if getattr(p, "parent", None) == parent]


def add_subpartitioned(gen) -> SubPartitioned | None:
    root = gen.pick(gen.tables(partitioned=True))
    if root is None:
        return None
    probe = gen.add_partition(root)  # a free bound of the root, as its own partitions take them
    if probe is None:
        return None
    gen.schema.remove(probe)
    strategy, key = root.partition_by
    # Another column than the root's key may partition it only while no unique constraint of
    # the root lacks it (settle() drops it otherwise).
    columns = [c for c in root.columns if c.generated is None and c.type in INTEGERS + ("date", "text")]
    column = root.column(key) if gen.chance(0.6) else gen.pick(columns)
    sub = "HASH" if column.type not in INTEGERS + ("date", "text") or gen.chance(0.3) else \
        ("LIST" if column.type == "text" else "RANGE")
    part = SubPartitioned(root.schema, gen.name(f"{root.name[:16]}_sub"), (root.schema, root.name), probe.bound,
                          sub, column.name, column.type)
    gen.schema.add(part)
    for _ in range(gen.rng.randint(1, 2)):
        add_subpartition(gen, part)
    return part


def add_subpartition(gen, parent: SubPartitioned | None = None) -> SubPartition | None:
    parent = parent or gen.pick(gen.schema.of(SubPartitioned))
    if parent is None:
        return None
    taken = _taken(gen, (parent.schema, parent.name))
    free = [b for b in _sub_bounds(parent.column_type, parent.strategy) if b not in taken]
    if not free:
        return None
    typed = frozenset({("type", *parent.parent, parent.column, parent.column_type)})
    leaf = SubPartition(parent.schema, gen.name(f"{parent.name[:16]}_p"), (parent.schema, parent.name),
                        Expr(gen.pick(free), typed))
    return gen.schema.add(leaf)


def rebound_subpartition(gen) -> bool:
    leaf = gen.pick(gen.schema.of(SubPartition))
    if leaf is None:
        return False
    parent = gen.schema.find(("rel", *leaf.parent))
    taken = _taken(gen, leaf.parent)
    free = [b for b in _sub_bounds(parent.column_type, parent.strategy) if b not in taken]
    if not free:
        return False
    leaf.bound = Expr(gen.pick(free), leaf.bound.deps)
    return True


def _parent_column(gen, parent: tuple, name: str) -> Column | None:
    """Return the column `name` a parent (a table or a child) has, inherited or its own."""
    relation = gen.schema.find(("rel", *parent))
    if isinstance(relation, Table):
        return relation.column(name)
    if isinstance(relation, ChildTable):
        own = next((c for c in relation.columns if c.name == name), None)
        return own or next(filter(None, (_parent_column(gen, p, name) for p in relation.parents)), None)
    return None


def settle(gen) -> None:
    """Make a merged column the same as its parent's (type, collation: PostgreSQL refuses a
    conflict), and drop a SubPartitioned partition keyed by a column a unique constraint of its
    root lacks (PostgreSQL refuses either the constraint or the partition)."""
    for child in gen.schema.of(ChildTable):
        for column in child.columns:
            inherited = next(filter(None, (_parent_column(gen, p, column.name) for p in child.parents)), None)
            if inherited is not None and (column.type, column.collation, column.type_key) != \
                    (inherited.type, inherited.collation, inherited.type_key):
                column.type, column.collation, column.type_key = inherited.type, inherited.collation, inherited.type_key
                column.default = None
    for part in gen.schema.of(SubPartitioned):
        uniques = [c for c in gen.schema.of(Constraint) if c.kind in ("pk", "unique")
                   and (c.schema, c.table) == part.parent]
        if any(part.column not in c.columns for c in uniques):
            gen.schema.remove(part)
    gen.schema.prune()


# -- partitions' own constraints and indexes ----------------------------------------

def _partitions(gen, leaves_only: bool = False) -> list:
    leaves = gen.schema.of(Partition) + gen.schema.of(SubPartition)
    return leaves if leaves_only else leaves + gen.schema.of(SubPartitioned)


def add_own_constraint(gen) -> OwnConstraint | None:
    partition = gen.pick(_partitions(gen))
    if partition is None:
        return None
    root = _root(gen, partition)
    if root is None:
        return None
    s, t = partition.schema, partition.name
    partitioned = isinstance(partition, SubPartitioned)
    kinds = ["check", "unique", "fk"] + (["pk"] if not partitioned and not _has_pk(gen, root) and not any(
        c.kind == "pk" and c.table == t for c in gen.schema.of(OwnConstraint)) else [])
    kind = gen.pick(kinds)
    columns = _scalar_columns(gen, root)
    name = gen.name(f"{t[:20]}_{kind}")
    if kind == "check":
        column = gen.pick([c for c in root.columns if c.generated is None])
        check = gen._check(root.schema, root.name, column)
        flags = gen.pick(["", "", " NOT VALID"]) if enabled("constraint_options") and not partitioned else ""
        return gen.schema.add(OwnConstraint(s, t, name, "check", Expr(f"CHECK ({check.sql}){flags}", check.deps)))
    if kind == "fk":
        return _own_foreign_key(gen, root, partition, name)
    picked = [c.name for c in gen.rng.sample(columns, min(len(columns), gen.rng.randint(1, 2)))]
    if partitioned and partition.column not in picked:
        picked.append(partition.column)
    if not picked:
        return None
    deps = frozenset().union(*(_typed(root, root.column(c)) for c in picked))
    if kind == "pk":
        return gen.schema.add(OwnConstraint(s, t, name, "pk", Expr(f"PRIMARY KEY ({ident_list(picked)})", deps)))
    nulls = " NULLS NOT DISTINCT" if gen.chance(0.2) else ""
    return gen.schema.add(OwnConstraint(s, t, name, "unique", Expr(f"UNIQUE{nulls} ({ident_list(picked)})", deps)))


def _own_foreign_key(gen, root: Table, partition, name: str) -> OwnConstraint | None:
    targets = []
    for c in gen.schema.of(Constraint):
        parent = gen.schema.find(("rel", c.schema, c.table))
        if c.kind in ("pk", "unique") and len(c.columns) == 1 and isinstance(parent, Table) and not parent.partition_by:
            referenced = parent.column(c.columns[0])
            local = [x for x in root.columns if x.type == referenced.type and x.generated is None]
            targets += [(c, referenced, x) for x in local]
    picked = gen.pick(targets)
    if picked is None:
        return None
    target, referenced, column = picked
    body = f"FOREIGN KEY ({ident(column.name)}) REFERENCES {qualified(target.schema, target.table)} ({ident(referenced.name)})"
    if gen.chance(0.4):
        body += " ON DELETE " + gen.pick(["CASCADE", "SET NULL", "RESTRICT"])
    needs = _typed(root, column) | {("unique", target.schema, target.table, (referenced.name,)),
                                    ("type", target.schema, target.table, referenced.name, referenced.type),
                                    ("logged", target.schema, target.table)}
    return gen.schema.add(OwnConstraint(partition.schema, partition.name, name, "fk", Expr(body, frozenset(needs))))


def _index_body(gen, root: Table) -> Expr | None:
    columns = [c for c in _scalar_columns(gen, root) if c.type not in gen.unordered_types()]
    column = gen.pick(columns)
    if column is None:
        return None
    element, needs, method = ident(column.name), set(_typed(root, column)), "btree"
    r = gen.rng.random()
    if column.type in ("text", "varchar(20)") and r < 0.3:
        element = f"(lower({ident(column.name)}))"
    elif column.type in NUMERIC + TEXTY and column.type != "citext" and r < 0.45:
        method = "hash"
    elif r < 0.6:
        element += gen.pick([" DESC", " NULLS FIRST"])
    body = f"USING {method} ({element})"
    if gen.chance(0.25):
        other = gen.pick(root.columns)
        predicate = gen.predicate(root.schema, root.name, other.name, other.type)
        body += f" WHERE {predicate.sql}"
        needs |= predicate.deps
    return Expr(body, frozenset(needs))


def add_own_index(gen) -> OwnIndex | None:
    if gen.chance(0.4):
        attached = _attach_index(gen)
        if attached is not None:
            return attached
    partition = gen.pick(_partitions(gen))
    root = _root(gen, partition) if partition is not None else None
    body = _index_body(gen, root) if root is not None else None
    if body is None:
        return None
    unique = not isinstance(partition, SubPartitioned) and "hash" not in body.sql and gen.chance(0.3)
    return gen.schema.add(OwnIndex(partition.schema, partition.name, gen.name(f"{partition.name[:20]}_own"), body,
                                   unique))


def _attach_index(gen) -> OwnIndex | None:
    """Put a partition's index of a root index's definition just before that root index."""
    order = {id(o): i for i, o in enumerate(gen.schema.objects)}
    pairs = []
    for index in gen.schema.of(Index):
        for partition in _partitions(gen, leaves_only=True):
            root = _root(gen, partition)
            if root is not None and (root.schema, root.name) == (index.schema, index.table) \
                    and order[id(partition)] < order[id(index)]:
                pairs.append((partition, index))
    picked = gen.pick(pairs)
    if picked is None:
        return None
    partition, index = picked
    own = OwnIndex(partition.schema, partition.name, gen.name(f"{partition.name[:20]}_part"), index.body,
                   index.unique, attached=True)
    gen.schema.objects.insert(gen.schema.objects.index(index), own)
    return own


def change_own_check(gen) -> bool:
    check = gen.pick([c for c in gen.schema.of(OwnConstraint) if c.kind == "check" and c.merges is None])
    if check is None:
        return False
    relation = gen.schema.find(("rel", check.schema, check.table))
    if isinstance(relation, ChildTable):
        columns = [(n, t) for n, t in sorted(_child_columns(gen, relation).items()) if t in SCALARS]
        s, t = relation.schema, relation.name
    else:
        root = _root(gen, relation)
        columns = [(c.name, c.type) for c in root.columns if c.generated is None]
        s, t = root.schema, root.name
    picked = gen.pick(columns)
    if picked is None:
        return False
    flags = " NO INHERIT" if check.definition.sql.endswith(" NO INHERIT") else ""
    predicate = gen.predicate(s, t, *picked)
    check.definition = Expr(f"CHECK ({predicate.sql}){flags}", predicate.deps)
    return True


# -- the stream ---------------------------------------------------------------------

def _adding(add):
    return _named(add.__name__, lambda gen: add(gen) is not None)


EDITS = [(edit, "inheritance") for edit in (
    _adding(add_child), _drop_of(ChildTable, "drop_child"), add_child_column, drop_child_column, merge_column,
    change_parents, _adding(add_child_check), toggle_no_inherit)]
EDITS += [(edit, "subpartitions") for edit in (
    _adding(add_subpartitioned), _drop_of(SubPartitioned, "drop_subpartitioned"), _adding(add_subpartition),
    _drop_of(SubPartition, "drop_subpartition"), rebound_subpartition)]
EDITS += [(edit, "partition_parts") for edit in (
    _adding(add_own_constraint), _drop_of(OwnConstraint, "drop_own_constraint"), change_own_check,
    _adding(add_own_index), _drop_of(OwnIndex, "drop_own_index"))]

STEPS = [(add_child, "inheritance"), (add_subpartitioned, "subpartitions"), (add_own_constraint, "partition_parts"),
         (add_own_index, "partition_parts")]


def populate(gen: Generator, rng: random.Random) -> None:
    """Add objects of these kinds to gen's schema, drawing from `rng` only."""
    side = _side(gen, rng)
    steps = [step for step, kind in STEPS if enabled(kind)]
    for _ in range(rng.randint(0, 4) if steps else 0):
        side.pick(steps)(side)
    settle(side)
    gen.side_counter = side.counter


def edit(gen: Generator, rng: random.Random) -> list[str]:
    """Apply up to two random edits of these kinds (none in a third of the pairs); return their names."""
    side = _side(gen, rng)
    pool = [e for e, kind in EDITS if enabled(kind)]
    count = rng.choice([0, 1, 1, 2]) if pool else 0
    done, attempts = [], 0
    while len(done) < count and attempts < 30:
        attempts += 1
        chosen = side.pick(pool)
        if chosen(side):
            done.append(chosen.__name__)
        side.schema.prune()
    settle(side)
    gen.side_counter = side.counter
    return done


def _inherited_names(side: dict, child: ChildTable) -> set:
    names = set()
    for p in child.parents:
        parent = side.get(("rel", *p))
        if isinstance(parent, Table):
            names |= {c.name for c in parent.columns}
        elif isinstance(parent, ChildTable):
            names |= {c.name for c in parent.columns} | _inherited_names(side, parent)
    return names


def _root_indexes(side: dict, own: OwnIndex) -> set:
    """Return (name, definition) of the indexes of the partitioned table `own`'s partition belongs to."""
    relation = _root_of(side, own.schema, own.table)
    if relation is None:
        return set()
    return {(i.name, i.body.sql) for i in side.values()
            if isinstance(i, Index) and (i.schema, i.table) == (relation.schema, relation.name)}


def _root_of(side: dict, schema: str, name: str):
    """Return the root table of the partition `schema.name` on one side, or None."""
    relation = side.get(("rel", schema, name))
    while isinstance(relation, (Partition, SubPartition, SubPartitioned)):
        relation = side.get(("rel", *relation.parent))
    return relation if isinstance(relation, Table) else None


def _root_not_null_toggles(one: dict, two: dict, key: OwnConstraint) -> bool:
    """Whether a column of `key` (its deps name them, see _typed) is NOT NULL in its
    partition's root table on one side only."""
    a, b = _root_of(one, key.schema, key.table), _root_of(two, key.schema, key.table)
    if a is None or b is None:
        return False
    columns = {d[3] for d in key.definition.deps if d[0] == "type" and d[1:3] == (a.schema, a.name)}
    was = {c.name: c.not_null for c in a.columns}
    return any(c.name in columns and c.name in was and was[c.name] != c.not_null for c in b.columns)


def _column_order_shifts(one: dict, two: dict, child: ChildTable) -> bool:
    """Whether a parent of a child kept on both sides gains or loses columns while the child
    has columns after that parent's (its own, or a later parent's)."""
    for position, p in enumerate(child.parents):
        a, b = one.get(("rel", *p)), two.get(("rel", *p))
        if a is None or b is None:
            continue
        if {c.name for c in a.columns} != {c.name for c in b.columns} and (
                child.columns or position < len(child.parents) - 1):
            return True
    return False


def known_bug(one: dict, two: dict) -> str | None:
    """Return the AVOID switch these kinds trip in a pair ({key: object} of each side), or None."""
    everything = list(one.values()) + list(two.values())
    published = any(isinstance(o, Publication) for o in everything)
    children = [c for c in everything if isinstance(c, ChildTable)]
    if avoid("column_setting_reaches_new_child"):
        for setting in (o for o in everything if isinstance(o, TableSetting) and o.column is not None):
            for child in children:
                if (setting.schema, setting.table) in child.parents and (
                        (setting.key in one) != (setting.key in two) or (child.key in one) != (child.key in two)):
                    return "column_setting_reaches_new_child"
    if avoid("inherited_check_declared_locally") and any(
            isinstance(c, OwnConstraint) and c.merges is not None and ("rel", c.schema, c.table) in one
            and ("rel", c.schema, c.table) in two and one.get(c.key) != two.get(c.key) for c in everything):
        return "inherited_check_declared_locally"
    for key in one.keys() & two.keys():
        a, b = one[key], two[key]
        if not (isinstance(a, ChildTable) and isinstance(b, ChildTable)):
            continue
        if avoid("inherited_column_declared_locally"):
            # (On either side: also keeps out generated_column_kept_plain_source_dropped.)
            inherited = _inherited_names(one, a) | _inherited_names(two, b)
            local_a, local_b = {c.name for c in a.columns}, {c.name for c in b.columns}
            if inherited & (local_a ^ local_b):
                return "inherited_column_declared_locally"
        if avoid("recreated_table_in_new_publication") and published and a.parents != b.parents:
            return "recreated_table_in_new_publication"
        if avoid("child_column_order") and _column_order_shifts(one, two, a):
            return "child_column_order"
        if avoid("recreated_table_with_children") and a.parents != b.parents and any(
                (a.schema, a.name) in c.parents for c in children):
            return "recreated_table_with_children"
    if avoid("parent_not_null_under_partition_key") and any(
            isinstance(c, OwnConstraint) and c.kind == "pk" and one.get(c.key) == two.get(c.key)
            and _root_not_null_toggles(one, two, c) for c in one.values()):
        return "parent_not_null_under_partition_key"
    if avoid("partition_index_attached_by_new_parent_index"):
        for key in one.keys() & two.keys():
            a = one[key]
            if isinstance(a, OwnIndex) and a.attached and _root_indexes(one, a) != _root_indexes(two, two[key]):
                return "partition_index_attached_by_new_parent_index"
    return None
