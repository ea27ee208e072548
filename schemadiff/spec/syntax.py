"""Parse every SQL fragment of a spec document and locate syntax errors in the file."""

from __future__ import annotations

from ..errors import Problem
from ..model import Argument, Function
from ..quote import ident
from . import fragments
from .checks import probe_function_sql
from .validate_schema import describe
from .yamlsource import Document

EXPRESSION_KEYS = {"default", "generated", "expression", "where", "using", "with_check", "when"}


def syntax_problems(doc: Document) -> list[Problem]:
    """Return a located problem for each fragment pglast cannot parse."""
    problems = []
    for path, kind, text in _fragment_sites(doc.data):
        try:
            kind(text)
        except fragments.FragmentError as exc:
            line, column = _locate(doc, path, text, exc.offset)
            owner = describe(doc.data, path)
            problems.append(Problem(doc.file, line, column, f'{owner}: invalid SQL in "{path[-1]}": {exc.message}'))
    return problems


def _parse_bound(text: str) -> None:
    fragments.parse_whole_statement(f"CREATE TABLE p PARTITION OF t {text}")


def _function_parser(item: dict):
    """Return a parser for a function body that knows the function's signature."""
    if item.get("language") != "plpgsql":
        return fragments.parse_statements

    def parse(body: str) -> None:
        fn = Function(
            schema=item.get("schema", "public"), name=item["name"],
            arguments=tuple(Argument(a["type"], a.get("name"), a.get("mode", "IN")) for a in item.get("arguments", [])),
            returns=item.get("returns", "void") if item.get("kind", "function") == "function" else None,
            language="plpgsql", body=body,
        )
        fragments.parse_plpgsql_function(probe_function_sql(fn))

    return parse


def _fragment_sites(data: dict):
    """Yield (path, parser, text) for every SQL fragment in the document."""
    def expressions(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                # `using` is an expression in a policy, an access method in an index.
                is_expression = key in EXPRESSION_KEYS and (key != "using" or path[-2:-1] == ("policies",))
                if is_expression and isinstance(value, str):
                    yield path + (key,), fragments.parse_expression, value
                elif key == "type" and isinstance(value, str) and path and path[-2] in ("columns", "arguments"):
                    yield path + (key,), fragments.parse_type, value
                else:
                    yield from expressions(value, path + (key,))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                yield from expressions(item, path + (i,))

    for i, table in enumerate(data.get("tables", [])):
        path = ("tables", i)
        yield from expressions({k: v for k, v in table.items() if k != "partitions"}, path)
        for j, part in enumerate(table.get("partitions", [])):
            yield path + ("partitions", j, "bound"), _parse_bound, part["bound"]
    for kind in ("views", "materialized_views"):
        for i, view in enumerate(data.get(kind, [])):
            yield (kind, i, "query"), fragments.parse_query, view["query"]
            yield from expressions(view.get("indexes", []), (kind, i, "indexes"))
    for i, fn in enumerate(data.get("functions", [])):
        yield from expressions(fn.get("arguments", []), ("functions", i, "arguments"))
        yield ("functions", i, "body"), _function_parser(fn), fn["body"]
    for i, job in enumerate(data.get("cron_jobs", [])):
        yield ("cron_jobs", i, "command"), fragments.parse_statements, job["command"]


def _locate(doc: Document, path, text: str, offset: int | None) -> tuple[int, int]:
    """Map an offset inside a fragment to a file line and column."""
    pos = doc.position(path)
    if offset is None:
        return pos.line, pos.column
    before = text[:offset]
    line_in = before.count("\n")
    column_in = offset - (before.rfind("\n") + 1)
    if pos.style in ("|", ">"):
        # A block scalar's text starts on the line after its indicator.
        line = pos.line + 1 + line_in
        source = doc.lines[line - 1] if line - 1 < len(doc.lines) else ""
        return line, len(source) - len(source.lstrip()) + column_in + 1
    quote = 1 if pos.style in ("'", '"') else 0
    if line_in == 0:
        return pos.line, pos.column + quote + column_in
    return pos.line + line_in, column_in + 1
