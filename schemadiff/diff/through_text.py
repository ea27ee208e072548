"""Columns of a type that is dropped and created again: a base type whose definition
changes beyond ALTER TYPE ... SET, or a type of an extension recreated (no update path to
its new version, or not relocatable to its new schema). There is no second type to
convert them to, as there is for a replaced enum (diff.types), so their values wait in
their text form while the type is gone:

    ALTER COLUMN c TYPE text USING c::text           (drop phase: before the type goes)
    DROP TYPE ... / DROP EXTENSION ...
    CREATE TYPE ... / CREATE EXTENSION ...
    ALTER COLUMN c TYPE the_type USING c::the_type   (create phase: once it is back)

Both halves are column type changes to the planner: the views, policies, functions and
triggers that use the column are dropped before and created after (plan.planner), the
column's default goes with the first half and comes back with the second, its indexes
(of the type's operator classes) are rebuilt, and the CHECKs on it and the foreign keys
from or to it are dropped and added again, a generated column computed from it dropped
and added back. An array of the type waits as text[]. A type built on it (a domain over
it, a composite with an attribute of it, a range of it) cannot wait anywhere without
being dropped too: that is refused, naming it. A value whose text form does not read
back as itself would change: both halves are marked as rewriting the table.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import SchemadiffError
from ..model import Catalog, CheckConstraint, ForeignKey, QualifiedName
from ..model.catalog import node_key
from ..model.types import referenced_types
from ..spec import fragments
from .operations import AddColumn, AddConstraint, AlterColumn, ColumnToText, DropColumn, DropConstraint, Operation


def type_keys(text: str | None, parse=fragments.type_references) -> set[QualifiedName]:
    """Return the (schema, name) of every type a type text (`public.status[]`) names, or
    with `parse=fragments.parse_expression`, an expression casts to (`'a'::public.status`)."""
    try:
        refs = parse(text) if text else fragments.References()
    except fragments.FragmentError:
        return set()
    return keys_of(refs)


def keys_of(refs: fragments.References) -> set[QualifiedName]:
    """Return the (schema, name) of every type already parsed references name."""
    return {QualifiedName(schema or "public", name) for schema, name in refs.types}


def constraint_again(node: str, table, after, constraint) -> tuple[DropConstraint, list[Operation]]:
    """Return the drop of a constraint of `table`, and its addition again as the desired
    table `after` has it (none when `after` no longer has it)."""
    again = next((c for c in after.constraints if c.name == constraint.name), None)
    return (DropConstraint(node, table.key, constraint, recreate=True),
            [AddConstraint(node, table.key, again)] if again is not None else [])


def element(type_text: str) -> tuple[str, int]:
    """Return the element type of an array type text and the number of dimensions."""
    depth = 0
    while type_text.endswith("[]"):
        type_text, depth = type_text[:-2], depth + 1
    return type_text, depth


def refuse_types_built_on(current: Catalog, keys: set[QualifiedName], what: str) -> None:
    """Refuse to drop and create again the types `keys` (`what` says which and why) while
    user-defined types are built on them: those would have to go too."""
    users = sorted(
        f"type {t.schema}.{t.name}" for t in current.types
        if t.key not in keys and any(type_keys(text) & keys for text in referenced_types(t))
    )
    if users:
        raise SchemadiffError(
            f"{what}, but {', '.join(users)} use it, and cannot be kept while it is gone "
            "(columns of it wait in their text form; a type built on it cannot). "
            "Drop or change what uses it first"
        )


def through_text(current: Catalog, desired: Catalog, keys: set[QualifiedName]) -> list[Operation]:
    """Return the operations that take every kept column of the types `keys` to text before
    they are dropped and back after they are created again (see the module's note)."""
    if not keys:
        return []
    wanted = {t.key: t for t in desired.tables}
    waiting: dict[QualifiedName, set[str]] = {}
    for table in current.tables:
        target = wanted.get(table.key)
        for column in table.columns if target is not None else ():  # else dropped with its columns
            if target.column(column.name) is not None and type_keys(column.type) & keys and column.generated is None:
                waiting.setdefault(table.key, set()).add(column.name)
    ops: list[Operation] = []
    for table in current.tables:
        target, node = wanted.get(table.key), node_key(table)
        if target is None:
            continue
        # A generated column of the type or computed from a waiting column (PostgreSQL
        # cannot retype what one uses) is dropped first and computed again at the end.
        rebuilt = [
            c for c in table.columns if c.generated is not None and target.column(c.name) is not None
            and (type_keys(c.type) & keys or expression_columns(c.generated) & waiting.get(table.key, set()))
        ]
        halves: list[Operation] = []
        for name in sorted(waiting.get(table.key, ())):
            column, after = table.column(name), target.column(name)
            # Whatever else changes (its type too) is done by the second half.
            text = replace(column, type="text" + "[]" * element(column.type)[1], default=None)
            halves += [ColumnToText(node, table.key, column, text), AlterColumn(node, table.key, text, after)]
        # Dropped before the first halves, which run in the drop phase too, and added again
        # after the second: a CHECK on a waiting column or naming the type, a foreign key
        # from or to one (text and the type do not compare).
        drops: list[Operation] = []
        for constraint in table.constraints:
            if _holds(constraint, table.key, waiting, keys):
                drop, again = constraint_again(node, table, target, constraint)
                drops.append(drop)
                halves += again
        drops += [DropColumn(node, table.key, c, reason=_why_rebuilt(c, waiting.get(table.key, set()))) for c in rebuilt]
        halves += [AddColumn(node, table.key, target.column(c.name)) for c in rebuilt]
        ops += drops + halves
    return ops


def _why_rebuilt(column, waiting: set[str]) -> str:
    uses = sorted(expression_columns(column.generated) & waiting)
    if uses:
        return f"rebuilt: it uses {', '.join(uses)}, which waits in its text form"
    return "rebuilt: its type is dropped and created again"


def _holds(constraint, table: QualifiedName, waiting: dict, keys: set[QualifiedName]) -> bool:
    """Whether a table's constraint must be dropped while its waiting columns are text."""
    if isinstance(constraint, CheckConstraint):
        expression = constraint.expression
        return bool(expression_columns(expression) & waiting.get(table, set())
                    or type_keys(expression, fragments.parse_expression) & keys)
    if isinstance(constraint, ForeignKey):
        return bool(set(constraint.columns) & waiting.get(table, set())
                    or set(constraint.referenced_columns) & waiting.get(constraint.references, set()))
    return False


def expression_columns(expression: str) -> set[str]:
    """Return the columns an expression names; none when it does not parse."""
    try:
        return set(fragments.parse_expression(expression).columns)
    except fragments.FragmentError:
        return set()
