"""Kinds the differ is gaining (features.FUTURE_KINDS): written, off until supported.

Each kind has its object class, an `add_*` step for new schemas and edits for the
second schema of a pair; `STEPS` and `EDITS` name the switch each one needs, so turning a
kind on in features.py is the only change needed to put it under test.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemadiff.quote import ident, ident_list, literal, qualified

from .objects import Column, Expr, Function, Obj, Table, Trigger, View


@dataclass
class UserType(Obj):
    """An enum, domain, composite or range type; columns of it depend on ("udt", schema, name)."""

    schema: str
    name: str
    kind: str  # "enum" | "domain" | "composite" | "range"
    labels: list[str]  # enum labels; composite "name type" items; [base type, check] of a domain; [subtype] of a range
    options: str = ""  # of a domain, after its type: e.g. ' COLLATE "C" DEFAULT 'x' NOT NULL'
    check_name: str | None = None  # of a domain's check: CONSTRAINT name CHECK (...)

    @property
    def key(self):
        return ("udt", self.schema, self.name)

    @property
    def type_name(self) -> str:
        return qualified(self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def provides(self, types):
        # A composite's attributes, for what names one (typed_tables.py's WITH OPTIONS).
        attributes = [label.rsplit(" ", 1)[0] for label in self.labels] if self.kind == "composite" else []
        return {self.key: None} | {("attr", self.schema, self.name, a): None for a in attributes}

    def statements(self):
        name = self.type_name
        if self.kind == "enum":
            return [f"CREATE TYPE {name} AS ENUM ({', '.join(literal(v) for v in self.labels)});"]
        if self.kind == "domain":
            base, check = self.labels
            named = f" CONSTRAINT {ident(self.check_name)}" if self.check_name and check else ""
            return [f"CREATE DOMAIN {name} AS {base}{self.options}" + (f"{named} CHECK ({check})" if check else "") + ";"]
        if self.kind == "composite":
            return [f"CREATE TYPE {name} AS ({', '.join(self.labels)});"]
        return [f"CREATE TYPE {name} AS RANGE (subtype = {self.labels[0]});"]


@dataclass
class Statistics(Obj):
    schema: str
    name: str
    table: str
    kinds: tuple[str, ...]  # () for one expression alone (PostgreSQL then takes no kinds)
    columns: tuple[str, ...]
    expression: Expr | None = None  # e.g. (lower(col)), after the columns
    target: int | None = None  # ALTER STATISTICS ... SET STATISTICS

    @property
    def key(self):
        return ("stat", self.schema, self.name)

    def deps(self):
        needs = {("rel", self.schema, self.table)} | {("col", self.schema, self.table, c) for c in self.columns}
        return needs | (self.expression.deps if self.expression else set())

    def statements(self):
        name = qualified(self.schema, self.name)
        kinds = f" ({', '.join(self.kinds)})" if self.kinds else ""
        elements = [ident(c) for c in self.columns] + ([self.expression.sql] if self.expression else [])
        out = [f"CREATE STATISTICS {name}{kinds} ON {', '.join(elements)} FROM {qualified(self.schema, self.table)};"]
        if self.target is not None:
            out.append(f"ALTER STATISTICS {name} SET STATISTICS {self.target};")
        return out


# Column settings ALTER COLUMN spells as a keyword; the others are attribute options, SET (...).
COLUMN_KEYWORDS = ("storage", "compression", "statistics")


@dataclass
class TableSetting(Obj):
    """ALTER TABLE ... SET (option = value) of a plain table, or of a column when `column`:
    SET STORAGE / COMPRESSION / STATISTICS value, or SET (option = value)."""

    schema: str
    table: str
    option: str
    value: str
    column: str | None = None
    column_type: str | None = None  # storage and compression hold for the column's type only

    @property
    def key(self):
        return ("setting", self.schema, self.table, self.column, self.option)

    def deps(self):
        if self.column is None:
            return {("plain", self.schema, self.table)}
        needs = {("table", self.schema, self.table), ("col", self.schema, self.table, self.column)}
        if self.column_type is not None:
            needs.add(("type", self.schema, self.table, self.column, self.column_type))
        return needs

    def statements(self):
        table = qualified(self.schema, self.table)
        if self.column is None:
            return [f"ALTER TABLE {table} SET ({self.option} = {self.value});"]
        prefix = f"ALTER TABLE {table} ALTER COLUMN {ident(self.column)}"
        if self.option in COLUMN_KEYWORDS:
            return [f"{prefix} SET {self.option.upper()} {self.value};"]
        return [f"{prefix} SET ({self.option} = {self.value});"]


TYPE_KINDS = {"enums": "enum", "domains": "domain", "composite_types": "composite", "range_types": "range"}


def add_type(gen, kind: str) -> UserType:
    schema = gen.pick(gen.schema_names())
    if kind == "enum":
        labels = gen.rng.sample(["new", "paid", "it's", "Shipped", "on hold"], gen.rng.randint(1, 4))
    elif kind == "domain":
        labels = gen.pick([["integer", "VALUE > 0"], ["text", "length(VALUE) < 20"], ["numeric(10,2)", ""]])
    elif kind == "composite":
        labels = [f"{ident(gen.name('f'))} {t}" for t in gen.rng.sample(["integer", "text", "date"], 2)]
    else:
        labels = [gen.pick(["integer", "numeric", "date"])]
    udt = gen.schema.add(UserType(schema, gen.name(kind), kind, list(labels)))
    if kind == "domain":
        udt.options = _domain_options(gen, udt.labels[0])
        udt.check_name = gen.name("check") if gen.chance(0.4) else None
    table = gen.pick(gen.tables())
    if table is not None:
        table.columns.append(Column(gen.name("col"), udt.type_name, type_key=udt.key))
        gen.schema.remove(udt)
        gen.schema.objects.insert(gen.schema.objects.index(table), udt)
    return udt


def change_type(gen, kind: str) -> bool:
    udt = gen.pick([u for u in gen.schema.of(UserType) if u.kind == kind])
    if udt is None:
        return False
    if kind == "enum" and len(udt.labels) > 1 and gen.chance(0.3):
        udt.labels.remove(gen.pick(udt.labels))  # the type is replaced, its columns converted
    elif kind == "enum":
        label = gen.name("label")
        udt.labels.insert(gen.rng.randint(0, len(udt.labels)), label)  # ADD VALUE BEFORE/AFTER
    elif kind == "domain" and gen.chance(0.4):
        options = _domain_options(gen, udt.labels[0])
        if options == udt.options:
            return False
        udt.options = options
    elif kind == "domain":
        udt.labels[1] = gen.pick([c for c in ("VALUE > 0", "VALUE IS NOT NULL", "") if c != udt.labels[1]]) \
            if udt.labels[0] != "text" else gen.pick(["length(VALUE) < 30", ""])
    elif kind == "composite" and len(udt.labels) > 1 and gen.chance(0.3):
        udt.labels.remove(gen.pick(udt.labels))  # DROP ATTRIBUTE
    elif kind == "composite":
        udt.labels.append(f"{ident(gen.name('f'))} boolean")
    else:
        return False
    return True


def _domain_options(gen, base: str) -> str:
    """Return a domain's COLLATE, DEFAULT and NOT NULL, each at random."""
    options = ""
    if base == "text" and gen.chance(0.3):
        options += ' COLLATE "C"'
    if gen.chance(0.4):
        options += {"integer": " DEFAULT 1", "text": " DEFAULT 'x'", "numeric(10,2)": " DEFAULT 0.5"}[base]
    if gen.chance(0.3):
        options += " NOT NULL"
    return options


