"""Objects outside tables and routines that pg_dump knows: extended statistics, aggregates,
operators, casts and collations.

Names of functions, operators and types they use are kept as PostgreSQL prints them
(`regproc`, `regprocedure`, `format_type` with an empty search_path), or as the spec's author
wrote them, which the shadow database turns into the same text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Origin, QualifiedName, SchemaObject, origin_field
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
    comment: str | None = None
    origin: Origin | None = origin_field()

    @property
    def identity_arguments(self) -> tuple[str, ...]:
        return tuple(a.type for a in self.arguments)

    def functions(self) -> tuple[str, ...]:
        """Return the support functions it calls, as written."""
        return tuple(f for f in (self.sfunc, self.finalfunc, self.combinefunc, self.serialfunc, self.deserialfunc) if f)


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
    "statistics": Statistics, "aggregates": Aggregate, "operators": Operator, "casts": Cast,
    "collations": Collation, "text_search_dictionaries": TextSearchDictionary,
    "text_search_configurations": TextSearchConfiguration, "rules": Rule, "operator_families": OperatorFamily,
    "operator_classes": OperatorClass,
}
