"""`render_operation(op, ctx)`: the SQL of one planned change.

Every statement is safe to run again: IF [NOT] EXISTS, OR REPLACE, or a DO block that
checks the catalog first. No CASCADE (the plan drops dependents explicitly), but for a
base type's own input and output functions (render.types.drop_base_type). A type's drop is
guarded by its kind (render.types.drop_type).
"""

from __future__ import annotations

from dataclasses import replace

from ..diff.owners import SetOwner
from ..diff.operations import (
    AddColumn, AddConstraint, AddNotNullCheck, AlterExtension, ColumnToText, AlterFunction, AttachPartitionIndexes, CreateIndexConcurrently,
    DropDefault, DropIndexConcurrently, DropInheritance, LeavePublication, ReleaseSequenceOwner, SetSequenceOwner, ValidateConstraint, ValidateNotNull,
    AlterColumn, AlterPolicy, AttachPartition, CreateObject, DetachPartition, DropColumn, DropConstraint, DropObject,
    GrantPrivileges, RenameObject, ReplaceObject, RevokePrivileges, RunPartitionMaintenance, ScheduleJob,
    RenamePartitionIndexes, SetClusterOn, SetComment, SetIndexStatistics, SetLogged, ReleaseReplicaIdentity, SetReplicaIdentity,
    SetRowSecurity,
    SetForeignOptions, SetPartitionCompression, SetPartitionDefault, SetPartitionNotNull, SetPartitionStatistics,
    SetPartitionStorage, SetSequenceLogged, SetStorageParameters, SetTableType, SetTriggerState, SetViewColumnDefault,
    UnscheduleJob, SetAccessMethod, SetPartitionIndexTablespaces, SetTablespace,
)
from ..model import (
    TYPE_KINDS, Column, CronJob, DefaultPrivileges, Domain, Extension, Function, IdentityOptions, IdentitySequence,
    OperatorClass, OperatorFamily, QualifiedName, Role, Sequence, Subscription, Table, TextSearchDictionary,
)
from ..quote import dollar_quote, ident, literal, qualified
from .cluster import alter_extension, alter_sequence, create_cron_job, job_database, sequence_owner, unschedule_unnamed
from .common import (
    RenderContext, alter_fdw_options, grantee, guarded, guarded_as_inspected, storage_parameter_name,
    storage_parameters,
)
from .create import create
from .database import default_privileges_statement, drop_subscription, revert_default_privileges
from .objects import alter_in_place
from .owners import owner_statements
from .references import collation_name, comment_kind, object_name, on_identity_sequence, privilege_statement
from .routines import alter_function, view_column_default
from .types import domain_constraint, drop_type
from .registry import Registry
from .tables import (
    add_constraint, cluster_on, column_definition, column_settings, constraint_exists, identity_default_revokes,
    identity_options, index_statement, index_statistics, partition_compression, partition_default, partition_index_renames,
    partition_index_tablespaces, partition_not_null, partition_statistics, partition_storage, replica_identity, trigger_state,
)

render_operation = Registry("render operation")
# PostgreSQL's own index access methods: always there.
BUILTIN_INDEX_METHODS = ("brin", "btree", "gin", "gist", "hash", "spgist")


@render_operation.register(SetOwner)
def _owner(op: SetOwner, ctx: RenderContext) -> list[str]:
    return owner_statements(op.obj, op.role, op.previous, ctx)


def _table(key) -> str:
    return qualified(key.schema, key.name)


@render_operation.register(CreateObject)
def _create(op: CreateObject, ctx: RenderContext) -> list[str]:
    # What the default privileges of the role running the plan give the object is revoked
    # too, and the built-in grants they take given back (ctx.owner None: that role is not
    # known, so every role's; granting what the object already has changes nothing).
    given = _default_grantees(op.default_grants, ctx)
    taken = {g for role, g in op.default_taken if ctx.owner in (None, role)}
    if given or taken:
        ctx = replace(ctx, default_grantees=given, default_taken=tuple(sorted(taken)))
    if op.identity_default_grants:
        ctx = replace(ctx, identity_default_grantees=_default_grantees(op.identity_default_grants, ctx))
    return create(op.obj, ctx)


def _default_grantees(default_grants, ctx: RenderContext) -> tuple[str, ...]:
    """Return the grantees of the (role, grantee) default privileges that reach what the
    plan creates when it runs as ctx.owner (None: not known, so every role's)."""
    return tuple(sorted({g for role, g in default_grants if ctx.owner in (None, role) and g != ctx.owner}))


