"""Pieces shared by the per-kind renderers: grants, comments, guarded blocks."""

from __future__ import annotations

from dataclasses import dataclass

from ..quote import dollar_quote, ident, literal


@dataclass(frozen=True)
class RenderContext:
    """What statements need to know beyond the object itself."""

    # Roles a complete grant list is enforced against: every role the spec knows.
    known_roles: tuple[str, ...] = ()
    # The role the statements run as, which owns what they create: never revoked from
    # (an owner's privileges are implicit, never compared; revoked, the owner loses them).
    owner: str | None = None
    # Roles the database's default privileges gave privileges on the object being created
    # (PUBLIC among them, maybe): revoked from too, so that its grants are the complete set.
    default_grantees: tuple[str, ...] = ()
    # PostgreSQL's built-in grants (EXECUTE or USAGE for PUBLIC) that the database's
    # default privileges keep from the object being created: given back when its spec
    # keeps the built-in default.
    default_taken: tuple = ()
    # Roles the default privileges ON SEQUENCES gave privileges on the identity sequences
    # of the table being created: revoked from those too.
    identity_default_grantees: tuple[str, ...] = ()


def grantee(name: str) -> str:
    return "PUBLIC" if name.upper() == "PUBLIC" else ident(name)


def privilege_list(privileges, column: str | None = None) -> str:
    """Return `SELECT, UPDATE`, or `SELECT (col), UPDATE (col)` for column privileges."""
    suffix = f" ({ident(column)})" if column is not None else ""
    return ", ".join(p + suffix for p in privileges)


def grant_statements(object_sql: str, grants, ctx: RenderContext, revoke_first: bool = True,
                     column: str | None = None) -> list[str]:
    """Return statements that make `grants` the complete privilege set on an object (or one column)."""
    statements = []
    if revoke_first:
        roles = sorted({r for r in (*ctx.known_roles, *ctx.default_grantees) if r not in (ctx.owner, "PUBLIC")})
        targets = ["PUBLIC"] + [ident(r) for r in roles]
        statements.append(f"REVOKE {privilege_list(('ALL',), column)} ON {object_sql} FROM {', '.join(targets)};")
    for g in grants:
        option = " WITH GRANT OPTION" if g.with_grant_option else ""
        statements.append(f"GRANT {privilege_list(g.privileges, column)} ON {object_sql} TO {grantee(g.grantee)}{option};")
    return statements


def builtin_grants(object_sql: str, grants, ctx: RenderContext) -> list[str]:
    """Return statements that make `grants` the complete set on a created routine or type,
    None meaning PostgreSQL's built-in default (EXECUTE or USAGE for PUBLIC): then only
    what default privileges gave other roles is taken back, and what they took given back."""
    if grants is not None:
        return grant_statements(object_sql, grants, ctx)
    roles = [ident(r) for r in ctx.default_grantees if r != "PUBLIC"]
    statements = [f"REVOKE ALL ON {object_sql} FROM {', '.join(roles)};"] if roles else []
    return statements + grant_statements(object_sql, ctx.default_taken, ctx, revoke_first=False)


def comment_statement(kind_sql: str, object_sql: str, comment: str | None) -> list[str]:
    if comment is None:
        return []
    return [f"COMMENT ON {kind_sql} {object_sql} IS {literal(comment)};"]


def storage_parameter_name(name: str) -> str:
    """Return a storage parameter's name: `fillfactor`, or `toast.autovacuum_enabled`."""
    return ".".join(ident(part) for part in name.split("."))


def in_order(params, order) -> list:
    """Return (name, value) pairs with the names of `order` first, in that order."""
    rank = {name: i for i, name in enumerate(order)}
    return sorted(params, key=lambda p: rank.get(p[0], len(rank)))


def storage_parameters(params, order=()) -> str:
    """Return `name = 'value', ...` for WITH (...) and SET (...); PostgreSQL stores a
    quoted value as the same text as an unquoted one."""
    return ", ".join(f"{storage_parameter_name(name)} = {literal(value)}" for name, value in in_order(params, order))


def fdw_options(options) -> str:
    """Return ` OPTIONS (name 'value', ...)` of a foreign-data object (nothing when empty)."""
    if not options:
        return ""
    return f" OPTIONS ({', '.join(f'{ident(name)} {literal(value)}' for name, value in options)})"


def alter_fdw_options(head: str, current_sql: str, old, new) -> str:
    """Return `head OPTIONS (ADD ..., SET ..., DROP ...)` turning `old` options into `new`,
    run only while the options that `current_sql` reads (a text[] of name=value) are not
    `new` yet: ADD, SET and DROP each fail when run again."""
    before, after = dict(old), dict(new)
    changes = [f"DROP {ident(name)}" for name in sorted(before) if name not in after]
    for name, value in sorted(after.items()):
        if before.get(name) != value:
            changes.append(f"{'SET' if name in before else 'ADD'} {ident(name)} {literal(value)}")
    wanted = sorted(f"{name}={value}" for name, value in new)
    array = f"ARRAY[{', '.join(literal(o) for o in wanted)}]::text[]"
    current = f'ARRAY(SELECT o FROM unnest(({current_sql})) AS o ORDER BY o COLLATE "C")'
    return guarded(f"{current} IS DISTINCT FROM {array}", f"{head} OPTIONS ({', '.join(changes)});")


def guarded(condition_sql: str, statement: str) -> str:
    """Return a DO block that runs `statement` only when `condition_sql` holds."""
    body = f"\nBEGIN\n  IF {condition_sql} THEN\n    {statement}\n  END IF;\nEND\n"
    return f"DO {dollar_quote(body, 'do')};"


def guarded_as_inspected(condition_sql: str, statement: str) -> str:
    """Return a DO block that runs `statement` only when `condition_sql` holds, the
    condition evaluated under an empty search_path: format_type and pg_get_expr then print
    names schema-qualified, as the inspection read them into the model (the plan runs with
    `public` on its path, where they would print `public.` names bare)."""
    body = (
        "\nDECLARE\n  path text := pg_catalog.current_setting('search_path');\n  due boolean;\nBEGIN\n"
        "  PERFORM pg_catalog.set_config('search_path', '', true);\n"
        f"  due := {condition_sql};\n"
        "  PERFORM pg_catalog.set_config('search_path', path, true);\n"
        f"  IF due THEN\n    {statement}\n  END IF;\nEND\n"
    )
    return f"DO {dollar_quote(body, 'do')};"
