"""Privileges: the (grantee, privilege, grantable) rows of aclexplode as model Grants.

The queries already drop the owner's own entries and name grantee 0 'PUBLIC'; what the
owner keeps of its own privileges is a column of its own, `own_privileges`, NULL unless
the owner lacks some.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Grant
from ..model.base import sorted_grants

# What PostgreSQL gives a function, procedure or routine when nobody granted anything.
FUNCTION_DEFAULT = (Grant("PUBLIC", ("EXECUTE",)),)


def grants(rows) -> tuple[Grant, ...]:
    """Return one Grant per (grantee, with_grant_option), privileges sorted."""
    if not rows:
        return ()  # most objects (50,000 columns at 5,000 tables): no grants of their own
    privileges: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for grantee, privilege, grantable in rows or ():
        privileges[(grantee, grantable)].add(privilege.upper())
    return sorted_grants(Grant(g, tuple(p), w) for (g, w), p in privileges.items())


def own_privileges(row) -> tuple[str, ...] | None:
    """Return a row's `own_privileges` as the model keeps it (see model.own_privileges)."""
    found = row["own_privileges"]
    return None if found is None else tuple(found)


def function_grants(default_acl: bool, rows) -> tuple[Grant, ...] | None:
    """Return a routine's grants, or None when they are PostgreSQL's default."""
    if default_acl:
        return None
    found = grants(rows)
    return None if found == FUNCTION_DEFAULT else found


def grantees(objects) -> set[str]:
    """Return the role names the grants of `objects` mention (PUBLIC is no role)."""
    return {g.grantee for obj in objects for g in (obj.grants or ()) if g.grantee != "PUBLIC"}
