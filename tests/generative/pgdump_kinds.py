"""More kinds pg_dump knows: base types (with their shell, I/O functions and columns of
them), operators, casts, text search dictionaries and configurations (features.KINDS:
base_types, operators, casts, text_search).

Like more_kinds.py: an object class per kind, `add_*` steps for new schemas, edits for
the second schema of a pair, and STEPS / EDITS naming the switch each needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemadiff.quote import ident, literal, qualified

from .more_kinds import _drop_of, _named
from .objects import Column, Obj

# A base type borrows a built-in type's C functions: (input, output, receive, send) and
# its CREATE TYPE options.
VARIANTS = {
    "int": (("int4in", "int4out", "int4recv", "int4send"), "INTERNALLENGTH = 4, PASSEDBYVALUE"),
    "text": (("textin", "textout", "textrecv", "textsend"), "INTERNALLENGTH = VARIABLE"),
}


@dataclass
class BaseTypeObj(Obj):
    """CREATE TYPE name; its functions (LANGUAGE internal); CREATE TYPE name (...), as
    pg_dump writes them. Columns of it depend on ("udt", schema, name)."""

    schema: str
    name: str
    variant: str  # a key of VARIANTS
    binary: bool = False  # RECEIVE and SEND
    storage: str = "plain"  # of the text variant: plain, extended, main, external
    category: str = "U"
    default: str | None = None

    @property
    def key(self):
        return ("udt", self.schema, self.name)

    @property
    def type_name(self) -> str:
        return qualified(self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def function(self, part: str) -> str:
        return qualified(self.schema, f"{self.name}_{part}")

    def statements(self):
        (fin, fout, frecv, fsend), options = VARIANTS[self.variant]
        name = self.type_name
        out = [f"CREATE TYPE {name};"]
        signatures = [("in", "cstring", name, fin), ("out", name, "cstring", fout)]
        if self.binary:
            signatures += [("recv", "internal", name, frecv), ("send", name, "bytea", fsend)]
        for part, argument, returns, symbol in signatures:
            out.append(f"CREATE FUNCTION {self.function(part)}({argument}) RETURNS {returns}"
                       f" AS {literal(symbol)} LANGUAGE internal IMMUTABLE STRICT;")
        options += f", INPUT = {self.function('in')}, OUTPUT = {self.function('out')}"
        if self.binary:
            options += f", RECEIVE = {self.function('recv')}, SEND = {self.function('send')}"
        options += f", STORAGE = {self.storage}, CATEGORY = {literal(self.category)}"
        if self.default is not None:
            options += f", DEFAULT = {literal(self.default)}"
        out.append(f"CREATE TYPE {name} ({options});")
        return out


@dataclass
class Operator(Obj):
    """CREATE OPERATOR over built-in comparison functions, optionally with selectivity estimators."""

    schema: str
    name: str  # an operator symbol
    argument: str  # "integer" | "text"
    function: str
    estimators: bool = False  # RESTRICT = eqsel, JOIN = eqjoinsel (ALTER OPERATOR ... SET changes them)

    @property
    def key(self):
        return ("operator", self.schema, self.name, self.argument)

    def deps(self):
        return {("schema", self.schema)}

    def statements(self):
        options = f"LEFTARG = {self.argument}, RIGHTARG = {self.argument}, FUNCTION = {self.function}"
        if self.estimators:
            options += ", RESTRICT = eqsel, JOIN = eqjoinsel"
        return [f"CREATE OPERATOR {ident(self.schema)}.{self.name} ({options});"]


@dataclass
class Cast(Obj):
    """CREATE CAST between a base type of the schema and a built-in type, through I/O."""

    source: str  # SQL type names
    target: str
    needs: tuple  # the key of the base type it involves
    context: str = ""  # "" (explicit) | " AS ASSIGNMENT" | " AS IMPLICIT"

    @property
    def key(self):
        return ("cast", self.source, self.target)

    def deps(self):
        return {self.needs}

    def statements(self):
        return [f"CREATE CAST ({self.source} AS {self.target}) WITH INOUT{self.context};"]


@dataclass
class TextSearchDictionary(Obj):
    schema: str
    name: str
    options: str  # after TEMPLATE: e.g. "language = 'english', stopwords = 'english'"

    @property
    def key(self):
        return ("tsdict", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)}

    def statements(self):
        template = "snowball" if "language" in self.options else "simple"
        options = f", {self.options}" if self.options else ""
        return [f"CREATE TEXT SEARCH DICTIONARY {qualified(self.schema, self.name)} (TEMPLATE = {template}{options});"]


@dataclass
class TextSearchConfiguration(Obj):
    """A configuration of the default parser; `mappings` are (token types, [(dictionary
    SQL name, the key of the generated dictionary, None for pg_catalog's)])."""

    schema: str
    name: str
    mappings: list

    @property
    def key(self):
        return ("tscfg", self.schema, self.name)

    def deps(self):
        return {("schema", self.schema)} | {key for _, used in self.mappings for _, key in used if key}

    def repair(self, available):
        # A dropped dictionary leaves the mappings (the way ALTER ... DROP MAPPING would).
        kept = [(tokens, [(n, k) for n, k in used if k is None or k in available]) for tokens, used in self.mappings]
        self.mappings = [(tokens, used) for tokens, used in kept if used]
        return self.deps() <= available

    def statements(self):
        name = qualified(self.schema, self.name)
        out = [f"CREATE TEXT SEARCH CONFIGURATION {name} (PARSER = default);"]
        for tokens, used in self.mappings:
            out.append(f"ALTER TEXT SEARCH CONFIGURATION {name} ADD MAPPING FOR {tokens} WITH {', '.join(n for n, _ in used)};")
        return out


DICTIONARY_OPTIONS = ["", "accept = false", "stopwords = 'english'", "language = 'english'",
                      "language = 'english', stopwords = 'english'", "language = 'french'"]


def add_text_search_dictionary(gen) -> TextSearchDictionary:
    return gen.schema.add(TextSearchDictionary(gen.pick(gen.schema_names()), gen.name("dict"), gen.pick(DICTIONARY_OPTIONS)))


def change_text_search_dictionary(gen) -> bool:
    """Options change in place, within one template (another template recreates it)."""
    dictionary = gen.pick(gen.schema.of(TextSearchDictionary))
    if dictionary is None:
        return False
    dictionary.options = gen.pick([o for o in DICTIONARY_OPTIONS if o != dictionary.options])
    return True


def add_text_search_configuration(gen) -> TextSearchConfiguration:
    dictionaries = gen.schema.of(TextSearchDictionary)
    picked = gen.rng.sample(dictionaries, min(len(dictionaries), gen.rng.randint(0, 2)))
    mappings = [("asciiword", [(qualified(d.schema, d.name), d.key) for d in picked] + [("simple", None)])]
    if gen.chance(0.5):
        mappings.append(("word, numword", [("simple", None)]))
    return gen.schema.add(TextSearchConfiguration(gen.pick(gen.schema_names()), gen.name("cfg"), mappings))


def change_text_search_configuration(gen) -> bool:
    configuration = gen.pick(gen.schema.of(TextSearchConfiguration))
    if configuration is None:
        return False
    if len(configuration.mappings) > 1:
        configuration.mappings.pop()
    else:
        configuration.mappings.append(("email, url", [("simple", None)]))
    return True


def add_base_type(gen) -> BaseTypeObj:
    variant = gen.pick(sorted(VARIANTS))
    base = BaseTypeObj(gen.pick(gen.schema_names()), gen.name(f"my{variant}"), variant, binary=gen.chance(0.5))
    if variant == "text":
        base.storage = gen.pick(["plain", "extended", "main"])
    base.category = gen.pick(["U", "N" if variant == "int" else "S"])
    base.default = gen.pick([None, "7" if variant == "int" else "x"])
    base = gen.schema.add(base)
    table = gen.pick(gen.tables())
    if table is not None and gen.chance(0.6):
        table.columns.append(Column(gen.name("col"), base.type_name, type_key=base.key))
        gen.schema.remove(base)
        gen.schema.objects.insert(gen.schema.objects.index(table), base)
    return base


def _used_by_columns(gen, base: BaseTypeObj) -> bool:
    return any(c.type_key == base.key for t in gen.tables() for c in t.columns)


def change_base_type(gen) -> bool:
    """Change what ALTER TYPE ... SET changes (always), or what recreates the type (only
    while no column uses it: schemadiff refuses that, by design)."""
    base = gen.pick(gen.schema.of(BaseTypeObj))
    if base is None:
        return False
    in_place = ["binary"] + (["storage"] if base.variant == "text" else [])
    recreate = not _used_by_columns(gen, base)
    what = gen.pick(in_place + (["category", "default"] if recreate else []))
    if what == "binary":
        base.binary = not base.binary
    elif what == "storage":
        # Out of plain, or between the others, changes in place; into plain recreates the type.
        choices = ["extended", "main", "external"] + (["plain"] if recreate else [])
        base.storage = gen.pick([s for s in choices if s != base.storage])
    elif what == "category":
        base.category = "P" if base.category != "P" else "U"
    else:
        base.default = None if base.default is not None else ("1" if base.variant == "int" else "y")
    return True


def add_operator(gen) -> Operator | None:
    argument = gen.pick(["integer", "text"])
    function = gen.pick({"integer": ["int4eq", "int4lt"], "text": ["texteq", "text_lt"]}[argument])
    operator = Operator(gen.pick(gen.schema_names()), gen.pick(["===", "<<~", "@@@", "~~>"]), argument, function,
                        estimators=gen.chance(0.5))
    if gen.schema.find(operator.key) is not None:
        return None
    return gen.schema.add(operator)


def change_operator(gen) -> bool:
    operator = gen.pick(gen.schema.of(Operator))
    if operator is None:
        return False
    operator.estimators = not operator.estimators
    return True


def add_cast(gen) -> Cast | None:
    base = gen.pick(gen.schema.of(BaseTypeObj))
    if base is None:
        return None
    builtin = "integer" if base.variant == "int" else "text"
    source, target = (base.type_name, builtin) if gen.chance(0.5) else (builtin, base.type_name)
    if gen.schema.find(("cast", source, target)) is not None:
        return None
    return gen.schema.add(Cast(source, target, base.key, gen.pick(["", " AS ASSIGNMENT", " AS IMPLICIT"])))


def change_cast(gen) -> bool:
    cast = gen.pick(gen.schema.of(Cast))
    if cast is None:
        return False
    cast.context = gen.pick([c for c in ("", " AS ASSIGNMENT", " AS IMPLICIT") if c != cast.context])
    return True


STEPS = [(add_base_type, "base_types"), (add_operator, "operators"), (add_cast, "casts"),
         (add_text_search_dictionary, "text_search"), (add_text_search_configuration, "text_search")]

EDITS = [
    (_named("add_base_type", lambda gen: add_base_type(gen) is not None), "base_types"),
    (_named("change_base_type", change_base_type), "base_types"),
    (_drop_of(BaseTypeObj, "drop_base_type"), "base_types"),
    (_named("add_operator", lambda gen: add_operator(gen) is not None), "operators"),
    (_named("change_operator", change_operator), "operators"),
    (_drop_of(Operator, "drop_operator"), "operators"),
    (_named("add_cast", lambda gen: add_cast(gen) is not None), "casts"),
    (_named("change_cast", change_cast), "casts"),
    (_drop_of(Cast, "drop_cast"), "casts"),
    (_named("add_text_search_dictionary", lambda gen: add_text_search_dictionary(gen) is not None), "text_search"),
    (_named("change_text_search_dictionary", change_text_search_dictionary), "text_search"),
    (_drop_of(TextSearchDictionary, "drop_text_search_dictionary"), "text_search"),
    (_named("add_text_search_configuration", lambda gen: add_text_search_configuration(gen) is not None), "text_search"),
    (_named("change_text_search_configuration", change_text_search_configuration), "text_search"),
    (_drop_of(TextSearchConfiguration, "drop_text_search_configuration"), "text_search"),
]
