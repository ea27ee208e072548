"""Tables (with columns, constraints, partitioning, RLS), indexes and triggers."""

from __future__ import annotations

from ..model import (
    CheckConstraint, Column, ExclusionConstraint, ForeignKey, Index, PrimaryKey, Table, Trigger,
    UniqueConstraint,
)
from ..quote import ident, ident_list, literal, qualified
from .common import RenderContext, comment_statement, grant_statements, guarded
from .create import create
from .references import collation_name, grant_target


def column_definition(column: Column) -> str:
    parts = [ident(column.name), column.type]
    if column.collation:
        parts.append(f"COLLATE {collation_name(column.collation)}")
    if column.identity:
        parts.append(f"GENERATED {column.identity.upper()} AS IDENTITY")
    if column.generated:
        parts.append(f"GENERATED ALWAYS AS ({column.generated}) STORED")
    if column.default is not None:
        parts.append(f"DEFAULT {column.default}")
    if not column.nullable:
        parts.append("NOT NULL")
    return " ".join(parts)


def constraint_definition(constraint) -> str:
    """Return `CONSTRAINT name ...` as it appears in CREATE TABLE or ADD CONSTRAINT."""
    head = f"CONSTRAINT {ident(constraint.name)} "
    if isinstance(constraint, PrimaryKey):
        return head + f"PRIMARY KEY ({ident_list(constraint.columns)})"
    if isinstance(constraint, UniqueConstraint):
        nulls = " NULLS NOT DISTINCT" if constraint.nulls_not_distinct else ""
        return head + f"UNIQUE{nulls} ({ident_list(constraint.columns)})"
    if isinstance(constraint, CheckConstraint):
        return head + f"CHECK ({constraint.expression})" + ("" if constraint.valid else " NOT VALID")
    if isinstance(constraint, ForeignKey):
        ref = qualified(constraint.references.schema, constraint.references.name)
        sql = head + f"FOREIGN KEY ({ident_list(constraint.columns)}) REFERENCES {ref} ({ident_list(constraint.referenced_columns)})"
        if constraint.on_update != "NO ACTION":
            sql += f" ON UPDATE {constraint.on_update}"
        if constraint.on_delete != "NO ACTION":
            sql += f" ON DELETE {constraint.on_delete}"
        if constraint.deferrable:
            sql += " DEFERRABLE INITIALLY " + ("DEFERRED" if constraint.initially_deferred else "IMMEDIATE")
        return sql + ("" if constraint.valid else " NOT VALID")
    if isinstance(constraint, ExclusionConstraint):
        elements = ", ".join(f"{e.expression} WITH {e.operator}" for e in constraint.elements)
        sql = head + f"EXCLUDE USING {ident(constraint.method)} ({elements})"
        return sql + (f" WHERE ({constraint.where})" if constraint.where else "")
    raise TypeError(f"unknown constraint {constraint!r}")


@create.register(Table)
def create_table(table: Table, ctx: RenderContext) -> list[str]:
    name = qualified(table.schema, table.name)
    if table.partition_of is not None:
        parent = qualified(table.partition_of.schema, table.partition_of.name)
        sql = f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF {parent} {table.partition_bound}"
        if table.partition_by:  # a partition that is partitioned itself
            sql += f" PARTITION BY {table.partition_by.strategy.upper()} ({ident_list(table.partition_by.key)})"
        return [sql + ";"] + comment_statement("TABLE", name, table.comment)
    body = [column_definition(c) for c in table.columns]
    body += [constraint_definition(c) for c in table.constraints]
    sql = f"CREATE TABLE IF NOT EXISTS {name} (\n  " + ",\n  ".join(body) + "\n)"
    if table.partition_by:
        sql += f" PARTITION BY {table.partition_by.strategy.upper()} ({ident_list(table.partition_by.key)})"
    statements = [sql + ";"]
    if table.rls_enabled:
        statements.append(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;")
    if table.rls_forced:
        statements.append(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY;")
    statements += comment_statement("TABLE", name, table.comment)
    for column in table.columns:
        statements += comment_statement("COLUMN", f"{name}.{ident(column.name)}", column.comment)
    statements += grant_statements(grant_target(table), table.grants, ctx)
    return statements


def index_element(element) -> str:
    sql = ident(element.column) if element.column else f"({element.expression})"
    if element.collation:
        sql += f" COLLATE {ident(element.collation)}"
    if element.opclass:
        sql += f" {element.opclass}"
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
        f"{qualified(target.schema, target.name)} USING {index.method} ({', '.join(index_element(e) for e in index.elements)})"
    )
    if index.include:
        sql += f" INCLUDE ({ident_list(index.include)})"
    if index.nulls_not_distinct:
        sql += " NULLS NOT DISTINCT"
    if index.where:
        sql += f" WHERE ({index.where})"
    return sql + ";"


@create.register(Index)
def create_index(index: Index, ctx: RenderContext) -> list[str]:
    return [index_statement(index)] + comment_statement("INDEX", qualified(index.schema, index.name), index.comment)


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
    """Return the ALTER TABLE that gives the trigger its firing state (none for a new
    trigger that fires as created, unless `changed` says it fired otherwise before)."""
    if trigger.enabled == "origin" and not changed:
        return []
    table = qualified(trigger.schema, trigger.table)
    return [f"ALTER TABLE {table} {TRIGGER_STATE[trigger.enabled]} TRIGGER {ident(trigger.name)};"]
