"""Views, materialized views, functions and procedures."""

from __future__ import annotations

from ..model import Function, MaterializedView, View
from ..model.routines import DEFAULT_ROWS, EXTERNAL_LANGUAGES, VIEW_OPTIONS, default_cost
from ..quote import dollar_quote, ident, literal, qualified
from ..spec.fragments import reads_itself
from .common import RenderContext, builtin_grants, comment_statement, grant_statements, guarded, in_order, storage_parameters
from .create import create
from .owners import own_privilege_statements
from .references import grant_target, signature
from .view_names import pin_hidden_names


@create.register(View)
def create_view(view: View, ctx: RenderContext) -> list[str]:
    name = qualified(view.schema, view.name)
    options = [(n, "true") for n in VIEW_OPTIONS if getattr(view, n)]
    sql = f"CREATE OR REPLACE VIEW {name}"
    if options:
        sql += f" WITH ({', '.join(f'{n} = {v}' for n, v in in_order(options, view.option_order))})"
    sql += f" AS\n{pin_hidden_names(view.query)}"
    if view.check_option:
        sql += f"\nWITH {view.check_option.upper()} CHECK OPTION"
    statements = [sql + ";"]
    if view.columns and reads_itself(view.schema, view.name, view.query):
        # Its query needs it to exist: first a placeholder with its columns, as pg_dump does.
        columns = ", ".join(f"NULL::{column_type} AS {ident(column)}" for column, column_type in view.columns)
        placeholder = f"CREATE VIEW {name} AS SELECT {columns};"
        statements.insert(0, guarded(f"to_regclass({literal(name)}) IS NULL", placeholder))
    statements += [view_column_default(view.key, column, default) for column, default in view.column_defaults]
    statements += comment_statement("VIEW", name, view.comment)
    statements += _column_comments(name, view.column_comments)
    statements += grant_statements(grant_target(view), view.grants, ctx)
    for column, grants in view.column_grants:
        statements += grant_statements(grant_target(view), grants, ctx, revoke_first=False, column=column)
    return statements + own_privilege_statements(view)


def view_column_default(view, column: str, default: str | None) -> str:
    prefix = f"ALTER VIEW {qualified(view.schema, view.name)} ALTER COLUMN {ident(column)}"
    return f"{prefix} DROP DEFAULT;" if default is None else f"{prefix} SET DEFAULT {default};"


@create.register(MaterializedView)
def create_materialized_view(view: MaterializedView, ctx: RenderContext) -> list[str]:
    name = qualified(view.schema, view.name)
    data = "WITH DATA" if view.with_data else "WITH NO DATA"
    options = f" USING {ident(view.access_method)}" if view.access_method else ""
    if view.storage_parameters:
        options += f" WITH ({storage_parameters(view.storage_parameters, view.option_order)})"
    options += f" TABLESPACE {ident(view.tablespace)}" if view.tablespace else ""
    statements = [f"CREATE MATERIALIZED VIEW IF NOT EXISTS {name}{options} AS\n{pin_hidden_names(view.query)}\n{data};"]
    statements += [
        f"ALTER MATERIALIZED VIEW {name} ALTER COLUMN {ident(column)} SET COMPRESSION {ident(method)};"
        for column, method in view.column_compression
    ]
    statements += comment_statement("MATERIALIZED VIEW", name, view.comment)
    statements += _column_comments(name, view.column_comments)
    return statements + grant_statements(grant_target(view), view.grants, ctx) + own_privilege_statements(view)


def _column_comments(name: str, comments) -> list[str]:
    return [s for column, text in comments for s in comment_statement("COLUMN", f"{name}.{ident(column)}", text)]


def argument_list(function: Function, with_defaults: bool = True) -> str:
    parts = []
    for arg in function.arguments:
        text = "" if arg.mode == "IN" else arg.mode + " "
        if arg.name:
            text += ident(arg.name) + " "
        text += arg.type
        if with_defaults and arg.default is not None:
            text += f" DEFAULT {arg.default}"
        parts.append(text)
    return ", ".join(parts)


def search_path_value(value: str) -> str:
    """Render a search_path setting: each schema as an identifier, or '' for none."""
    schemas = [s.strip() for s in value.split(",") if s.strip()]
    return ", ".join(ident(s.strip('"')) for s in schemas) if schemas else literal("")