@render_operation.register(ReplaceObject)
def _replace(op: ReplaceObject, ctx: RenderContext) -> list[str]:
    # Only the definition: comments and grants have operations of their own.
    if isinstance(op.new, Sequence):
        return alter_sequence(op.new)
    if alter_in_place.handles(op.new):
        return alter_in_place(op.old, op.new)
    return create(op.new, ctx)[:1]


@render_operation.register(AlterFunction)
def _alter_function(op: AlterFunction, ctx: RenderContext) -> list[str]:
    return alter_function(op.old, op.new)


@render_operation.register(AlterExtension)
def _alter_extension(op: AlterExtension, ctx: RenderContext) -> list[str]:
    return alter_extension(op.old, op.new, op.members, op.reverted, ctx)


@render_operation.register(ReleaseSequenceOwner)
@render_operation.register(SetSequenceOwner)
def _sequence_owner(op: SetSequenceOwner, ctx: RenderContext) -> list[str]:
    return sequence_owner(op.sequence)


@render_operation.register(DropObject)
def _drop(op: DropObject, ctx: RenderContext) -> list[str]:
    obj = op.obj
    if isinstance(obj, Role):
        return []  # roles are cluster-wide: a spec never drops them
    if isinstance(obj, CronJob):
        return _unschedule(obj)
    if isinstance(obj, Extension):
        return [f"DROP EXTENSION IF EXISTS {ident(obj.name)};"]
    if isinstance(obj, TYPE_KINDS):
        return drop_type(obj)
    if isinstance(obj, Subscription):
        return drop_subscription(obj)
    if isinstance(obj, DefaultPrivileges):
        return revert_default_privileges(obj)  # guarded: a dropped schema takes its entries along
    if isinstance(obj, Sequence):
        # Once the plan ran, the name may belong to an identity column's sequence (serial
        # turned identity), which is not this one.
        name = literal(qualified(obj.schema, obj.name))
        condition = (
            f"to_regclass({name}) IS NOT NULL AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend "
            f"WHERE classid = 'pg_class'::regclass AND objid = to_regclass({name}) AND deptype = 'i')"
        )
        return [guarded(condition, f"DROP SEQUENCE {qualified(obj.schema, obj.name)};")]
    statement = f"DROP {comment_kind(obj)} IF EXISTS {object_name(obj)};"
    if isinstance(obj, (OperatorClass, OperatorFamily)) and obj.method not in BUILTIN_INDEX_METHODS:
        # IF EXISTS still wants the access method: a second run finds it dropped after.
        return [guarded(f"EXISTS (SELECT FROM pg_catalog.pg_am WHERE amname = {literal(obj.method)})", statement)]
    if op.unless_used_by:
        return [guarded("NOT " + _used_by(obj, op.unless_used_by), statement)]
    if op.unless_inherits:
        table = op.unless_ancestor or QualifiedName(obj.schema, obj.name)
        return [guarded("NOT " + _inherits_all(table, op.unless_inherits), statement)]
    if op.unless_merged is not None:
        table = op.unless_ancestor or QualifiedName(obj.schema, obj.name)
        return [guarded_as_inspected("NOT " + _merges_exactly(table, *op.unless_merged), statement)]
    return [statement]


def _merges_exactly(table: QualifiedName, columns, checks) -> str:
    """Return a condition: `table`'s columns and CHECKs are exactly `columns` ((name, declared,
    handed down)) and `checks` ((name, expression, declared, handed down)), as attislocal /
    attinhcount and conislocal / coninhcount say. Evaluated as inspected (see
    guarded_as_inspected): the expressions are pg_get_expr's text."""
    oid = f"to_regclass({literal(qualified(table.schema, table.name))})"

    def flags(local: bool, inherited: bool) -> str:
        return ("l" if local else "") + ("i" if inherited else "")

    def same(text: str, rest: str, values) -> str:
        # Both sides sorted in "C" order, as Python sorts str (by code point).
        wanted = ", ".join(literal(v) for v in sorted(values))
        return f'ARRAY(SELECT ({text}) COLLATE "C" {rest} ORDER BY 1) = ARRAY[{wanted}]::text[]'

    sql_flags = "CASE WHEN {0}islocal THEN 'l' ELSE '' END || CASE WHEN {0}inhcount > 0 THEN 'i' ELSE '' END"
    column_text = "attname || ':' || " + sql_flags.format("att")
    check_text = "conname || ':' || " + sql_flags.format("con") + " || ': ' || pg_catalog.pg_get_expr(conbin, conrelid)"
    attributes = f"FROM pg_catalog.pg_attribute WHERE attrelid = {oid} AND attnum > 0 AND NOT attisdropped"
    constraints = f"FROM pg_catalog.pg_constraint WHERE conrelid = {oid} AND contype = 'c'"
    column_texts = [f"{name}:{flags(local, inherited)}" for name, local, inherited in columns]
    check_texts = [f"{name}:{flags(local, inherited)}: {expression}" for name, expression, local, inherited in checks]
    return (
        f"({oid} IS NOT NULL AND {same(column_text, attributes, column_texts)}"
        f" AND {same(check_text, constraints, check_texts)})"
    )


