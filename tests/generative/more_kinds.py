"""Kinds the differ is gaining (features.FUTURE_KINDS): written, off until supported.

Each kind has its object class, an `add_*` step for new schemas and edits for the
second schema of a pair; `STEPS` and `EDITS` name the switch each one needs, so turning a
kind on in features.py is the only change needed to put it under test.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemadiff.quote import ident, ident_list, literal, qualified

from .objects import Column, Obj


@dataclass
class UserType(Obj):
    """An enum, domain, composite or range type; columns of it depend on ("udt", schema, name)."""

    schema: str
    name: str
    kind: str  # "enum" | "domain" | "composite" | "range"
    labels: list[str]  # enum labels; composite "name type" items; [base type, check] of a domain; [subtype] of a range

    @property
    def key(self):
        return ("udt", self.schema, self.name)

    @property
    def type_name(self) -> str:
        return qualified(self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def statements(self):
        name = self.type_name
        if self.kind == "enum":
            return [f"CREATE TYPE {name} AS ENUM ({', '.join(literal(v) for v in self.labels)});"]
        if self.kind == "domain":
            base, check = self.labels
            return [f"CREATE DOMAIN {name} AS {base}" + (f" CHECK ({check})" if check else "") + ";"]
        if self.kind == "composite":
            return [f"CREATE TYPE {name} AS ({', '.join(self.labels)});"]
        return [f"CREATE TYPE {name} AS RANGE (subtype = {self.labels[0]});"]


@dataclass
class Statistics(Obj):
    schema: str
    name: str
    table: str
    kinds: tuple[str, ...]
    columns: tuple[str, ...]

    @property
    def key(self):
        return ("stat", self.schema, self.name)

    def deps(self):
        return {("rel", self.schema, self.table)} | {("col", self.schema, self.table, c) for c in self.columns}

    def statements(self):
        return [f"CREATE STATISTICS {qualified(self.schema, self.name)} ({', '.join(self.kinds)}) "
                f"ON {ident_list(self.columns)} FROM {qualified(self.schema, self.table)};"]


@dataclass
class TableSetting(Obj):
    """ALTER TABLE ... SET (option = value), or ALTER COLUMN ... SET STORAGE when `column`."""

    schema: str
    table: str
    option: str
    value: str
    column: str | None = None

    @property
    def key(self):
        return ("setting", self.schema, self.table, self.column, self.option)

    def deps(self):
        needs = {("plain", self.schema, self.table)}
        if self.column is not None:
            needs.add(("col", self.schema, self.table, self.column))
        return needs

    def statements(self):
        table = qualified(self.schema, self.table)
        if self.column is not None:
            return [f"ALTER TABLE {table} ALTER COLUMN {ident(self.column)} SET STORAGE {self.value};"]
        return [f"ALTER TABLE {table} SET ({self.option} = {self.value});"]


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
    if kind == "enum":
        label = gen.name("label")
        udt.labels.insert(gen.rng.randint(0, len(udt.labels)), label)  # ADD VALUE BEFORE/AFTER
    elif kind == "domain":
        udt.labels[1] = gen.pick([c for c in ("VALUE > 0", "VALUE IS NOT NULL", "") if c != udt.labels[1]]) \
            if udt.labels[0] != "text" else gen.pick(["length(VALUE) < 30", ""])
    elif kind == "composite":
        udt.labels.append(f"{ident(gen.name('f'))} boolean")
    else:
        return False
    return True


def add_statistics(gen) -> Statistics | None:
    table = gen.pick([t for t in gen.tables() if len(t.columns) >= 2])
    if table is None:
        return None
    columns = tuple(sorted(c.name for c in gen.rng.sample(table.columns, 2)))
    kinds = tuple(k for k in ("ndistinct", "dependencies", "mcv") if gen.chance(0.6)) or ("ndistinct",)
    return gen.schema.add(Statistics(table.schema, gen.name("stat"), table.name, kinds, columns))


def add_reloption(gen) -> TableSetting | None:
    table = gen.pick(gen.tables(partitioned=False))
    if table is None:
        return None
    option, value = gen.pick([("fillfactor", str(gen.pick([70, 90]))), ("autovacuum_enabled", "false"),
                              ("parallel_workers", "2")])
    if gen.schema.find(("setting", table.schema, table.name, None, option)) is not None:
        return None
    return gen.schema.add(TableSetting(table.schema, table.name, option, value))


def add_storage(gen) -> TableSetting | None:
    table = gen.pick(gen.tables(partitioned=False))
    column = gen.pick([c for c in table.columns if c.type in ("text", "jsonb", "bytea")]) if table else None
    if column is None or gen.schema.find(("setting", table.schema, table.name, column.name, "storage")):
        return None
    value = gen.pick(["EXTERNAL", "MAIN", "PLAIN" if column.type == "text" else "EXTERNAL"])
    return gen.schema.add(TableSetting(table.schema, table.name, "storage", value, column.name))


def change_setting(gen, storage: bool) -> bool:
    setting = gen.pick([s for s in gen.schema.of(TableSetting) if (s.column is not None) == storage])
    if setting is None:
        return False
    if gen.chance(0.4):
        gen.schema.remove(setting)
        return True
    if storage:
        setting.value = gen.pick([v for v in ("EXTERNAL", "MAIN", "EXTENDED") if v != setting.value])
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
