"""User-defined types: enums, composite types, range types, domains, base types and
shell types left undefined.

All six share PostgreSQL's pg_type namespace, so one key (schema, name) identifies a
type whatever its kind; the catalog keeps them in one tuple. `grants` None means
PostgreSQL's default for types: USAGE for PUBLIC.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Grant, Origin, QualifiedName, SchemaObject, origin_field


@dataclass(frozen=True)
class EnumType(SchemaObject):
    schema: str
    name: str
    labels: tuple[str, ...]  # in their sort order, which is part of the type: never sorted
    comment: str | None = None
    grants: tuple[Grant, ...] | None = None
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class Attribute:
    """One attribute of a composite type, in declaration order."""

    name: str
    type: str
    collation: str | QualifiedName | None = None  # only when not the type's default; see Column.collation


@dataclass(frozen=True)
class CompositeType(SchemaObject):
    schema: str
    name: str
    attributes: tuple[Attribute, ...]
    comment: str | None = None
    column_comments: tuple[tuple[str, str], ...] = ()  # (attribute, comment), sorted: COMMENT ON COLUMN
    grants: tuple[Grant, ...] | None = None
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class RangeType(SchemaObject):
    """A range type; every option None means PostgreSQL's default for the subtype."""

    schema: str
    name: str
    subtype: str
    subtype_opclass: str | None = None
    collation: str | QualifiedName | None = None  # a name in pg_catalog, or a user-defined collation
    canonical: str | None = None  # a function name, schema-qualified when inspected
    subtype_diff: str | None = None
    multirange_type_name: str | None = None  # in the range's schema
    comment: str | None = None
    grants: tuple[Grant, ...] | None = None
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class DomainCheck:
    name: str
    expression: str  # uses VALUE for the checked value
    valid: bool = True  # False: added NOT VALID, existing values not checked yet
    origin: Origin | None = origin_field()


@dataclass(frozen=True)
class Domain(SchemaObject):
    schema: str
    name: str
    base_type: str
    default: str | None = None
    nullable: bool = True
    collation: str | QualifiedName | None = None  # only when not the base type's default; see Column.collation
    checks: tuple[DomainCheck, ...] = ()  # sorted by name
    comment: str | None = None
    check_comments: tuple[tuple[str, str], ...] = ()  # (check, comment), sorted: COMMENT ON CONSTRAINT
    grants: tuple[Grant, ...] | None = None
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()


# pg_type's one-letter codes (typalign, typstorage) and the words CREATE TYPE spells them with.
ALIGNMENTS = {"c": "char", "s": "int2", "i": "int4", "d": "double"}
STORAGES = {"p": "plain", "e": "external", "x": "extended", "m": "main"}


@dataclass(frozen=True)
class BaseType(SchemaObject):
    """A base type (CREATE TYPE name (INPUT = ..., OUTPUT = ...)), every option as the
    catalog resolves it (LIKE and the defaults filled in). Functions are named as
    `regproc` text, schema-qualified unless in pg_catalog. Its array type `_name` comes
    with it."""

    schema: str
    name: str
    input: str
    output: str
    receive: str | None = None
    send: str | None = None
    typmod_in: str | None = None
    typmod_out: str | None = None
    analyze: str | None = None
    subscript: str | None = None
    internallength: int = -1  # -1: variable
    passedbyvalue: bool = False
    alignment: str = "int4"  # char, int2, int4, double
    storage: str = "plain"  # plain, external, extended, main
    category: str = "U"
    preferred: bool = False
    default: str | None = None
    element: str | None = None
    delimiter: str = ","
    collatable: bool = False
    comment: str | None = None
    grants: tuple[Grant, ...] | None = None
    own_privileges: tuple[str, ...] | None = None  # None: all the owner's (see model.own_privileges)
    origin: Origin | None = origin_field()

    # What ALTER TYPE ... SET (...) changes in place; any other option recreates the type.
    SETTABLE = ("receive", "send", "typmod_in", "typmod_out", "analyze", "subscript", "storage")

    def functions(self) -> tuple[str, ...]:
        """Return the functions the type calls: input and output first."""
        found = (self.input, self.output, self.receive, self.send, self.typmod_in, self.typmod_out,
                 self.analyze, self.subscript)
        return tuple(f for f in found if f)


@dataclass(frozen=True)
class ShellType:
    """The placeholder of a base type (CREATE TYPE name;) that its input and output
    functions return and take before the type is defined: the type needs them, they need
    it, and pg_dump breaks that cycle the same way. Not a catalog kind: the planner makes
    one per base type (plan.dependencies.Graph)."""

    schema: str
    name: str

    @property
    def key(self) -> QualifiedName:
        return QualifiedName(self.schema, self.name)


@dataclass(frozen=True)
class UndefinedType(SchemaObject):
    """A shell type left undefined (CREATE TYPE name;), which pg_dump keeps as it is: a
    name that C functions may already take and return, completed into a base type later.
    PostgreSQL refuses GRANT on it and gives it no privileges (default ones included), so
    `grants` and `own_privileges` stay None."""

    schema: str
    name: str
    comment: str | None = None
    grants: None = None
    own_privileges: None = None
    origin: Origin | None = origin_field()


UserType = EnumType | CompositeType | RangeType | Domain | BaseType | UndefinedType
TYPE_KINDS = (EnumType, CompositeType, RangeType, Domain, BaseType, UndefinedType)
# The kinds that take privileges: GRANT, ALTER DEFAULT PRIVILEGES ... ON TYPES.
GRANTABLE_TYPE_KINDS = (EnumType, CompositeType, RangeType, Domain, BaseType)


def referenced_types(obj) -> tuple[str, ...]:
    """Return the type texts a type's definition uses (attribute, sub- and base types)."""
    if isinstance(obj, CompositeType):
        return tuple(a.type for a in obj.attributes)
    if isinstance(obj, RangeType):
        return (obj.subtype,)
    if isinstance(obj, Domain):
        return (obj.base_type,)
    if isinstance(obj, BaseType) and obj.element:
        return (obj.element,)
    return ()


def referenced_collations(obj) -> tuple[QualifiedName, ...]:
    """Return the user-defined collations a type's definition uses."""
    if isinstance(obj, CompositeType):
        found = [a.collation for a in obj.attributes]
    else:
        found = [getattr(obj, "collation", None)]
    return tuple(c for c in found if isinstance(c, QualifiedName))