def _inherits_all(table: QualifiedName, parents) -> str:
    """Return a condition: `table` exists and inherits from every one of `parents`."""
    names = ", ".join(f"to_regclass({literal(qualified(p.schema, p.name))})" for p in parents)
    return (
        "(SELECT count(*) FROM pg_catalog.pg_inherits WHERE inhrelid = "
        f"to_regclass({literal(qualified(table.schema, table.name))}) AND inhparent IN ({names})) = {len(parents)}"
    )


def _used_by(obj, users) -> str:
    """Return a condition: a relation or routine of `users` (or a part of one: a view's
    rule, a table's policy or default) uses `obj`, a view, function or text search
    dictionary, in pg_depend."""
    if isinstance(obj, Function):
        catalog, oid = "pg_proc", f"to_regprocedure({literal(object_name(obj))})"
    elif isinstance(obj, TextSearchDictionary):  # (there is no to_regdictionary)
        catalog, oid = "pg_ts_dict", (f"(SELECT t.oid FROM pg_catalog.pg_ts_dict AS t WHERE t.dictname = {literal(obj.name)}"
                                      f" AND t.dictnamespace = {literal(ident(obj.schema))}::pg_catalog.regnamespace)")
    else:
        catalog, oid = "pg_class", f"to_regclass({literal(object_name(obj))})"
    names = ", ".join(f"ARRAY[{literal(u.schema)}, {literal(u.name)}]" for u in users)
    return (
        "EXISTS (SELECT FROM pg_catalog.pg_depend AS d,"
        " pg_catalog.pg_identify_object_as_address(d.classid, d.objid, d.objsubid) AS a"
        f" WHERE d.refclassid = {literal(catalog)}::regclass AND d.refobjid = {oid} AND d.deptype = 'n'"
        f" AND a.object_names[1:2] IN ({names}))"
    )


@render_operation.register(AddColumn)
def _add_column(op: AddColumn, ctx: RenderContext) -> list[str]:
    table = _table(op.table)
    return [f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column_definition(op.column)};"] + column_settings(
        table, None, op.column,
    ) + identity_default_revokes(op.table, op.column.name, _default_grantees(op.identity_default_grants, ctx))


@render_operation.register(SetIndexStatistics)
def _index_statistics(op: SetIndexStatistics, ctx: RenderContext) -> list[str]:
    return index_statistics(op.new, op.old)


@render_operation.register(RenamePartitionIndexes)
def _rename_partition_indexes(op: RenamePartitionIndexes, ctx: RenderContext) -> list[str]:
    return partition_index_renames(op.renames)


@render_operation.register(SetPartitionIndexTablespaces)
def _partition_index_tablespaces(op: SetPartitionIndexTablespaces, ctx: RenderContext) -> list[str]:
    return partition_index_tablespaces(op.index, op.partitions)


@render_operation.register(DropInheritance)
def _drop_inheritance(op: DropInheritance, ctx: RenderContext) -> list[str]:
    inherits = (
        "EXISTS (SELECT FROM pg_catalog.pg_inherits WHERE inhrelid = "
        f"to_regclass({literal(_table(op.table))}) AND inhparent = to_regclass({literal(_table(op.parent))}))"
    )
    return [guarded(inherits, f"ALTER TABLE {_table(op.table)} NO INHERIT {_table(op.parent)};")]


@render_operation.register(SetTableType)
def _set_table_type(op: SetTableType, ctx: RenderContext) -> list[str]:
    if op.of_type is not None:  # run again, OF the same type changes nothing
        return [f"ALTER TABLE {_table(op.table)} OF {qualified(op.of_type.schema, op.of_type.name)};"]
    typed = f"(SELECT reloftype <> 0 FROM pg_catalog.pg_class WHERE oid = to_regclass({literal(_table(op.table))}))"
    return [guarded(typed, f"ALTER TABLE {_table(op.table)} NOT OF;")]


