"""Random schemas: a Generator adds random objects of every enabled kind to a Schema.

All randomness comes from one random.Random, so a seed gives the same schema on every
machine. Names are unique across the whole pair (one counter), and some need quoting:
mixed case, spaces, double quotes, reserved words.
"""

from __future__ import annotations

import random

from schemadiff.quote import ident, ident_list, literal, qualified

from . import catalog_kinds, more_kinds, pgdump_kinds
from .features import avoid, enabled
from .objects import (Column, Comment, Constraint, Expr, Extension, Function, Grant, Index,
                      Partition, Policy, Role, Schema, SchemaObj, Sequence, SequenceOwner,
                      Table, Trigger, View)

ROLES = ("gen_reader", "gen Writer", 'gen"admin')
WORDS = ("items", "orders", "users", "events", "notes", "tags", "jobs", "stats", "accounts", "audit")
RESERVED = ("user", "order", "select", "table", "group", "check", "default", "from", "limit", "primary")

NUMERIC = ("integer", "bigint", "smallint", "numeric(10,2)", "numeric", "double precision")
TEXTY = ("text", "varchar(20)", "citext")
TIMES = ("timestamptz", "timestamp", "date")
OTHERS = ("boolean", "jsonb", "uuid", "integer[]", "text[]", "bytea", "interval", "tstzrange")
INTEGERS = ("integer", "bigint", "smallint")
TYPES = NUMERIC + TEXTY + TIMES + OTHERS

DEFAULTS = {
    "integer": ("0", "42"), "bigint": ("-1",), "smallint": ("7",), "numeric(10,2)": ("1.50",),
    "numeric": ("0",), "double precision": ("0.5",), "text": ("'n/a'", "'it''s'"),
    "varchar(20)": ("'x'",), "citext": ("'Ab'",), "timestamptz": ("now()", "CURRENT_TIMESTAMP"),
    "timestamp": ("LOCALTIMESTAMP",), "date": ("CURRENT_DATE", "'2020-01-01'::date"),
    "boolean": ("true", "false"), "jsonb": ("'{}'::jsonb",), "uuid": ("gen_random_uuid()",),
    "integer[]": ("'{}'::integer[]",), "text[]": ("ARRAY['a', 'b']",), "interval": ("'1 day'::interval",),
}


def retype_targets(column_type: str) -> tuple[str, ...]:
    """Return the types a column can change to with `USING col::type` (tables are empty)."""
    if column_type in NUMERIC:
        return tuple(t for t in NUMERIC + ("text",) if t != column_type)
    if column_type in TEXTY:
        return tuple(t for t in TEXTY + ("integer", "date") if t != column_type)
    if column_type in TIMES:
        return tuple(t for t in TIMES + ("text",) if t != column_type)
    if column_type == "integer[]":
        return ("bigint[]", "text[]")
    return ("text",)


