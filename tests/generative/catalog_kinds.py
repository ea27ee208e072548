"""Kinds of issue 7 beyond tables and routines: collations, aggregates, rules,
publications, per-schema default privileges and event triggers (features.KINDS names a switch for each).

Like more_kinds.py: an object class per kind, `add_*` steps for new schemas, edits for
the second schema of a pair, and STEPS / EDITS naming the switch each needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemadiff.quote import ident, ident_list, literal, qualified

from .more_kinds import _drop_of, _named
from .objects import Column, Expr, Function, Obj


@dataclass
class Collation(Obj):
    """CREATE COLLATION (libc); a column may use it (Column.type_key then names it)."""

    schema: str
    name: str
    locale: str  # "C" | "POSIX"

    @property
    def key(self):
        return ("collation", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def statements(self):
        return [f"CREATE COLLATION {qualified(self.schema, self.name)} (provider = libc, locale = {literal(self.locale)});"]


@dataclass
class Aggregate(Obj):
    """CREATE AGGREGATE over integers with a built-in state function."""

    schema: str
    name: str
    sfunc: str  # "int4pl" | "int4larger"
    initcond: str | None = None

    @property
    def key(self):
        return ("agg", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def statements(self):
        init = f", initcond = {literal(self.initcond)}" if self.initcond is not None else ""
        return [f"CREATE AGGREGATE {qualified(self.schema, self.name)}(integer) (sfunc = {self.sfunc}, stype = integer{init});"]


@dataclass
class Rule(Obj):
    """CREATE RULE ... ON <event> TO a plain table DO [INSTEAD] NOTHING."""

    schema: str
    table: str
    name: str
    event: str
    instead: bool = True

    @property
    def key(self):
        return ("rule", self.schema, self.table, self.name)

    def deps(self):
        return {("plain", self.schema, self.table)}

    def statements(self):
        instead = "INSTEAD" if self.instead else "ALSO"
        return [f"CREATE RULE {ident(self.name)} AS ON {self.event} TO {qualified(self.schema, self.table)} DO {instead} NOTHING;"]


@dataclass
class Publication(Obj):
    """CREATE PUBLICATION FOR TABLE ... (database-wide: check.RESET drops them between pairs)."""

    name: str
    tables: list[tuple[str, str]]
    publish: str | None = None  # e.g. "insert, update"

    @property
    def key(self):
        return ("publication", self.name)

    def deps(self):
        return {("logged", s, t) for s, t in self.tables}  # (unlogged tables cannot be published)

    def repair(self, available):
        self.tables = [t for t in self.tables if ("logged", *t) in available]
        return bool(self.tables)

    def statements(self):
        tables = ", ".join(qualified(s, t) for s, t in self.tables)
        publish = f" WITH (publish = {literal(self.publish)})" if self.publish else ""
        return [f"CREATE PUBLICATION {ident(self.name)} FOR TABLE {tables}{publish};"]


@dataclass
class DefaultPrivilege(Obj):
    """ALTER DEFAULT PRIVILEGES IN SCHEMA s GRANT ... ON <objects> TO role (for the role
    that runs the plans, which creates everything)."""

    schema: str
    object_type: str  # "TABLES" | "SEQUENCES" | "FUNCTIONS"
    privileges: tuple[str, ...]
    role: str

    @property
    def key(self):
        return ("defacl", self.schema, self.object_type, self.role)

    def deps(self):
        return {("schema", self.schema), ("role", self.role)}

    def statements(self):
        return [f"ALTER DEFAULT PRIVILEGES IN SCHEMA {ident(self.schema)} GRANT {', '.join(self.privileges)} "
                f"ON {self.object_type} TO {ident(self.role)};"]


@dataclass
class EventTrigger(Obj):
    """CREATE EVENT TRIGGER ... ON ddl_command_end [WHEN TAG IN (...)], maybe disabled."""

    name: str
    function: tuple  # Function.signature
    tags: tuple[str, ...] = ()
    state: str | None = None  # "DISABLE" | "ENABLE ALWAYS"; None: enabled

    @property
    def key(self):
        return ("evt", self.name)

    def deps(self):
        return {("fn", *self.function)}

    def statements(self):
        schema, name, _ = self.function
        when = f" WHEN TAG IN ({', '.join(literal(t) for t in self.tags)})" if self.tags else ""
        out = [f"CREATE EVENT TRIGGER {ident(self.name)} ON ddl_command_end{when} EXECUTE FUNCTION {qualified(schema, name)}();"]
        if self.state is not None:
            out.append(f"ALTER EVENT TRIGGER {ident(self.name)} {self.state};")
        return out


def add_event_trigger(gen) -> EventTrigger:
    body = "\nBEGIN\n  RAISE DEBUG 'ddl: %', tg_tag;\nEND\n"
    fn = gen.schema.add(Function(gen.pick(gen.schema_names()), gen.name("evt_fn"), [], "event_trigger", "plpgsql",
                                 Expr(body)))
    tags = tuple(sorted(gen.rng.sample(["CREATE TABLE", "ALTER TABLE", "CREATE INDEX"], gen.rng.randint(1, 2)))) \
        if gen.chance(0.5) else ()
    state = gen.pick(["DISABLE", "ENABLE ALWAYS"]) if gen.chance(0.3) else None
    return gen.schema.add(EventTrigger(gen.name("evt"), fn.signature, tags, state))


def change_event_trigger(gen) -> bool:
    trigger = gen.pick(gen.schema.of(EventTrigger))
    if trigger is None:
        return False
    trigger.state = gen.pick([s for s in (None, "DISABLE", "ENABLE ALWAYS", "ENABLE REPLICA") if s != trigger.state])
    return True


def add_collation(gen) -> Collation:
    collation = gen.schema.add(Collation(gen.pick(gen.schema_names()), gen.name("coll"), gen.pick(["C", "POSIX"])))
    table = gen.pick(gen.tables())
    if table is not None and gen.chance(0.6):
        # A column of it: the collation goes before the table.
        column = Column(gen.name("col"), "text", type_key=collation.key,
                        collation=qualified(collation.schema, collation.name))
        table.columns.append(column)
        gen.schema.remove(collation)
        gen.schema.objects.insert(gen.schema.objects.index(table), collation)
    return collation


def add_aggregate(gen) -> Aggregate:
    sfunc = gen.pick(["int4pl", "int4larger"])
    initcond = "0" if sfunc == "int4pl" and gen.chance(0.5) else None
    return gen.schema.add(Aggregate(gen.pick(gen.schema_names()), gen.name("agg"), sfunc, initcond))


def change_aggregate(gen) -> bool:
    agg = gen.pick(gen.schema.of(Aggregate))
    if agg is None:
        return False
    agg.initcond = None if agg.initcond is not None else "1"
    agg.sfunc = "int4pl"
    return True


def add_rule(gen) -> Rule | None:
    table = gen.pick(gen.tables(partitioned=False))
    if table is None:
        return None
    event = gen.pick(["INSERT", "UPDATE", "DELETE"])
    return gen.schema.add(Rule(table.schema, table.name, gen.name("rule"), event, gen.chance(0.6)))


def add_publication(gen) -> Publication | None:
    tables = [t for t in gen.tables() if not t.unlogged]
    if not tables:
        return None
    picked = gen.rng.sample(tables, min(len(tables), gen.rng.randint(1, 2)))
    publish = gen.pick(["insert, update", "insert"]) if gen.chance(0.3) else None
    return gen.schema.add(Publication(gen.name("pub"), [(t.schema, t.name) for t in picked], publish))


def change_publication(gen) -> bool:
    publication = gen.pick(gen.schema.of(Publication))
    table = gen.pick([t for t in gen.tables() if (t.schema, t.name) not in publication.tables and not t.unlogged]) \
        if publication else None
    if table is None:
        return False
    publication.tables.append((table.schema, table.name))
    return True


def add_default_privilege(gen) -> DefaultPrivilege | None:
    from .build import ROLES  # (build imports this module)

    schemas = [s for s in gen.schema_names() if s != "public"]
    if not schemas:
        return None
    object_type = gen.pick(["TABLES", "SEQUENCES", "FUNCTIONS"])
    privileges = {"TABLES": ("SELECT",), "SEQUENCES": ("USAGE",), "FUNCTIONS": ("EXECUTE",)}[object_type]
    role = gen.pick(ROLES)
    gen.ensure_role(role)
    if gen.schema.find(("defacl", schemas[0], object_type, role)) is not None:
        return None
    return gen.schema.add(DefaultPrivilege(gen.pick(schemas), object_type, privileges, role))


STEPS = [(add_collation, "collations"), (add_aggregate, "aggregates"), (add_rule, "rules"),
         (add_publication, "publications"), (add_default_privilege, "default_privileges"),
         (add_event_trigger, "event_triggers")]

EDITS = [
    (_named("add_collation", lambda gen: add_collation(gen) is not None), "collations"),
    (_drop_of(Collation, "drop_collation"), "collations"),
    (_named("add_aggregate", lambda gen: add_aggregate(gen) is not None), "aggregates"),
    (_drop_of(Aggregate, "drop_aggregate"), "aggregates"),
    (_named("change_aggregate", change_aggregate), "aggregates"),
    (_named("add_rule", lambda gen: add_rule(gen) is not None), "rules"),
    (_drop_of(Rule, "drop_rule"), "rules"),
    (_named("add_publication", lambda gen: add_publication(gen) is not None), "publications"),
    (_drop_of(Publication, "drop_publication"), "publications"),
    (_named("change_publication", change_publication), "publications"),
    (_named("add_default_privilege", lambda gen: add_default_privilege(gen) is not None), "default_privileges"),
    (_drop_of(DefaultPrivilege, "drop_default_privilege"), "default_privileges"),
    (_named("add_event_trigger", lambda gen: add_event_trigger(gen) is not None), "event_triggers"),
    (_drop_of(EventTrigger, "drop_event_trigger"), "event_triggers"),
    (_named("change_event_trigger", change_event_trigger), "event_triggers"),
]
