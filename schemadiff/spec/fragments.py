"""Parse the spec's SQL fragments with pglast and extract what they refer to.

Parsing catches syntax errors while the spec loads (with file, line and column), and the
parse trees tell which relations and functions a fragment uses, for ordering and checks.
We never use pglast to guess PostgreSQL's canonical text: the database does that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pglast import ast, parse_plpgsql, parse_sql
from pglast.parser import ParseError, scan
from pglast.visitors import Visitor

# How each kind of fragment is made into a whole statement for the parser. The fragment's
# offset inside the probe is subtracted from error locations.
EXPRESSION = ("SELECT ", "")
TYPE = ("SELECT NULL::", "")
PARTITION_BOUND = ("CREATE TABLE p PARTITION OF t ", "")
PARTITION_KEY = ("CREATE TABLE t () PARTITION BY RANGE (", ")")
STANDARD_BODY = ("CREATE FUNCTION f() RETURNS pg_catalog.void LANGUAGE sql ", "")


class FragmentError(Exception):
    """A fragment does not parse; `offset` is 0-based within the fragment, or None."""

    def __init__(self, message: str, offset: int | None):
        super().__init__(message)
        self.message = message
        self.offset = offset


@dataclass
class References:
    """Names a fragment uses, as written (schema may be None when unqualified)."""

    relations: set[tuple[str | None, str]] = field(default_factory=set)
    functions: set[tuple[str | None, str]] = field(default_factory=set)
    concurrent_refreshes: set[tuple[str | None, str]] = field(default_factory=set)
    columns: set[str] = field(default_factory=set)  # last part of every column reference
    types: set[tuple[str | None, str]] = field(default_factory=set)  # type names (casts, declarations)
    operators: set[tuple[str | None, str]] = field(default_factory=set)  # `a % b`, `a OPERATOR(s.%) b`

    def update(self, other: "References") -> None:
        self.relations |= other.relations
        self.functions |= other.functions
        self.concurrent_refreshes |= other.concurrent_refreshes
        self.columns |= other.columns
        self.types |= other.types
        self.operators |= other.operators


def _parse(text: str, probe: tuple[str, str] = ("", "")):
    prefix, suffix = probe
    try:
        return parse_sql(prefix + text + suffix)
    except ParseError as exc:
        message, location = exc.args[0], exc.args[1] if len(exc.args) > 1 else None
        if location is None and "end of input" in message:
            offset = len(text.rstrip())  # pglast gives no position for the end of the text
        else:
            offset = None if location is None else max(0, min(location - len(prefix), len(text)))
        raise FragmentError(message, offset) from None


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> References:
    """Parse a scalar expression (a default, a CHECK, a USING clause, ...)."""
    statements = _parse(text, EXPRESSION)
    stmt = statements[0].stmt if len(statements) == 1 else None
    if not isinstance(stmt, ast.SelectStmt) or len(stmt.targetList or ()) != 1 or stmt.fromClause:
        raise FragmentError("expected a single SQL expression", 0)
    return references(statements)


@lru_cache(maxsize=4096)
def parse_type(text: str) -> None:
    """Parse a type name such as `varchar(255)` or `timestamp with time zone`."""
    statements = _parse(text, TYPE)
    stmt = statements[0].stmt if len(statements) == 1 else None
    if not isinstance(stmt, ast.SelectStmt) or len(stmt.targetList or ()) != 1 or stmt.fromClause:
        raise FragmentError("expected a type name", 0)
    target = stmt.targetList[0]
    if not isinstance(target.val, ast.TypeCast) or target.name:  # `text unique` parses as an alias
        raise FragmentError("expected a type name", 0)


@lru_cache(maxsize=4096)
@lru_cache(maxsize=4096)
def type_references(text: str) -> References:
    """Return the types a type text uses: `public.status[]`, `SETOF t`, `TABLE(a t)`, ..."""
    try:
        return references(_parse(text, TYPE))
    except FragmentError:
        # A function result that is not a plain type name (SETOF, TABLE(...)).
        return references(_parse(text, ("CREATE FUNCTION f() RETURNS ", " LANGUAGE sql AS ''")))


@lru_cache(maxsize=4096)
def parse_query(text: str) -> References:
    """Parse the query of a view or materialized view: exactly one SELECT."""
    statements = _parse(text)
    if len(statements) != 1 or not isinstance(statements[0].stmt, ast.SelectStmt):
        raise FragmentError("expected exactly one SELECT query", 0)
    return references(statements)


def reads_itself(schema: str, name: str, query: str) -> bool:
    """Whether a view's query selects from the view itself (CREATE OR REPLACE VIEW allows it;
    querying it recurses): it must exist, as a placeholder, before its query can be set."""
    try:
        relations = parse_query(query).relations
    except FragmentError:
        return False  # reported by the syntax check
    return (schema, name) in relations or (schema == "public" and (None, name) in relations)


@lru_cache(maxsize=4096)
def parse_statements(text: str) -> References:
    """Parse one or more SQL statements (a cron command)."""
    statements = _parse(text)
    if not statements:
        raise FragmentError("expected at least one SQL statement", 0)
    return references(statements)


@lru_cache(maxsize=4096)
def parse_sql_body(text: str) -> References:
    """Parse the body of a SQL-language function or procedure: zero or more statements
    (PostgreSQL accepts an empty body for a routine that returns nothing)."""
    return references(_parse(text))


@lru_cache(maxsize=4096)
def parse_standard_body(text: str) -> References:
    """Parse a SQL-standard routine body: `RETURN <expression>` or `BEGIN ATOMIC ... END`."""
    expected = FragmentError("expected RETURN <expression> or BEGIN ATOMIC <statements> END", 0)
    if not re.match(r"\s*(RETURN|BEGIN)\b", text, re.IGNORECASE):  # (say so rather than "syntax error")
        raise expected
    statements = _parse(text, STANDARD_BODY)
    stmt = statements[0].stmt if len(statements) == 1 else None
    if not isinstance(stmt, ast.CreateFunctionStmt) or stmt.sql_body is None:
        raise expected
    return references(statements)


def parse_object_name(text: str) -> tuple[str | None, str]:
    """Return (schema or None, name) of an object named as `regproc`, `regprocedure` or
    `regdictionary` text (a possibly qualified name, argument types ignored)."""
    statement = _parse(text, ("DROP FUNCTION ", ""))[0].stmt
    parts = [p.sval for p in statement.objects[0].objname]
    return (parts[-2] if len(parts) > 1 else None, parts[-1])


def parse_definition_options(text: str) -> tuple[tuple[str, str], ...]:
    """Return the (option, value) pairs of an option list such as pg_ts_dict.dictinitoption
    (`language = 'english', stopwords = 'english'`), sorted by option."""
    statement = _parse(text, ("CREATE TEXT SEARCH DICTIONARY d (", ")"))[0].stmt
    pairs = []
    for option in statement.definition:
        value = option.arg
        if isinstance(value, ast.String):
            text = value.sval
        elif isinstance(value, ast.Float):
            text = value.fval
        else:
            text = str(getattr(value, "ival", value))
        pairs.append((option.defname, text))
    return tuple(sorted(pairs))


def parse_partition_bound(text: str) -> None:
    """Parse `FOR VALUES ...` or `DEFAULT` as it follows CREATE TABLE ... PARTITION OF."""
    _parse(text, PARTITION_BOUND)


@lru_cache(maxsize=4096)
def parse_partition_key(text: str) -> References:
    """Parse a partition key as written inside PARTITION BY <strategy> (...): columns or
    expressions, each with an optional COLLATE and operator class."""
    statements = _parse(text, PARTITION_KEY)
    stmt = statements[0].stmt if len(statements) == 1 else None
    if not isinstance(stmt, ast.CreateStmt) or stmt.partspec is None:
        raise FragmentError("expected a partition key: columns or expressions, separated by commas", 0)
    return references(statements)


@lru_cache(maxsize=4096)
def partition_key_classes(text: str) -> tuple[tuple[tuple[str | None, str], ...], tuple[tuple[str | None, str], ...]]:
    """Return the (schema or None, name) of the collations and of the operator classes a
    partition key names, each sorted."""
    params = _parse(text, PARTITION_KEY)[0].stmt.partspec.partParams
    collations = {_name_parts(p.collation) for p in params if p.collation}
    opclasses = {_name_parts(p.opclass) for p in params if p.opclass}
    return tuple(sorted(collations, key=str)), tuple(sorted(opclasses, key=str))


def _name_parts(names) -> tuple[str | None, str]:
    parts = [n.sval for n in names]
    return (parts[-2] if len(parts) > 1 else None, parts[-1])


def parse_plpgsql_function(create_function_sql: str, body: str = "") -> References:
    """Parse a whole CREATE FUNCTION ... LANGUAGE plpgsql; return the references of its SQL.

    PL/pgSQL errors carry no position, so a token the message quotes is looked up in `body`.
    """
    try:
        tree = parse_plpgsql(create_function_sql)
    except ParseError as exc:
        message = exc.args[0]
        if not _plpgsql_grammar_error(message):
            return References()  # the shadow database judges the body when it creates it
        token = re.search(r'at or near "([^"]+)"', message)
        offset = body.find(token.group(1)) if token and body else -1
        raise FragmentError(f"PL/pgSQL: {message}", offset if offset >= 0 else None) from None
    found = References()
    for query, mode in _plpgsql_queries(tree):
        try:
            found.update(references(parse_sql(_plpgsql_query_as_sql(query, mode))))
        except ParseError:
            # PL/pgSQL accepted it; some forms (e.g. assignments to record fields) have no
            # standalone SQL equivalent. They only lose dependency information.
            continue
    return found


# Tokens that end the type of a PL/pgSQL declaration: `name [CONSTANT] type [COLLATE c]
# [NOT NULL] [{DEFAULT | := | =} expr];`
_DECLARATION_TYPE_END = {"COLLATE", "NOT", "DEFAULT", "COLON_EQUALS", "ASCII_61"}


@lru_cache(maxsize=4096)
def plpgsql_declared_types(body: str) -> References:
    """Return the types the DECLARE sections of a PL/pgSQL body use.

    PostgreSQL resolves them when it creates the function (the SQL inside the body only
    when it runs): `v app.users;`, `v app.users%ROWTYPE;` and `v app.users.id%TYPE;` all
    need the table `app.users` to exist. pglast's PL/pgSQL tree loses these names, so the
    declarations are read from the body's tokens.
    """
    try:
        tokens = [t for t in scan(body) if t.name not in ("SQL_COMMENT", "C_COMMENT")]
    except ParseError:
        return References()  # reported by the syntax check
    found = References()
    for declaration in _declarations(tokens):
        if len(declaration) < 2:
            continue
        start = 2 if body[declaration[1].start:declaration[1].end + 1].upper() == "CONSTANT" else 1
        rest = declaration[start:]
        words = [body[t.start:t.end + 1].upper() for t in rest[:3]]
        if not rest or words[0] == "ALIAS" or "CURSOR" in words:
            continue  # `name ALIAS FOR $1`, `name [NO] [SCROLL] CURSOR ...`: no type
        end = next((i for i, t in enumerate(rest) if t.name in _DECLARATION_TYPE_END), len(rest))
        text = body[rest[0].start:rest[end - 1].end + 1] if end else ""
        percent = next((i for i, t in enumerate(rest[:end]) if t.name == "ASCII_37"), None)
        if percent is not None:  # `relation%ROWTYPE`, `relation.column%TYPE` (or `variable%TYPE`)
            name = body[rest[0].start:rest[percent - 1].end + 1] if percent else ""
            if body[rest[percent].end + 1:rest[end - 1].end + 1].strip().upper() == "TYPE":
                name = name.rpartition(".")[0] if _unquoted_dots(name) else ""
            text = name
        if text:
            try:
                found.types |= type_references(text).types
            except FragmentError:
                continue  # not a type we can read: the shadow database judges it
    return found


def _declarations(tokens):
    """Yield the tokens of each declaration of every DECLARE section, without its `;`."""
    i = 0
    while i < len(tokens):
        if tokens[i].name != "DECLARE":
            i += 1
            continue
        current, depth, i = [], 0, i + 1
        while i < len(tokens) and not (tokens[i].name == "BEGIN_P" and depth == 0):
            token = tokens[i]
            depth += {"ASCII_40": 1, "ASCII_41": -1}.get(token.name, 0)
            if token.name == "ASCII_59" and depth == 0:
                yield current
                current = []
            else:
                current.append(token)
            i += 1
        if current:
            yield current


def _unquoted_dots(name: str) -> bool:
    """Tell whether a dotted name has a dot outside double quotes (it has a qualifier)."""
    return "." in "".join(part for i, part in enumerate(name.split('"')) if i % 2 == 0)


def _plpgsql_grammar_error(message: str) -> bool:
    """Tell whether a pglast PL/pgSQL error is the body's own, not its stand-in catalog's.

    pglast compiles PL/pgSQL against a stand-in catalog that knows only pg_catalog and
    public, and takes every other type for a record: `v app.users;` fails with "Not
    implemented (LookupExplicitNamespace ...)", `v mood[];` with "pseudo-type _record".
    Those are no errors of the function. Errors of the grammar itself are.
    """
    return message.startswith(("syntax error", "unterminated", "missing ", "mismatched ")) or (
        message.endswith("is not a known variable")
    )


def _plpgsql_query_as_sql(query: str, mode: int) -> str:
    if mode == 0:  # a complete SQL statement
        return query
    if mode >= 3 and ":=" in query:  # assignment: target := expression
        query = query.split(":=", 1)[1]
    elif mode >= 3 and "=" in query:
        query = query.split("=", 1)[1]
    return "SELECT " + query


def _plpgsql_queries(node):
    """Yield (query text, parse mode) of every embedded SQL expression or statement."""
    if isinstance(node, dict):
        expr = node.get("PLpgSQL_expr")
        if isinstance(expr, dict) and "query" in expr:
            yield expr["query"], expr.get("parseMode", 0)
        for value in node.values():
            yield from _plpgsql_queries(value)
    elif isinstance(node, list):
        for item in node:
            yield from _plpgsql_queries(item)


SEQUENCE_FUNCTIONS = {"nextval", "currval", "setval"}


def _regclass_literal(node) -> tuple[str | None, str] | None:
    """Return the relation a `'name'::regclass` argument names (a serial default's sequence)."""
    if isinstance(node, ast.TypeCast):
        node = node.arg
    if not (isinstance(node, ast.A_Const) and isinstance(node.val, ast.String)):
        return None
    try:
        (stmt,) = parse_sql("SELECT FROM " + node.val.sval)  # the literal holds an SQL name
    except (ParseError, ValueError):
        return None
    relation = stmt.stmt.fromClause[0] if stmt.stmt.fromClause else None
    return (relation.schemaname, relation.relname) if isinstance(relation, ast.RangeVar) else None


class _ReferenceCollector(Visitor):
    def __init__(self):
        super().__init__()
        self.found = References()
        self.ctes: set[str] = set()

    def visit_CommonTableExpr(self, ancestors, node):
        self.ctes.add(node.ctename)

    def visit_RangeVar(self, ancestors, node):
        self.found.relations.add((node.schemaname, node.relname))

    def visit_FuncCall(self, ancestors, node):
        parts = tuple(s.sval for s in node.funcname)
        self.found.functions.add((parts[0], parts[1]) if len(parts) == 2 else (None, parts[-1]))
        if parts[-1] in SEQUENCE_FUNCTIONS and node.args:
            sequence = _regclass_literal(node.args[0])
            if sequence:
                self.found.relations.add(sequence)

    def visit_A_Expr(self, ancestors, node):
        parts = tuple(s.sval for s in node.name or () if isinstance(s, ast.String))
        if parts:
            self.found.operators.add((parts[0], parts[1]) if len(parts) == 2 else (None, parts[-1]))

    def visit_ColumnRef(self, ancestors, node):
        last = node.fields[-1]
        if isinstance(last, ast.String):
            self.found.columns.add(last.sval)

    def visit_TypeName(self, ancestors, node):
        parts = tuple(s.sval for s in node.names or () if isinstance(s, ast.String))
        if parts and parts[0] != "pg_catalog":  # the parser's own spelling of int, varchar, ...
            self.found.types.add((parts[-2], parts[-1]) if len(parts) >= 2 else (None, parts[-1]))

    def visit_RefreshMatViewStmt(self, ancestors, node):
        if node.concurrent:
            self.found.concurrent_refreshes.add((node.relation.schemaname, node.relation.relname))


def references(statements) -> References:
    """Return the relations and functions used by parsed statements (CTE names excluded)."""
    collector = _ReferenceCollector()
    collector(statements)
    found = collector.found
    found.relations = {(s, n) for s, n in found.relations if s is not None or n not in collector.ctes}
    return found
