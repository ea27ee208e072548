"""Views, materialized views, functions and procedures."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import Grant, Origin, QualifiedName, SchemaObject, origin_field


def option_order_field():
    """Return a field for the names of reloptions in the order PostgreSQL keeps them.

    The order means nothing to PostgreSQL, so it is not compared; statements list the
    options in this order, which gives pg_dump the same text as the database they came from.
    """
    return field(default=(), compare=False, repr=False)


# A view's boolean WITH (...) options, alphabetical: the order when none was inspected.
VIEW_OPTIONS = ("security_barrier", "security_invoker")


@dataclass(frozen=True)
class View(SchemaObject):
    schema: str
    name: str
    query: str
    security_invoker: bool = False
    security_barrier: bool = False
    check_option: str | None = None  # "local" | "cascaded"
    comment: str | None = None
    column_comments: tuple[tuple[str, str], ...] = ()  # (column, comment), sorted
    column_defaults: tuple[tuple[str, str], ...] = ()  # (column, expression), sorted: for INSERTs through it
    column_grants: tuple[tuple[str, tuple[Grant, ...]], ...] = ()  # (column, its privileges), sorted
    grants: tuple[Grant, ...] = ()
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    # (name, type) of each output column in order, as inspected: what CREATE OR REPLACE
    # VIEW must keep. It follows from the query, so it is not compared.
    columns: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    option_order: tuple[str, ...] = option_order_field()
    origin: Origin | None = origin_field()

    def replaceable_by(self, new: "View") -> bool:
        """Return True if CREATE OR REPLACE VIEW can turn this view into `new`: the
        columns keep their names and types in order, new ones come last."""
        return bool(self.columns) and new.columns[:len(self.columns)] == self.columns


@dataclass(frozen=True)
class MaterializedView(SchemaObject):
    schema: str
    name: str
    query: str
    with_data: bool = True
    refresh_concurrently: bool = False
    storage_parameters: tuple[tuple[str, str], ...] = ()  # WITH (name = value), sorted
    # USING: a table access method other than heap (None). Not changed in place: another
    # rebuilds the view, as a different query does.
    access_method: str | None = None
    tablespace: str | None = None  # TABLESPACE; None: the database's default
    cluster_on: str | None = None  # the index CLUSTER uses, as on a table
    comment: str | None = None
    column_comments: tuple[tuple[str, str], ...] = ()  # (column, comment), sorted
    # (column, "pglz" | "lz4") set by ALTER ... SET COMPRESSION, sorted. Not changed in
    # place: a different one rebuilds the view, as a different query does.
    column_compression: tuple[tuple[str, str], ...] = ()
    grants: tuple[Grant, ...] = ()
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    option_order: tuple[str, ...] = option_order_field()
    origin: Origin | None = origin_field()


# What CREATE FUNCTION assumes when COST and ROWS are left out (for non-C languages; a
# function that does not return a set has no ROWS).
DEFAULT_COST = 100.0
DEFAULT_ROWS = 1000.0
# Languages whose body is the name of a compiled function, not source text (their
# functions cost 1 unless CREATE FUNCTION says otherwise).
EXTERNAL_LANGUAGES = ("c", "internal")


def default_cost(language: str) -> float:
    return 1.0 if language in EXTERNAL_LANGUAGES else DEFAULT_COST
# The fields of a Function that ALTER FUNCTION changes in place.
ALTERABLE = ("volatility", "strict", "security_definer", "parallel", "settings", "leakproof", "cost", "rows")


@dataclass(frozen=True)
class Argument:
    type: str
    name: str | None = None
    mode: str = "IN"  # "IN" | "OUT" | "INOUT" | "VARIADIC"
    default: str | None = None


@dataclass(frozen=True)
class Function:
    schema: str
    name: str
    arguments: tuple[Argument, ...]
    returns: str | None  # None for procedures
    language: str
    body: str  # for LANGUAGE c and internal, the name of the C function (prosrc)
    kind: str = "function"  # "function" | "procedure"
    volatility: str = "VOLATILE"
    strict: bool = False
    security_definer: bool = False
    parallel: str | None = None
    settings: tuple[tuple[str, str], ...] = ()  # SET name = value, e.g. search_path, in proconfig's order
    leakproof: bool = False
    window: bool = False  # a window function (prokind 'w')
    cost: float | None = None  # None: PostgreSQL's default (100 for sql and plpgsql)
    rows: float | None = None  # estimated rows of a set-returning function; None: the default (1000)
    comment: str | None = None
    grants: tuple[Grant, ...] | None = None  # None: PostgreSQL's default (EXECUTE to PUBLIC)
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    library: str | None = None  # LANGUAGE c: the object file the body's symbol is in (probin)
    # The planner support function (SUPPORT), as regproc prints it. Not in ALTERABLE: ALTER
    # FUNCTION can set one but not take it away; CREATE OR REPLACE does both.
    support: str | None = None
    # A SQL-standard body (RETURN expr, or BEGIN ATOMIC ... END) in `body`: PostgreSQL
    # parses it when the routine is created, binds it to what it names (pg_depend) and
    # prints it back itself (pg_get_function_sqlbody), unlike the source text of `AS '...'`.
    standard_body: bool = False
    # TRANSFORM FOR TYPE: the types its language's transforms (model.objects.Transform)
    # convert for it, as format_type prints them, in protrftypes' order.
    transforms: tuple[str, ...] = ()
    origin: Origin | None = origin_field()

    @property
    def identity_arguments(self) -> tuple[str, ...]:
        """Return the argument types that make up the signature (OUT arguments do not)."""
        return tuple(a.type for a in self.arguments if a.mode != "OUT")

    @property
    def key(self) -> tuple[QualifiedName, tuple[str, ...]]:
        return (QualifiedName(self.schema, self.name), self.identity_arguments)

    @property
    def qualified_name(self) -> QualifiedName:
        return QualifiedName(self.schema, self.name)

    def setting(self, name: str) -> str | None:
        return next((v for k, v in self.settings if k == name), None)
