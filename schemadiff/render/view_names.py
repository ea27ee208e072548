"""Pin the output names PostgreSQL hides when it prints a view, so that running the printed
query again stores the same view.

pg_get_viewdef leaves out a column's name where nothing can refer to it (the branches of a
UNION after the first, a subquery in an expression) when the name is the fallback
`?column?`, which a constant or cast without AS gets: `SELECT ... UNION ALL SELECT b.id,
NULL FROM b` prints as `... SELECT b.id, NULL::integer FROM b`. Run again, that column is
named after the cast (`int4`), and the view prints `NULL::integer AS int4` from then on: a
different definition (MusicBrainz's musicbrainz.release_event). Naming such a column
`"?column?"` stores what the original stored. Only hidden names are touched, so a query a
spec author wrote means what it meant.
"""

from __future__ import annotations

from pglast import ast, parse_sql
from pglast.enums import SetOperation
from pglast.stream import RawStream

FALLBACK_NAME = "?column?"


def pin_hidden_names(query: str) -> str:
    """Return `query` with `AS "?column?"` on every unnamed non-column output whose name is
    hidden; the query unchanged (same text) when there is none."""
    tree = parse_sql(query)
    if not _pin(tree, visible=True):
        return query
    return RawStream()(tree)


def _pin(node, visible: bool) -> bool:
    """Name the hidden outputs under `node` (`visible`: whether its SELECT's names can be
    referred to); return whether any was named."""
    if isinstance(node, tuple):
        return any([_pin(child, visible) for child in node])
    if not isinstance(node, ast.Node):
        return False
    changed = False
    if isinstance(node, ast.SelectStmt) and node.op == SetOperation.SETOP_NONE and not visible:
        for target in node.targetList or ():
            if target.name is None and not isinstance(target.val, ast.ColumnRef):
                target.name = FALLBACK_NAME
                changed = True
    for name in node.__slots__:
        if isinstance(node, ast.SelectStmt) and name == "larg":
            child_visible = visible  # a UNION's columns are named by its first branch
        elif isinstance(node, ast.SelectStmt) and name == "rarg" or isinstance(node, ast.SubLink):
            child_visible = False
        else:
            child_visible = True  # a subquery in FROM, a CTE: their names are referred to
        changed = _pin(getattr(node, name), child_visible) or changed
    return changed
