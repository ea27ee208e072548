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
        if ch in "'\"":
            i = _quoted_end(text, i)
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


def _top_level(text: str):
    """Yield the indexes of `text` outside quotes and parentheses."""
    depth, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"":
            i = _quoted_end(text, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            yield i
        i += 1


def _quoted_end(text: str, start: int) -> int:
    """Return the index of the quote that closes the literal or identifier at `text[start]`."""
    quote = text[start]
    backslashes = quote == "'" and start > 0 and text[start - 1] in "eE" and (
        start < 2 or not (text[start - 2].isalnum() or text[start - 2] == "_")
    )
    i = start + 1
    while i < len(text):
        if backslashes and text[i] == "\\":
            i += 2
            continue
        if text[i] == quote:
            if i + 1 < len(text) and text[i + 1] == quote:
                i += 2
                continue
            return i
        i += 1
    raise ValueError(f"unterminated quote in {text!r}")


def _find(text: str, word: str, start: int = 0) -> int:
    """Return where `word` first occurs outside quotes and parentheses at or after `start`, or -1."""
    return next((i for i in _top_level(text) if i >= start and text.startswith(word, i)), -1)


def rule_parts(definition: str) -> tuple[str | None, tuple[str, ...]]:
    """Return (WHERE condition or None, action statements) of a pg_get_ruledef text.

    The text reads `CREATE RULE name AS ON event TO table [WHERE condition] DO [INSTEAD]
    NOTHING | statement | ( statement; ... );` (DO and WHERE are reserved words: outside
    quotes they are these keywords).
    """
    do = _find(definition, " DO ")
    where_at = _find(definition, "WHERE ")
    where = definition[where_at + len("WHERE "):do].strip() if 0 <= where_at < do else None
    actions = definition[do + len(" DO "):].strip().removesuffix(";").strip()
    actions = actions.removeprefix("INSTEAD ").strip()
    if actions == "NOTHING":
        return where, ()
    if actions.startswith("(") and closing_paren(actions, 0) == len(actions) - 1:
        inner = actions[1:-1]
        cuts = [-1] + [i for i in _top_level(inner) if inner[i] == ";"] + [len(inner)]
        statements = (inner[a + 1:b].strip() for a, b in zip(cuts, cuts[1:]))
        return where, tuple(s for s in statements if s)
    return where, (actions,)
