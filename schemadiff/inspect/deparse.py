"""Cut pieces out of text PostgreSQL deparsed (pg_get_triggerdef, pg_get_indexdef).

The scanner knows just enough SQL lexing for deparsed text: '...' literals (with '' and,
after E, backslash escapes) and "..." identifiers, whose parentheses do not count.
"""

from __future__ import annotations


def closing_paren(text: str, start: int) -> int:
    """Return the index of the parenthesis that closes the one at `text[start]`."""
    depth = 0
    i, n = start, len(text)
    while i < n:
        ch = text[i]
        if ch == "'":
            backslashes = i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            i += 1
            while i < n:
                if backslashes and text[i] == "\\":
                    i += 2
                    continue
                if text[i] == "'":
                    if i + 1 < n and text[i + 1] == "'":
                        i += 2
                        continue
                    break
                i += 1
        elif ch == '"':
            i += 1
            while i < n:
                if text[i] == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        i += 2
                        continue
                    break
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced parentheses in {text!r}")


def wrapped(text: str) -> bool:
    """Return True if one pair of parentheses encloses all of `text`."""
    return text.startswith("(") and closing_paren(text, 0) == len(text) - 1


def unwrap(text: str) -> str:
    """Remove one pair of parentheses enclosing all of `text`, if there is one."""
    return text[1:-1] if wrapped(text) else text


def trigger_when(definition: str, quoted_name: str, quoted_table: str) -> str:
    """Return the WHEN condition of a pg_get_triggerdef(oid, true) text, without its parentheses.

    The definition reads `CREATE [CONSTRAINT] TRIGGER name timing events ON table [...]
    FOR EACH ROW|STATEMENT WHEN (condition) EXECUTE FUNCTION ...`; the search starts after
    the table's name so that names containing these words cannot mislead it.
    """
    constraint = definition.startswith("CREATE CONSTRAINT TRIGGER ")
    head = len("CREATE CONSTRAINT TRIGGER " if constraint else "CREATE TRIGGER ") + len(quoted_name)
    after_table = definition.index(f" ON {quoted_table} ", head) + len(quoted_table) + 5
    candidates = [
        p for p in (definition.find("FOR EACH ROW WHEN (", after_table),
                    definition.find("FOR EACH STATEMENT WHEN (", after_table)) if p >= 0
    ]
    if not candidates:
        raise ValueError(f"no WHEN condition in {definition!r}")
    opening = definition.index("(", min(candidates))
    return definition[opening + 1:closing_paren(definition, opening)]
