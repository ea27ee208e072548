"""Privilege changes: the revokes and grants that turn one grant list into another."""

from __future__ import annotations

from ..model import GRANTABLE_TYPE_KINDS, Aggregate, DefaultPrivileges, Function, Grant
from ..model.database import with_own_grant
from .operations import GrantPrivileges, Operation, RevokePrivileges

# What None means for the kinds whose grants may be left to PostgreSQL.
_DEFAULT_GRANTS = {
    Function: (Grant("PUBLIC", ("EXECUTE",)),), Aggregate: (Grant("PUBLIC", ("EXECUTE",)),),
    **{kind: (Grant("PUBLIC", ("USAGE",)),) for kind in GRANTABLE_TYPE_KINDS},
}


def diff_grants(node: str, obj, old, new, column: str | None = None) -> list[Operation]:
    """Return the revokes and grants that turn `old` into `new` on `obj` (or one of its columns)."""
    default = _DEFAULT_GRANTS.get(type(obj)) if column is None else None
    if default is not None:
        old, new = old if old is not None else default, new if new is not None else default

    def held(grants):
        privileges, grantable = {}, {}
        for g in grants or ():
            privileges.setdefault(g.grantee, set()).update(g.privileges)
            if g.with_grant_option:
                grantable.setdefault(g.grantee, set()).update(g.privileges)
        return privileges, grantable

    if isinstance(obj, DefaultPrivileges):  # the role's own privileges, all when no grant names it
        old, new = (with_own_grant(obj.role, obj.schema, obj.object_type, g) for g in (old, new))
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
