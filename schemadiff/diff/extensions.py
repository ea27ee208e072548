"""Extensions: created, dropped, updated, moved or recreated; their comments and their
members' privileges.

A new version or schema is reached in place (ALTER EXTENSION UPDATE TO, SET SCHEMA) when
the installed extension has an update path there and can be relocated: what uses its
objects (columns of its types, indexes with its operator classes) stays. Only when it
cannot (a downgrade, a version no script leads to, a non-relocatable one moved) is it
dropped and created again, marked as deleting data: DROP EXTENSION takes its
configuration tables' rows. PostgreSQL refuses it while anything uses its objects: columns
of its types wait in their text form meanwhile (diff.through_text), it is refused at plan
time while a type of ours is built on one of its types, and the planner takes the rest
off before and puts it back after (plan.extension_users, plan.planner).

A member is listed only while its privileges differ from those the extension's script left
(`initial`, known where it was inspected): listed on one side only, it is at those on the
other. Every member goes with its extension, so a dropped extension needs no revokes, and
a created or recreated one starts from its script's privileges and is granted from there,
as pg_dump restores it (dumpACL against pg_init_privs).
"""

from __future__ import annotations

import re
from dataclasses import fields, replace

from ..model import Catalog, Extension, Operator
from ..model.catalog import node_key
from ..quote import ident, qualified
from .grants import diff_grants
from .lists import diff_by_key
from .operations import AlterExtension, CreateObject, DropObject, Operation, SetComment
from .through_text import refuse_types_built_on, through_text, type_keys


def diff_extensions(current, desired) -> list[Operation]:
    """Return the operations that turn the `current` extensions into the `desired` ones."""
    d = diff_by_key(current, desired)
    ops: list[Operation] = []
    for ext in d.added:
        ops += _create(ext)
    ops += [DropObject(node_key(e), e) for e in d.removed]
    for old, new in d.changed:
        new = _pinned(old, new)
        reason = _why_recreated(old, new)
        if reason:
            ops.append(DropObject(node_key(old), old, recreate=True, reason=reason))
            ops += _create(new, recreate=True)
            continue
        members = old.members
        if _moves(old, new):  # its members keep their privileges under the new schema's names
            members = tuple(replace(m, name=moved_name(m.name, old.schema, new.schema)) for m in members)
        if old.version != new.version:
            ops.append(AlterExtension(node_key(new), old, new, *_after_update(members, new.members)))
        elif _moves(old, new):
            ops.append(AlterExtension(node_key(new), old, new))
        if old.comment != new.comment:
            # None is the control file's comment: set again, since COMMENT cannot reset it.
            text = new.comment if new.comment is not None else new.default_comment or old.default_comment
            ops.append(SetComment(node_key(new), new, None, text))
        if old.version == new.version:
            ops += _member_grants(node_key(new), members, new.members)
    return ops


def convert_columns(current: Catalog, desired: Catalog) -> list[Operation]:
    """Return the columns' wait in their text form while the extensions whose types they
    are of are dropped and created again (diff.through_text)."""
    keys = set()
    for old, new in diff_by_key(current.extensions, desired.extensions).changed:
        reason = _why_recreated(old, _pinned(old, new))
        if reason and old.types:
            own = set().union(*(type_keys(t) for t in old.types))
            refuse_types_built_on(current, own, f"extension {old.name} must be dropped and created again ({reason})")
            keys |= own
    return through_text(current, desired, keys)


def _after_update(current, desired) -> tuple[tuple, tuple]:
    """Return (members, reverted) for AlterExtension: each with the grants it must end
    with, and as `initial` every grantee it may hold (revoked first)."""
    now = {m.key: m for m in current}
    members = tuple(
        replace(m, initial=(*(m.initial or ()), *(now[m.key].grants if m.key in now else ())))
        for m in desired
    )
    listed = {m.key for m in desired}
    reverted = tuple(replace(m, grants=m.initial, initial=m.grants)
                     for m in current if m.key not in listed and m.initial is not None)
    return members, reverted


