"""The owner's own privileges (model.own_privileges) on the objects a plan keeps: GRANT and
REVOKE to their owner.

An object the plan creates, or creates again, gets its own from its CREATE (render.owners).
The others are granted or revoked what their owner gains or loses. When the plan also
changes the owner, that happens after ALTER ... OWNER TO (these operations come after
diff.owners' SetOwner at the object's node, and a node keeps its operations' order), to
the new owner, which PostgreSQL has given the old owner's entry merged into its own: run
again, the script then grants and revokes the same to the same role and changes nothing.
An identity sequence's owner is its table's: its own privileges there are its column's.
"""

from __future__ import annotations

from ..model import Catalog, Grant, IdentitySequence
from ..model.catalog import node_key, node_name
from ..model.database import OWNER_PRIVILEGES
from ..model.own_privileges import OWN_PRIVILEGE_KINDS, held_by_owner, held_on_identity
from .operations import AddColumn, CreateObject, GrantPrivileges, Operation, RevokePrivileges
from .owners import SetOwner


def with_own_privileges(operations, current: Catalog, desired: Catalog) -> list[Operation]:
    """Return `operations` (SetOwner among them) and the grants and revokes that give the
    owner of each object both sides have the privileges of its own `desired` says."""
    created = {op.node for op in operations if isinstance(op, CreateObject)}
    handed = {op.node: op for op in operations if isinstance(op, SetOwner) and op.previous is not None}
    new_owners = {node: op.role for node, op in handed.items()}
    owners = {o.node: o.role for o in current.owners}
    before = {node_key(obj): obj for kind in OWN_PRIVILEGE_KINDS for obj in getattr(current, kind)}
    ops: list[Operation] = []
    for kind in OWN_PRIVILEGE_KINDS:
        for new in getattr(desired, kind):
            node = node_key(new)
            old = before.get(node)
            if old is None or node in created:
                continue
            owner, have, want = new_owners.get(node), held_by_owner(old), held_by_owner(new)
            if owner is not None:
                have |= _merged(old.grants, new.grants, handed[node])
            elif have == want:
                continue
            else:
                owner = owners[node] if node in owners else owners[_owning_table(old)]
            ops += _changes(node, new, owner, have, want)
    return [*operations, *ops + _on_identity_sequences(operations, current, desired, created, handed, owners)]


def _merged(had, wanted, handed: SetOwner) -> set[str]:
    """Return the privileges ALTER ... OWNER TO merges into the new owner's entry beside the
    old owner's own: what the new owner was granted (`had`), and what the plan grants the old
    owner before (`wanted`: diff.grants, at the same node; render.owners grants it again
    after)."""
    return {p for g in had or () if g.grantee == handed.role for p in g.privileges} | {
        p for g in wanted or () if g.grantee == handed.previous for p in g.privileges
    }


def _on_identity_sequences(operations, current: Catalog, desired: Catalog, created, handed, owners) -> list[Operation]:
    """Return the grants and revokes to its table's owner on each identity sequence of a
    table the plan keeps. One the plan creates (the column or its identity added) starts
    with all of them, the table's owner's: ALTER TABLE ... ADD makes it its owner."""
    added = {(op.node, op.column.name) for op in operations if isinstance(op, AddColumn)}
    before = {node_key(t): t for t in current.tables}
    ops: list[Operation] = []
    for new in desired.tables:
        node = node_key(new)
        old = before.get(node)
        if old is None or node in created:
            continue
        for column in new.columns:
            if column.identity is None:
                continue
            was = old.column(column.name)
            fresh = was is None or was.identity is None or (node, column.name) in added
            have, want = set(OWNER_PRIVILEGES["sequences"]) if fresh else held_on_identity(was), held_on_identity(column)
            owner = handed[node].role if node in handed else None
            if owner is not None and not fresh:
                have |= _merged(was.identity_grants, column.identity_grants, handed[node])
            elif have == want:
                continue
            sequence = IdentitySequence(new.key, column.name)
            ops += _changes(node, sequence, owner or owners[node], have, want)
    return ops


def _changes(node: str, obj, owner: str, have: set[str], want: set[str]) -> list[Operation]:
    """Return the REVOKE and GRANT to `owner` that turn `have` into `want` on `obj`."""
    ops: list[Operation] = []
    if have - want:
        ops.append(RevokePrivileges(node, obj, Grant(owner, tuple(sorted(have - want)))))
    if want - have:
        ops.append(GrantPrivileges(node, obj, Grant(owner, tuple(sorted(want - have)))))
    return ops


def _owning_table(sequence) -> str:
    """Return the node of the table whose owner owns `sequence` (OWNED BY one of its columns)."""
    return node_name("Table", sequence.schema, sequence.owned_by[0])