def add_statistics(gen) -> Statistics | None:
    table = gen.pick([t for t in gen.tables() if len(t.columns) >= 2])
    if table is None:
        return None
    usable = [c for c in table.columns if c.type not in gen.unordered_types()]  # (no btree operator class)
    if len(usable) < 2:
        return None
    columns = tuple(sorted(c.name for c in gen.rng.sample(usable, 2)))
    expression = None
    sources = [c for c in table.columns if c.type in ("text", "integer", "bigint")]
    if sources and gen.chance(0.4):
        source = gen.pick(sources)
        text = f"(lower({ident(source.name)}))" if source.type == "text" else f"(({ident(source.name)} + 1))"
        expression = Expr(text, frozenset({("type", table.schema, table.name, source.name, source.type)}))
        columns = columns[:gen.rng.randint(0, 1)]
    kinds = tuple(k for k in ("ndistinct", "dependencies", "mcv") if gen.chance(0.6)) or ("ndistinct",)
    if not columns:
        kinds = ()  # one expression alone: statistics of that expression only
    stat = Statistics(table.schema, gen.name("stat"), table.name, kinds, columns, expression)
    stat.target = gen.pick([0, 200]) if gen.chance(0.3) else None
    return gen.schema.add(stat)


def change_statistics(gen) -> bool:
    stat = gen.pick(gen.schema.of(Statistics))
    if stat is None:
        return False
    if gen.chance(0.5) or not stat.kinds:
        stat.target = gen.pick([t for t in (None, 50, 500) if t != stat.target])
    else:
        stat.kinds = gen.pick([k for k in (("mcv",), ("ndistinct", "dependencies")) if k != stat.kinds])
    return True


