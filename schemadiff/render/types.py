"""CREATE TYPE (enum, composite, range, base, shell) and CREATE DOMAIN, each guarded by
the type's absence: PostgreSQL has no CREATE TYPE IF NOT EXISTS."""

from __future__ import annotations

from ..model import BaseType, CompositeType, Domain, DomainCheck, EnumType, RangeType, ShellType, UndefinedType
from ..model.types import ALIGNMENTS
from ..quote import ident, literal, qualified
from .common import RenderContext, builtin_grants, comment_statement, guarded
from .create import create
from .owners import own_privilege_statements
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
    if isinstance(obj, BaseType):
        return f"CREATE TYPE {name} ({', '.join(base_type_options(obj))});"
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


def _type_row(schema: str, name: str, where: str = "") -> str:
    """Return a condition: pg_type has this type (`where` holding too). By name, not
    to_regtype: that refuses a shell type."""
    return (
        "EXISTS (SELECT FROM pg_catalog.pg_type AS t JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace"
        f" WHERE n.nspname = {literal(schema)} AND t.typname = {literal(name)}{where})"
    )


def base_type_options(obj: BaseType, only=None) -> list[str]:
    """Return a base type's `OPTION = value` list (of the options `only` names, or all but
    PostgreSQL's defaults); a function left out of `only` is NONE."""
    defaults = BaseType(obj.schema, obj.name, obj.input, obj.output)
    options = []
    for option in only or _BASE_OPTIONS:
        value = getattr(obj, option)
        if only is None and option not in ("input", "output") and value == getattr(defaults, option):
            continue
        if option == "internallength":
            value = "VARIABLE" if value == -1 else str(value)
        elif option in ("passedbyvalue", "preferred", "collatable"):
            value = "true" if value else "false"
        elif option in ("category", "default", "delimiter"):
            value = literal(value)
        elif value is None:
            value = "NONE"  # a function ALTER TYPE ... SET removes
        options.append(f"{option.upper()} = {value}")
    return options


# In CREATE TYPE's documented order; functions are regproc text, alignment and storage keywords.
_BASE_OPTIONS = (
    "input", "output", "receive", "send", "typmod_in", "typmod_out", "analyze", "subscript", "internallength",
    "passedbyvalue", "alignment", "storage", "category", "preferred", "default", "element", "delimiter", "collatable",
)


_ALIGNMENT_CODES = {word: code for code, word in ALIGNMENTS.items()}


def base_type_defined_as(obj: BaseType) -> str:
    """Return a condition: the base type exists and is (still) defined as `obj` says, in
    what only a new CREATE TYPE changes. A second run of a plan that recreated it finds
    the new definition, and leaves it alone."""
    def function(text):
        return f"to_regproc({literal(text)})"

    def boolean(value):
        return "true" if value else "false"

    element = f"to_regtype({literal(obj.element)})" if obj.element else "0"
    return _type_row(obj.schema, obj.name, (
        f" AND t.typisdefined AND t.typinput = {function(obj.input)} AND t.typoutput = {function(obj.output)}"
        f" AND t.typlen = {obj.internallength} AND t.typbyval = {boolean(obj.passedbyvalue)}"
        f" AND t.typalign = {literal(_ALIGNMENT_CODES[obj.alignment])}"
        f" AND t.typcategory = {literal(obj.category)} AND t.typispreferred = {boolean(obj.preferred)}"
        f" AND t.typdefault IS NOT DISTINCT FROM {literal(obj.default) if obj.default is not None else 'NULL'}"
        f" AND t.typelem = {element} AND t.typdelim = {literal(obj.delimiter)}"
        f" AND (t.typcollation <> 0) = {boolean(obj.collatable)}"
    ))


def drop_base_type(obj: BaseType) -> list[str]:
    """Return DROP TYPE ... CASCADE, which takes the type's input and output functions
    along (they use the type, and it uses them: nothing else can drop either), refused
    while anything else uses the type. The plan drops what else used it before."""
    name = qualified(obj.schema, obj.name)
    me = f"to_regtype({literal(name)})"
    others = (
        f"EXISTS (SELECT FROM pg_catalog.pg_depend AS d, pg_catalog.pg_type AS t WHERE t.oid = {me}"
        f" AND d.refclassid = 'pg_type'::regclass AND d.refobjid = t.oid AND d.deptype = 'n'"
        " AND NOT (d.classid = 'pg_proc'::regclass AND d.objid IN (t.typinput, t.typoutput, t.typreceive, t.typsend)))"
    )
    message = literal(f"type {name} is still used by objects other than its input and output functions")
    statement = f"IF {others} THEN\n      RAISE EXCEPTION {message};\n    END IF;\n    DROP TYPE {name} CASCADE;"
    return [guarded(base_type_defined_as(obj), statement)]


_TYPTYPES = {EnumType: "e", CompositeType: "c", RangeType: "r", Domain: "d", UndefinedType: "p"}


def drop_type(obj) -> list[str]:
    """Return DROP TYPE (DOMAIN), guarded by the type's kind: a type whose kind changes
    goes before the new one of its name is created, which a second run leaves alone."""
    if isinstance(obj, BaseType):
        return drop_base_type(obj)
    kind = _type_row(obj.schema, obj.name, f" AND t.typtype = {literal(_TYPTYPES[type(obj)])}")
    return [guarded(kind, f"DROP {comment_kind(obj)} {qualified(obj.schema, obj.name)};")]


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
    return statements + builtin_grants(grant_target(obj), obj.grants, ctx) + own_privilege_statements(obj)


def _create_base_type(obj: BaseType, ctx: RenderContext) -> list[str]:
    # Defines the shell type the plan created before the type's functions (or, created
    # anew, replaces nothing: the functions cannot exist without the shell).
    not_defined = "NOT " + _type_row(obj.schema, obj.name, " AND t.typisdefined")
    return [guarded(not_defined, definition(obj)), *_create_type(obj, ctx)[1:]]


@create.register(ShellType)
def _create_shell_type(obj: ShellType, ctx: RenderContext) -> list[str]:
    return [guarded("NOT " + _type_row(obj.schema, obj.name), f"CREATE TYPE {qualified(obj.schema, obj.name)};")]


@create.register(UndefinedType)
def _create_undefined_type(obj: UndefinedType, ctx: RenderContext) -> list[str]:
    # No grants: PostgreSQL refuses them on a shell.
    name = qualified(obj.schema, obj.name)
    return _create_shell_type(obj, ctx) + comment_statement("TYPE", name, obj.comment)


for _kind in (EnumType, CompositeType, RangeType, Domain):
    create.register(_kind)(_create_type)
create.register(BaseType)(_create_base_type)
