"""Owner changes: `ALTER ... OWNER TO` for every object whose managed owner is not the one it has.

Only the desired side's Ownership rows count (see model.owners): an object a spec leaves
unmanaged keeps whatever owner it has. An object the plan creates, or drops and creates
again, is owned by the role applying the plan: it needs its owner set whenever one is
managed. Planned after everything else of the object (grants included), since PostgreSQL
hands the old owner's own privileges to the new owner: the renderer grants the old owner
again what the object's grants give it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Catalog, Grant, Table
from ..model.owners import owned_objects
from .hazards import Hazard
from .operations import CreateObject, Operation, RevokePrivileges, object_label


@dataclass(frozen=True)
class SetOwner(Operation):
    obj: object = None  # the object as the desired side describes it (its grants included)
    role: str = ""
    previous: str | None = None  # its owner now; None: created by this plan, so the applying role

    @property
    def hazards(self) -> frozenset[Hazard]:
        # The owner may alter, drop and grant the object whatever the grants say.
        return frozenset() if self.previous is None else frozenset({Hazard.WEAKENS_SECURITY})

    def describe(self) -> str:
        was = f" (was {self.previous})" if self.previous is not None else ""
        return f"set owner of {object_label(self.obj)} to {self.role}{was}"


def with_owners(operations, current: Catalog, desired: Catalog) -> list[Operation]:
    """Return `operations` (the rest of the plan: what it creates decides what needs an
    owner) and the SetOwner operations that give `desired`'s managed owners to `current`."""
    created = {op.node: op.obj for op in operations if isinstance(op, CreateObject)}
    have = {o.node: o.role for o in current.owners}
    objects = owned_objects(desired)
    ops: list[Operation] = []
    for ownership in desired.owners:
        obj = objects.get(ownership.node)
        if obj is None:
            continue  # not an object of the desired side (left out of the comparison)
        if ownership.node in created:  # as created (a schema created in a database lacking it)
            ops.append(SetOwner(ownership.node, created[ownership.node], ownership.role))
        elif have.get(ownership.node, ownership.role) != ownership.role:
            ops.append(SetOwner(ownership.node, obj, ownership.role, have[ownership.node]))
    new_owners = {op.node: op.role for op in ops if op.previous is not None}
    tables = {t.key: t for t in current.tables}
    kept = []
    for op in operations:
        if not (isinstance(op, RevokePrivileges) and op.column is None and new_owners.get(op.node) == op.grant.grantee):
            kept.append(op)
            continue
        # Revoked from the role about to own the object: ALTER ... OWNER TO merges its entry
        # into the owner's, and run again, the plan would revoke an owner's own privileges.
        # Only what an owner's implicit privileges lack goes: grant options, and the column
        # privileges a table-level REVOKE would have taken with it.
        kept.append(replace(op, grant=replace(op.grant, with_grant_option=True)))
        table = tables.get(op.obj.key) if isinstance(op.obj, Table) else None
        for column in table.columns if table else ():
            for g in column.grants:
                taken = tuple(sorted(set(g.privileges) & set(op.grant.privileges)))
                if g.grantee == op.grant.grantee and taken:
                    kept.append(RevokePrivileges(op.node, op.obj, Grant(g.grantee, taken), column.name))
    return kept + ops