def function_header(function: Function) -> str:
    """Return CREATE OR REPLACE ... up to, not including, the body."""
    kind = function.kind.upper()
    sql = f"CREATE OR REPLACE {kind} {qualified(function.schema, function.name)}({argument_list(function)})"
    if function.returns is not None:
        sql += f"\n  RETURNS {function.returns}"
    sql += f"\n  LANGUAGE {ident(function.language)}"
    if function.transforms:
        sql += "\n  TRANSFORM " + ", ".join(f"FOR TYPE {t}" for t in function.transforms)
    if function.window:
        sql += " WINDOW"
    if function.kind == "function":
        sql += f"\n  {function.volatility}"
        if function.strict:
            sql += " STRICT"
        if function.leakproof:
            sql += " LEAKPROOF"
        if function.parallel:
            sql += f" PARALLEL {function.parallel}"
        if function.cost is not None:
            sql += f" COST {number(function.cost)}"
        if function.rows is not None:
            sql += f" ROWS {number(function.rows)}"
        if function.support:
            sql += f"\n  SUPPORT {function.support}"  # as regproc prints it: quoted already
    if function.security_definer:
        sql += "\n  SECURITY DEFINER"
    for key, value in function.settings:
        sql += f"\n  {set_clause(key, value)}"
    return sql


def number(value: float) -> str:
    """Return a COST or ROWS estimate as SQL: 100, 2.5."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def set_clause(name: str, value: str, local: bool = False) -> str:
    rendered = search_path_value(value) if name == "search_path" else literal(value)
    return f"SET {'LOCAL ' if local else ''}{ident(name)} TO {rendered}"


def validate_body(function: Function, validator: str) -> list[str]:
    """Return what checks `function`'s body as CREATE FUNCTION does with check_function_bodies
    on: its language's `validator` run under the function's own SET options (for a
    transaction: they are SET LOCAL)."""
    check = f"SELECT pg_catalog.{ident(validator)}({literal(signature(function))}::pg_catalog.regprocedure);"
    return ["SET LOCAL check_function_bodies = on;", *(set_clause(k, v, local=True) + ";" for k, v in function.settings), check]


def alter_function(old: Function, new: Function) -> list[str]:
    """Return ALTER FUNCTION/PROCEDURE statements changing `old`'s attributes to `new`'s."""
    clauses = []
    if new.kind == "function":
        if old.volatility != new.volatility:
            clauses.append(new.volatility)
        if old.strict != new.strict:
            clauses.append("STRICT" if new.strict else "CALLED ON NULL INPUT")
        if old.leakproof != new.leakproof:
            clauses.append("LEAKPROOF" if new.leakproof else "NOT LEAKPROOF")
        if old.parallel != new.parallel:
            clauses.append(f"PARALLEL {new.parallel or 'UNSAFE'}")
        if old.cost != new.cost:
            clauses.append(f"COST {number(new.cost if new.cost is not None else default_cost(new.language))}")
        if old.rows != new.rows:
            clauses.append(f"ROWS {number(new.rows if new.rows is not None else DEFAULT_ROWS)}")
    if old.security_definer != new.security_definer:
        clauses.append("SECURITY DEFINER" if new.security_definer else "SECURITY INVOKER")
    head = f"ALTER {new.kind.upper()} {signature(new)}"
    statements = [f"{head} {' '.join(clauses)};"] if clauses else []
    if old.settings != new.settings:
        # SET replaces a setting where it is and appends a new one: starting from none
        # gives proconfig (and pg_dump) the new order exactly.
        statements.append(f"{head} RESET ALL;")
        statements += [f"{head} {set_clause(name, value)};" for name, value in new.settings]
    return statements


def function_body(function: Function) -> str:
    if function.language in EXTERNAL_LANGUAGES:  # AS 'symbol', or AS 'object file', 'symbol' for c
        return ", ".join(literal(text) for text in (function.library, function.body) if text is not None)
    # Verbatim: PostgreSQL stores the body as given, and bodies are compared exactly.
    return dollar_quote(function.body, "body" if "$$" in function.body else "")


def function_definition(function: Function) -> str:
    """Return the CREATE OR REPLACE statement of `function`, without its semicolon."""
    if function.standard_body:  # SQL itself, not a string: as pg_get_function_sqlbody prints it
        return f"{function_header(function)}\n{function.body}"
    return f"{function_header(function)}\nAS {function_body(function)}"


@create.register(Function)
def create_function(function: Function, ctx: RenderContext) -> list[str]:
    statements = [function_definition(function) + ";"]
    kind = function.kind.upper()
    statements += comment_statement(kind, signature(function), function.comment)
    return statements + builtin_grants(grant_target(function), function.grants, ctx) + own_privilege_statements(function)