def follow_moves(current: Catalog, desired: Catalog) -> Catalog:
    """Return `current` with what names the objects of the extensions ALTER EXTENSION SET
    SCHEMA moves printed as it will be once moved, where the desired side prints it so:
    column types, index operator classes, view queries (deparsed: they follow the objects),
    policies' expressions, functions' argument and result types. All of it is kept, not
    retyped or rebuilt (a function's body is source text: it is still replaced when it
    names them). Names of the catalog's own objects are left alone."""
    moves = set()
    for old, new in diff_by_key(current.extensions, desired.extensions).changed:
        new = _pinned(old, new)
        if _moves(old, new) and not _why_recreated(old, new):
            moves.add((old.schema, new.schema))
    if not moves:
        return current
    own = {qualified(o.schema, o.name) for o in (*current.types, *current.operator_classes)}
    keep = {a: _own_names(current, a) for a, _ in moves}

    def moved(text, wanted):
        if not text or wanted == text or text in own:
            return text
        return next((wanted for a, b in sorted(moves) if moved_name(text, a, b) == wanted), text)

    def moved_sql(text, wanted):
        if not text or not wanted or wanted == text:
            return text
        return next((wanted for a, b in sorted(moves) if moved_name(text, a, b, keep[a]) == wanted), text)

    want_columns = {(t.key, c.name): c.type for t in desired.tables for c in t.columns}
    tables = tuple(replace(t, columns=tuple(
        replace(c, type=moved(c.type, want_columns.get((t.key, c.name)))) for c in t.columns
    )) for t in current.tables)
    want_elements = {i.key: i.elements for i in desired.indexes}
    indexes = []
    for index in current.indexes:
        wanted = want_elements.get(index.key, ())
        if len(wanted) == len(index.elements):
            index = replace(index, elements=tuple(
                replace(e, opclass=moved(e.opclass, w.opclass)) for e, w in zip(index.elements, wanted)
            ))
        indexes.append(index)
    views = {}
    for kind in ("views", "materialized_views"):
        wanted_views = {v.key: v for v in getattr(desired, kind)}
        views[kind] = tuple(_moved_view(v, wanted_views.get(v.key), moved, moved_sql) for v in getattr(current, kind))
    wanted_policies = {p.key: p for p in desired.policies}
    policies = tuple(
        replace(p, using=moved_sql(p.using, w.using), with_check=moved_sql(p.with_check, w.with_check))
        if (w := wanted_policies.get(p.key)) else p for p in current.policies
    )
    by_name: dict = {}
    for f in desired.functions:
        by_name.setdefault((f.schema, f.name, len(f.arguments)), []).append(f)
    functions = tuple(_moved_function(f, by_name.get((f.schema, f.name, len(f.arguments)), ()), moved)
                      for f in current.functions)
    return replace(current, tables=tables, indexes=tuple(indexes), policies=policies, functions=functions, **views)


def _moved_view(view, wanted, moved, moved_sql):
    """Return `view` with its query (and output column types) as `wanted` prints them, if
    the move is all that differs."""
    if wanted is None or moved_sql(view.query, wanted.query) != wanted.query:
        return view
    view = replace(view, query=wanted.query)
    if hasattr(view, "columns") and len(view.columns) == len(wanted.columns):
        view = replace(view, columns=tuple(
            (name, moved(type_, w[1])) for (name, type_), w in zip(view.columns, wanted.columns)
        ))
    return view


def _moved_function(function, candidates, moved):
    """Return `function` with the argument and result types of the desired overload among
    `candidates` that they are once moved, if one is."""
    for wanted in candidates:
        arguments = tuple(
            replace(a, type=moved(a.type, w.type)) for a, w in zip(function.arguments, wanted.arguments)
        )
        returns = moved(function.returns, wanted.returns)
        if [a.type for a in arguments] == [w.type for w in wanted.arguments] and returns == wanted.returns:
            return replace(function, arguments=arguments, returns=returns)
    return function


