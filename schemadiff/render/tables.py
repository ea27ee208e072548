"""Tables (with columns, constraints, partitioning, RLS), indexes and triggers."""

from __future__ import annotations

from dataclasses import replace

from ..model import (
    CheckConstraint, Column, ExclusionConstraint, ForeignKey, Grant, IdentitySequence, Index, MaterializedView, PrimaryKey,
    Table, TableForeignKey, Trigger, UniqueConstraint,
)
from ..quote import dollar_quote, ident, ident_list, literal, qualified
from .common import (
    RenderContext, alter_fdw_options, comment_statement, fdw_options, grant_statements, guarded, storage_parameter_name,
    storage_parameters,
)
from .create import create
from .owners import identity_own_privilege_statements, own_privilege_statements
from .references import collation_name, comment_kind, grant_target, privilege_statement


def identity_options(column: Column) -> str:
    """Return ` (START WITH ... )` for the options of an identity column not at their default."""
    o = column.identity_options
    if o is None:
        return ""
    parts = [] if o.unlogged is None else ["UNLOGGED" if o.unlogged else "LOGGED"]
    parts += [f"INCREMENT BY {o.increment}"] if o.increment != 1 else []
    parts += [f"MINVALUE {o.min_value}"] if o.min_value is not None else []
    parts += [f"MAXVALUE {o.max_value}"] if o.max_value is not None else []
    parts += [f"START WITH {o.start}"] if o.start is not None else []
    parts += [f"CACHE {o.cache}"] if o.cache != 1 else []
    parts += ["CYCLE"] if o.cycle else []
    return f" ({' '.join(parts)})"


def column_definition(column: Column) -> str:
    parts = [ident(column.name), column.type + fdw_options(column.fdw_options)]
    if column.compression:
        parts.append(f"COMPRESSION {ident(column.compression)}")
    if column.collation:
        parts.append(f"COLLATE {collation_name(column.collation)}")
    return " ".join(parts + _column_constraints(column))


def _typed_column(column: Column) -> str | None:
    """Return `name WITH OPTIONS ...` for a typed table's column, None when it has no options
    (its type and collation are the type's; its compression is set after CREATE TABLE)."""
    constraints = _column_constraints(column)
    return f"{ident(column.name)} WITH OPTIONS {' '.join(constraints)}" if constraints else None


def _column_constraints(column: Column) -> list[str]:
    """Return the inline constraints of a column definition: identity, generation, DEFAULT, NOT NULL."""
    parts = []
    if column.identity:
        parts.append(f"GENERATED {column.identity.upper()} AS IDENTITY{identity_options(column)}")
    if column.generated:
        parts.append(f"GENERATED ALWAYS AS ({column.generated}) STORED")
    if column.default is not None:
        parts.append(f"DEFAULT {column.default}")
    if not column.nullable:
        parts.append("NOT NULL")
    return parts


def _constraint_deferral(constraint) -> str:
    return " " + _deferral(constraint.deferrable, constraint.initially_deferred) if constraint.deferrable else ""