def add_reloption(gen) -> TableSetting | None:
    table = gen.pick(gen.tables(partitioned=False))
    if table is None:
        return None
    option, value = gen.pick([("fillfactor", str(gen.pick([70, 90]))), ("autovacuum_enabled", "false"),
                              ("parallel_workers", "2"), ("toast.autovacuum_enabled", "false"),
                              ("autovacuum_vacuum_scale_factor", "0.05"), ("log_autovacuum_min_duration", "100")])
    if gen.schema.find(("setting", table.schema, table.name, None, option)) is not None:
        return None
    return gen.schema.add(TableSetting(table.schema, table.name, option, value))


def add_storage(gen) -> TableSetting | None:
    """A column's STORAGE, COMPRESSION (of a type that can be stored out of line),
    STATISTICS target or attribute option (n_distinct)."""
    table = gen.pick(gen.tables())
    if table is None:
        return None
    option = gen.pick(["storage", "compression", "statistics", "n_distinct", "n_distinct_inherited"])
    columns = [c for c in table.columns if c.generated is None]
    if option in ("storage", "compression"):
        columns = [c for c in columns if c.type in ("text", "jsonb", "bytea", "text[]", "integer[]")]
    column = gen.pick(columns)
    if column is None or gen.schema.find(("setting", table.schema, table.name, column.name, option)):
        return None
    value = _column_setting_value(gen, option, column.type)
    column_type = column.type if option in ("storage", "compression") else None
    return gen.schema.add(TableSetting(table.schema, table.name, option, value, column.name, column_type))


def _column_setting_value(gen, option: str, column_type: str, other_than: str | None = None) -> str:
    choices = {
        "storage": ["EXTERNAL", "MAIN", "EXTENDED"] + (["PLAIN"] if column_type == "text" else []),
        "compression": ["pglz", "lz4"],
        "statistics": ["0", "500", "-1"],
        "n_distinct": ["100", "-0.5"],
        "n_distinct_inherited": ["50", "-1"],
    }[option]
    return gen.pick([c for c in choices if c != other_than])


def change_setting(gen, storage: bool) -> bool:
    setting = gen.pick([s for s in gen.schema.of(TableSetting) if (s.column is not None) == storage])
    if setting is None:
        return False
    if gen.chance(0.4):
        gen.schema.remove(setting)
        return True
    if storage:
        setting.value = _column_setting_value(gen, setting.option, setting.column_type, setting.value)
    elif setting.option == "fillfactor":
        setting.value = "80" if setting.value != "80" else "60"
    else:
        return False
    return True


def _named(name, func):
    func.__name__ = name
    return func


def _drop_of(cls, name):
    def edit(gen):
        obj = gen.pick(gen.schema.of(cls))
        return obj is not None and (gen.schema.remove(obj) or True)
    return _named(name, edit)