@render_operation.register(SetAccessMethod)
def _set_access_method(op: SetAccessMethod, ctx: RenderContext) -> list[str]:
    kind = "MATERIALIZED VIEW" if op.materialized else "TABLE"
    return [f"ALTER {kind} {_table(op.relation)} SET ACCESS METHOD {ident(op.access_method or 'heap')};"]


@render_operation.register(SetTablespace)
def _set_tablespace(op: SetTablespace, ctx: RenderContext) -> list[str]:
    head = f"ALTER {op.kind.upper()} {_table(op.relation)} SET TABLESPACE "
    if op.tablespace is not None:
        return [head + ident(op.tablespace) + ";"]
    # The database's default, whichever it is (SET TABLESPACE to it stores 0, as left out).
    default = (
        "(SELECT t.spcname FROM pg_catalog.pg_database AS d JOIN pg_catalog.pg_tablespace AS t "
        "ON t.oid = d.dattablespace WHERE d.datname = current_database())"
    )
    body = f"\nBEGIN\n  EXECUTE {literal(head)} || quote_ident({default});\nEND\n"
    return [f"DO {dollar_quote(body, 'do')};"]


@render_operation.register(SetLogged)
def _set_logged(op: SetLogged, ctx: RenderContext) -> list[str]:
    return [f"ALTER TABLE {_table(op.table)} SET {'UNLOGGED' if op.unlogged else 'LOGGED'};"]


@render_operation.register(LeavePublication)
def _leave_publication(op: LeavePublication, ctx: RenderContext) -> list[str]:
    listed = (
        "EXISTS (SELECT FROM pg_catalog.pg_publication_rel AS r JOIN pg_catalog.pg_publication AS p ON p.oid = r.prpubid "
        f"WHERE p.pubname = {literal(op.publication)} AND r.prrelid = to_regclass({literal(_table(op.table))}))"
    )
    return [guarded(listed, f"ALTER PUBLICATION {ident(op.publication)} DROP TABLE ONLY {_table(op.table)};")]


@render_operation.register(SetSequenceLogged)
def _set_sequence_logged(op: SetSequenceLogged, ctx: RenderContext) -> list[str]:
    persistence = f"SET {'UNLOGGED' if op.unlogged else 'LOGGED'}"
    if isinstance(op.sequence, IdentitySequence):
        return [on_identity_sequence(op.sequence, "ALTER", persistence)]
    return [f"ALTER SEQUENCE {_table(op.sequence)} {persistence};"]


@render_operation.register(SetReplicaIdentity)
@render_operation.register(ReleaseReplicaIdentity)
def _replica_identity(op: SetReplicaIdentity, ctx: RenderContext) -> list[str]:
    return [replica_identity(op.table)]


@render_operation.register(SetClusterOn)
def _cluster_on(op: SetClusterOn, ctx: RenderContext) -> list[str]:
    return [cluster_on(op.relation)]


@render_operation.register(DropColumn)
def _drop_column(op: DropColumn, ctx: RenderContext) -> list[str]:
    return [f"ALTER TABLE {_table(op.table)} DROP COLUMN IF EXISTS {ident(op.column.name)};"]


@render_operation.register(AlterColumn)
@render_operation.register(ColumnToText)
def _alter_column(op: AlterColumn, ctx: RenderContext) -> list[str]:
    # (An identity given to the column brings a sequence, which default privileges reach.)
    grantees = _default_grantees(getattr(op, "identity_default_grants", ()), ctx)
    return alter_column(op) + identity_default_revokes(op.table, op.new.name, grantees)


