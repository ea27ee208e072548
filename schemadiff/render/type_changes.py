"""The SQL of changes to user-defined types (see diff.types for what each one is for)."""

from __future__ import annotations

from ..diff.type_operations import (
    AddDomainCheck, AddEnumValue, AlterBaseType, AlterCompositeType, AlterDomain, ConvertCompositeColumn, DropDomainCheck,
    RenameType, ValidateDomainCheck,
)
from ..model import Domain, EnumType, RangeType
from ..quote import ident, literal, qualified
from .common import RenderContext, guarded, guarded_as_inspected
from .operations import alter_column, attribute_is, render_operation
from .types import add_domain_check, attribute_definition, attribute_type, base_type_options, domain_constraint_exists


def default_multirange_name(range_name: str) -> str:
    """Return the multirange PostgreSQL makes for a range: 'range' becomes 'multirange'."""
    if "range" in range_name:
        return range_name.replace("range", "multirange", 1)
    return range_name + "_multirange"


def _type_oid(text: str) -> str:
    """Return the oid of a type named in SQL; NULL (never an error) when there is none."""
    return f"to_regtype({literal(text)})"


@render_operation.register(AddEnumValue)
def _add_enum_value(op: AddEnumValue, ctx: RenderContext) -> list[str]:
    where = f" BEFORE {literal(op.before)}" if op.before is not None else f" AFTER {literal(op.after)}"
    name = qualified(op.type.schema, op.type.name)
    return [f"ALTER TYPE {name} ADD VALUE IF NOT EXISTS {literal(op.label)}{where};"]


def enum_label_rename(schema: str, enum: str, old: str, new: str) -> list[str]:
    """Return RENAME VALUE, guarded both ways so that running it again does nothing."""
    def has(label):
        enum_oid = _type_oid(qualified(schema, enum))
        return f"EXISTS (SELECT FROM pg_catalog.pg_enum WHERE enumtypid = {enum_oid} AND enumlabel = {literal(label)})"

    statement = f"ALTER TYPE {qualified(schema, enum)} RENAME VALUE {literal(old)} TO {literal(new)};"
    return [guarded(f"{has(old)} AND NOT {has(new)}", statement)]


@render_operation.register(RenameType)
def _rename_type(op: RenameType, ctx: RenderContext) -> list[str]:
    old = op.type
    keyword = "DOMAIN" if isinstance(old, Domain) else "TYPE"
    # Only the old definition moves: once it is replaced (the plan running again), the
    # type stays. Types are named through to_regtype, which never fails.
    condition = f"{_type_oid(qualified(old.schema, op.new_name))} IS NULL AND {_still_old(old)}"
    statements = [f"ALTER {keyword} {qualified(old.schema, old.name)} RENAME TO {ident(op.new_name)};"]
    if isinstance(old, RangeType):
        statements += _range_companions(old, op.new_name)
    return [guarded(condition, "\n    ".join(statements))]


def _still_old(old) -> str:
    """Return a condition: the type exists and is (still) defined as `old` says, in what
    tells it apart from its replacement (type modifiers and collations aside)."""
    me = _type_oid(qualified(old.schema, old.name))
    if isinstance(old, EnumType):
        labels = ", ".join(literal(label) for label in old.labels)
        return (
            f"ARRAY(SELECT enumlabel::text FROM pg_catalog.pg_enum WHERE enumtypid = {me} ORDER BY enumsortorder)"
            f" = ARRAY[{labels}]::text[]"
        )
    if isinstance(old, Domain):
        return f"EXISTS (SELECT FROM pg_catalog.pg_type WHERE oid = {me} AND typbasetype = {_type_oid(old.base_type)})"
    if isinstance(old, RangeType):
        multirange = qualified(old.schema, old.multirange_type_name or default_multirange_name(old.name))
        return (
            f"EXISTS (SELECT FROM pg_catalog.pg_range WHERE rngtypid = {me} AND rngsubtype = {_type_oid(old.subtype)}"
            f" AND rngmultitypid = {_type_oid(multirange)}"
            f" AND rngsubdiff = {literal(old.subtype_diff or '-')}::regproc"
            f" AND rngcanonical = {literal(old.canonical or '-')}::regproc)"
        )
    types = ", ".join(_type_oid(a.type) for a in old.attributes)
    return (
        "ARRAY(SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = (SELECT typrelid FROM pg_catalog.pg_type "
        f"WHERE oid = {me}) AND attnum > 0 AND NOT attisdropped ORDER BY attnum) = ARRAY[{types}]::oid[]"
    )


def _range_companions(old: RangeType, new_name: str) -> list[str]:
    """Rename what a range made for itself and named after itself: its constructors, its
    multirange and the multirange's constructors. They keep their names when the range is
    renamed, and the new range could not make its own."""
    renamed = qualified(old.schema, new_name)
    new_multirange = default_multirange_name(new_name)
    constructor = qualified(old.schema, old.name)
    # The multirange type and its constructors share a name.
    multirange = qualified(old.schema, old.multirange_type_name or default_multirange_name(old.name))
    return [
        f"ALTER FUNCTION {constructor}({old.subtype}, {old.subtype}) RENAME TO {ident(new_name)};",
        f"ALTER FUNCTION {constructor}({old.subtype}, {old.subtype}, text) RENAME TO {ident(new_name)};",
        f"ALTER TYPE {multirange} RENAME TO {ident(new_multirange)};",
        f"ALTER FUNCTION {multirange}() RENAME TO {ident(new_multirange)};",
        f"ALTER FUNCTION {multirange}({renamed}) RENAME TO {ident(new_multirange)};",
        f"ALTER FUNCTION {multirange}(VARIADIC {renamed}[]) RENAME TO {ident(new_multirange)};",
    ]