STEPS = [(_named(f"add_{udt}", lambda gen, k=udt: add_type(gen, k)), switch) for switch, udt in TYPE_KINDS.items()]
STEPS += [(add_statistics, "statistics"), (add_reloption, "reloptions"), (add_storage, "column_storage")]

EDITS = [(_named(f"add_{udt}", lambda gen, k=udt: add_type(gen, k) is not None), switch)
         for switch, udt in TYPE_KINDS.items()]
EDITS += [(_named(f"change_{udt}", lambda gen, k=udt: change_type(gen, k)), switch) for switch, udt in TYPE_KINDS.items()]
EDITS += [(_drop_of(UserType, "drop_type"), switch) for switch in TYPE_KINDS]
EDITS += [(_named("add_statistics", lambda gen: add_statistics(gen) is not None), "statistics"),
          (_drop_of(Statistics, "drop_statistics"), "statistics"),
          (_named("add_reloption", lambda gen: add_reloption(gen) is not None), "reloptions"),
          (_named("change_reloption", lambda gen: change_setting(gen, False)), "reloptions"),
          (_named("add_storage", lambda gen: add_storage(gen) is not None), "column_storage"),
          (_named("change_storage", lambda gen: change_setting(gen, True)), "column_storage")]


# -- options of the kinds objects.py builds (features: table_options, function_options, ...) --

def toggle_unlogged(gen) -> bool:
    table = gen.pick(gen.tables(partitioned=False))
    if table is None:
        return False
    table.unlogged = not table.unlogged
    return True


def change_replica_identity(gen) -> bool:
    table = gen.pick(gen.tables())
    if table is None:
        return False
    table.replica_identity = gen.pick([r for r in (None, "FULL", "NOTHING") if r != table.replica_identity])
    return True


def change_function_options(gen) -> bool:
    fn = gen.pick([f for f in gen.schema.of(Function) if f.returns not in (None, "trigger", "event_trigger")
                   and f.arguments])
    if fn is None:
        return False
    before = (fn.cost, fn.rows, fn.parallel, fn.leakproof, fn.defaults)
    gen.function_options(fn)
    return (fn.cost, fn.rows, fn.parallel, fn.leakproof, fn.defaults) != before


def change_trigger_state(gen) -> bool:
    trigger = gen.pick(gen.schema.of(Trigger))
    if trigger is None or trigger.timing == "INSTEAD OF":
        return False
    trigger.state = gen.pick([s for s in (None, "DISABLE", "ENABLE REPLICA", "ENABLE ALWAYS") if s != trigger.state])
    return True


def toggle_matview_data(gen) -> bool:
    # Populated only from populated sources, and emptied only when no populated materialized
    # view reads it (a materialized view WITH NO DATA cannot be read).
    readers = {v.source for v in gen.schema.of(View) if v.materialized and v.with_data}
    view = gen.pick([v for v in gen.schema.of(View) if v.materialized and (
        gen.populated(v.source) if not v.with_data else (v.schema, v.name) not in readers)])
    if view is None:
        return False
    view.with_data = not view.with_data
    return True


def change_collation(gen) -> bool:
    """Give a text column another collation (or none): a type change, as far as its
    dependents are concerned."""
    table = gen.pick(gen.tables())
    columns = [c for c in table.columns if c.type in ("text", "varchar(20)") and c.generated is None] if table else []
    column = gen.pick([c for c in columns if not (table.partition_by and c.name == table.partition_by[1])])
    if column is None:
        return False
    column.collation = gen.pick([c for c in (None, '"C"', '"POSIX"') if c != column.collation])
    if column.type_key is not None and column.type_key[0] == "collation":
        column.type_key = None  # no longer of the collation object
    return True


EDITS += [(_named("change_statistics", change_statistics), "statistics"),
          (_named("toggle_unlogged", toggle_unlogged), "table_options"),
          (_named("change_replica_identity", change_replica_identity), "table_options"),
          (_named("change_function_options", change_function_options), "function_options"),
          (_named("change_trigger_state", change_trigger_state), "trigger_options"),
          (_named("toggle_matview_data", toggle_matview_data), "matview_options"),
          (_named("change_collation", change_collation), "collations")]
