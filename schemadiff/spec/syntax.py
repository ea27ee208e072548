"""Parse every SQL fragment of a spec document and locate syntax errors in the file."""

from __future__ import annotations

from ..errors import Problem
from ..model import Argument, Function
from . import fragments
from .build import partition_items
from .checks import probe_function_sql
from .validate_schema import describe
from .yamlsource import Document

EXPRESSION_KEYS = {"default", "generated", "expression", "where", "using", "with_check", "when"}


def syntax_problems(doc: Document, data: dict) -> list[Problem]:
    """Return a located problem for each fragment of `data` (schema-valid) that does not parse."""
    problems = []
    for path, kind, text in _fragment_sites(data):
        try:
            kind(text)
        except fragments.FragmentError as exc:
            line, column = _locate(doc, path, text, exc.offset)
            owner = describe(doc.data, path)
            problems.append(Problem(doc.file, line, column, f'{owner}: invalid SQL in "{path[-1]}": {exc.message}'))
    return problems


def _function_parser(item: dict):
    """Return a parser for a function body that knows the function's signature."""
    language = item.get("language")
    if item.get("standard_body"):
        return fragments.parse_standard_body
    if language == "sql":
        return fragments.parse_sql_body
    if language != "plpgsql":
        return lambda body: None  # other languages (c, internal, plv8, ...) are not ours to parse

    def parse(body: str) -> None:
        kind = item.get("kind", "function")
        fn = Function(
            schema=item.get("schema", "public"), name=item["name"],
            arguments=tuple(Argument(a["type"], a.get("name"), a.get("mode", "IN")) for a in item.get("arguments", [])),
            returns=item.get("returns", "void") if kind == "function" else None,
            language="plpgsql", body=body, kind=kind,
        )
        fragments.parse_plpgsql_function(probe_function_sql(fn), body)

    return parse


def _fragment_sites(data: dict):
    """Yield (path, parser, text) for every SQL fragment in the document."""
    def expressions(node, path, found=None):
        # A list filled in place, not nested generators: this visits every value of every
        # table (83,000 fragments at 5,000 tables), and `yield from` costs per level.
        found = [] if found is None else found
        if isinstance(node, dict):
            for key, value in node.items():
                # `using` is an expression in a policy, an access method in an index.
                is_expression = key in EXPRESSION_KEYS and (key != "using" or path[-2:-1] == ("policies",))
                if is_expression and isinstance(value, str):
                    found.append((path + (key,), fragments.parse_expression, value))
                elif key == "type" and isinstance(value, str) and path and path[-2] in ("columns", "arguments", "attributes", "domains"):
                    found.append((path + (key,), fragments.parse_type, value))
                elif isinstance(value, (dict, list)):
                    expressions(value, path + (key,), found)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, (dict, list)):
                    expressions(item, path + (i,), found)
        return found

    for i, table in enumerate(data.get("tables", [])):
        path = ("tables", i)
        yield from expressions({k: v for k, v in table.items() if k != "partitions"}, path)
        if "key" in table.get("partition_by", {}):
            yield path + ("partition_by", "key"), fragments.parse_partition_key, table["partition_by"]["key"]
        for part, _, here in partition_items(table, "", path):
            yield from expressions({k: v for k, v in part.items() if k not in ("partitions", "column_defaults")}, here)
            yield here + ("bound",), fragments.parse_partition_bound, part["bound"]
            if "key" in part.get("partition_by", {}):
                yield here + ("partition_by", "key"), fragments.parse_partition_key, part["partition_by"]["key"]
            for column, default in part.get("column_defaults", {}).items():
                if default is not None:
                    yield here + ("column_defaults", column), fragments.parse_expression, default
    for kind in ("composite_types", "domains"):
        for i, item in enumerate(data.get(kind, [])):
            yield from expressions(item, (kind, i))
    for i, item in enumerate(data.get("range_types", [])):
        yield ("range_types", i, "subtype"), fragments.parse_type, item["subtype"]
    for i, item in enumerate(data.get("base_types", [])):
        if "element" in item:
            yield ("base_types", i, "element"), fragments.parse_type, item["element"]
    for kind in ("views", "materialized_views"):
        for i, view in enumerate(data.get(kind, [])):
            yield (kind, i, "query"), fragments.parse_query, view["query"]
            yield from expressions(view.get("indexes", []), (kind, i, "indexes"))
    for i, fn in enumerate(data.get("functions", [])):
        yield from expressions(fn.get("arguments", []), ("functions", i, "arguments"))
        yield ("functions", i, "body"), _function_parser(fn), fn["body"]
    for i, job in enumerate(data.get("cron_jobs", [])):
        yield ("cron_jobs", i, "command"), fragments.parse_statements, job["command"]
    for i, stats in enumerate(data.get("statistics", [])):
        for j, text in enumerate(stats.get("expressions", [])):
            yield ("statistics", i, "expressions", j), fragments.parse_expression, text
    for i, rule in enumerate(data.get("rules", [])):
        if "where" in rule:
            yield ("rules", i, "where"), fragments.parse_expression, rule["where"]
        for j, action in enumerate(rule.get("actions", [])):
            yield ("rules", i, "actions", j), fragments.parse_statements, action
    for i, publication in enumerate(data.get("publications", [])):
        for j, table in enumerate(publication.get("tables", [])):
            if "where" in table:
                yield ("publications", i, "tables", j, "where"), fragments.parse_expression, table["where"]
    for i, agg in enumerate(data.get("aggregates", [])):
        yield from expressions(agg.get("arguments", []), ("aggregates", i, "arguments"))
        for key in ("stype", "mstype"):
            if key in agg:
                yield ("aggregates", i, key), fragments.parse_type, agg[key]
    for kind, keys in (("operators", ("left", "right")), ("casts", ("source", "target")), ("transforms", ("type",))):
        for i, item in enumerate(data.get(kind, [])):
            for key in keys:
                if key in item:
                    yield (kind, i, key), fragments.parse_type, item[key]


def _locate(doc: Document, path, text: str, offset: int | None) -> tuple[int, int]:
    """Map an offset inside a fragment's value to a file line and column.

    YAML folds lines, strips indentation and undoes quote escapes, so the value is not
    a substring of the file. Non-blank characters survive all of that one for one, so
    we count them: the n-th non-blank character of the value is the n-th of the source.
    """
    pos = doc.position(path)
    if offset is None or not doc.text:
        return pos.line, pos.column
    source, i = doc.text, pos.start
    if pos.style in ("|", ">"):
        i = source.find("\n", i) + 1  # the text starts on the line after the indicator
    elif pos.style in ("'", '"'):
        i += 1
    wanted = sum(1 for ch in text[:offset] if not ch.isspace())
    seen, after_last = 0, i
    while i < pos.end:
        if source[i].isspace():
            i += 1
            continue
        if seen == wanted:
            return _line_column(source, i)
        if pos.style == "'" and source.startswith("''", i):
            i += 2
        elif pos.style == '"' and source[i] == "\\":
            i += 2
        else:
            i += 1
        seen += 1
        after_last = i
    return _line_column(source, after_last)


def _line_column(source: str, index: int) -> tuple[int, int]:
    line_start = source.rfind("\n", 0, index) + 1
    return source.count("\n", 0, index) + 1, index - line_start + 1
