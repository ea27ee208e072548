"""Compare user-defined types, and convert the columns of a type that must be replaced.

Changed in place where PostgreSQL allows it: enum labels added (ADD VALUE BEFORE/AFTER)
or renamed (RENAME VALUE, only when the spec says `renamed_from`: a label that
disappears while another appears may be new data, not a rename); composite attributes
added, dropped or retyped when the attributes kept stay in order; a domain's default,
NOT NULL and CHECK constraints. Anything else (enum labels removed or reordered, a
range type's options, a domain's base type or collation) replaces the type:

    rename the old type out of the way     (its dependents keep working meanwhile)
    drop what uses it in its definition    (views, policies, functions, indexes: rebuilt)
    create the new type
    ALTER every column of it TYPE new USING col::text::new   (defaults and checks around it)
    drop the old type                      (last: nothing uses it any more)

Types built on a replaced type (a domain over an enum, a composite with an attribute of
it) are replaced with it. Values convert through their text form, so a row holding a
removed label makes the conversion fail: the plan stops and changes nothing.

A base type is created as pg_dump does it: a shell type first (CREATE TYPE name), which
its input and output functions return and take, then the type itself. Its receive,
send, typmod and analyze functions, subscript handler and storage change in place
(ALTER TYPE ... SET); anything else drops it (its input and output functions with it)
and creates it again: there is no second type of the same I/O functions to convert its
columns to, so they wait in their text form meanwhile (diff.through_text), and it is
refused while other types are built on it.

A shell type left undefined becomes a base type in place: CREATE TYPE name (...) fills
the shell, and the functions already taking it stay. Any other change of kind to or from
a shell drops it and creates the new type (a base type's functions again with it).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import (
    BaseType, Catalog, CheckConstraint, CompositeType, Domain, EnumType, QualifiedName, Rename, ShellType, UndefinedType,
)
from ..model.catalog import node_key
from ..model.types import referenced_types
from ..spec import fragments
from ..spec.names import object_name
from .lists import diff_by_key
from .through_text import element, refuse_types_built_on, through_text, type_keys
from .operations import (
    AddConstraint, AlterColumn, CreateObject, DropConstraint, DropDefault, DropObject, Operation, SetComment,
)
from .type_operations import (
    AddDomainCheck, AddEnumValue, AlterBaseType, AlterCompositeType, AlterDomain, AttributeSource, ConvertCompositeColumn,
    DropDomainCheck, RenameType, ValidateDomainCheck,
)


def _definition(obj):
    """Return the type without what changes in place by COMMENT, GRANT and REVOKE."""
    if isinstance(obj, CompositeType):
        obj = replace(obj, column_comments=())
    if isinstance(obj, Domain):
        obj = replace(obj, check_comments=())
    return replace(obj, comment=None, grants=None, own_privileges=None)


def _comments_kept(old, new):
    """Return `old` without the comments of attributes `new` drops: they go with them."""
    if not isinstance(old, CompositeType) or not isinstance(new, CompositeType):
        return old
    names = {a.name for a in new.attributes}
    return replace(old, column_comments=tuple((a, c) for a, c in old.column_comments if a in names))


def diff_types(current: Catalog, desired: Catalog, extras) -> list[Operation]:
    """Return the operations on types; `extras(old, new)` gives comment and grant changes."""
    ops: list[Operation] = []
    d = diff_by_key(current.types, desired.types)
    for t in d.added:
        ops += create_type(t)
    ops += [DropObject(node_key(t), t) for t in d.removed]
    replaced: dict[QualifiedName, tuple] = {}
    # The types columns use, read only when a type changes (50,000 columns at 5,000 tables).
    in_columns = {
        key for table in current.tables for column in table.columns for key in type_keys(column.type)
    } if d.changed else set()
    typed = {table.of_type for table in current.tables if table.of_type}
    in_place: dict[QualifiedName, list[Operation]] = {}
    recreated: list[tuple] = []
    completed: list[tuple] = []  # (shell, the base type that fills it)
    for old, new in d.changed:
        if _definition(old) == _definition(new):
            in_place[new.key] = []
            continue
        if isinstance(old, UndefinedType) and isinstance(new, BaseType):
            completed.append((old, new))
            continue
        if isinstance(old, (BaseType, UndefinedType)) or isinstance(new, (BaseType, UndefinedType)):
            changes = _base_type_changes(old, new, current, desired)
            if changes is None:
                recreated.append((old, new))
                continue
            in_place[new.key] = changes
            continue
        changes = _in_place(old, new, old.key in in_columns, old.key in typed)
        if changes is None:
            replaced[new.key] = (old, new)
        else:
            in_place[new.key] = changes
    _replace_dependent_types(current, desired, replaced)
    for old, new in recreated:
        reason = "its definition changes beyond what ALTER TYPE ... SET changes"
        refuse_types_built_on(current, {old.key}, f"type {old.schema}.{old.name} must be dropped and created again ({reason})")
        ops += [DropObject(node_key(old), old, recreate=True, reason=reason), *create_type(new, recreate=True)]
    for old, new in completed:  # created with its comment and grants; the shell's comment stays unless replaced
        kept_comment = [SetComment(node_key(new), new, None, None)] if old.comment and new.comment is None else []
        ops += [CreateObject(node_key(new), new), *kept_comment]
    for old, new in d.changed:
        if new.key not in replaced and (old, new) not in recreated + completed:  # created with its comment and grants
            changes = in_place[new.key]
            ops += changes + extras(_comments_kept(old, new), new) + _check_comments(old, new, changes)
    for old, new in sorted(replaced.values(), key=lambda pair: repr(pair[0].key)):
        moved = replace(old, name=replaced_name(old.name))
        ops += [
            RenameType(node_key(old), old, moved.name),
            CreateObject(node_key(new), new, recreate=True),
            DropObject(node_key(old), moved, recreate=True, reason=f"replaced by the new {old.name}"),
        ]
    # The columns of a type created again wait in their text form meanwhile.
    return ops + _convert_columns(current, desired, replaced) + through_text(current, desired, {o.key for o, _ in recreated})


def create_type(t, recreate: bool = False) -> list[Operation]:
    """Return the creation of a type: a base type's shell first (see the module's note)."""
    shell = [CreateObject(node_key(ShellType(t.schema, t.name)), ShellType(t.schema, t.name))] if isinstance(t, BaseType) else []
    return shell + [CreateObject(node_key(t), t, recreate=recreate)]


def _base_type_changes(old, new, current: Catalog, desired: Catalog) -> list[Operation] | None:
    """Return ALTER TYPE ... SET for a base type whose other options stay, or None if it
    must be created again (PostgreSQL refuses to set STORAGE back to plain: stored
    values may be toasted)."""
    if not (isinstance(old, BaseType) and isinstance(new, BaseType)):
        return None
    if replace(_definition(old), **{o: getattr(new, o) for o in BaseType.SETTABLE}) != _definition(new):
        return None
    if new.storage == "plain" and old.storage != "plain":
        return None
    columns = _default_storage_columns(old, current, desired) if old.storage != new.storage else ()
    return [AlterBaseType(node_key(new), old, new, columns)]


def _default_storage_columns(old: BaseType, current: Catalog, desired: Catalog) -> tuple:
    """Return (table, column) of the kept columns of the type that keep its default
    storage: ALTER TYPE ... SET (STORAGE) leaves existing columns as they are, and they
    must follow the type as a column created after it would."""
    wanted = {t.key: t for t in desired.tables}
    found = []
    for table in current.tables:
        for column in table.columns:
            after = wanted[table.key].column(column.name) if table.key in wanted else None
            if (after is not None and after.type == column.type and column.storage is None and after.storage is None
                    and type_keys(column.type) == {old.key} and not element(column.type)[1]):
                found.append((table.key, column.name))
    return tuple(sorted(found, key=repr))


def replaced_name(name: str) -> str:
    """Return the name a replaced type has until it is dropped."""
    return object_name(name, [], "replaced")


def _in_place(old, new, in_columns: bool, typed: bool) -> list[Operation] | None:
    """Return the operations that change `old` into `new` in place, or None if it must be
    replaced; `in_columns` says whether table columns are of this type, `typed` whether
    tables are (CREATE TABLE ... OF it)."""
    node = node_key(new)
    if type(old) is not type(new):
        return None
    if isinstance(new, EnumType):
        return _added_labels(node, old, new)
    if isinstance(new, CompositeType):
        before = {a.name: a for a in old.attributes}
        kept = [a.name for a in old.attributes if a.name in {b.name for b in new.attributes}]
        added = [a.name for a in new.attributes if a.name not in before]
        retyped = any(a.name in before and before[a.name] != a for a in new.attributes)
        # ADD ATTRIBUTE appends: the result must be in the declared order. ALTER ATTRIBUTE
        # TYPE is refused while a column is of the type.
        if kept + added != [a.name for a in new.attributes] or (retyped and in_columns):
            return None
        return [AlterCompositeType(node, old, new, cascade=typed)]
    if isinstance(new, Domain):
        if (old.base_type, old.collation) != (new.base_type, new.collation):
            return None
        return _domain_changes(node, old, new)
    return None  # range types: CREATE TYPE options cannot be altered


def _check_comments(old, new, changes) -> list[Operation]:
    """Return COMMENT ON CONSTRAINT ... ON DOMAIN for the checks of a domain that stays whose
    comment changes, or that `changes` add again (their comment went with them)."""
    if not isinstance(new, Domain):
        return []
    added = {op.check.name for op in changes if isinstance(op, AddDomainCheck)}
    was, now = dict(old.check_comments), dict(new.check_comments)
    ops: list[Operation] = []
    for name in sorted(c.name for c in new.checks):
        had = None if name in added else was.get(name)
        if now.get(name) != had:
            ops.append(SetComment(node_key(new), new, comment=now.get(name), constraint=name))
    return ops


def _added_labels(node: str, old: EnumType, new: EnumType) -> list[Operation] | None:
    """ADD VALUE for each new label, if the old labels keep their order and all stay."""
    kept = [label for label in new.labels if label in old.labels]
    if kept != list(old.labels) or not kept:
        return None
    ops = []
    for i, label in enumerate(new.labels):
        if label in old.labels:
            continue
        if not any(earlier in old.labels for earlier in new.labels[:i]):
            # Before every old label: each goes right before the first old one, in turn.
            ops.append(AddEnumValue(node, new, label, before=kept[0]))
        else:
            ops.append(AddEnumValue(node, new, label, after=new.labels[i - 1]))
    return ops


def _domain_changes(node: str, old: Domain, new: Domain) -> list[Operation]:
    ops: list[Operation] = []
    if (old.default, old.nullable) != (new.default, new.nullable):
        ops.append(AlterDomain(node, old, new))
    checks = diff_by_key(old.checks, new.checks, key=lambda c: c.name)
    ops += [DropDomainCheck(node, new, c) for c in checks.removed]
    for check in checks.added:
        ops += _add_check(node, new, check)
    for before, after in checks.changed:
        if after.valid and replace(before, valid=True) == after:
            ops.append(ValidateDomainCheck(node, new, after.name))  # left NOT VALID
        else:
            ops += [DropDomainCheck(node, new, before), *_add_check(node, new, after)]
    return ops


def _add_check(node: str, domain: Domain, check) -> list[Operation]:
    # Added NOT VALID, then validated in a later step, like a table's CHECK.
    ops: list[Operation] = [AddDomainCheck(node, domain, check)]
    if check.valid:
        ops.append(ValidateDomainCheck(node, domain, check.name))
    return ops


def _replace_dependent_types(current: Catalog, desired: Catalog, replaced: dict) -> None:
    """Add to `replaced` every type whose definition uses a replaced type, transitively."""
    wanted = {t.key: t for t in desired.types}
    changed = True
    while changed:
        changed = False
        for t in current.types:
            if t.key in replaced or t.key not in wanted:
                continue
            uses = set().union(*(type_keys(text) for text in referenced_types(t)))
            if uses & set(replaced):
                replaced[t.key] = (t, wanted[t.key])
                changed = True


def _convert_columns(current: Catalog, desired: Catalog, replaced: dict) -> list[Operation]:
    """Convert every column of a replaced type, and rebuild the checks that name one."""
    if not replaced:
        return []
    ops: list[Operation] = []
    wanted = {t.key: t for t in desired.tables}
    for table in current.tables:
        target = wanted.get(table.key)
        if target is None:
            continue  # dropped with its columns
        node = node_key(table)
        for column in table.columns:
            after = target.column(column.name)
            if after is None or after.type != column.type or not (type_keys(column.type) & replaced.keys()):
                continue  # dropped, or retyped anyway by the table's own diff
            ops.append(_conversion(node, table.key, column, after, replaced))
        for constraint in (c for c in table.constraints if isinstance(c, CheckConstraint)):
            if type_keys(constraint.expression, fragments.parse_expression) & replaced.keys():
                again = next((c for c in target.constraints if c.name == constraint.name), None)
                ops.append(DropConstraint(node, table.key, constraint, recreate=True))
                if again is not None:
                    ops.append(AddConstraint(node, table.key, again))
    return ops


def _conversion(node: str, table: QualifiedName, column, after, replaced: dict) -> AlterColumn:
    """Return the AlterColumn that converts a column of a replaced type to the new type."""
    inner, depth = element(column.type)
    key = next(iter(sorted(type_keys(inner) & replaced.keys(), key=repr)), None)
    old, new = replaced[key] if key else (None, None)
    # (An array of it converts through text: USING cannot hold the subquery that would
    # rebuild each element.)
    if isinstance(old, CompositeType) and isinstance(new, CompositeType) and not depth:
        before = {a.name: a for a in old.attributes}
        sources = tuple(
            AttributeSource(a.name, a.type, a.name in before, bool(type_keys(a.type) & replaced.keys()))
            for a in new.attributes
        )
        return ConvertCompositeColumn(node, table, column, after, retype_via="text", sources=sources)
    return AlterColumn(node, table, column, after, retype_via=_via(old, replaced) + "[]" * depth)


def _via(old, replaced: dict) -> str:
    """Return the type the values of the replaced type `old` convert through.

    Text, whose input every type accepts (`col::text::public.status`), except for a domain
    replaced for its own base type: its values cast to the new domain from the old base
    type (numeric to integer does, '250.00' as text to integer does not).
    """
    if isinstance(old, Domain) and not (type_keys(old.base_type) & replaced.keys()):
        return old.base_type
    return "text"


def merge_column_changes(table_ops: list[Operation], type_ops: list[Operation]) -> list[Operation]:
    """Return the tables' and types' operations together, each column changed once.

    A converted column's AlterColumn (to the desired column) covers what the table's diff
    found for it but its first halves (DropDefault: they run in the drop phase, the
    conversion starts from what they leave); a check the table's diff recreates anyway is
    not recreated twice.
    """
    converted = {(op.table, op.new.name) for op in type_ops if isinstance(op, AlterColumn)}
    dropped = {(op.table, op.constraint.name) for op in table_ops if isinstance(op, DropConstraint)}
    released: dict[tuple, list[DropDefault]] = {}
    for op in table_ops:
        if isinstance(op, DropDefault):
            released.setdefault((op.table, op.column.name), []).append(op)
    kept = [op for op in table_ops if not (isinstance(op, AlterColumn) and (op.table, op.new.name) in converted)]
    extra = [
        _after_drops(op, released.get((op.table, op.new.name), [])) if isinstance(op, AlterColumn) else op
        for op in type_ops
        if not (isinstance(op, (DropConstraint, AddConstraint)) and (op.table, op.constraint.name) in dropped)
    ]
    return kept + extra


def _after_drops(op: AlterColumn, drops: list[DropDefault]) -> AlterColumn:
    """Return the conversion `op` starting from its column as `drops` leave it."""
    column = op.old
    for drop in drops:
        column = drop.released(column)
    return replace(op, old=column)


def rename_enum_label(catalog: Catalog, r: Rename) -> Catalog | None:
    """Apply a spec's `renamed_from` of an enum label to the current catalog, if it applies."""
    key = QualifiedName(r.schema, r.table)
    found = next((t for t in catalog.types if t.key == key and isinstance(t, EnumType)), None)
    if found is None or r.old not in found.labels or r.new in found.labels:
        return None
    renamed = replace(found, labels=tuple(r.new if label == r.old else label for label in found.labels))
    return replace(catalog, types=tuple(renamed if t.key == key else t for t in catalog.types))