def alter_column(op: AlterColumn, using: str | None = None) -> list[str]:
    """Return the statements of a column change; `using` converts the values (default:
    a cast to the new type, through `op.retype_via` when set)."""
    table, old, new = _table(op.table), op.old, op.new
    column = ident(new.name)
    prefix = f"ALTER TABLE {table} ALTER COLUMN {column}"
    # (A column that only stops being generated loses its expression by DropDefault.)
    if old.generated != new.generated:
        # PostgreSQL 15 cannot change a generation expression: the column is rebuilt, once
        # (a second run would drop it under what the first one built on it).
        rebuild = (
            f"ALTER TABLE {table} DROP COLUMN IF EXISTS {column};\n"
            f"    ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column_definition(new)};"
        )
        rebuilt = guarded_as_inspected("NOT " + _column_is(op.table, new), rebuild)
        return [rebuilt] + column_settings(table, None, new)
    statements = []
    retyped = op.retypes
    default_changes = old.default != new.default or retyped
    # Order matters: a default and an identity cannot coexist, and the old default may
    # not cast to the new type.
    if old.default is not None and default_changes:
        statements.append(f"{prefix} DROP DEFAULT;")
    if old.identity is not None and new.identity is None:
        statements.append(f"{prefix} DROP IDENTITY IF EXISTS;")
    if retyped:
        collate = f" COLLATE {collation_name(new.collation)}" if new.collation else ""
        via = f"::{op.retype_via}" if op.retype_via else ""
        using = using or f"{column}{via}::{new.type}"
        # Once: after the first run, what it built on the column (a view, a policy) would
        # make PostgreSQL refuse the same change again.
        retype = f"{prefix} TYPE {new.type}{collate} USING {using};"
        statements.append(guarded_as_inspected("NOT " + _column_is(op.table, new), retype))
    # ADD IDENTITY needs NOT NULL first; DROP NOT NULL needs the identity gone (above).
    if old.nullable and not new.nullable:
        statements.append(f"{prefix} SET NOT NULL;")
    if new.identity is not None and old.identity != new.identity:
        statements += _identity_change(op, prefix)
    if old.identity is not None and new.identity is not None and old.identity_options != new.identity_options:
        statements.append(f"{prefix} {_identity_option_changes(new)};")
    if new.default is not None and default_changes:
        statements.append(f"{prefix} SET DEFAULT {new.default};")
    if new.nullable and not old.nullable:
        statements.append(f"{prefix} DROP NOT NULL;")
    if retyped:  # ALTER TYPE gives the column its new type's storage and the default compression
        old = replace(old, storage=None, compression=None)  # (on every partition too)
    return statements + column_settings(table, old, new)


def _column_is(table, column: Column) -> str:
    """Return a condition: the table's column has the type and collation of `column` (and
    its generation expression), as the inspection prints them (see guarded_as_inspected)."""
    generated = "a.attgenerated = ''"
    if column.generated is not None:
        generated = (
            "a.attgenerated = 's' AND (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid)"
            " FROM pg_catalog.pg_attrdef AS d WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum)"
            f" = {literal(column.generated)}"
        )
    return attribute_is(f"to_regclass({literal(_table(table))})", column, generated)


def attribute_is(relation_sql: str, attribute, generated: str = "a.attgenerated = ''") -> str:
    """Return a condition: the relation's attribute (a table's column, a composite type's
    attribute) has the type and collation of `attribute`, as the inspection prints them."""
    collation = "t.typcollation"
    if attribute.collation:
        collation = f"to_regcollation({literal(collation_name(attribute.collation))})"
    return (
        "EXISTS (SELECT FROM pg_catalog.pg_attribute AS a JOIN pg_catalog.pg_type AS t ON t.oid = a.atttypid"
        f" WHERE a.attrelid = {relation_sql} AND a.attname = {literal(attribute.name)}"
        f" AND NOT a.attisdropped AND pg_catalog.format_type(a.atttypid, a.atttypmod) = {literal(attribute.type)}"
        f" AND a.attcollation = {collation} AND {generated})"
    )


def _identity_change(op: AlterColumn, prefix: str) -> list[str]:
    old, new = op.old, op.new
    if old.identity is not None:
        return [f"{prefix} SET GENERATED {new.identity.upper()};"]
    condition = (
        "NOT EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = "
        f"{literal(_table(op.table))}::regclass AND attname = {literal(new.name)} AND attidentity <> '')"
    )
    return [guarded(condition, f"{prefix} ADD GENERATED {new.identity.upper()} AS IDENTITY{identity_options(new)};")]


def _identity_option_changes(column: Column) -> str:
    """Return every option of the identity sequence, set: each may have gone back to its default."""
    options = column.identity_options or IdentityOptions()
    low, high, start = options.bounds(column.type)
    return " ".join([
        f"SET INCREMENT BY {options.increment}",
        f"SET MINVALUE {low}" if options.min_value is not None else "SET NO MINVALUE",
        f"SET MAXVALUE {high}" if options.max_value is not None else "SET NO MAXVALUE",
        f"SET START WITH {start}", f"SET CACHE {options.cache}", "SET CYCLE" if options.cycle else "SET NO CYCLE",
    ])


