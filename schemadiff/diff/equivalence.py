"""When two deparsed expressions mean the same thing although their text differs.

Both sides of a comparison are PostgreSQL's own deparse, and equal text means equal
objects. One construct breaks that: PostgreSQL deparses `col IN ('a', 'b')` on a
varchar column as `ANY ((ARRAY['a'::varchar, ...])::text[])`, and when that text is
parsed again the array cast is pushed into the elements, so a database built from the
deparse (an inspected spec, a database-to-database diff) stores
`ANY (ARRAY[('a'::varchar)::text, ...])`. We compare expressions after doing the same
push ourselves on the parse tree; everything else is compared as PostgreSQL printed it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pglast import ast, parse_sql
from pglast.parser import ParseError
from pglast.stream import RawStream
from pglast.visitors import Visitor

from ..model import CheckConstraint, Column, Index, Policy, Trigger


class _PushArrayCasts(Visitor):
    """Rewrite `(ARRAY[a, b])::t[]` as `ARRAY[a::t, b::t]`, as PostgreSQL's parser does."""

    def visit_TypeCast(self, ancestors, node):
        if isinstance(node.arg, ast.A_ArrayExpr) and node.typeName.arrayBounds:
            element = ast.TypeName(
                names=node.typeName.names, typmods=node.typeName.typmods, typemod=node.typeName.typemod,
                setof=False, pct_type=False,
            )
            return ast.A_ArrayExpr(elements=tuple(ast.TypeCast(arg=e, typeName=element) for e in node.arg.elements or ()))
        return None


@lru_cache(maxsize=65536)
def canonical_expression(text: str | None) -> str | None:
    """Return a text that is equal for equivalent deparsed expressions."""
    if text is None or "ARRAY[" not in text:
        return text  # the only construct we normalize needs an array literal
    try:
        tree = parse_sql("SELECT " + text)
    except ParseError:
        return text
    return RawStream()(_PushArrayCasts()(tree))


class _DropArrayCasts(Visitor):
    """Rewrite `(ARRAY['a'::t, ...])::u[]` as `ARRAY['a'::t, ...]`: PostgreSQL adds the
    coercion back itself when the operator needs it, and stores it as it first did."""

    def visit_TypeCast(self, ancestors, node):
        arg = node.arg
        if (isinstance(arg, ast.A_ArrayExpr) and node.typeName.arrayBounds and arg.elements
                and all(isinstance(e, ast.TypeCast) and isinstance(e.arg, ast.A_Const) for e in arg.elements)):
            return arg
        return None


@lru_cache(maxsize=65536)
def reparseable_expression(text: str | None) -> str | None:
    """Return SQL that PostgreSQL stores exactly as `text` (a deparsed expression) was.

    Deparsed text is meant to be applied again (an inspected spec, a database-to-database
    plan); for the array-cast construct above, applying it verbatim would store something
    else. Any other text is returned unchanged.
    """
    if text is None or "ARRAY[" not in text:
        return text
    try:
        tree = parse_sql("SELECT " + text)
    except ParseError:
        return text
    visitor = _DropArrayCasts()
    changed = RawStream()(visitor(tree))
    original = RawStream()(parse_sql("SELECT " + text))
    return text if changed == original else changed.removeprefix("SELECT ")


def _comparable(obj):
    """Return `obj` with its expressions in canonical form, for equality only."""
    if isinstance(obj, CheckConstraint):
        return replace(obj, expression=canonical_expression(obj.expression))
    if isinstance(obj, Policy):
        return replace(obj, using=canonical_expression(obj.using), with_check=canonical_expression(obj.with_check))
    if isinstance(obj, Column):
        return replace(obj, default=canonical_expression(obj.default))
    if isinstance(obj, Index):
        return replace(obj, where=canonical_expression(obj.where))
    if isinstance(obj, Trigger):
        return replace(obj, when=canonical_expression(obj.when))
    return obj


def same(a, b) -> bool:
    """Return True when two objects are equal, or equal once their expressions are canonical."""
    return a == b or _comparable(a) == _comparable(b)
