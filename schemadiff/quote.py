"""The one place where names and values become SQL text (used by every layer).

Every identifier and literal in rendered SQL goes through `ident`, `qualified`, `literal`
or `dollar_quote`. SQL fragments written by the spec's author (expressions, queries,
function bodies, types) are inserted as they are: they were parsed when the spec loaded.
"""

from __future__ import annotations

import re

from pglast.keywords import RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS, COL_NAME_KEYWORDS

_PLAIN_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_$]*\Z")
# The characters an operator name may use (CREATE OPERATOR); such names are never quoted.
_OPERATOR = re.compile(r"[+\-*/<>=~!@#%^&|`?]{1,63}\Z")
# Keywords that cannot stand as a bare column or table name.
_NEEDS_QUOTES = frozenset(RESERVED_KEYWORDS) | frozenset(TYPE_FUNC_NAME_KEYWORDS) | frozenset(COL_NAME_KEYWORDS)


def ident(name: str) -> str:
    """Return `name` as a SQL identifier, double-quoted only when PostgreSQL needs it."""
    if _PLAIN_IDENTIFIER.match(name) and name not in _NEEDS_QUOTES:
        return name
    return '"' + name.replace('"', '""') + '"'


def qualified(schema: str | None, name: str) -> str:
    """Return a schema-qualified name, each part quoted as needed."""
    if schema is None:
        return ident(name)
    return ident(schema) + "." + ident(name)


def operator(schema: str | None, name: str) -> str:
    """Return an operator name, schema-qualified when a schema is given.

    Operator names cannot be quoted; anything but operator characters is refused, so
    no other text can reach the SQL this way.
    """
    if not _OPERATOR.match(name):
        raise ValueError(f"not an operator name: {name!r}")
    return name if schema is None else ident(schema) + "." + name


def literal(value) -> str:
    """Return a SQL literal for a string, number, boolean or None."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if "\\" in text:
        # E'' makes the meaning independent of standard_conforming_strings.
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + text.replace("'", "''") + "'"


def dollar_quote(body: str, preferred: str = "") -> str:
    """Return `body` between dollar quotes whose tag does not occur inside it."""
    base = preferred
    n = 0
    while True:
        tag = "$" + base + "$"
        if tag not in body:
            return tag + body + tag
        n += 1
        base = f"{preferred or 'q'}{n}"


def ident_list(names) -> str:
    """Return a comma-separated list of quoted identifiers."""
    return ", ".join(ident(n) for n in names)