def constraint_definition(constraint) -> str:
    """Return `CONSTRAINT name ...` as it appears in CREATE TABLE or ADD CONSTRAINT."""
    head = f"CONSTRAINT {ident(constraint.name)} "
    if isinstance(constraint, PrimaryKey):
        key = f"PRIMARY KEY ({ident_list(constraint.columns)})"
        return head + key + _index_parameters(constraint) + _constraint_deferral(constraint)
    if isinstance(constraint, UniqueConstraint):
        nulls = " NULLS NOT DISTINCT" if constraint.nulls_not_distinct else ""
        key = f"UNIQUE{nulls} ({ident_list(constraint.columns)})"
        return head + key + _index_parameters(constraint) + _constraint_deferral(constraint)
    if isinstance(constraint, CheckConstraint):
        sql = head + f"CHECK ({constraint.expression})" + (" NO INHERIT" if constraint.no_inherit else "")
        return sql + ("" if constraint.valid else " NOT VALID")
    if isinstance(constraint, ForeignKey):
        ref = qualified(constraint.references.schema, constraint.references.name)
        sql = head + f"FOREIGN KEY ({ident_list(constraint.columns)}) REFERENCES {ref} ({ident_list(constraint.referenced_columns)})"
        if constraint.match_full:
            sql += " MATCH FULL"
        if constraint.on_update != "NO ACTION":
            sql += f" ON UPDATE {constraint.on_update}"
        if constraint.on_delete != "NO ACTION":
            sql += f" ON DELETE {constraint.on_delete}"
            sql += f" ({ident_list(constraint.on_delete_columns)})" if constraint.on_delete_columns else ""
        return sql + _constraint_deferral(constraint) + ("" if constraint.valid else " NOT VALID")
    if isinstance(constraint, ExclusionConstraint):
        elements = ", ".join(f"{e.expression} WITH {e.operator}" for e in constraint.elements)
        sql = head + f"EXCLUDE USING {ident(constraint.method)} ({elements})" + _index_parameters(constraint)
        return sql + (f" WHERE ({constraint.where})" if constraint.where else "") + _constraint_deferral(constraint)
    raise TypeError(f"unknown constraint {constraint!r}")


def _index_parameters(constraint) -> str:
    """Return ` INCLUDE (...) WITH (...) USING INDEX TABLESPACE ...` of the index behind a key
    or exclusion constraint."""
    sql = f" INCLUDE ({ident_list(constraint.include)})" if constraint.include else ""
    sql += f" WITH ({storage_parameters(constraint.storage_parameters)})" if constraint.storage_parameters else ""
    return sql + (f" USING INDEX TABLESPACE {ident(constraint.tablespace)}" if constraint.tablespace else "")


def constraint_exists(table_key, name: str, also: str = "") -> str:
    """Return a condition: the table has constraint `name` (and `also` holds for it)."""
    return (
        "EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = "
        f"{literal(qualified(table_key.schema, table_key.name))}::regclass AND conname = {literal(name)}{also})"
    )


def add_constraint(table_key, constraint, not_valid: bool = False) -> str:
    """Return ALTER TABLE ... ADD CONSTRAINT, skipped when the table has it already."""
    statement = f"ALTER TABLE {qualified(table_key.schema, table_key.name)} ADD {constraint_definition(constraint)}"
    return guarded("NOT " + constraint_exists(table_key, constraint.name), statement + (" NOT VALID;" if not_valid else ";"))


@create.register(TableForeignKey)
def create_foreign_key(step: TableForeignKey, ctx: RenderContext) -> list[str]:
    return [add_constraint(step.table, step.constraint)] + constraint_comment(step.table, step.constraint)


def column_settings(table_sql: str, old: Column | None, new: Column) -> list[str]:
    """Return ALTER COLUMN statements for storage, statistics target and attribute options
    (PostgreSQL 15 has no inline syntax for them), from `old` (None: a new column) to `new`.
    ONLY: SET STATISTICS and SET STORAGE recurse to inheritance children and partitions, whose
    settings are each table's own (as pg_dump shows them); PostgreSQL accepts ONLY for all of them."""
    prefix = f"ALTER TABLE ONLY {table_sql} ALTER COLUMN {ident(new.name)}"
    statements = []
    if old is not None and old.fdw_options != new.fdw_options:
        current = (
            f"SELECT attfdwoptions FROM pg_catalog.pg_attribute WHERE attrelid = {literal(table_sql)}::regclass"
            f" AND attname = {literal(new.name)}"
        )
        statements.append(alter_fdw_options(prefix, current, old.fdw_options, new.fdw_options))
    if old is not None and old.compression != new.compression:
        statements.append(f"{prefix} SET COMPRESSION {ident(new.compression) if new.compression else 'default'};")
    if (old.storage if old else None) != new.storage:
        storage = new.storage or new.type_storage
        if storage:
            statements.append(f"{prefix} SET STORAGE {storage.upper()};")
    if (old.statistics if old else None) != new.statistics:
        statements.append(f"{prefix} SET STATISTICS {-1 if new.statistics is None else new.statistics};")
    before = old.options if old else ()
    if before != new.options:
        # All reset, then all set, in order: the order shows in pg_dump.
        if before:
            statements.append(f"{prefix} RESET ({', '.join(storage_parameter_name(name) for name, _ in before)});")
        if new.options:
            statements.append(f"{prefix} SET ({storage_parameters(new.options)});")
    return statements


