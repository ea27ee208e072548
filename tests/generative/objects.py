"""A schema as a list of objects in creation order, each rendering its own SQL statements.

Every object names the keys it needs (`deps`) and the keys it offers (`provides`), as
tuples such as ("rel", schema, name), ("col", schema, rel, column) and
("type", schema, rel, column, type). A dependent that only needs a column's name (a
view selecting it) depends on "col"; one that needs its type too (a CHECK comparing it
with a number) depends on "type", so a type change invalidates it. `Schema.prune()`
keeps exactly the objects whose needs are met by earlier objects: edits just change or
remove things and prune cascades, the way DROP ... CASCADE would.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from schemadiff.quote import dollar_quote, ident, ident_list, literal, qualified

Key = tuple


@dataclass
class Expr:
    """A SQL fragment and the keys it needs."""

    sql: str
    deps: frozenset = frozenset()


class Obj:
    key: Key

    def deps(self) -> set:
        return set()

    def provides(self, types: dict) -> dict:
        """Return {key: None} plus {("col", ...): type} for relations; `types` maps known columns to types."""
        return {self.key: None}

    def repair(self, available: set) -> bool:
        """Drop the parts whose needs are unmet; return False when the object itself must go."""
        return self.deps() <= available

    def statements(self) -> list[str]:
        raise NotImplementedError


@dataclass
class Role(Obj):
    name: str

    @property
    def key(self):
        return ("role", self.name)

    def statements(self):
        body = f" BEGIN CREATE ROLE {ident(self.name)}; EXCEPTION WHEN duplicate_object THEN NULL; END "
        return [f"DO {dollar_quote(body)};"]


@dataclass
class SchemaObj(Obj):
    name: str

    @property
    def key(self):
        return ("schema", self.name)

    def statements(self):
        return [f"CREATE SCHEMA {ident(self.name)};"]


@dataclass
class Extension(Obj):
    name: str

    @property
    def key(self):
        return ("ext", self.name)

    def statements(self):
        return [f"CREATE EXTENSION {ident(self.name)};"]


@dataclass
class Column:
    name: str
    type: str
    not_null: bool = False
    default: Expr | None = None
    identity: str | None = None  # "ALWAYS" | "BY DEFAULT"
    generated: Expr | None = None
    type_key: Key | None = None  # the user-defined type (more_kinds.UserType) or collation (catalog_kinds) it uses
    identity_options: str | None = None  # e.g. "START WITH 10", the identity sequence's options
    collation: str | None = None  # e.g. '"C"', as COLLATE takes it, of a text column

    def sql(self) -> str:
        text = f"{ident(self.name)} {self.type}"
        if self.collation is not None:
            text += f" COLLATE {self.collation}"
        if self.generated is not None:
            text += f" GENERATED ALWAYS AS ({self.generated.sql}) STORED"
        if self.identity is not None:
            text += f" GENERATED {self.identity} AS IDENTITY"
            if self.identity_options:
                text += f" ({self.identity_options})"
        if self.default is not None:
            text += f" DEFAULT {self.default.sql}"
        if self.not_null:
            text += " NOT NULL"
        return text


TYPE_EXTENSIONS = {"citext": "citext"}


@dataclass
class Table(Obj):
    schema: str
    name: str
    columns: list[Column]
    partition_by: tuple[str, str] | None = None  # (strategy, key column)
    rls: bool = False
    force_rls: bool = False
    unlogged: bool = False
    replica_identity: str | None = None  # "FULL" | "NOTHING"; None: DEFAULT

    @property
    def key(self):
        return ("rel", self.schema, self.name)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)

    def _column_deps(self, column: Column) -> set:
        needs = set()
        for expr in (column.default, column.generated):
            if expr is not None:
                needs |= expr.deps
        return needs

    def deps(self):
        needs = {("schema", self.schema)}
        for column in self.columns:
            ext = TYPE_EXTENSIONS.get(column.type.removesuffix("[]"))
            if ext:
                needs.add(("ext", ext))
            if column.type_key is not None:
                needs.add(column.type_key)
        return needs

    def provides(self, types):
        out = {self.key: None, ("table", self.schema, self.name): None, ("populated", self.schema, self.name): None}
        if self.partition_by:
            out[("partitioned", self.schema, self.name)] = None
        else:
            out[("plain", self.schema, self.name)] = None
        if not self.unlogged:  # what a logged table's foreign key may reference
            out[("logged", self.schema, self.name)] = None
        for c in self.columns:
            out[("col", self.schema, self.name, c.name)] = c.type
            out[("type", self.schema, self.name, c.name, c.type)] = None
        return out

    def repair(self, available):
        if ("schema", self.schema) not in available:
            return False
        own = set()
        for c in self.columns:
            if TYPE_EXTENSIONS.get(c.type.removesuffix("[]")) and ("ext", TYPE_EXTENSIONS[c.type.removesuffix("[]")]) not in available:
                c.type = "text" + ("[]" if c.type.endswith("[]") else "")
                c.default = None
            if c.type_key is not None and c.type_key not in available:
                c.type, c.type_key, c.default, c.collation = "text", None, None, None
            own |= {("col", self.schema, self.name, c.name), ("type", self.schema, self.name, c.name, c.type)}
        for c in self.columns:
            if c.default is not None and not c.default.deps <= available | own:
                c.default = None
            if c.generated is not None and not c.generated.deps <= available | own:
                c.generated = None
        return True

    def statements(self):
        unlogged = "UNLOGGED " if self.unlogged else ""
        head = f"CREATE {unlogged}TABLE {qualified(self.schema, self.name)} ({', '.join(c.sql() for c in self.columns)})"
        if self.partition_by:
            strategy, column = self.partition_by
            head += f" PARTITION BY {strategy} ({ident(column)})"
        out = [head + ";"]
        if self.rls:
            out.append(f"ALTER TABLE {qualified(self.schema, self.name)} ENABLE ROW LEVEL SECURITY;")
        if self.force_rls:
            out.append(f"ALTER TABLE {qualified(self.schema, self.name)} FORCE ROW LEVEL SECURITY;")
        if self.replica_identity is not None:
            out.append(f"ALTER TABLE {qualified(self.schema, self.name)} REPLICA IDENTITY {self.replica_identity};")
        return out


@dataclass
class Partition(Obj):
    schema: str
    name: str
    parent: tuple[str, str]
    bound: Expr  # "FOR VALUES ..." or "DEFAULT"

    @property
    def key(self):
        return ("rel", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema), ("partitioned", *self.parent)} | self.bound.deps

    def provides(self, types):
        return {self.key: None, ("partition", self.schema, self.name): None, ("populated", self.schema, self.name): None}

    def statements(self):
        return [f"CREATE TABLE {qualified(self.schema, self.name)} PARTITION OF {qualified(*self.parent)} {self.bound.sql};"]


@dataclass
class Constraint(Obj):
    schema: str
    table: str
    name: str
    kind: str  # "pk" | "unique" | "check" | "fk" | "exclude"
    definition: Expr
    columns: tuple[str, ...] = ()  # the key columns of a pk / unique

    @property
    def key(self):
        return ("constraint", self.schema, self.table, self.name)

    def deps(self):
        return {("rel", self.schema, self.table)} | self.definition.deps

    def provides(self, types):
        out = {self.key: None, ("relname", self.schema, self.name): None}
        if self.kind in ("pk", "unique"):
            out[("unique", self.schema, self.table, self.columns)] = None
        if self.kind == "pk":
            out[("pk", self.schema, self.table)] = None
        if self.kind == "check" and "NO INHERIT" not in self.definition.sql:
            # What a child's check of the same name and text merges with (table_kinds.py).
            out[("checkdef", self.schema, self.table, self.name, self.definition.sql)] = None
        return out

    def statements(self):
        return [f"ALTER TABLE {qualified(self.schema, self.table)} ADD CONSTRAINT {ident(self.name)} {self.definition.sql};"]


@dataclass
class Index(Obj):
    schema: str
    table: str
    name: str
    body: Expr  # "USING method (...) [INCLUDE (...)] [WHERE ...]"
    unique: bool = False

    @property
    def key(self):
        return ("relname", self.schema, self.name)

    def deps(self):
        return {("rel", self.schema, self.table)} | self.body.deps

    def statements(self):
        unique = "UNIQUE " if self.unique else ""
        return [f"CREATE {unique}INDEX {ident(self.name)} ON {qualified(self.schema, self.table)} {self.body.sql};"]


@dataclass
class Sequence(Obj):
    schema: str
    name: str
    options: dict = field(default_factory=dict)  # {"START": 5, "INCREMENT": 2, "CACHE": 1, "CYCLE": True}
    unlogged: bool = False

    @property
    def key(self):
        return ("seq", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def statements(self):
        parts = [f"CREATE {'UNLOGGED ' if self.unlogged else ''}SEQUENCE {qualified(self.schema, self.name)}"]
        for option in sorted(self.options):
            value = self.options[option]
            if option == "CYCLE":
                parts.append("CYCLE" if value else "NO CYCLE")
            else:
                parts.append(f"{option} {value}")
        return [" ".join(parts) + ";"]


@dataclass
class SequenceOwner(Obj):
    schema: str
    sequence: str
    table: str
    column: str

    @property
    def key(self):
        return ("seqowner", self.schema, self.sequence)

    def deps(self):
        return {("seq", self.schema, self.sequence), ("col", self.schema, self.table, self.column)}

    def statements(self):
        return [f"ALTER SEQUENCE {qualified(self.schema, self.sequence)} OWNED BY {qualified(self.schema, self.table)}.{ident(self.column)};"]


@dataclass
class View(Obj):
    """SELECT some columns of one relation [WHERE ...]; `materialized` for a materialized view."""

    schema: str
    name: str
    source: tuple[str, str]
    columns: list[tuple[str, str]]  # (output name, source column)
    where: Expr | None = None
    materialized: bool = False
    grouped: bool = False  # SELECT cols, count(*) AS n ... GROUP BY cols
    options: tuple[str, ...] = ()  # "security_invoker", "security_barrier"; storage parameters of a materialized view
    check_option: str | None = None
    with_data: bool = True  # of a materialized view: WITH NO DATA when False

    @property
    def key(self):
        return ("rel", self.schema, self.name)

    def deps(self):
        needs = {("schema", self.schema), ("rel", *self.source)}
        needs |= {("col", *self.source, src) for _, src in self.columns}
        if self.materialized and self.with_data:
            needs.add(("populated", *self.source))  # PostgreSQL refuses to read a matview WITH NO DATA
        if self.where is not None:
            needs |= self.where.deps
        return needs

    def provides(self, types):
        kind = "matview" if self.materialized else "view"
        out = {self.key: None, (kind, self.schema, self.name): None}
        if (self.with_data or not self.materialized) and ("populated", *self.source) in types:
            out[("populated", self.schema, self.name)] = None  # a materialized view WITH DATA may read it
        for out_name, src in self.columns:
            column_type = types.get(("col", *self.source, src), "text")
            out[("col", self.schema, self.name, out_name)] = column_type
            out[("type", self.schema, self.name, out_name, column_type)] = None
        if self.grouped:
            out[("col", self.schema, self.name, "n")] = "bigint"
            out[("type", self.schema, self.name, "n", "bigint")] = None
        return out

    def query(self) -> str:
        items = [ident(src) if out == src else f"{ident(src)} AS {ident(out)}" for out, src in self.columns]
        if self.grouped:
            items.append("count(*) AS n")
        text = f"SELECT {', '.join(items)} FROM {qualified(*self.source)}"
        if self.where is not None:
            text += f" WHERE {self.where.sql}"
        if self.grouped:
            text += f" GROUP BY {ident_list(src for _, src in self.columns)}"
        return text

    def statements(self):
        kind = "MATERIALIZED VIEW" if self.materialized else "VIEW"
        options = f" WITH ({', '.join(self.options)})" if self.options else ""
        check = f" WITH {self.check_option} CHECK OPTION" if self.check_option else ""
        data = " WITH NO DATA" if not self.with_data else ""
        return [f"CREATE {kind} {qualified(self.schema, self.name)}{options} AS {self.query()}{check}{data};"]


@dataclass
class Function(Obj):
    schema: str
    name: str
    arguments: list[tuple[str, str]]  # (name, type)
    returns: str | None  # None: a procedure
    language: str
    body: Expr
    volatility: str = "VOLATILE"
    strict: bool = False
    security_definer: bool = False
    search_path: str | None = None
    cost: int | None = None
    rows: int | None = None  # of a set-returning function
    parallel: str | None = None  # "SAFE" | "RESTRICTED" | "UNSAFE"
    leakproof: bool = False
    defaults: tuple[str | None, ...] = ()  # per argument: DEFAULT expression or None
    standard: str | None = None  # LANGUAGE sql: "return" or "atomic" (standard_bodies.py), None: AS '...'

    @property
    def signature(self) -> tuple:
        return (self.schema, self.name, tuple(t for _, t in self.arguments))

    @property
    def key(self):
        return ("fn", *self.signature)

    def target(self) -> str:
        return f"{qualified(self.schema, self.name)}({', '.join(t for _, t in self.arguments)})"

    def deps(self):
        return {("schema", self.schema)} | self.body.deps

    def provides(self, types):
        out = {self.key: None, ("fnret", *self.signature, self.returns): None}
        if self.volatility == "IMMUTABLE":
            out[("fnimm", *self.signature, self.returns)] = None
        return out

    def statements(self):
        kind = "FUNCTION" if self.returns is not None else "PROCEDURE"
        defaults = self.defaults or (None,) * len(self.arguments)
        args = ", ".join(f"{ident(n)} {t}" + (f" DEFAULT {d}" if d else "") for (n, t), d in zip(self.arguments, defaults))
        head = f"CREATE {kind} {qualified(self.schema, self.name)}({args})"
        if self.returns is not None:
            head += f" RETURNS {self.returns}"
        head += f" LANGUAGE {ident(self.language)}"
        if self.returns is not None:
            head += f" {self.volatility}"
            if self.strict:
                head += " STRICT"
            if self.leakproof:
                head += " LEAKPROOF"
            if self.parallel:
                head += f" PARALLEL {self.parallel}"
            if self.rows is not None:
                head += f" ROWS {self.rows}"
        if self.cost is not None:
            head += f" COST {self.cost}"
        if self.security_definer:
            head += " SECURITY DEFINER"
        if self.search_path is not None:
            head += f" SET search_path = {self.search_path}"
        if self.standard == "return":
            return [f"{head} RETURN ({self.body.sql});"]
        if self.standard == "atomic":
            return [f"{head} BEGIN ATOMIC {self.body.sql}; END;"]
        return [f"{head} AS {dollar_quote(self.body.sql)};"]


@dataclass
class Trigger(Obj):
    schema: str
    table: str
    name: str
    timing: str
    events: tuple[str, ...]
    function: tuple  # Function.signature
    for_each: str = "ROW"
    update_columns: tuple[str, ...] = ()
    when: Expr | None = None
    arguments: tuple[str, ...] = ()
    state: str | None = None  # "DISABLE" | "ENABLE REPLICA" | "ENABLE ALWAYS"; None: enabled
    constraint: str | None = None  # a constraint trigger: "" or " DEFERRABLE [INITIALLY DEFERRED]"
    referencing: str | None = None  # REFERENCING NEW|OLD TABLE AS name

    @property
    def key(self):
        return ("trigger", self.schema, self.table, self.name)

    def deps(self):
        needs = {("rel", self.schema, self.table), ("fn", *self.function)}
        needs |= {("col", self.schema, self.table, c) for c in self.update_columns}
        if self.when is not None:
            needs |= self.when.deps
        return needs

    def statements(self):
        events = []
        for event in self.events:
            if event == "UPDATE" and self.update_columns:
                event = f"UPDATE OF {ident_list(self.update_columns)}"
            events.append(event)
        kind = "TRIGGER" if self.constraint is None else "CONSTRAINT TRIGGER"
        text = (f"CREATE {kind} {ident(self.name)} {self.timing} {' OR '.join(events)} "
                f"ON {qualified(self.schema, self.table)}{self.constraint or ''}")
        if self.referencing is not None:
            text += f" {self.referencing}"
        text += f" FOR EACH {self.for_each}"
        if self.when is not None:
            text += f" WHEN ({self.when.sql})"
        schema, name, _ = self.function
        args = ", ".join(literal(a) for a in self.arguments)
        out = [f"{text} EXECUTE FUNCTION {qualified(schema, name)}({args});"]
        if self.state is not None:
            out.append(f"ALTER TABLE {qualified(self.schema, self.table)} {self.state} TRIGGER {ident(self.name)};")
        return out


@dataclass
class Policy(Obj):
    schema: str
    table: str
    name: str
    command: str = "ALL"
    permissive: bool = True
    roles: tuple[str, ...] = ()
    using: Expr | None = None
    check: Expr | None = None

    @property
    def key(self):
        return ("policy", self.schema, self.table, self.name)

    def deps(self):
        needs = {("rel", self.schema, self.table)} | {("role", r) for r in self.roles}
        for expr in (self.using, self.check):
            if expr is not None:
                needs |= expr.deps
        return needs

    def statements(self):
        text = f"CREATE POLICY {ident(self.name)} ON {qualified(self.schema, self.table)}"
        if not self.permissive:
            text += " AS RESTRICTIVE"
        text += f" FOR {self.command}"
        if self.roles:
            text += f" TO {ident_list(self.roles)}"
        if self.using is not None:
            text += f" USING ({self.using.sql})"
        if self.check is not None:
            text += f" WITH CHECK ({self.check.sql})"
        return [text + ";"]


@dataclass
class Grant(Obj):
    """GRANT privileges ON <kind> <target> TO role, or REVOKE ... FROM PUBLIC when `revoke_public`."""

    target_kind: str  # "TABLE" | "SEQUENCE" | "SCHEMA" | "FUNCTION" | "PROCEDURE"
    target: str  # rendered name
    target_key: Key
    privileges: tuple[str, ...]
    role: str | None
    grant_option: bool = False
    column_key: Key | None = None  # a column privilege, e.g. "SELECT (col)", needs its column

    @property
    def key(self):
        return ("grant", self.target_key, self.role, self.privileges)

    def deps(self):
        needs = {self.target_key} | ({self.column_key} if self.column_key else set())
        if self.role is not None:
            needs.add(("role", self.role))
        return needs

    def statements(self):
        privileges = ", ".join(self.privileges)
        if self.role is None:
            return [f"REVOKE {privileges} ON {self.target_kind} {self.target} FROM PUBLIC;"]
        option = " WITH GRANT OPTION" if self.grant_option else ""
        return [f"GRANT {privileges} ON {self.target_kind} {self.target} TO {ident(self.role)}{option};"]


@dataclass
class Comment(Obj):
    target_kind: str  # "TABLE", "COLUMN", "INDEX", "FUNCTION", "POLICY", "TRIGGER", ...
    target: str  # rendered, e.g. 's.t' or 'p ON s.t'
    target_key: Key
    text: str

    @property
    def key(self):
        return ("comment", self.target_key)

    def deps(self):
        return {self.target_key}

    def statements(self):
        return [f"COMMENT ON {self.target_kind} {self.target} IS {literal(self.text)};"]


class Schema:
    """The objects of one side, in creation order."""

    def __init__(self, objects=None):
        self.objects: list[Obj] = list(objects or [])

    def copy(self) -> Schema:
        return Schema(copy.deepcopy(self.objects))

    def add(self, obj: Obj) -> Obj:
        self.objects.append(obj)
        return obj

    def remove(self, obj: Obj) -> None:
        self.objects = [o for o in self.objects if o is not obj]

    def of(self, cls) -> list:
        return [o for o in self.objects if isinstance(o, cls)]

    def find(self, key: Key):
        return next((o for o in self.objects if o.key == key), None)

    def prune(self) -> dict:
        """Keep the objects whose needs are met by earlier ones; return {provided key: type}."""
        available: dict = {("schema", "public"): None}
        kept = []
        for obj in self.objects:
            if obj.key in available or not obj.repair(set(available)):
                continue
            kept.append(obj)
            available.update(obj.provides(available))
        self.objects = kept
        return available

    def statements(self) -> list[str]:
        return [s for obj in self.objects for s in obj.statements()]
