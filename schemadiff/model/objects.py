"""Objects outside tables and routines that pg_dump knows: extended statistics, aggregates,
operators, casts, collations, conversions, text search objects, rules, operator classes and
families.

Names of functions, operators and types they use are kept as PostgreSQL prints them
(`regproc`, `regprocedure`, `format_type` with an empty search_path), or as the spec's author
wrote them, which the shadow database turns into the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import Grant, Origin, QualifiedName, SchemaObject, origin_field
from .routines import Argument

STATISTICS_KINDS = ("dependencies", "mcv", "ndistinct")


class InSchema(SchemaObject):
    """The identity of a kind whose name is unique in its schema: `schema.name`."""

    @property
    def display_name(self) -> str:
        return str(self.key)


class Overloaded:
    """The identity of a kind named by schema, name and argument types."""

    @property
    def key(self) -> tuple[QualifiedName, tuple[str, ...]]:
        return (QualifiedName(self.schema, self.name), self.identity_arguments)

    @property
    def display_name(self) -> str:
        return f"{self.key[0]}({', '.join(self.identity_arguments)})"


@dataclass(frozen=True)
class Statistics(InSchema):
    """CREATE STATISTICS: extended planner statistics on columns and expressions of one table."""

    schema: str
    name: str
    table: QualifiedName
    columns: tuple[str, ...] = ()  # in attribute order, as PostgreSQL keeps them
    expressions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # sorted; () means every kind that applies (PostgreSQL's default)
    target: int | None = None  # ALTER STATISTICS ... SET STATISTICS; None: the column targets
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class Aggregate(Overloaded):
    """CREATE AGGREGATE, plain or ordered-set (`direct_arguments` before ORDER BY)."""

    schema: str
    name: str
    arguments: tuple[Argument, ...]
    sfunc: str
    stype: str
    kind: str = "normal"  # "normal" | "ordered" | "hypothetical"
    direct_arguments: int = 0
    finalfunc: str | None = None
    finalfunc_extra: bool = False
    finalfunc_modify: str | None = None  # "read_only" | "shareable" | "read_write"; None: the kind's default
    combinefunc: str | None = None
    serialfunc: str | None = None
    deserialfunc: str | None = None
    initcond: str | None = None
    sspace: int = 0
    sortop: str | None = None  # e.g. "pg_catalog.<"
    parallel: str | None = None  # "SAFE" | "RESTRICTED"; None: unsafe
    # Moving-aggregate mode (window frames that move): a second state with an inverse
    # transition function. msfunc, minvfunc and mstype come together or not at all.
    msfunc: str | None = None
    minvfunc: str | None = None
    mstype: str | None = None
    msspace: int = 0
    mfinalfunc: str | None = None
    mfinalfunc_extra: bool = False
    mfinalfunc_modify: str | None = None  # as finalfunc_modify, for mfinalfunc
    minitcond: str | None = None
    comment: str | None = None
    grants: tuple[Grant, ...] | None = None  # None: PostgreSQL's default (EXECUTE for PUBLIC)
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    # The result type, as inspected (None in a spec): what CREATE OR REPLACE AGGREGATE must
    # keep. It follows from the final function or the state type, so it is not compared.
    returns: str | None = field(default=None, compare=False)
    origin: Origin | None = origin_field()

    @property
    def identity_arguments(self) -> tuple[str, ...]:
        return tuple(a.type for a in self.arguments)

    def replaceable_by(self, new: "Aggregate") -> bool:
        """Return True if CREATE OR REPLACE AGGREGATE can turn this aggregate into `new`
        (keeping what uses it): same arguments (names too), kind and result type."""
        return self.returns is not None and (self.arguments, self.kind, self.direct_arguments, self.returns) == (
            new.arguments, new.kind, new.direct_arguments, new.returns
        )

    def functions(self) -> tuple[str, ...]:
        """Return the support functions it calls, as written."""
        return tuple(f for f in (
            self.sfunc, self.finalfunc, self.combinefunc, self.serialfunc, self.deserialfunc, self.msfunc,
            self.minvfunc, self.mfinalfunc,
        ) if f)


@dataclass(frozen=True)
class Operator(Overloaded):
    """CREATE OPERATOR; a prefix operator has no left argument."""

    schema: str
    name: str
    left: str | None
    right: str
    function: str
    commutator: str | None = None  # "schema.op" (an operator of the same argument types, swapped)
    negator: str | None = None
    restrict: str | None = None
    join: str | None = None
    hashes: bool = False
    merges: bool = False
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def identity_arguments(self) -> tuple[str, ...]:
        return (self.left or "NONE", self.right)


@dataclass(frozen=True)
class Cast:
    """CREATE CAST: database-wide, managed when its types or function live in a managed schema."""

    source: str
    target: str
    method: str = "function"  # "function" | "binary" (WITHOUT FUNCTION) | "inout" (WITH INOUT)
    function: str | None = None  # regprocedure text, e.g. "public.to_text(integer)"
    context: str = "explicit"  # "explicit" | "assignment" | "implicit"
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.target)

    @property
    def display_name(self) -> str:
        return f"({self.source} AS {self.target})"


@dataclass(frozen=True)
class Transform:
    """CREATE TRANSFORM FOR type LANGUAGE language: how the language's functions that ask for
    it (`Function.transforms`) take and return the type. Database-wide; one an extension
    creates (hstore_plperl) is the extension's."""

    type: str  # as format_type prints it
    language: str
    from_sql: str | None = None  # regprocedure text, e.g. "public.to_lang(internal)"
    to_sql: str | None = None
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[str, str]:
        return (self.type, self.language)

    @property
    def display_name(self) -> str:
        return f"FOR {self.type} LANGUAGE {self.language}"


