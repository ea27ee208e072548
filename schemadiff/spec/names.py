"""Default names for unnamed constraints and indexes, chosen the way PostgreSQL does.

Matching PostgreSQL's choice (ChooseConstraintName / makeObjectName) means a spec that
leaves names out describes the same catalog a hand-written CREATE TABLE would produce.
"""

from __future__ import annotations

MAX_IDENTIFIER_BYTES = 63


def object_name(table: str, columns: list[str], label: str) -> str:
    """Return `table_col1_col2_label`, shortening the longer part until it fits."""
    name1, name2 = table, "_".join(columns)
    overhead = len(label) + 1 + (1 if name2 else 0)
    available = MAX_IDENTIFIER_BYTES - overhead
    while len(name1.encode()) + len(name2.encode()) > available:
        if len(name1.encode()) > len(name2.encode()):
            name1 = name1[:-1]
        else:
            name2 = name2[:-1]
    return "_".join(p for p in (name1, name2, label) if p)


def unique_name(candidate: str, taken: set[str]) -> str:
    """Return `candidate`, or candidate1, candidate2, ... if it is taken (as PostgreSQL does)."""
    if candidate not in taken:
        return candidate
    n = 1
    while True:
        suffix = str(n)
        stem = candidate
        while len((stem + suffix).encode()) > MAX_IDENTIFIER_BYTES:
            stem = stem[:-1]
        if stem + suffix not in taken:
            return stem + suffix
        n += 1