def partition_compression(table_key, column: str, compression: str) -> str:
    """Return ALTER TABLE ONLY ... SET COMPRESSION for a column CREATE TABLE cannot give it: a
    partition's, a typed table's (ONLY: as pg_dump)."""
    setting = "default" if compression == "default" else ident(compression)
    return f"ALTER TABLE ONLY {qualified(table_key.schema, table_key.name)} ALTER COLUMN {ident(column)} SET COMPRESSION {setting};"


def partition_storage(table_key, column: str, storage: str) -> str:
    """Return ALTER TABLE ONLY ... SET STORAGE for a partition's column (ONLY: as pg_dump;
    a sub-partitioned partition's partitions keep theirs)."""
    return f"ALTER TABLE ONLY {qualified(table_key.schema, table_key.name)} ALTER COLUMN {ident(column)} SET STORAGE {storage.upper()};"


def partition_statistics(table_key, column: str, target: int | None) -> str:
    """Return ALTER TABLE ONLY ... SET STATISTICS for a partition's column (ONLY: as pg_dump;
    each table's target is its own); None: back to default_statistics_target."""
    return (f"ALTER TABLE ONLY {qualified(table_key.schema, table_key.name)} ALTER COLUMN {ident(column)}"
            f" SET STATISTICS {-1 if target is None else target};")


def partition_default(table_key, column: str, default: str | None) -> str:
    """Return ALTER TABLE ONLY ... SET / DROP DEFAULT for a partition's column (ONLY: as pg_dump;
    a sub-partitioned partition's partitions keep theirs)."""
    prefix = f"ALTER TABLE ONLY {qualified(table_key.schema, table_key.name)} ALTER COLUMN {ident(column)}"
    return f"{prefix} DROP DEFAULT;" if default is None else f"{prefix} SET DEFAULT {default};"


def partition_not_null(table_key, column: str, not_null: bool) -> str:
    """Return ALTER TABLE ... SET / DROP NOT NULL for a partition's column. Not ONLY: a
    sub-partitioned partition's partitions must follow (PostgreSQL refuses DROP NOT NULL
    on it alone), and those keeping their own are set again (diff.tables.partition_not_null)."""
    change = "SET" if not_null else "DROP"
    return f"ALTER TABLE {qualified(table_key.schema, table_key.name)} ALTER COLUMN {ident(column)} {change} NOT NULL;"


def replica_identity(table: Table) -> str:
    """Return ALTER TABLE ... REPLICA IDENTITY for the table's setting."""
    if table.replica_identity == "index":
        setting = f"USING INDEX {ident(table.replica_identity_index)}"
    else:
        setting = table.replica_identity.upper()
    return f"ALTER TABLE {qualified(table.schema, table.name)} REPLICA IDENTITY {setting};"


def _foreign_server(table: Table) -> str:
    """Return a foreign table's ` SERVER s OPTIONS (...)` (nothing for other tables)."""
    return f" SERVER {ident(table.server)}{fdw_options(table.foreign_options)}" if table.foreign else ""