class Generator:
    def __init__(self, rng: random.Random, schema: Schema | None = None, counter: int = 0, words_used=(),
                 side_counter: int = 1_000_000, typed_counter: int = 2_000_000):
        self.rng = rng
        self.schema = schema or Schema()
        self.counter = counter
        self.words_used = set(words_used)  # reserved words are names once per pair
        # The names of table_kinds.py's stream count apart (from far above this counter's reach),
        # so that stream leaves the names of the other kinds as they were.
        self.side_counter = side_counter
        self.typed_counter = typed_counter  # typed_tables.py's, likewise

    def fork(self, rng: random.Random) -> "Generator":
        """Return a generator over a copy of this schema that keeps naming where this one stopped."""
        return Generator(rng, self.schema.copy(), self.counter, self.words_used, self.side_counter, self.typed_counter)

    # -- names ------------------------------------------------------------------------

    def name(self, base: str) -> str:
        self.counter += 1
        n, r = self.counter, self.rng.random()
        if r < 0.07:
            word = self.rng.choice(RESERVED)
            if word not in self.words_used:
                self.words_used.add(word)
                return word
        if r < 0.15:
            return f"{base.title()} {n}"
        if r < 0.2:
            return f'{base}"{n}'
        if r < 0.25:
            return f"{base.title()}{n}"
        return f"{base}_{n}"

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items):
        items = list(items)
        return self.rng.choice(items) if items else None

    # -- lookups ----------------------------------------------------------------------

    def available(self) -> dict:
        return self.schema.prune()

    def schema_names(self) -> list[str]:
        return ["public"] + [s.name for s in self.schema.of(SchemaObj)]

    def tables(self, partitioned: bool | None = None) -> list[Table]:
        found = [t for t in self.schema.of(Table)]
        if partitioned is not None:
            found = [t for t in found if bool(t.partition_by) == partitioned]
        return found

    def relations(self) -> list:
        return self.schema.of(Table) + self.schema.of(View)

    def populated(self, source) -> bool:
        """Whether relation `source` (schema, name) can be read: not a materialized view WITH NO DATA."""
        relation = self.schema.find(("rel", *source))
        return not (isinstance(relation, View) and relation.materialized and not relation.with_data)

    def ensure_role(self, name: str) -> None:
        if self.schema.find(("role", name)) is None:
            self.schema.objects.insert(0, Role(name))

    def ensure_extension(self, name: str) -> bool:
        if not (enabled("extensions")):
            return False
        if self.schema.find(("ext", name)) is None:
            self.schema.objects.insert(0, Extension(name))
        return True

    def unordered_types(self) -> set[str]:
        """Return the column types without btree and hash operator classes (base types of
        pgdump_kinds.py): no index, unique constraint or GROUP BY on them."""
        return {b.type_name for b in self.schema.of(pgdump_kinds.BaseTypeObj)}

    def columns_of(self, relation) -> list[tuple[str, str]]:
        """Return [(column, type)] of a table or view, types resolved through views."""
        available = self.available()
        schema, name = relation.schema, relation.name
        return sorted((k[3], v) for k, v in available.items() if k[0] == "col" and k[1:3] == (schema, name))

    # -- expressions -------------------------------------------------------------------

    def predicate(self, schema: str, rel: str, column: str, column_type: str, prefix: str = "") -> Expr:
        """Return a boolean expression over one column; typed ones depend on its type."""
        c = prefix + ident(column)
        typed = ("type", schema, rel, column, column_type)
        base = column_type.removesuffix("[]")
        if self.chance(0.4) or column_type in ("jsonb", "bytea", "tstzrange", "uuid", "interval") or base != column_type:
            return Expr(f"{c} IS NOT NULL", frozenset({("col", schema, rel, column)}))
        if column_type in NUMERIC:
            text = self.pick([f"{c} > 0", f"{c} BETWEEN 0 AND 1000", f"{c} <> 13"])
        elif column_type in TEXTY:
            text = self.pick([f"length({c}) < 50", f"{c} <> ''", f"{c} IN ('a', 'b c')"])
        elif column_type == "boolean":
            text = self.pick([c, f"NOT {c}"])
        elif column_type in TIMES:
            text = f"{c} > '2000-01-01'"
        else:
            return Expr(f"{c} IS NOT NULL", frozenset({("col", schema, rel, column)}))
        return Expr(text, frozenset({typed}))

    def default_for(self, table: Table, column: Column) -> Expr | None:
        if not enabled("defaults"):
            return None
        if column.type in INTEGERS + ("numeric",) and self.chance(0.3) and enabled("sequences"):
            seqs = [s for s in self.schema.of(Sequence)]
            seq = self.pick(seqs) if seqs and self.chance(0.7) else None
            if seq is None:
                seq = self.add_sequence(table.schema, before=table)
            regclass = literal(qualified(seq.schema, seq.name))
            return Expr(f"nextval({regclass}::regclass)", frozenset({seq.key}))
        callable_ = [f for f in self.schema.of(Function) if f.returns in ("integer", "bigint", "numeric")
                     and f.arguments and f.arguments[0][1] == "integer" and not f.body.deps]
        if column.type in NUMERIC and callable_ and self.chance(0.3) and \
                not avoid("chain_default_calls_function_return_type_change"):
            fn = self.pick(callable_)  # the call stays valid whatever the function returns
            return Expr(f"{qualified(fn.schema, fn.name)}(1)", frozenset({fn.key}))
        options = DEFAULTS.get(column.type)
        if not options:
            return None
        return Expr(self.pick(options), frozenset())

    # -- tables -----------------------------------------------------------------------

    def new_column(self, table: Table, *, last: bool = True) -> Column:
        column_type = self.pick(TYPES)
        if column_type == "citext" and not self.ensure_extension("citext"):
            column_type = "text"
        column = Column(self.name("col"), column_type, not_null=self.chance(0.25))
        if self.chance(0.3):
            column.default = self.default_for(table, column)
        if column.default is None and column.not_null is False and self.chance(0.15) and last \
                and enabled("generated") and not table.partition_by:
            sources = [c for c in table.columns if c.generated is None and c.type in NUMERIC + ("text",)]
            source = self.pick(sources)
            if source is not None:
                column.type, column.generated = self.generation(table, source)
        if column.type in ("text", "varchar(20)") and enabled("collations") and self.chance(0.15):
            column.collation = ident(self.pick(["C", "POSIX"]))
        return column

    def generation(self, table: Table, source: Column) -> tuple[str, Expr]:
        typed = frozenset({("type", table.schema, table.name, source.name, source.type)})
        if source.type in NUMERIC:
            return "numeric", Expr(f"{ident(source.name)} * 2", typed)
        return "text", Expr(self.pick([f"upper({ident(source.name)})", f"{ident(source.name)} || '!'"]), typed)

    def add_table(self, schema: str | None = None, partitioned: bool | None = None) -> Table:
        schema = schema or self.pick(self.schema_names())
        if partitioned is None:
            partitioned = enabled("partitions") and self.chance(0.2)
        id_type = self.pick(INTEGERS)
        id_column = Column(self.name("id"), id_type, not_null=True)
        table = Table(schema, self.name(self.pick(WORDS)), [id_column])
        if not partitioned and enabled("identity") and self.chance(0.3):
            id_column.identity = self.pick(["ALWAYS", "BY DEFAULT"])
            if not avoid("identity_sequence_options") and self.chance(0.3):
                id_column.identity_options = self.pick(["START WITH 10", "INCREMENT BY 5", "START WITH 3 CACHE 5"])
        elif self.chance(0.3):
            id_column.default = self.default_for(table, id_column)
        key_column = None
        if partitioned:
            strategy = self.pick(["RANGE", "LIST", "HASH"])
            key_type = {"RANGE": self.pick(["integer", "date"]), "LIST": "text", "HASH": "integer"}[strategy]
            key_column = Column(self.name("part"), key_type, not_null=True)
            table.columns.append(key_column)
            table.partition_by = (strategy, key_column.name)
        for _ in range(self.rng.randint(1, 4)):
            table.columns.append(self.new_column(table))
        self.schema.add(table)
        if enabled("constraints") and self.chance(0.8):
            pk_columns = (id_column.name,) + ((key_column.name,) if key_column else ())
            self.add_constraint(table, "pk", pk_columns)
        if partitioned:
            for _ in range(self.rng.randint(1, 3)):
                self.add_partition(table)
        if enabled("rls") and self.chance(0.2):
            table.rls = True
            table.force_rls = self.chance(0.3)
        if enabled("table_options"):
            table.unlogged = not partitioned and self.chance(0.15)
            table.replica_identity = self.pick(["FULL", "NOTHING"]) if self.chance(0.15) else None
        return table

    def add_partition(self, table: Table) -> Partition | None:
        strategy, key = table.partition_by
        key_type = table.column(key).type
        typed = frozenset({("type", table.schema, table.name, key, key_type)})
        # (Every partition of the table counts, table_kinds.py's partitioned ones too.)
        taken = [p.bound.sql for p in self.schema.objects if getattr(p, "parent", None) == (table.schema, table.name)]
        n = len(taken)
        if strategy == "HASH":
            options = [f"FOR VALUES WITH (MODULUS 4, REMAINDER {r})" for r in range(4)]
        elif strategy == "LIST":
            options = [f"FOR VALUES IN ({literal(w)})" for w in ("a", "b", "c d")] + ["FOR VALUES IN ('e', 'f')", "DEFAULT"]
        elif key_type == "integer":
            options = [f"FOR VALUES FROM ({lo}) TO ({lo + 100})" for lo in (0, 100, 200)] + ["DEFAULT"]
        else:
            options = [f"FOR VALUES FROM ('{y}-01-01') TO ('{y + 1}-01-01')" for y in (2023, 2024, 2025)] + ["DEFAULT"]
        free = [o for o in options if o not in taken]
        if not free or n >= 3:
            return None
        partition = Partition(table.schema, self.name(f"{table.name[:20]}_p"), (table.schema, table.name),
                              Expr(self.pick(free), typed))
        return self.schema.add(partition)

    def add_constraint(self, table: Table, kind: str | None = None, columns: tuple = ()) -> Constraint | None:
        kind = kind or self.pick(["check", "check", "unique", "fk", "exclude"])
        s, t = table.schema, table.name
        name = self.name(f"{t[:20]}_{kind}")
        if kind == "pk":
            for c in columns:
                table.column(c).not_null = True
            cols = frozenset({("col", s, t, c) for c in columns})
            return self.schema.add(Constraint(s, t, name, "pk", Expr(f"PRIMARY KEY ({ident_list(columns)})", cols), columns))
        usable = [c for c in table.columns if c.generated is None]
        if kind == "check":
            column = self.pick(usable)
            check = self._check(s, t, column)
            flags = ""
            if enabled("constraint_options") and not table.partition_by and self.chance(0.3):
                flags = self.pick([" NOT VALID", " NO INHERIT"])
            return self.schema.add(Constraint(s, t, name, "check", Expr(f"CHECK ({check.sql}){flags}", check.deps)))
        if kind == "unique":
            simple = [c for c in usable if c.type not in ("jsonb", "tstzrange", "bytea", *self.unordered_types())]
            picked = tuple(sorted({c.name for c in self.rng.sample(simple, min(len(simple), self.rng.randint(1, 2)))}))
            if table.partition_by:
                picked = tuple(dict.fromkeys(picked + (table.partition_by[1],)))
            if not picked:
                return None
            nulls = " NULLS NOT DISTINCT" if self.chance(0.2) else ""
            cols = frozenset({("col", s, t, c) for c in picked})
            return self.schema.add(Constraint(s, t, name, "unique", Expr(f"UNIQUE{nulls} ({ident_list(picked)})", cols), picked))
        if kind == "fk":
            return self._foreign_key(table, name)
        if kind == "exclude" and enabled("exclusion") and not table.partition_by:
            ranges = [c for c in usable if c.type == "tstzrange"]
            scalars = [c for c in usable if c.type in ("integer", "bigint", "text")]
            if ranges and self.chance(0.5):
                column, op, needs = self.pick(ranges), "&&", set()
            elif scalars and self.ensure_extension("btree_gist"):
                column, op, needs = self.pick(scalars), "=", {("ext", "btree_gist")}
            else:
                return None
            typed = {("type", s, t, column.name, column.type)} | needs
            where = ""
            if self.chance(0.3):
                other = self.pick(usable)
                pred = self.predicate(s, t, other.name, other.type)
                where, typed = f" WHERE ({pred.sql})", typed | pred.deps
            body = f"EXCLUDE USING gist ({ident(column.name)} WITH {op}){where}"
            return self.schema.add(Constraint(s, t, name, "exclude", Expr(body, frozenset(typed))))
        return None

    def _check(self, s: str, t: str, column: Column) -> Expr:
        helpers = [f for f in self.schema.of(Function)
                   if f.returns == "boolean" and f.volatility == "IMMUTABLE" and len(f.arguments) == 1
                   and f.arguments[0][1] == column.type]
        if helpers and self.chance(0.4):
            fn = self.pick(helpers)
            return Expr(f"{qualified(fn.schema, fn.name)}({ident(column.name)})",
                        frozenset({("fnret", *fn.signature, "boolean"), ("type", s, t, column.name, column.type)}))
        return self.predicate(s, t, column.name, column.type)

    def _foreign_key(self, table: Table, name: str) -> Constraint | None:
        targets = []
        for c in self.schema.of(Constraint):
            parent = self.schema.find(("rel", c.schema, c.table))
            if c.kind in ("pk", "unique") and len(c.columns) == 1 and isinstance(parent, Table) and not parent.partition_by:
                targets.append((c, parent.column(c.columns[0])))
        if not targets:
            return None
        target, parent_column = self.pick(targets)
        s, t = table.schema, table.name
        local = [c for c in table.columns if c.type == parent_column.type and c.generated is None and c.identity is None]
        if not local or self.chance(0.3):
            column = Column(self.name("ref"), parent_column.type)
            table.columns.append(column)
        else:
            column = self.pick(local)
        ps, pt, pc = target.schema, target.table, parent_column.name
        body = f"FOREIGN KEY ({ident(column.name)}) REFERENCES {qualified(ps, pt)} ({ident(pc)})"
        if enabled("constraint_options") and self.chance(0.2):
            body += " MATCH FULL"
        if self.chance(0.5):
            body += " ON DELETE " + self.pick(["CASCADE", "SET NULL", "RESTRICT", "NO ACTION"])
        if self.chance(0.3):
            body += " ON UPDATE " + self.pick(["CASCADE", "RESTRICT"])
        if self.chance(0.2):
            body += " DEFERRABLE" + self.pick(["", " INITIALLY DEFERRED"])
        # (A logged table may reference only logged ones: required of every referenced table.)
        needs = frozenset({("type", s, t, column.name, column.type), ("unique", ps, pt, (pc,)),
                           ("type", ps, pt, pc, parent_column.type), ("logged", ps, pt)})
        return self.schema.add(Constraint(s, t, name, "fk", Expr(body, needs)))

    # -- indexes ----------------------------------------------------------------------

    def add_index(self, relation=None) -> Index | None:
        relation = relation or self.pick([r for r in self.relations() if not isinstance(r, View) or r.materialized])
        if relation is None:
            return None
        s, t = relation.schema, relation.name
        columns = self.columns_of(relation)
        if not columns:
            return None
        column, column_type = self.pick(columns)
        if column_type in self.unordered_types():
            return None
        typed = ("type", s, t, column, column_type)
        needs = {("col", s, t, column)}
        partitioned = isinstance(relation, Table) and relation.partition_by
        method, unique, element = "btree", False, ident(column)
        r = self.rng.random()
        if column_type in ("jsonb", "integer[]", "text[]") and r < 0.6:
            method, needs = "gin", {typed}
        elif column_type == "tstzrange":
            method, needs = "gist", {typed}
        elif column_type == "text" and r < 0.3 and self.ensure_extension("pg_trgm"):
            method, needs = "gin", {typed, ("ext", "pg_trgm")}
            element = f"{ident(column)} gin_trgm_ops"
        elif column_type in NUMERIC + TIMES and r < 0.2:
            method = "brin"
        elif column_type in NUMERIC + TEXTY and r < 0.3 and column_type != "citext":
            method = "hash"
        elif column_type in TEXTY and r < 0.45:
            element, needs = f"(lower({ident(column)}))", {typed}
        elif column_type in INTEGERS and r < 0.55:
            helpers = [f for f in self.schema.of(Function) if f.volatility == "IMMUTABLE" and len(f.arguments) == 1
                       and f.arguments[0][1] == column_type and f.returns not in (None, "trigger")
                       and not f.returns.startswith("SETOF")]
            fn = self.pick(helpers)
            if fn is not None:
                element = f"({qualified(fn.schema, fn.name)}({ident(column)}))"
                needs = {typed, ("fnimm", *fn.signature, fn.returns)}
            else:
                element, needs = f"(({ident(column)} + 1))", {typed}
        elif column_type not in ("bytea", "jsonb", "uuid") and r < 0.8:
            if self.chance(0.3):
                element += self.pick([" DESC", " DESC NULLS LAST", " NULLS FIRST"])
            unique = self.chance(0.3) and not partitioned
        body = f"USING {method} ({element})"
        if method == "btree" and self.chance(0.2):
            others = [c for c, _ in columns if c != column]
            if others:
                extra = self.pick(others)
                body += f" INCLUDE ({ident(extra)})"
                needs.add(("col", s, t, extra))
        if enabled("reloptions") and self.chance(0.2):
            option = {"btree": "fillfactor = 70", "hash": "fillfactor = 80", "gin": "fastupdate = off",
                      "gist": "buffering = on", "brin": "pages_per_range = 32"}[method]
            body += f" WITH ({option})"
        if self.chance(0.25) and not (isinstance(relation, View) and relation.grouped):
            other, other_type = self.pick(columns)
            pred = self.predicate(s, t, other, other_type)
            body += f" WHERE {pred.sql}"
            needs |= pred.deps
        return self.schema.add(Index(s, t, self.name(f"{t[:20]}_idx"), Expr(body, frozenset(needs)), unique))

    # -- sequences --------------------------------------------------------------------

    def sequence_options(self) -> dict:
        options = {}
        if self.chance(0.5):
            options["START"] = self.rng.randint(1, 1000)
        if self.chance(0.3):
            options["INCREMENT"] = self.pick([2, 5, 10])
        if self.chance(0.2):
            options["CACHE"] = self.pick([1, 10, 20])
        if self.chance(0.2):
            options["CYCLE"] = True
        return options

    def add_sequence(self, schema: str | None = None, before=None) -> Sequence:
        seq = Sequence(schema or self.pick(self.schema_names()), self.name("seq"), self.sequence_options(),
                       unlogged=enabled("unlogged_sequences") and self.chance(0.2))
        if before is not None and before in self.schema.objects:
            self.schema.objects.insert(self.schema.objects.index(before), seq)
        else:
            self.schema.add(seq)
        return seq

    def add_sequence_owner(self) -> SequenceOwner | None:
        seqs = [s for s in self.schema.of(Sequence) if self.schema.find(("seqowner", s.schema, s.name)) is None]
        seq = self.pick(seqs)
        tables = [t for t in self.tables() if t.schema == getattr(seq, "schema", None)]
        table = self.pick(tables)
        if table is None:
            return None
        return self.schema.add(SequenceOwner(seq.schema, seq.name, table.name, self.pick(table.columns).name))

    # -- views ------------------------------------------------------------------------

    def add_view(self, materialized: bool = False) -> View | None:
        source = self.pick(self.relations())
        if source is None:
            return None
        columns = self.columns_of(source)
        if not columns:
            return None
        schema = self.pick(self.schema_names())
        view = View(schema, self.name("mv" if materialized else "v"), (source.schema, source.name), [],
                    materialized=materialized)
        self.fill_view(view, columns)
        return self.schema.add(view)

    def fill_view(self, view: View, columns: list) -> None:
        picked = self.rng.sample(columns, min(len(columns), self.rng.randint(1, 3)))
        view.columns = [((self.name("alias") if self.chance(0.2) else c), c) for c, _ in sorted(picked)]
        view.where = None
        if self.chance(0.4):
            c, c_type = self.pick(columns)
            view.where = self.predicate(*view.source, c, c_type)
        ungroupable = ("jsonb", "tstzrange", *self.unordered_types())
        view.grouped = self.chance(0.3) and all(t not in ungroupable for c, t in picked) and \
            not any(out == "n" for out, _ in view.columns)
        view.options, view.check_option = (), None
        if view.materialized and enabled("matview_options"):
            # (Populating it needs its source populated: a materialized view WITH NO DATA cannot be read.)
            view.with_data = not self.chance(0.2) and self.populated(view.source)
            view.options = ("fillfactor = 60",) if self.chance(0.2) else ()
        if not view.materialized:
            options = [o for o in ("security_invoker", "security_barrier") if self.chance(0.2)]
            view.options = tuple(options)
            source = self.schema.find(("rel", *view.source))
            if not view.grouped and isinstance(source, Table) and self.chance(0.2):
                view.check_option = self.pick(["LOCAL", "CASCADED"])

    # -- routines ---------------------------------------------------------------------

    def add_function(self, name: str | None = None, arg_type: str | None = None) -> Function:
        schema = self.pick(self.schema_names())
        arg_type = arg_type or self.pick(["integer", "text", "bigint"])
        arg = self.name("arg")
        a = ident(arg)
        r = self.rng.random()
        needs = frozenset()
        if r < 0.35:
            returns, language = "boolean", "sql"
            body = f"SELECT {a} IS NOT NULL" if arg_type == "text" else f"SELECT {a} > 0"
        elif r < 0.6:
            returns, language = self.pick(["integer", "bigint", "numeric"]), "sql"
            expr = f"length({a})" if arg_type == "text" else f"{a} + 1"
            body = f"SELECT ({expr})::{returns}"
        elif r < 0.8:
            returns, language = self.pick(["integer", "bigint"]), "plpgsql"
            expr = f"length({a})" if arg_type == "text" else f"{a} * 2"
            body = f"\nBEGIN\n  RETURN {expr};\nEND\n"
        else:
            tables = self.tables()
            table = self.pick(tables)
            if table is None:
                return self.add_function(name, arg_type)
            returns, language = "bigint", "sql"
            body = f"SELECT count(*) FROM {qualified(table.schema, table.name)}"
            needs = frozenset({table.key})
        if enabled("function_options") and arg_type != "text" and r < 0.35 and self.chance(0.3):
            # A set-returning one (never IMMUTABLE: indexes and checks pick those).
            returns, language, body = "SETOF integer", "sql", f"SELECT generate_series(1, {a}::integer)"
        volatility = "IMMUTABLE" if not needs and self.chance(0.6) else self.pick(["STABLE", "VOLATILE"])
        if returns.startswith("SETOF") and volatility == "IMMUTABLE":
            volatility = "STABLE"
        fn = Function(schema, name or self.name("fn"), [(arg, arg_type)], returns, language, Expr(body, needs),
                      volatility, strict=self.chance(0.3))
        if self.chance(0.15):
            fn.security_definer, fn.search_path = True, self.pick(["pg_catalog", "''"])
        if enabled("function_options"):
            self.function_options(fn)
        self.schema.add(fn)
        self.add_routine_grants(fn)
        return fn

    def function_options(self, fn: Function) -> None:
        """Set COST, ROWS, PARALLEL, LEAKPROOF and an argument default at random."""
        fn.cost = self.pick([1, 5, 1000]) if self.chance(0.3) else None
        fn.rows = self.pick([10, 50]) if fn.returns.startswith("SETOF") and self.chance(0.6) else None
        fn.parallel = self.pick(["SAFE", "RESTRICTED", "UNSAFE"]) if self.chance(0.3) else None
        fn.leakproof = self.chance(0.15)
        defaults = {"integer": "1", "bigint": "2", "text": "'x'"}
        fn.defaults = (defaults[fn.arguments[0][1]],) if self.chance(0.2) else ()

    def add_overload(self) -> Function | None:
        fn = self.pick([f for f in self.schema.of(Function) if f.returns not in (None, "trigger")])
        if fn is None:
            return None
        types = {f.arguments[0][1] for f in self.schema.of(Function) if (f.schema, f.name) == (fn.schema, fn.name) and f.arguments}
        free = [t for t in ("integer", "text", "bigint") if t not in types]
        if not free:
            return None
        overload = self.add_function(fn.name, self.pick(free))
        self.schema.remove(overload)
        overload.schema = fn.schema
        return self.schema.add(overload)

    def add_procedure(self) -> Function:
        schema = self.pick(self.schema_names())
        if self.chance(0.5):
            body, language = "\nBEGIN\n  PERFORM 1;\nEND\n", "plpgsql"
        else:
            body, language = "SELECT 1", "sql"
        proc = Function(schema, self.name("proc"), [(self.name("p"), self.pick(["integer", "text"]))], None,
                        language, Expr(body))
        self.schema.add(proc)
        self.add_routine_grants(proc)
        return proc

    def add_routine_grants(self, fn: Function) -> None:
        if not enabled("grants"):
            return
        kind = "FUNCTION" if fn.returns is not None else "PROCEDURE"
        if self.chance(0.2):
            self.schema.add(Grant(kind, fn.target(), fn.key, ("EXECUTE",), None))
        if self.chance(0.2):
            role = self.pick(ROLES)
            self.ensure_role(role)
            self.schema.add(Grant(kind, fn.target(), fn.key, ("EXECUTE",), role))

    def trigger_function(self) -> Function:
        existing = [f for f in self.schema.of(Function) if f.returns == "trigger"]
        if existing and self.chance(0.6):
            return self.pick(existing)
        body = self.pick([
            "\nBEGIN\n  RETURN NEW;\nEND\n",
            "\nBEGIN\n  IF TG_OP = 'DELETE' THEN\n    RETURN OLD;\n  END IF;\n  RETURN NEW;\nEND\n",
            "\nBEGIN\n  RETURN NULL;\nEND\n",
        ])
        fn = Function(self.pick(self.schema_names()), self.name("trg_fn"), [], "trigger", "plpgsql", Expr(body))
        return self.schema.add(fn)

    def add_trigger(self, relation=None, name: str | None = None) -> Trigger | None:
        relation = relation or self.pick([r for r in self.relations() if not (isinstance(r, View) and r.materialized)])
        if relation is None:
            return None
        fn = self.trigger_function()
        s, t = relation.schema, relation.name
        name = name or self.name("trg")
        arguments = tuple(self.pick(["a", "it's", "x y"]) for _ in range(self.rng.randint(0, 2)))
        if isinstance(relation, View):
            events = tuple(sorted(self.rng.sample(["INSERT", "UPDATE", "DELETE"], self.rng.randint(1, 2))))
            return self.schema.add(Trigger(s, t, name, "INSTEAD OF", events, fn.signature, arguments=arguments))
        for_each = "STATEMENT" if self.chance(0.3) else "ROW"
        pool = ["INSERT", "UPDATE", "DELETE"] + (["TRUNCATE"] if for_each == "STATEMENT" else [])
        sample = self.rng.sample(pool, self.rng.randint(1, 2))
        events = tuple(e for e in ("INSERT", "UPDATE", "DELETE", "TRUNCATE") if e in sample)
        timing = self.pick(["BEFORE", "AFTER"])
        trigger = Trigger(s, t, name, timing, events, fn.signature, for_each, arguments=arguments)
        if enabled("trigger_options"):
            trigger.state = self.pick(["DISABLE", "ENABLE REPLICA", "ENABLE ALWAYS"]) if self.chance(0.2) else None
            if for_each == "ROW" and "TRUNCATE" not in events and self.chance(0.15):
                trigger.timing = "AFTER"
                trigger.constraint = self.pick(["", " DEFERRABLE", " DEFERRABLE INITIALLY DEFERRED"])
            elif timing == "AFTER" and len(events) == 1 and events[0] != "TRUNCATE" and self.chance(0.3) \
                    and not (relation.partition_by and for_each == "ROW"):
                # Transition tables: one event, no column list (never added below to these).
                side = {"INSERT": "NEW", "DELETE": "OLD"}.get(events[0], self.pick(["NEW", "OLD"]))
                trigger.referencing = f"REFERENCING {side} TABLE AS {ident(self.name('changed'))}"
        plain = [c for c in relation.columns if c.generated is None]  # WHEN cannot read NEW.generated
        if "UPDATE" in events and trigger.referencing is None and self.chance(0.3):
            trigger.update_columns = (self.pick(plain).name,)
        if for_each == "ROW" and self.chance(0.3) and set(events) <= {"INSERT", "UPDATE"}:
            column = self.pick(plain)
            trigger.when = self.predicate(s, t, column.name, column.type, prefix="NEW.")
        return self.schema.add(trigger)

    # -- security ---------------------------------------------------------------------

    def add_policy(self, table: Table | None = None, name: str | None = None) -> Policy | None:
        table = table or self.pick(self.tables())
        if table is None:
            return None
        if enabled("rls"):
            table.rls = True
        s, t = table.schema, table.name
        command = self.pick(["ALL", "SELECT", "INSERT", "UPDATE", "DELETE"])
        roles = tuple(sorted(set(self.rng.sample(ROLES, self.rng.randint(0, 2)))))
        for role in roles:
            self.ensure_role(role)
        policy = Policy(s, t, name or self.name("pol"), command, not self.chance(0.2), roles)
        if command != "INSERT" and self.chance(0.8):
            policy.using = self.policy_expr(table)
        if command in ("ALL", "INSERT", "UPDATE") and (self.chance(0.5) or command == "INSERT"):
            policy.check = self.policy_expr(table)
        return self.schema.add(policy)

    def policy_expr(self, table: Table) -> Expr:
        column = self.pick(table.columns)
        if self.chance(0.15):
            return Expr("true")
        if self.chance(0.15):
            return Expr(f"current_user = {literal(self.pick(ROLES))}")
        return self._check(table.schema, table.name, column)

    def add_grant(self) -> Grant | None:
        role = self.pick(ROLES)
        targets = []
        partitions = [] if avoid("partition_grants_and_comment") else self.schema.of(Partition)
        for rel in self.relations() + partitions:
            privileges = ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"]
            if isinstance(rel, View) and rel.materialized:
                privileges = ["SELECT"]
            targets.append(("TABLE", qualified(rel.schema, rel.name), rel.key, privileges))
        for seq in self.schema.of(Sequence):
            targets.append(("SEQUENCE", qualified(seq.schema, seq.name), seq.key, ["USAGE", "SELECT", "UPDATE"]))
        for sch in self.schema.of(SchemaObj):
            targets.append(("SCHEMA", ident(sch.name), sch.key, ["USAGE", "CREATE"]))
        target = self.pick(targets)
        if target is None:
            return None
        kind, rendered, key, privileges = target
        sample = self.rng.sample(privileges, self.rng.randint(1, min(3, len(privileges))))
        picked = tuple(p for p in privileges if p in sample)
        table = self.schema.find(key)
        if isinstance(table, Table) and not avoid("table_column_grant") and self.chance(0.25):
            column = self.pick(table.columns).name
            picked = (f"{self.pick(['SELECT', 'UPDATE', 'INSERT'])} ({ident(column)})",)
            self.ensure_role(role)
            grant = Grant(kind, rendered, key, picked, role)
            grant.column_key = ("col", table.schema, table.name, column)
            return self.schema.add(grant)
        self.ensure_role(role)
        return self.schema.add(Grant(kind, rendered, key, picked, role, grant_option=self.chance(0.15)))

    # -- comments ---------------------------------------------------------------------

    def comment_targets(self) -> list[tuple[str, str, tuple]]:
        targets = []
        for obj in self.schema.objects:
            if isinstance(obj, SchemaObj):
                targets.append(("SCHEMA", ident(obj.name), obj.key))
            elif isinstance(obj, Table):
                targets.append(("TABLE", qualified(obj.schema, obj.name), obj.key))
                for c in obj.columns:
                    if c.generated is not None and avoid("chain_generated_column_with_comment_and_index"):
                        continue
                    targets.append(("COLUMN", f"{qualified(obj.schema, obj.name)}.{ident(c.name)}",
                                    ("col", obj.schema, obj.name, c.name)))
            elif isinstance(obj, Partition) and not avoid("partition_grants_and_comment"):
                targets.append(("TABLE", qualified(obj.schema, obj.name), obj.key))
            elif isinstance(obj, View):
                targets.append(("MATERIALIZED VIEW" if obj.materialized else "VIEW", qualified(obj.schema, obj.name), obj.key))
                if not avoid("view_comment_and_grants"):
                    targets += [("COLUMN", f"{qualified(obj.schema, obj.name)}.{ident(out)}", ("col", obj.schema, obj.name, out))
                                for out, _ in obj.columns]
            elif isinstance(obj, Index):
                targets.append(("INDEX", qualified(obj.schema, obj.name), obj.key))
            elif isinstance(obj, Sequence):
                targets.append(("SEQUENCE", qualified(obj.schema, obj.name), obj.key))
            elif isinstance(obj, Function):
                targets.append(("FUNCTION" if obj.returns is not None else "PROCEDURE", obj.target(), obj.key))
            elif isinstance(obj, (Trigger, Policy)):
                kind = "TRIGGER" if isinstance(obj, Trigger) else "POLICY"
                targets.append((kind, f"{ident(obj.name)} ON {qualified(obj.schema, obj.table)}", obj.key))
            elif isinstance(obj, Constraint) and not avoid("constraint_comment"):
                targets.append(("CONSTRAINT", f"{ident(obj.name)} ON {qualified(obj.schema, obj.table)}", obj.key))
        taken = {c.target_key for c in self.schema.of(Comment)}
        return [t for t in targets if t[2] not in taken]

    def add_comment(self) -> Comment | None:
        target = self.pick(self.comment_targets())
        if target is None:
            return None
        return self.schema.add(Comment(*target, self.comment_text()))

    def comment_text(self) -> str:
        return self.pick(["Keeps the rows.", "it's quoted", "multi\nline", "Ünïcode", "50% off; -- not SQL"])

    # -- schemas ----------------------------------------------------------------------

    def add_schema(self) -> SchemaObj:
        sch = self.schema.add(SchemaObj(self.name("app")))
        return sch

    # -- a whole schema ---------------------------------------------------------------

    def populate(self) -> Schema:
        """Fill the schema with a handful of random objects of the enabled kinds."""
        if enabled("schemas") and self.chance(0.5):
            self.add_schema()
        if enabled("functions") and self.chance(0.5):
            self.add_function()
        for _ in range(self.rng.randint(1, 3)):
            self.add_table()
        steps = [(self.add_table, "schemas"), (self.add_constraint_somewhere, "constraints"),
                 (self.add_index, "indexes"), (self.add_view, "views"),
                 (lambda: self.add_view(materialized=True), "matviews"), (self.add_function, "functions"),
                 (self.add_overload, "functions"), (self.add_procedure, "procedures"),
                 (self.add_trigger, "triggers"), (self.add_policy, "policies"), (self.add_grant, "grants"),
                 (self.add_comment, "comments"), (self.add_sequence, "sequences"),
                 (self.add_sequence_owner, "sequences")]
        kinds = more_kinds.STEPS + catalog_kinds.STEPS + pgdump_kinds.STEPS
        steps += [(lambda step=step: step(self), kind) for step, kind in kinds]
        steps = [step for step, kind in steps if enabled(kind)]
        for _ in range(self.rng.randint(3, 8)):
            self.pick(steps)()
        self.schema.prune()
        return self.schema

    def add_constraint_somewhere(self) -> Constraint | None:
        table = self.pick(self.tables())
        return self.add_constraint(table) if table is not None else None

