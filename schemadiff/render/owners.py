"""ALTER ... OWNER TO, and the grants the old owner keeps through it."""

from __future__ import annotations

from ..model import IdentitySequence, Schema, Table
from ..model.cluster import PREEXISTING_SCHEMA_OWNER
from ..model.database import OWNER_PRIVILEGES
from ..model.own_privileges import all_own_privileges
from ..quote import ident
from .common import RenderContext, grantee, privilege_list
from .references import comment_kind, grant_target, object_name, on_identity_sequence, privilege_statement


def own_privilege_statements(obj) -> list[str]:
    """Return the REVOKE that takes from the owner of `obj`, just created, the privileges
    its `own_privileges` leave out (an owner starts with all of them).

    Only a REVOKE, never a GRANT: the script runs again once a later ALTER ... OWNER TO
    (which hands this entry to the new owner) has made the creating role a mere grantee,
    and revoking what it does not hold changes nothing then.
    """
    if obj.own_privileges is None:
        return []
    missing = [p for p in all_own_privileges(obj) if p not in obj.own_privileges]
    if not missing:
        return []
    # CREATE SCHEMA IF NOT EXISTS public creates nothing: public keeps its owner.
    creator = ident(PREEXISTING_SCHEMA_OWNER) if isinstance(obj, Schema) and obj.preexisting else "CURRENT_USER"
    return [f"REVOKE {privilege_list(missing)} ON {grant_target(obj)} FROM {creator};"]


def identity_own_privilege_statements(table, column) -> list[str]:
    """Return the REVOKE that takes from the owner of `table`, just created, the privileges
    on `column`'s identity sequence its `identity_own_privileges` leave out (a REVOKE only,
    from the creating role, as own_privilege_statements)."""
    if column.identity is None or column.identity_own_privileges is None:
        return []
    missing = [p for p in OWNER_PRIVILEGES["sequences"] if p not in column.identity_own_privileges]
    if not missing:
        return []
    sequence = IdentitySequence(table.key, column.name)
    return [on_identity_sequence(sequence, f"REVOKE {privilege_list(missing)} ON", "FROM CURRENT_USER")]


def owner_statements(obj, role: str, previous: str | None, ctx: RenderContext) -> list[str]:
    """Return the statements that make `role` the owner of `obj`, owned now by `previous`
    (None: created by the statements' own role, `ctx.owner`, or a schema every new database
    has, owned by pg_database_owner).

    PostgreSQL gives the new owner the old owner's own ACL entries, and an owner's grant to
    itself only adds to its entry: grant options and column privileges, which the owner's
    implicit privileges lack. So what `obj`'s grants give the old owner is taken back first
    (the owner's implicit privileges stay), then granted again once it owns no more.
    """
    if previous is None:
        # CREATE SCHEMA IF NOT EXISTS public creates nothing: public keeps its owner.
        previous = PREEXISTING_SCHEMA_OWNER if isinstance(obj, Schema) and obj.preexisting else ctx.owner
    if previous == role:
        return []  # created by the role that is to own it
    alter = f"ALTER {comment_kind(obj)} {object_name(obj)} OWNER TO {ident(role)};"
    if previous is None:
        return [alter]
    target = grant_target(obj)
    held = [(g, None) for g in (getattr(obj, "grants", None) or ()) if g.grantee == previous]
    if isinstance(obj, Table):
        held += [(g, c.name) for c in obj.columns for g in c.grants if g.grantee == previous]
    before, after = [], []
    for g, column in held:
        what = privilege_list(g.privileges, column)
        if column is not None:
            before.append(f"REVOKE {what} ON {target} FROM {grantee(previous)};")
        elif g.with_grant_option:
            before.append(f"REVOKE GRANT OPTION FOR {what} ON {target} FROM {grantee(previous)};")
        option = " WITH GRANT OPTION" if g.with_grant_option else ""
        after.append(f"GRANT {what} ON {target} TO {grantee(previous)}{option};")
    # ALTER TABLE ... OWNER TO hands its identity sequences to the new owner the same way.
    for column in obj.columns if isinstance(obj, Table) else ():
        sequence = IdentitySequence(obj.key, column.name)
        for g in column.identity_grants if column.identity is not None else ():
            if g.grantee == previous:
                before += [privilege_statement(sequence, g, revoke=True)] if g.with_grant_option else []
                after.append(privilege_statement(sequence, g))
    return before + [alter] + after