def cluster_on(relation) -> str:
    """Return ALTER TABLE (or MATERIALIZED VIEW) ... CLUSTER ON its index, or SET WITHOUT CLUSTER."""
    kind = "MATERIALIZED VIEW" if isinstance(relation, MaterializedView) else "TABLE"
    setting = f"CLUSTER ON {ident(relation.cluster_on)}" if relation.cluster_on else "SET WITHOUT CLUSTER"
    return f"ALTER {kind} {qualified(relation.schema, relation.name)} {setting};"


def _table_options(table: Table) -> str:
    """Return USING access method, WITH (...) and TABLESPACE, as CREATE TABLE takes them after the rest."""
    sql = f" USING {ident(table.access_method)}" if table.access_method else ""
    sql += f" WITH ({storage_parameters(table.storage_parameters)})" if table.storage_parameters else ""
    return sql + (f" TABLESPACE {ident(table.tablespace)}" if table.tablespace else "")


def constraint_comment(table, constraint) -> list[str]:
    """Return COMMENT ON CONSTRAINT for a constraint of `table` (a Table or its key)."""
    target = f"{ident(constraint.name)} ON {qualified(table.schema, table.name)}"
    return comment_statement("CONSTRAINT", target, constraint.comment)


def column_grants(table: Table, column: Column, ctx: RenderContext) -> list[str]:
    """Return GRANT privilege (column) statements, then those on its identity sequence; a new
    column (and sequence) has no privileges to revoke, but those its owner does not keep."""
    statements = grant_statements(grant_target(table), column.grants, ctx, revoke_first=False, column=column.name)
    if column.identity is not None:
        sequence = IdentitySequence(table.key, column.name)
        statements += identity_default_revokes(table.key, column.name, ctx.identity_default_grantees)
        statements += [privilege_statement(sequence, g) for g in column.identity_grants]
    return statements + identity_own_privilege_statements(table, column)


def identity_default_revokes(table_key, column: str, grantees) -> list[str]:
    """Return REVOKE ALL on a new identity sequence from what default privileges gave `grantees`."""
    sequence = IdentitySequence(table_key, column)
    return [privilege_statement(sequence, Grant(g, ("ALL",)), revoke=True) for g in grantees]


def _partition_by(scheme) -> str:
    # An expression key is the catalog's own text (pg_get_partkeydef), or the spec's which the
    # shadow turns into it: it goes in as it is, like a CHECK's expression.
    key = scheme.expression if scheme.expression is not None else ident_list(scheme.key)
    return f" PARTITION BY {scheme.strategy.upper()} ({key})"


