"""User-defined types: enums, composite types, range types and domains.

All four share PostgreSQL's pg_type namespace, so one key (schema, name) identifies a
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
    origin: Origin | None = origin_field()


UserType = EnumType | CompositeType | RangeType | Domain
TYPE_KINDS = (EnumType, CompositeType, RangeType, Domain)


def referenced_types(obj) -> tuple[str, ...]:
    """Return the type texts a type's definition uses (attribute, sub- and base types)."""
    if isinstance(obj, CompositeType):
        return tuple(a.type for a in obj.attributes)
    if isinstance(obj, RangeType):
        return (obj.subtype,)
    if isinstance(obj, Domain):
        return (obj.base_type,)
    return ()


def referenced_collations(obj) -> tuple[QualifiedName, ...]:
    """Return the user-defined collations a type's definition uses."""
    if isinstance(obj, CompositeType):
        found = [a.collation for a in obj.attributes]
    else:
        found = [getattr(obj, "collation", None)]
    return tuple(c for c in found if isinstance(c, QualifiedName))