@render_operation.register(DropDefault)
def _drop_default(op: DropDefault, ctx: RenderContext) -> list[str]:
    prefix = f"ALTER TABLE {_table(op.table)} ALTER COLUMN {ident(op.column.name)}"
    if op.identity:
        return [f"{prefix} DROP IDENTITY IF EXISTS;"]
    if op.expression:
        return [f"{prefix} DROP EXPRESSION IF EXISTS;"]  # the stored values stay, as plain data
    # Guarded: once the plan ran, the column may be an identity column, where DROP DEFAULT fails.
    has_default = (
        "EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = "
        f"{literal(_table(op.table))}::regclass AND attname = {literal(op.column.name)} AND atthasdef)"
    )
    return [guarded(has_default, f"{prefix} DROP DEFAULT;")]


@render_operation.register(AddConstraint)
def _add_constraint(op: AddConstraint, ctx: RenderContext) -> list[str]:
    return [add_constraint(op.table, op.constraint, op.not_valid and getattr(op.constraint, "valid", True))]


@render_operation.register(ValidateConstraint)
def _validate(op: ValidateConstraint, ctx: RenderContext) -> list[str]:
    condition = constraint_exists(op.table, op.name, also=" AND NOT convalidated")
    return [guarded(condition, f"ALTER TABLE {_table(op.table)} VALIDATE CONSTRAINT {ident(op.name)};")]


@render_operation.register(AddNotNullCheck)
def _add_not_null_check(op: AddNotNullCheck, ctx: RenderContext) -> list[str]:
    nullable = (
        "EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = "
        f"{literal(_table(op.table))}::regclass AND attname = {literal(op.column)} AND NOT attnotnull)"
    )
    statement = (
        f"ALTER TABLE {_table(op.table)} ADD CONSTRAINT {ident(op.check)} "
        f"CHECK ({ident(op.column)} IS NOT NULL) NOT VALID;"
    )
    return [guarded(f"{nullable} AND NOT {constraint_exists(op.table, op.check)}", statement)]


@render_operation.register(ValidateNotNull)
def _validate_not_null(op: ValidateNotNull, ctx: RenderContext) -> list[str]:
    table = _table(op.table)
    return _validate(ValidateConstraint(op.node, op.table, op.check), ctx) + [
        f"ALTER TABLE {table} ALTER COLUMN {ident(op.column)} SET NOT NULL;",
        f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {ident(op.check)};",
    ]


@render_operation.register(CreateIndexConcurrently)
def _create_index_concurrently(op: CreateIndexConcurrently, ctx: RenderContext) -> list[str]:
    index = op.index
    if op.on != index.table_key:  # a part, built in the tablespace the index gives it there
        index = replace(index, tablespace=index.partition_tablespace(op.on.name))
    statements = [index_statement(index, name=op.name, on=op.on, concurrently=True)]
    if op.on == op.index.table_key:
        statements += index_statistics(op.index)
    if op.on == op.index.table_key and op.index.comment is not None:
        statements.append(f"COMMENT ON INDEX {qualified(op.index.schema, op.index.name)} IS {literal(op.index.comment)};")
    return statements


@render_operation.register(AttachPartitionIndexes)
def _attach_indexes(op: AttachPartitionIndexes, ctx: RenderContext) -> list[str]:
    index = op.index
    parent = qualified(index.schema, index.name)
    statements = [index_statement(index, only=True)]
    # Attaching an index that is already attached to this parent does nothing.
    statements += [f"ALTER INDEX {parent} ATTACH PARTITION {qualified(index.schema, child)};" for child in op.children]
    statements += index_statistics(index)
    if index.comment is not None:
        statements.append(f"COMMENT ON INDEX {parent} IS {literal(index.comment)};")
    return statements


@render_operation.register(DropIndexConcurrently)
def _drop_index_concurrently(op: DropIndexConcurrently, ctx: RenderContext) -> list[str]:
    return [f"DROP INDEX CONCURRENTLY IF EXISTS {qualified(op.index.schema, op.index.name)};"]


@render_operation.register(DropConstraint)
def _drop_constraint(op: DropConstraint, ctx: RenderContext) -> list[str]:
    # IF EXISTS twice: a second run of the plan may find the table dropped after it.
    return [f"ALTER TABLE IF EXISTS {_table(op.table)} DROP CONSTRAINT IF EXISTS {ident(op.constraint.name)};"]


