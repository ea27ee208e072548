"""ALTER ... OWNER TO, and the grants the old owner keeps through it."""

from __future__ import annotations

from ..model import Table
from ..quote import ident
from .common import RenderContext, grantee, privilege_list
from .references import comment_kind, grant_target, object_name


def owner_statements(obj, role: str, previous: str | None, ctx: RenderContext) -> list[str]:
    """Return the statements that make `role` the owner of `obj`, owned now by `previous`
    (None: created by the statements' own role, `ctx.owner`).

    PostgreSQL moves the old owner's own privileges to the new owner, and an owner's grant
    to itself was no grant: what `obj`'s grants give the old owner is granted again after.
    """
    previous = previous if previous is not None else ctx.owner
    if previous == role:
        return []  # created by the role that is to own it
    statements = [f"ALTER {comment_kind(obj)} {object_name(obj)} OWNER TO {ident(role)};"]
    if previous is None:
        return statements
    target = grant_target(obj)
    held = [(g, None) for g in (getattr(obj, "grants", None) or ())]
    if isinstance(obj, Table):
        held += [(g, c.name) for c in obj.columns for g in c.grants]
    for g, column in held:
        if g.grantee == previous:
            option = " WITH GRANT OPTION" if g.with_grant_option else ""
            statements.append(f"GRANT {privilege_list(g.privileges, column)} ON {target} TO {grantee(g.grantee)}{option};")
    return statements