def _type_relation(composite) -> str:
    return f"(SELECT typrelid FROM pg_catalog.pg_type WHERE oid = {_type_oid(qualified(composite.schema, composite.name))})"


def _attribute_exists(composite, name: str) -> str:
    return (
        f"EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = {_type_relation(composite)}"
        f" AND attname = {literal(name)} AND NOT attisdropped)"
    )


@render_operation.register(AlterCompositeType)
def _alter_composite(op: AlterCompositeType, ctx: RenderContext) -> list[str]:
    name = qualified(op.new.schema, op.new.name)
    old = {a.name: a for a in op.old.attributes}
    new = {a.name: a for a in op.new.attributes}
    # Without CASCADE PostgreSQL refuses to change a type that tables are of, even when
    # the change is done already (IF EXISTS): on a second run, a typed table the first
    # created is of it. Hence each statement runs only where it is still to do.
    cascade = " CASCADE" if op.cascade else ""
    statements = [guarded(_attribute_exists(op.new, a), f"ALTER TYPE {name} DROP ATTRIBUTE {ident(a)}{cascade};")
                  for a in old if a not in new]
    for attribute in op.new.attributes:
        before = old.get(attribute.name)
        if before is None:
            statement = f"ALTER TYPE {name} ADD ATTRIBUTE {attribute_definition(attribute)}{cascade};"
            statements.append(guarded("NOT " + _attribute_exists(op.new, attribute.name), statement))
        elif before != attribute:
            statement = f"ALTER TYPE {name} ALTER ATTRIBUTE {ident(attribute.name)} SET DATA TYPE {attribute_type(attribute)}{cascade};"
            statements.append(guarded_as_inspected("NOT " + attribute_is(_type_relation(op.new), attribute), statement))
    return statements


@render_operation.register(AlterBaseType)
def _alter_base_type(op: AlterBaseType, ctx: RenderContext) -> list[str]:
    # Setting an option to what it is already changes nothing: safe to run again.
    options = ", ".join(base_type_options(op.new, only=op.changed()))
    return [f"ALTER TYPE {qualified(op.new.schema, op.new.name)} SET ({options});"] + [
        f"ALTER TABLE {qualified(table.schema, table.name)} ALTER COLUMN {ident(column)} SET STORAGE {op.new.storage.upper()};"
        for table, column in op.columns
    ]


@render_operation.register(AlterDomain)
def _alter_domain(op: AlterDomain, ctx: RenderContext) -> list[str]:
    name = qualified(op.new.schema, op.new.name)
    statements = []
    if op.old.default != op.new.default:
        default = "DROP DEFAULT" if op.new.default is None else f"SET DEFAULT {op.new.default}"
        statements.append(f"ALTER DOMAIN {name} {default};")
    if op.old.nullable != op.new.nullable:
        statements.append(f"ALTER DOMAIN {name} {'DROP' if op.new.nullable else 'SET'} NOT NULL;")
    return statements


@render_operation.register(AddDomainCheck)
def _add_domain_check(op: AddDomainCheck, ctx: RenderContext) -> list[str]:
    return [add_domain_check(op.domain, op.check, op.not_valid)]


@render_operation.register(ValidateDomainCheck)
def _validate_domain_check(op: ValidateDomainCheck, ctx: RenderContext) -> list[str]:
    condition = domain_constraint_exists(op.domain, op.name, also=" AND NOT convalidated")
    statement = f"ALTER DOMAIN {qualified(op.domain.schema, op.domain.name)} VALIDATE CONSTRAINT {ident(op.name)};"
    return [guarded(condition, statement)]


@render_operation.register(DropDomainCheck)
def _drop_domain_check(op: DropDomainCheck, ctx: RenderContext) -> list[str]:
    name = qualified(op.domain.schema, op.domain.name)
    return [f"ALTER DOMAIN {name} DROP CONSTRAINT IF EXISTS {ident(op.check.name)};"]


@render_operation.register(ConvertCompositeColumn)
def _convert_composite_column(op: ConvertCompositeColumn, ctx: RenderContext) -> list[str]:
    # ROW((col).a, (col).b::numeric, NULL::text)::new. A NULL value stays NULL (and so
    # does a row whose attributes are all NULL).
    column = ident(op.new.name)
    attributes = []
    for source in op.sources:
        if not source.kept:
            attributes.append(f"NULL::{source.type}")
        else:
            via = "::text" if source.through_text else ""
            attributes.append(f"({column}).{ident(source.name)}{via}::{source.type}")
    row = f"ROW({', '.join(attributes)})::{op.new.type}"
    return alter_column(op, using=f"CASE WHEN {column} IS NULL THEN NULL ELSE {row} END")