@render_operation.register(SetRowSecurity)
def _row_security(op: SetRowSecurity, ctx: RenderContext) -> list[str]:
    table = _table(op.table)
    statements = []
    if op.enabled != op.was_enabled:
        statements.append(f"ALTER TABLE {table} {'ENABLE' if op.enabled else 'DISABLE'} ROW LEVEL SECURITY;")
    if op.forced != op.was_forced:
        statements.append(f"ALTER TABLE {table} {'FORCE' if op.forced else 'NO FORCE'} ROW LEVEL SECURITY;")
    return statements


def _is_attached(partition: Table) -> str:
    return (
        "EXISTS (SELECT FROM pg_catalog.pg_inherits WHERE inhrelid = "
        f"to_regclass({literal(qualified(partition.schema, partition.name))}))"
    )


@render_operation.register(AttachPartition)
def _attach(op: AttachPartition, ctx: RenderContext) -> list[str]:
    p = op.partition
    statement = (
        f"ALTER TABLE {_table(p.partition_of)} ATTACH PARTITION {qualified(p.schema, p.name)} {p.partition_bound};"
    )
    return [guarded("NOT " + _is_attached(p), statement)]


@render_operation.register(SetPartitionCompression)
def _partition_compression(op: SetPartitionCompression, ctx: RenderContext) -> list[str]:
    return [partition_compression(op.table, op.column, op.compression)]


@render_operation.register(SetPartitionStorage)
def _partition_storage(op: SetPartitionStorage, ctx: RenderContext) -> list[str]:
    return [partition_storage(op.table, op.column, op.storage)]


@render_operation.register(SetPartitionStatistics)
def _partition_statistics(op: SetPartitionStatistics, ctx: RenderContext) -> list[str]:
    return [partition_statistics(op.table, op.column, op.target)]


@render_operation.register(SetPartitionDefault)
def _partition_default(op: SetPartitionDefault, ctx: RenderContext) -> list[str]:
    return [partition_default(op.table, op.column, op.default)]


@render_operation.register(SetPartitionNotNull)
def _partition_not_null(op: SetPartitionNotNull, ctx: RenderContext) -> list[str]:
    return [partition_not_null(op.table, op.column, op.not_null)]


@render_operation.register(DetachPartition)
def _detach(op: DetachPartition, ctx: RenderContext) -> list[str]:
    p = op.partition
    statement = f"ALTER TABLE {_table(p.partition_of)} DETACH PARTITION {qualified(p.schema, p.name)};"
    return [guarded(_is_attached(p), statement)]


@render_operation.register(AlterPolicy)
def _alter_policy(op: AlterPolicy, ctx: RenderContext) -> list[str]:
    new = op.new
    sql = f"ALTER POLICY {ident(new.name)} ON {qualified(new.schema, new.table)}"
    sql += f"\n  TO {', '.join(grantee(r) for r in new.roles)}"
    if new.using is not None:
        sql += f"\n  USING ({new.using})"
    if new.with_check is not None:
        sql += f"\n  WITH CHECK ({new.with_check})"
    return [sql + ";"]


@render_operation.register(SetComment)
def _comment(op: SetComment, ctx: RenderContext) -> list[str]:
    target = object_name(op.obj)
    kind = comment_kind(op.obj)
    if op.column is not None:
        kind, target = "COLUMN", f"{target}.{ident(op.column)}"
    if op.constraint is not None and isinstance(op.obj, Domain):
        kind, target = "CONSTRAINT", domain_constraint(op.obj, op.constraint)
    elif op.constraint is not None:
        kind, target = "CONSTRAINT", f"{ident(op.constraint)} ON {target}"
    return [f"COMMENT ON {kind} {target} IS {literal(op.comment)};"]


@render_operation.register(SetTriggerState)
def _trigger_state(op: SetTriggerState, ctx: RenderContext) -> list[str]:
    return trigger_state(op.trigger, changed=True)


@render_operation.register(SetStorageParameters)
def _storage_parameters(op: SetStorageParameters, ctx: RenderContext) -> list[str]:
    # SET keeps the others where they are and appends: resetting them all first gives
    # reloptions (and pg_dump) the new order exactly.
    head = f"ALTER {comment_kind(op.obj)} {object_name(op.obj)}"
    statements = [f"{head} RESET ({', '.join(storage_parameter_name(n) for n, _ in op.old)});"] if op.old else []
    if op.new:
        statements.append(f"{head} SET ({storage_parameters(op.new, getattr(op.obj, 'option_order', ()))});")
    return statements