def _own_names(catalog: Catalog, schema: str) -> frozenset[str]:
    """Return the names of the catalog's objects in `schema` as tokens of moved_name: its
    identifiers quoted where needed, and the first character of an operator's name."""
    names = set()
    for f in fields(catalog):
        objects = getattr(catalog, f.name)
        for obj in objects if isinstance(objects, tuple) else ():
            # (Not an extension's, a policy's, a trigger's or a rule's: SQL never names them.)
            if (getattr(obj, "schema", None) == schema and isinstance(getattr(obj, "name", None), str)
                    and not isinstance(obj, Extension) and not isinstance(getattr(obj, "table", None), str)):
                names.add(obj.name[:1] if isinstance(obj, Operator) else ident(obj.name))
    return frozenset(names)


def _moves(old: Extension, new: Extension) -> bool:
    return None not in (old.schema, new.schema) and old.schema != new.schema


def _pinned(old: Extension, new: Extension) -> Extension:
    """Return `new` with the version and schema it leaves unpinned (None) at `old`'s."""
    return replace(new, version=new.version or old.version, schema=new.schema or old.schema)


def _why_recreated(old: Extension, new: Extension) -> str:
    """Return why `old` cannot become `new` in place, or '' when it can. Unknown (not
    inspected) update paths and relocatability are left to PostgreSQL, which refuses
    clearly what it cannot do."""
    if old.version != new.version and old.update_targets is not None and new.version not in old.update_targets:
        return f"no update path from version {old.version} to {new.version}"
    if old.schema != new.schema and old.relocatable is False:
        return f"not relocatable to schema {new.schema}"
    return ""


# A name as regprocedure, regclass and regtype print it: quoted identifiers, plain words,
# and any other character on its own.
_NAME_TOKEN = re.compile(r'"(?:[^"]|"")*"|[^\W\d][\w$]*|.', re.S)


def moved_name(name: str, old_schema: str, new_schema: str, keep: frozenset[str] = frozenset()) -> str:
    """Return a member's printed name once its extension moved from `old_schema` to
    `new_schema`: every name qualified with the old schema (its own, its argument types:
    the extension's types move with it) is qualified with the new one, but the names in
    `keep` (tokens: the objects that stay there)."""
    tokens = _NAME_TOKEN.findall(name)
    before = ident(old_schema)
    for i, token in enumerate(tokens[:-1]):
        if token == before and tokens[i + 1] == "." and (i == 0 or tokens[i - 1] != "."):
            if i + 2 < len(tokens) and tokens[i + 2] in keep:
                continue
            tokens[i] = ident(new_schema)
    return "".join(tokens)


def _create(ext: Extension, recreate: bool = False) -> list[Operation]:
    """CREATE EXTENSION, then its members' grants from the script's privileges. A member
    whose initial privileges are unknown (a spec's, not inspected: pg_cron is never in the
    shadow) is granted by CREATE itself, its grants the complete set."""
    node = node_key(ext)
    unknown = tuple(m for m in ext.members if m.initial is None)
    ops: list[Operation] = [CreateObject(node, replace(ext, members=unknown), recreate=recreate)]
    for member in ext.members:
        if member.initial is not None:
            ops += _grants(node, member, member.initial, member.grants)
    return ops


def _member_grants(node: str, current, desired) -> list[Operation]:
    d = diff_by_key(current, desired)
    ops: list[Operation] = []
    # Unknown initial privileges (a spec's member, not inspected): granted, nothing revoked.
    ops += [op for m in d.added for op in _grants(node, m, m.initial or (), m.grants)]
    ops += [op for m in d.removed for op in _grants(node, m, m.grants, m.initial)]
    ops += [op for old, new in d.changed for op in _grants(node, new, old.grants, new.grants)]
    return ops


def _grants(node: str, member, old, new) -> list[Operation]:
    return diff_grants(node, member, old, new, column=member.column)
