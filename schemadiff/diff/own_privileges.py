"""The owner's own privileges (model.own_privileges) on the objects a plan keeps: GRANT and
REVOKE to their owner.

An object the plan creates, or creates again, gets its own from its CREATE (render.owners).
The others are granted or revoked what their owner gains or loses. When the plan also
changes the owner, that happens after ALTER ... OWNER TO (these operations come after
diff.owners' SetOwner at the object's node, and a node keeps its operations' order), to
the new owner, which PostgreSQL has given the old owner's entry merged into its own: run
again, the script then grants and revokes the same to the same role and changes nothing.
"""

from __future__ import annotations

from ..model import Catalog, Grant
from ..model.catalog import node_key, node_name
from ..model.own_privileges import OWN_PRIVILEGE_KINDS, held_by_owner
from .operations import CreateObject, GrantPrivileges, Operation, RevokePrivileges
from .owners import SetOwner


def with_own_privileges(operations, current: Catalog, desired: Catalog) -> list[Operation]:
    """Return `operations` (SetOwner among them) and the grants and revokes that give the
    owner of each object both sides have the privileges of its own `desired` says."""
    created = {op.node for op in operations if isinstance(op, CreateObject)}
    new_owners = {op.node: op.role for op in operations if isinstance(op, SetOwner) and op.previous is not None}
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
            if owner is not None:  # what the new owner was granted merges into the old owner's entry
                have |= {p for g in old.grants or () if g.grantee == owner for p in g.privileges}
            elif have == want:
                continue
            else:
                owner = owners[node] if node in owners else owners[_owning_table(old)]
            if have - want:
                ops.append(RevokePrivileges(node, new, Grant(owner, tuple(sorted(have - want)))))
            if want - have:
                ops.append(GrantPrivileges(node, new, Grant(owner, tuple(sorted(want - have)))))
    return [*operations, *ops]


def _owning_table(sequence) -> str:
    """Return the node of the table whose owner owns `sequence` (OWNED BY one of its columns)."""
    return node_name("Table", sequence.schema, sequence.owned_by[0])
