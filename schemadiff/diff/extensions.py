"""Extensions: created, dropped or recreated; their comments and their members' privileges.

A member is listed only while its privileges differ from those the extension's script left
(`initial`, known where it was inspected): listed on one side only, it is at those on the
other. Every member goes with its extension, so a dropped extension needs no revokes, and
a created or recreated one starts from its script's privileges and is granted from there,
as pg_dump restores it (dumpACL against pg_init_privs).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Extension
from ..model.catalog import node_key
from .grants import diff_grants
from .lists import diff_by_key
from .operations import CreateObject, DropObject, Operation, SetComment


def diff_extensions(current, desired) -> list[Operation]:
    """Return the operations that turn the `current` extensions into the `desired` ones."""
    d = diff_by_key(current, desired)
    ops: list[Operation] = []
    for ext in d.added:
        ops += _create(ext)
    ops += [DropObject(node_key(e), e) for e in d.removed]
    for old, new in d.changed:
        if _definition(old) != _definition(new):
            ops.append(DropObject(node_key(old), old, recreate=True, reason="its definition changed"))
            ops += _create(new, recreate=True)
            continue
        if old.comment != new.comment:
            # None is the control file's comment: set again, since COMMENT cannot reset it.
            text = new.comment if new.comment is not None else new.default_comment or old.default_comment
            ops.append(SetComment(node_key(new), new, None, text))
        ops += _member_grants(node_key(new), old.members, new.members)
    return ops


def _definition(ext: Extension) -> Extension:
    """Return what CREATE EXTENSION decides, without what changes in place."""
    return replace(ext, members=(), comment=None)


def _create(ext: Extension, recreate: bool = False) -> list[Operation]:
    """CREATE EXTENSION, then its members' grants from the script's privileges. A member
    whose initial privileges are unknown (a spec's, not inspected: pg_cron is never in the
    shadow) is granted by CREATE itself, its grants the complete set."""
    node = node_key(ext)
    unknown = tuple(m for m in ext.members if m.initial is None)
    ops: list[Operation] = [CreateObject(node, replace(ext, members=unknown), recreate=recreate)]
    for member in ext.members:
        if member.initial is not None:
            ops += diff_grants(node, member, member.initial, member.grants)
    return ops


def _member_grants(node: str, current, desired) -> list[Operation]:
    d = diff_by_key(current, desired)
    ops: list[Operation] = []
    # Unknown initial privileges (a spec's member, not inspected): granted, nothing revoked.
    ops += [op for m in d.added for op in diff_grants(node, m, m.initial or (), m.grants)]
    ops += [op for m in d.removed for op in diff_grants(node, m, m.grants, m.initial)]
    ops += [op for old, new in d.changed for op in diff_grants(node, new, old.grants, new.grants)]
    return ops
