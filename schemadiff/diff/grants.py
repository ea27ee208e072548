"""Privilege changes: the revokes and grants that turn one grant list into another."""

from __future__ import annotations

from ..model import Function, Grant
from .operations import GrantPrivileges, Operation, RevokePrivileges


def diff_grants(node: str, obj, old, new, column: str | None = None) -> list[Operation]:
    """Return the revokes and grants that turn `old` into `new` on `obj` (or one of its columns)."""
    if isinstance(obj, Function):
        # None is PostgreSQL's default for routines: EXECUTE for PUBLIC.
        default = (Grant("PUBLIC", ("EXECUTE",)),)
        old, new = old if old is not None else default, new if new is not None else default

    def held(grants):
        privileges, grantable = {}, {}
        for g in grants or ():
            privileges.setdefault(g.grantee, set()).update(g.privileges)
            if g.with_grant_option:
                grantable.setdefault(g.grantee, set()).update(g.privileges)
        return privileges, grantable

    have, have_option = held(old)
    want, want_option = held(new)
    ops: list[Operation] = []
    for grantee in sorted(set(have) | set(want)):
        h, w = have.get(grantee, set()), want.get(grantee, set())
        ho, wo = have_option.get(grantee, set()), want_option.get(grantee, set())
        if h - w:  # revoking a privilege takes its grant option with it
            ops.append(RevokePrivileges(node, obj, Grant(grantee, tuple(sorted(h - w))), column))
        if (ho - wo) & w:
            ops.append(RevokePrivileges(node, obj, Grant(grantee, tuple(sorted((ho - wo) & w)), True), column))
        if (w - h) - wo:
            ops.append(GrantPrivileges(node, obj, Grant(grantee, tuple(sorted((w - h) - wo))), column))
        if wo - ho:
            ops.append(GrantPrivileges(node, obj, Grant(grantee, tuple(sorted(wo - ho)), True), column))
    return ops
