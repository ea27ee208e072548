"""CREATE TYPE (enum, composite, range) and CREATE DOMAIN, each guarded by the type's
absence: PostgreSQL has no CREATE TYPE IF NOT EXISTS."""

from __future__ import annotations

from ..model import CompositeType, Domain, DomainCheck, EnumType, RangeType
from ..quote import ident, literal, qualified
from .common import RenderContext, builtin_grants, comment_statement, guarded
from .create import create
from .references import collation_name, comment_kind, grant_target


def type_missing(schema: str, name: str) -> str:
    """Return a condition: no type of this name exists (yet)."""
    return f"to_regtype({literal(qualified(schema, name))}) IS NULL"


def attribute_type(attribute) -> str:
    """Return `type [COLLATE c]`, as CREATE TYPE and ALTER ATTRIBUTE ... TYPE say it."""
    collate = f" COLLATE {collation_name(attribute.collation)}" if attribute.collation else ""
    return f"{attribute.type}{collate}"


def attribute_definition(attribute) -> str:
    return f"{ident(attribute.name)} {attribute_type(attribute)}"


def domain_check(check: DomainCheck) -> str:
    return f"CONSTRAINT {ident(check.name)} CHECK ({check.expression})"


def definition(obj) -> str:
    """Return the CREATE TYPE or CREATE DOMAIN statement of one type."""
    name = qualified(obj.schema, obj.name)
    if isinstance(obj, EnumType):
        return f"CREATE TYPE {name} AS ENUM ({', '.join(literal(label) for label in obj.labels)});"
    if isinstance(obj, CompositeType):
        return f"CREATE TYPE {name} AS ({', '.join(attribute_definition(a) for a in obj.attributes)});"
    if isinstance(obj, RangeType):
        options = [f"SUBTYPE = {obj.subtype}"]
        if obj.subtype_opclass:
            options.append(f"SUBTYPE_OPCLASS = {obj.subtype_opclass}")
        if obj.collation:
            options.append(f"COLLATION = {collation_name(obj.collation)}")
        if obj.canonical:
            options.append(f"CANONICAL = {obj.canonical}")
        if obj.subtype_diff:
            options.append(f"SUBTYPE_DIFF = {obj.subtype_diff}")
        if obj.multirange_type_name:
            options.append(f"MULTIRANGE_TYPE_NAME = {qualified(obj.schema, obj.multirange_type_name)}")
        return f"CREATE TYPE {name} AS RANGE ({', '.join(options)});"
    parts = [f"CREATE DOMAIN {name} AS {obj.base_type}"]
    if obj.collation:
        parts.append(f"COLLATE {collation_name(obj.collation)}")
    if obj.default is not None:
        parts.append(f"DEFAULT {obj.default}")
    if not obj.nullable:
        parts.append("NOT NULL")
    # NOT VALID exists only for ALTER DOMAIN ADD CONSTRAINT: those checks are added after.
    parts += [domain_check(c) for c in obj.checks if c.valid]
    return " ".join(parts) + ";"


def domain_constraint(domain: Domain, name: str) -> str:
    """Return `name ON DOMAIN schema.domain`, how COMMENT ON CONSTRAINT names a domain's check."""
    return f"{ident(name)} ON DOMAIN {qualified(domain.schema, domain.name)}"


def add_domain_check(domain: Domain, check: DomainCheck, not_valid: bool) -> str:
    """Return ALTER DOMAIN ... ADD CONSTRAINT, guarded by the constraint's absence."""
    later = " NOT VALID" if not_valid else ""
    statement = f"ALTER DOMAIN {qualified(domain.schema, domain.name)} ADD {domain_check(check)}{later};"
    return guarded("NOT " + domain_constraint_exists(domain, check.name), statement)


def domain_constraint_exists(domain: Domain, name: str, also: str = "") -> str:
    return (
        "EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE contypid = "
        f"{literal(qualified(domain.schema, domain.name))}::regtype AND conname = {literal(name)}{also})"
    )


def _create_type(obj, ctx: RenderContext) -> list[str]:
    statements = [guarded(type_missing(obj.schema, obj.name), definition(obj))]
    if isinstance(obj, Domain):
        statements += [add_domain_check(obj, c, not_valid=True) for c in obj.checks if not c.valid]
    statements += comment_statement(comment_kind(obj), qualified(obj.schema, obj.name), obj.comment)
    for attribute, comment in getattr(obj, "column_comments", ()):
        statements += comment_statement("COLUMN", f"{qualified(obj.schema, obj.name)}.{ident(attribute)}", comment)
    for check, comment in getattr(obj, "check_comments", ()):
        statements += comment_statement("CONSTRAINT", domain_constraint(obj, check), comment)
    return statements + builtin_grants(grant_target(obj), obj.grants, ctx)


for _kind in (EnumType, CompositeType, RangeType, Domain):
    create.register(_kind)(_create_type)