@dataclass(frozen=True)
class Collation(InSchema):
    """CREATE COLLATION with an explicit provider and locale."""

    schema: str
    name: str
    provider: str = "libc"  # "libc" | "icu"
    locale: str | None = None  # when lc_collate and lc_ctype are the same (always for icu)
    lc_collate: str | None = None
    lc_ctype: str | None = None
    deterministic: bool = True
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class Conversion(InSchema):
    """CREATE [DEFAULT] CONVERSION: a function converting text between two encodings."""

    schema: str
    name: str
    source: str  # an encoding name, as pg_encoding_to_char prints it: "UTF8", "LATIN1"
    destination: str
    function: str  # regproc text, e.g. "utf8_to_iso8859_1" (pg_catalog's) or "public.f"
    default: bool = False
    comment: str | None = None
    origin: Origin | None = origin_field()

    def functions(self) -> tuple[str, ...]:
        return (self.function,)


@dataclass(frozen=True)
class TextSearchParser(InSchema):
    """CREATE TEXT SEARCH PARSER: the functions that split a document into tokens."""

    schema: str
    name: str
    start: str  # regproc text, e.g. "prsd_start"
    gettoken: str
    end: str
    lextypes: str
    headline: str | None = None
    comment: str | None = None
    origin: Origin | None = origin_field()

    def functions(self) -> tuple[str, ...]:
        return tuple(f for f in (self.start, self.gettoken, self.end, self.lextypes, self.headline) if f)


@dataclass(frozen=True)
class TextSearchTemplate(InSchema):
    """CREATE TEXT SEARCH TEMPLATE: the functions behind a kind of dictionary."""

    schema: str
    name: str
    lexize: str  # regproc text, e.g. "dsimple_lexize"
    init: str | None = None
    comment: str | None = None
    origin: Origin | None = origin_field()

    def functions(self) -> tuple[str, ...]:
        return tuple(f for f in (self.init, self.lexize) if f)


@dataclass(frozen=True)
class TextSearchDictionary(InSchema):
    """CREATE TEXT SEARCH DICTIONARY: a template and its options."""

    schema: str
    name: str
    template: str  # e.g. "snowball" (pg_catalog's) or "public.my_template"
    options: tuple[tuple[str, str], ...] = ()  # sorted (option, value), e.g. ("language", "english")
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class TextSearchConfiguration(InSchema):
    """CREATE TEXT SEARCH CONFIGURATION: a parser, and dictionaries for each token type."""

    schema: str
    name: str
    parser: str = "default"
    mappings: tuple[tuple[str, tuple[str, ...]], ...] = ()  # sorted by token type; dictionaries in order
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class Rule:
    """CREATE RULE on a table or view (not a view's own ON SELECT rule)."""

    schema: str
    table: str
    name: str
    event: str  # "INSERT" | "UPDATE" | "DELETE"
    instead: bool = False
    where: str | None = None
    actions: tuple[str, ...] = ()  # () is DO NOTHING
    enabled: str = "origin"  # "origin" | "replica" | "always" | "disabled"
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def key(self) -> tuple[QualifiedName, str]:
        return (QualifiedName(self.schema, self.table), self.name)

    @property
    def display_name(self) -> str:
        return f"{self.name} on {self.schema}.{self.table}"


@dataclass(frozen=True, order=True)
class OperatorMember:
    """OPERATOR strategy op (left, right) [FOR ORDER BY family] of an operator class or family."""

    strategy: int
    left: str
    right: str
    operator: QualifiedName  # schema None in a spec: found through the search path
    order_by: QualifiedName | None = None  # the sort family of an ordering operator


@dataclass(frozen=True, order=True)
class FunctionMember:
    """FUNCTION number (left, right) function(argument types)."""

    number: int
    left: str
    right: str
    function: str  # with its argument types, e.g. "public.cmp(integer,integer)"


class WithMethod:
    """The identity of an operator class or family: schema, name and index method."""

    @property
    def key(self) -> tuple[QualifiedName, str]:
        return (QualifiedName(self.schema, self.name), self.method)

    @property
    def display_name(self) -> str:
        return f"{self.key[0]} using {self.method}"


@dataclass(frozen=True)
class OperatorFamily(WithMethod):
    """CREATE OPERATOR FAMILY, with the members that belong to it but to none of its classes."""

    schema: str
    name: str
    method: str
    operators: tuple[OperatorMember, ...] = ()  # sorted
    functions: tuple[FunctionMember, ...] = ()  # sorted
    comment: str | None = None
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class OperatorClass(WithMethod):
    """CREATE OPERATOR CLASS ... FOR TYPE ... USING ... FAMILY ... AS its members."""

    schema: str
    name: str
    method: str
    type: str
    family: QualifiedName | None  # None (in a spec): a family of the class's name, made if missing
    default: bool = False
    storage: str | None = None
    operators: tuple[OperatorMember, ...] = ()  # sorted
    functions: tuple[FunctionMember, ...] = ()  # sorted
    comment: str | None = None
    origin: Origin | None = origin_field()


# The kinds above, in the order Catalog lists them, with their Catalog fields.
OBJECT_KINDS = {
    "statistics": Statistics, "aggregates": Aggregate, "operators": Operator, "casts": Cast, "transforms": Transform,
    "collations": Collation, "conversions": Conversion, "text_search_parsers": TextSearchParser,
    "text_search_templates": TextSearchTemplate, "text_search_dictionaries": TextSearchDictionary,
    "text_search_configurations": TextSearchConfiguration, "rules": Rule, "operator_families": OperatorFamily,
    "operator_classes": OperatorClass,
}