@render_operation.register(SetViewColumnDefault)
def _view_column_default(op: SetViewColumnDefault, ctx: RenderContext) -> list[str]:
    return [view_column_default(op.view, op.column, op.default)]


@render_operation.register(SetForeignOptions)
def _foreign_options(op: SetForeignOptions, ctx: RenderContext) -> list[str]:
    current = f"SELECT ftoptions FROM pg_catalog.pg_foreign_table WHERE ftrelid = {literal(_table(op.table))}::regclass"
    return [alter_fdw_options(f"ALTER FOREIGN TABLE {_table(op.table)}", current, op.old, op.new)]


@render_operation.register(GrantPrivileges)
def _grant(op: GrantPrivileges, ctx: RenderContext) -> list[str]:
    if isinstance(op.obj, DefaultPrivileges):
        return [default_privileges_statement(op.obj, op.grant)]
    return [privilege_statement(op.obj, op.grant, op.column)]


@render_operation.register(RevokePrivileges)
def _revoke(op: RevokePrivileges, ctx: RenderContext) -> list[str]:
    if isinstance(op.obj, DefaultPrivileges):
        return [default_privileges_statement(op.obj, op.grant, revoke=True)]
    return [privilege_statement(op.obj, op.grant, op.column, revoke=True)]


@render_operation.register(ScheduleJob)
def _schedule(op: ScheduleJob, ctx: RenderContext) -> list[str]:
    return create_cron_job(op.job, ctx)


def _unschedule(job: CronJob, keep: int = 0) -> list[str]:
    if job.name is None:
        return [unschedule_unnamed(job, keep)]
    # Selecting the job first makes this a no-op when it is already gone.
    return [
        "SELECT cron.unschedule(jobid) FROM cron.job "
        f"WHERE jobname = {literal(job.name)} AND database = {job_database(job)};"
    ]


@render_operation.register(UnscheduleJob)
def _unschedule_op(op: UnscheduleJob, ctx: RenderContext) -> list[str]:
    return _unschedule(op.job, op.keep)


@render_operation.register(RenameObject)
def _rename(op: RenameObject, ctx: RenderContext) -> list[str]:
    # Guarded both ways, so running the plan again (old name gone) does nothing.
    r = op.rename
    if r.kind in ("table", "index"):
        old, new = literal(qualified(r.schema, r.old)), literal(qualified(r.schema, r.new))
        keyword = "TABLE" if r.kind == "table" else "INDEX"
        condition = f"to_regclass({old}) IS NOT NULL AND to_regclass({new}) IS NULL"
        return [guarded(condition, f"ALTER {keyword} {qualified(r.schema, r.old)} RENAME TO {ident(r.new)};")]
    if r.kind == "enum label":
        return enum_label_rename(r.schema, r.table, r.old, r.new)
    table = qualified(r.schema, r.table)
    if r.kind == "column":
        exists = "EXISTS (SELECT FROM pg_catalog.pg_attribute WHERE attrelid = {t}::regclass AND attname = {n} AND NOT attisdropped)"
        statement = f"ALTER TABLE {table} RENAME COLUMN {ident(r.old)} TO {ident(r.new)};"
    elif r.kind == "constraint":
        exists = "EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = {t}::regclass AND conname = {n})"
        statement = f"ALTER TABLE {table} RENAME CONSTRAINT {ident(r.old)} TO {ident(r.new)};"
    else:
        exists = "EXISTS (SELECT FROM pg_catalog.pg_policy WHERE polrelid = {t}::regclass AND polname = {n})"
        statement = f"ALTER POLICY {ident(r.old)} ON {table} RENAME TO {ident(r.new)};"
    t = literal(table)
    condition = exists.format(t=t, n=literal(r.old)) + " AND NOT " + exists.format(t=t, n=literal(r.new))
    return [guarded(condition, statement)]


@render_operation.register(RunPartitionMaintenance)
def _maintain(op: RunPartitionMaintenance, ctx: RenderContext) -> list[str]:
    return [f"SELECT count(*) AS partitions_changed FROM {qualified(op.function.schema, op.function.name)}();"]


# The operations on user-defined types register themselves; they render label renames
# and use alter_column.
from .type_changes import enum_label_rename  # noqa: E402
