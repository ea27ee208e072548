"""Views, materialized views, functions and procedures."""

from __future__ import annotations

from ..model import Function, MaterializedView, View
from ..quote import dollar_quote, ident, literal, qualified
from .common import RenderContext, comment_statement, grant_statements
from .create import create
from .references import grant_target, signature


@create.register(View)
def create_view(view: View, ctx: RenderContext) -> list[str]:
    name = qualified(view.schema, view.name)
    options = []
    if view.security_invoker:
        options.append("security_invoker = true")
    if view.security_barrier:
        options.append("security_barrier = true")
    sql = f"CREATE OR REPLACE VIEW {name}"
    if options:
        sql += f" WITH ({', '.join(options)})"
    sql += f" AS\n{view.query}"
    if view.check_option:
        sql += f"\nWITH {view.check_option.upper()} CHECK OPTION"
    statements = [sql + ";"]
    statements += comment_statement("VIEW", name, view.comment)
    return statements + grant_statements(grant_target(view), view.grants, ctx)


@create.register(MaterializedView)
def create_materialized_view(view: MaterializedView, ctx: RenderContext) -> list[str]:
    name = qualified(view.schema, view.name)
    data = "WITH DATA" if view.with_data else "WITH NO DATA"
    statements = [f"CREATE MATERIALIZED VIEW IF NOT EXISTS {name} AS\n{view.query}\n{data};"]
    statements += comment_statement("MATERIALIZED VIEW", name, view.comment)
    return statements + grant_statements(grant_target(view), view.grants, ctx)


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
    sql += f"\n  LANGUAGE {function.language}"
    if function.kind == "function":
        sql += f"\n  {function.volatility}"
        if function.strict:
            sql += " STRICT"
        if function.parallel:
            sql += f" PARALLEL {function.parallel}"
    if function.security_definer:
        sql += "\n  SECURITY DEFINER"
    for key, value in function.settings:
        rendered = search_path_value(value) if key == "search_path" else literal(value)
        sql += f"\n  SET {ident(key)} TO {rendered}"
    return sql


def function_body(function: Function) -> str:
    # Verbatim: PostgreSQL stores the body as given, and bodies are compared exactly.
    return dollar_quote(function.body, "body" if "$$" in function.body else "")


@create.register(Function)
def create_function(function: Function, ctx: RenderContext) -> list[str]:
    statements = [f"{function_header(function)}\nAS {function_body(function)};"]
    kind = function.kind.upper()
    statements += comment_statement(kind, signature(function), function.comment)
    if function.grants is not None:
        statements += grant_statements(grant_target(function), function.grants, ctx)
    return statements