@create.register(Table)
def create_table(table: Table, ctx: RenderContext) -> list[str]:
    name = qualified(table.schema, table.name)
    physical = [replica_identity(table)] if table.replica_identity != "default" else []
    kind = comment_kind(table)  # TABLE or FOREIGN TABLE
    extras = comment_statement(kind, name, table.comment)
    extras += [s for c in table.constraints for s in constraint_comment(table, c)]
    # CREATE TABLE silently leaves out a key whose columns an earlier key already has
    # (a UNIQUE beside the PRIMARY KEY on the same columns), and makes every constraint
    # valid (NOT VALID is ignored there): such constraints are added after it.
    inline, later, keys = [], [], set()
    for constraint in table.constraints:
        columns = constraint.columns if isinstance(constraint, (PrimaryKey, UniqueConstraint)) else None
        after = (columns is not None and columns in keys) or not getattr(constraint, "valid", True)
        (later if after else inline).append(constraint)
        if columns is not None:
            keys.add(columns)
    added_later = [add_constraint(table.key, c) for c in later]
    if table.partition_of is not None:
        parent = qualified(table.partition_of.schema, table.partition_of.name)
        sql = f"CREATE {kind} IF NOT EXISTS {name} PARTITION OF {parent}"
        if inline:
            sql += " (\n  " + ",\n  ".join(constraint_definition(c) for c in inline) + "\n)"
        sql += f" {table.partition_bound}"
        if table.partition_by:  # a partition that is partitioned itself
            sql += _partition_by(table.partition_by)
        # It takes its parent's compression, storage, defaults and NOT NULL, which the plan has
        # set first (the parent comes before); then its own. Its statistics targets start at the default.
        own = [partition_compression(table.key, c, m) for c, m in table.column_compression]
        own += [partition_storage(table.key, c, s) for c, s in table.column_storage]
        own += [partition_default(table.key, c, d) for c, d in table.column_defaults]
        own += [partition_not_null(table.key, c, True) for c in table.not_null_columns]
        own += [partition_statistics(table.key, c, n) for c, n in table.column_statistics]
        statements = [sql + _foreign_server(table) + _table_options(table) + ";"] + added_later + own + physical + extras
        return statements + grant_statements(grant_target(table), table.grants, ctx) + own_privilege_statements(table)
    unlogged = "UNLOGGED " if table.unlogged else ""
    if table.of_type is not None:
        body = [d for c in table.columns if (d := _typed_column(c))] + [constraint_definition(c) for c in inline]
        sql = f"CREATE {unlogged}{kind} IF NOT EXISTS {name} OF {qualified(table.of_type.schema, table.of_type.name)}"
        sql += " (\n  " + ",\n  ".join(body) + "\n)" if body else ""
        added_later += [partition_compression(table.key, c.name, c.compression) for c in table.columns if c.compression]
    else:
        body = [column_definition(c) for c in table.columns] + [constraint_definition(c) for c in inline]
        sql = f"CREATE {unlogged}{kind} IF NOT EXISTS {name} (\n  " + ",\n  ".join(body) + "\n)"
    if table.inherits:
        sql += f" INHERITS ({', '.join(qualified(p.schema, p.name) for p in table.inherits)})"
    if table.partition_by:
        sql += _partition_by(table.partition_by)
    statements = [sql + _foreign_server(table) + _table_options(table) + ";"] + added_later
    for column in table.columns:
        statements += column_settings(name, None, column)
    # (The settings of the columns it only inherits, where not its first parent's.)
    statements += [partition_compression(table.key, c, m) for c, m in table.column_compression]
    statements += [partition_storage(table.key, c, s) for c, s in table.column_storage]
    statements += [partition_statistics(table.key, c, n) for c, n in table.column_statistics]
    statements += physical
    if table.rls_enabled:
        statements.append(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;")
    if table.rls_forced:
        statements.append(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY;")
    statements += extras
    for column in table.columns:
        statements += comment_statement("COLUMN", f"{name}.{ident(column.name)}", column.comment)
    statements += grant_statements(grant_target(table), table.grants, ctx)
    for column in table.columns:
        statements += column_grants(table, column, ctx)
    return statements + own_privilege_statements(table)


def index_element(element) -> str:
    sql = ident(element.column) if element.column else f"({element.expression})"
    if element.collation:
        sql += f" COLLATE {collation_name(element.collation)}"
    if element.opclass:
        sql += f" {element.opclass}"
    if element.opclass_options:
        sql += f" ({storage_parameters(element.opclass_options)})"
    if element.descending:
        sql += " DESC"
    if element.nulls:
        sql += f" NULLS {element.nulls.upper()}"
    return sql


def index_statement(index: Index, *, name: str | None = None, on=None, concurrently: bool = False,
                    only: bool = False) -> str:
    """Return CREATE INDEX for `index`, optionally under another name, on another table
    (a partition), CONCURRENTLY, or ON ONLY a partitioned parent."""
    target = on or index.table_key
    unique = "UNIQUE " if index.unique else ""
    mode = "CONCURRENTLY " if concurrently else ""
    sql = (
        f"CREATE {unique}INDEX {mode}IF NOT EXISTS {ident(name or index.name)} ON {'ONLY ' if only else ''}"
        f"{qualified(target.schema, target.name)} USING {ident(index.method)} "
        f"({', '.join(index_element(e) for e in index.elements)})"
    )
    if index.include:
        sql += f" INCLUDE ({ident_list(index.include)})"
    if index.nulls_not_distinct:
        sql += " NULLS NOT DISTINCT"
    if index.storage_parameters:
        sql += f" WITH ({storage_parameters(index.storage_parameters)})"
    if index.tablespace:
        sql += f" TABLESPACE {ident(index.tablespace)}"
    if index.where:
        sql += f" WHERE ({index.where})"
    return sql + ";"


@create.register(Index)
def create_index(index: Index, ctx: RenderContext) -> list[str]:
    # Built on a partitioned table, its parts get PostgreSQL's names and the index's
    # tablespace: those named otherwise are renamed, those elsewhere moved.
    chosen = replace(index, partition_names=())
    renames = [(index.schema, chosen.partition_index_name(p), name) for p, name in index.partition_names]
    moves = partition_index_tablespaces(index, [p for p, _ in index.partition_tablespaces])
    return [index_statement(index)] + index_statistics(index) + partition_index_renames(renames) + moves + comment_statement(
        "INDEX", qualified(index.schema, index.name), index.comment,
    )


def partition_index_renames(renames) -> list[str]:
    """Return ALTER INDEX IF EXISTS old RENAME TO new for (schema, old, new) triples."""
    return [f"ALTER INDEX IF EXISTS {qualified(schema, old)} RENAME TO {ident(new)};" for schema, old, new in renames]


def partition_index_tablespaces(index: Index, partitions) -> list[str]:
    """Return a DO block that moves the index's parts on `partitions` (ALTER INDEX ... SET
    TABLESPACE) to the tablespaces it gives them, skipping those already there: a second run
    changes nothing. Each part is found by its partition's name in the index's partition tree,
    whatever it is named by then; a partition not (or no longer) there has none to move."""
    if not partitions:
        return []
    wanted = ", ".join(
        f"({literal(p)}, {literal(t) if (t := index.partition_tablespace(p)) else 'NULL'}::text)" for p in partitions
    )
    # None: the database's default, which SET TABLESPACE names and stores as 0. IS DISTINCT:
    # a tablespace that does not exist leaves no part skipped, ALTER INDEX says so.
    body = f"""
DECLARE
  part regclass;
  target text;
BEGIN
  FOR part, target IN
    SELECT tree.relid, coalesce(want.tablespace, db.spcname)
      FROM pg_catalog.pg_partition_tree(pg_catalog.to_regclass({literal(qualified(index.schema, index.name))})) AS tree
      JOIN pg_catalog.pg_index AS i ON i.indexrelid = tree.relid
      JOIN pg_catalog.pg_class AS t ON t.oid = i.indrelid
      JOIN pg_catalog.pg_class AS c ON c.oid = tree.relid
      JOIN (VALUES {wanted}) AS want(partition, tablespace) ON want.partition = t.relname
     CROSS JOIN (SELECT d.dattablespace, ts.spcname FROM pg_catalog.pg_database AS d
                   JOIN pg_catalog.pg_tablespace AS ts ON ts.oid = d.dattablespace
                  WHERE d.datname = pg_catalog.current_database()) AS db
     WHERE tree.level > 0
       AND coalesce(nullif(c.reltablespace, 0), db.dattablespace) IS DISTINCT FROM
           (SELECT ts.oid FROM pg_catalog.pg_tablespace AS ts WHERE ts.spcname = coalesce(want.tablespace, db.spcname))
     ORDER BY want.partition
  LOOP
    EXECUTE 'ALTER INDEX ' || part::text || ' SET TABLESPACE ' || pg_catalog.quote_ident(target);
  END LOOP;
END
"""
    return [f"DO {dollar_quote(body, 'do')};"]


def index_statistics(index: Index, old: Index | None = None) -> list[str]:
    """Return ALTER INDEX ... ALTER COLUMN n SET STATISTICS for the expression columns whose
    target differs from `old` (None: a new index)."""
    statements = []
    for n, element in enumerate(index.elements, start=1):
        before = old.elements[n - 1].statistics if old is not None else None
        if element.statistics != before:
            target = -1 if element.statistics is None else element.statistics
            statements.append(
                f"ALTER INDEX {qualified(index.schema, index.name)} ALTER COLUMN {n} SET STATISTICS {target};"
            )
    return statements


@create.register(Trigger)
def create_trigger(trigger: Trigger, ctx: RenderContext) -> list[str]:
    events = []
    for event in trigger.events:
        if event == "UPDATE" and trigger.update_columns:
            events.append(f"UPDATE OF {ident_list(trigger.update_columns)}")
        else:
            events.append(event)
    table = qualified(trigger.schema, trigger.table)
    # A constraint trigger cannot be CREATE OR REPLACEd: it is created unless it exists.
    head = "CREATE CONSTRAINT TRIGGER" if trigger.constraint else "CREATE OR REPLACE TRIGGER"
    sql = f"{head} {ident(trigger.name)}\n  {trigger.timing} {' OR '.join(events)} ON {table}"
    if trigger.from_table:
        sql += f"\n  FROM {qualified(trigger.from_table.schema, trigger.from_table.name)}"
    if trigger.constraint:
        sql += "\n  " + _deferral(trigger.deferrable, trigger.initially_deferred)
    transition = [f"{age} TABLE AS {ident(name)}" for age, name in (("OLD", trigger.old_table), ("NEW", trigger.new_table)) if name]
    if transition:
        sql += f"\n  REFERENCING {' '.join(transition)}"
    sql += f"\n  FOR EACH {trigger.for_each}"
    if trigger.when:
        sql += f"\n  WHEN ({trigger.when})"
    arguments = ", ".join(literal(a) for a in trigger.arguments)
    sql += f"\n  EXECUTE FUNCTION {qualified(trigger.function.schema, trigger.function.name)}({arguments});"
    if trigger.constraint:
        exists = (
            "EXISTS (SELECT FROM pg_catalog.pg_trigger WHERE tgrelid = "
            f"{literal(table)}::regclass AND tgname = {literal(trigger.name)})"
        )
        sql = guarded("NOT " + exists, sql)
    statements = [sql] + trigger_state(trigger)
    return statements + comment_statement("TRIGGER", f"{ident(trigger.name)} ON {table}", trigger.comment)


def _deferral(deferrable: bool, initially_deferred: bool) -> str:
    if not deferrable:
        return "NOT DEFERRABLE"
    return "DEFERRABLE INITIALLY " + ("DEFERRED" if initially_deferred else "IMMEDIATE")


TRIGGER_STATE = {"origin": "ENABLE", "disabled": "DISABLE", "replica": "ENABLE REPLICA", "always": "ENABLE ALWAYS"}


def trigger_state(trigger: Trigger, changed: bool = False) -> list[str]:
    """Return the ALTER TABLEs that give the trigger and its partitions' clones their firing
    states (none for the trigger itself when new and firing as created, unless `changed` says
    it fired otherwise before).

    ALTER TABLE on the partitioned table sets every clone to its state too; ALTER TABLE ONLY
    on a partition then sets that clone alone, whatever its depth, so their order is free."""
    statements = []
    if trigger.enabled != "origin" or changed:
        table = qualified(trigger.schema, trigger.table)
        statements.append(f"ALTER TABLE {table} {TRIGGER_STATE[trigger.enabled]} TRIGGER {ident(trigger.name)};")
    for partition, state in trigger.partition_states:
        statements.append(f"ALTER TABLE ONLY {qualified(partition.schema, partition.name)} {TRIGGER_STATE[state]} TRIGGER {ident(trigger.name)};")
    return statements
