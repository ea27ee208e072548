"""Tables (columns, constraints, partitioning, RLS), indexes and triggers from catalog rows."""

from __future__ import annotations

from collections import defaultdict

from ..model import (
    CheckConstraint, Column, ExclusionConstraint, ExclusionElement, ForeignKey, Index, IndexElement,
    PartitionScheme, PrimaryKey, QualifiedName, Table, Trigger, UniqueConstraint,
)
from . import acl, deparse
from .notes import Notes

PARTITION_STRATEGIES = {"r": "range", "l": "list", "h": "hash"}
FK_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}

# pg_trigger.tgtype bits (catalog/pg_trigger.h).
TRIGGER_ROW, TRIGGER_BEFORE, TRIGGER_INSTEAD = 1 << 0, 1 << 1, 1 << 6
TRIGGER_EVENTS = (("INSERT", 1 << 2), ("UPDATE", 1 << 4), ("DELETE", 1 << 3), ("TRUNCATE", 1 << 5))
TRIGGER_ENABLED = {"O": "origin", "D": "disabled", "R": "replica", "A": "always"}


def _name(schema: str, name: str) -> str:
    return str(QualifiedName(schema, name))


def build_tables(relations, columns, constraints, notes: Notes) -> list[Table]:
    """Return one Table per table, partitioned table and partition."""
    columns_of = defaultdict(list)
    for row in columns:
        columns_of[(row["schema"], row["table"])].append(_column(row, notes))
    constraints_of = defaultdict(list)
    for row in constraints:
        where = _name(row["schema"], row["table"])
        if row["relispartition"]:
            notes.unsupported("constraint of a partition", f"{row['name']} on {where}")
            continue
        constraints_of[(row["schema"], row["table"])].append(_constraint(row, where, notes))
    tables = []
    for row in relations:
        key = (row["schema"], row["name"])
        _table_notes(row, notes)
        partition_by = None
        if row["partstrat"]:
            partition_by = PartitionScheme(PARTITION_STRATEGIES[row["partstrat"]], tuple(row["partition_columns"]))
        common = dict(
            schema=row["schema"], name=row["name"], partition_by=partition_by,
            rls_enabled=row["rls_enabled"], rls_forced=row["rls_forced"], comment=row["comment"],
        )
        if row["relispartition"]:
            # A partition's columns and constraints are its parent's; its grants are not kept.
            tables.append(Table(
                columns=(), partition_of=QualifiedName(row["parent_schema"], row["parent_name"]),
                partition_bound=row["partition_bound"], **common,
            ))
        else:
            tables.append(Table(
                columns=tuple(columns_of[key]),
                constraints=tuple(sorted(constraints_of[key], key=lambda c: c.name)),
                grants=acl.grants(row["grants"]), **common,
            ))
    return tables


def _table_notes(row, notes: Notes) -> None:
    name = _name(row["schema"], row["name"])
    if row["relpersistence"] == "u":
        notes.unsupported("unlogged table", name)
    if row["reloptions"]:
        notes.unsupported("storage parameters", f"{', '.join(row['reloptions'])} on {name}")
    if row["typed"]:
        notes.unsupported("typed table", name)
    if row["inherits"]:
        notes.unsupported("table inheritance", f"{name} INHERITS ({', '.join(row['inherits'])})")
    if row["partition_expressions"]:
        notes.unsupported("partition key expression", name)


def _column(row, notes: Notes) -> Column:
    if row["has_column_grants"]:
        notes.unsupported("column privileges", f"{_name(row['schema'], row['table'])}.{row['name']}")
    return Column(
        name=row["name"], type=row["type"], nullable=row["nullable"], default=row["default"],
        identity=row["identity"], generated=row["generated"], collation=_collation(row),
        comment=row["comment"],
    )


def _constraint(row, where: str, notes: Notes):
    name, kind = row["name"], row["contype"]
    label = f"{name} on {where}"
    if not row["convalidated"] and kind not in ("c", "f"):
        notes.unsupported("NOT VALID constraint", label)
    if row["connoinherit"] and kind == "c":  # keys and foreign keys are never inherited anyway
        notes.unsupported("NO INHERIT constraint", label)
    if row["condeferrable"] and kind != "f":
        notes.unsupported("deferrable constraint", label)
    if row["has_include"]:
        notes.unsupported("constraint with INCLUDE columns", label)
    columns = tuple(row["columns"])
    if kind == "p":
        return PrimaryKey(name, columns)
    if kind == "u":
        return UniqueConstraint(name, columns, bool(row["nulls_not_distinct"]))
    if kind == "c":
        return CheckConstraint(name, row["expression"], valid=row["convalidated"])
    if kind == "f":
        if row["confmatchtype"] == "f":
            notes.unsupported("MATCH FULL foreign key", label)
        if row["has_delete_set_columns"]:
            notes.unsupported("ON DELETE SET NULL/DEFAULT with a column list", label)
        return ForeignKey(
            name=name, columns=columns, references=QualifiedName(row["ref_schema"], row["ref_table"]),
            referenced_columns=tuple(row["ref_columns"]),
            on_delete=FK_ACTIONS[row["confdeltype"]], on_update=FK_ACTIONS[row["confupdtype"]],
            deferrable=row["condeferrable"], initially_deferred=row["condeferred"],
            valid=row["convalidated"],
        )
    # Exclusion: each element is a quoted column name or a parenthesised expression.
    elements = tuple(
        ExclusionElement(
            e["text"] if e["is_column"] or deparse.wrapped(e["text"]) else f"({e['text']})",
            e["operator"],
        )
        for e in row["exclusion_elements"]
    )
    return ExclusionConstraint(name, row["method"], elements, row["where"])


def build_indexes(rows, notes: Notes) -> list[Index]:
    indexes = []
    for row in rows:
        label = f"{_name(row['schema'], row['name'])} on {_name(row['schema'], row['table'])}"
        if row["reloptions"]:
            notes.unsupported("index storage parameters", f"{', '.join(row['reloptions'])} of {label}")
        elements = row["elements"]
        keys, included = elements[:row["key_count"]], elements[row["key_count"]:]
        if any(e["has_options"] for e in keys):
            notes.unsupported("operator class parameters", f"in index {label}")
        indexes.append(Index(
            schema=row["schema"], table=row["table"], name=row["name"],
            elements=tuple(_index_element(e) for e in keys),
            unique=row["unique"], method=row["method"], include=tuple(e["column"] for e in included),
            where=row["where"], nulls_not_distinct=row["nulls_not_distinct"], comment=row["comment"],
        ))
    return indexes


def _index_element(e) -> IndexElement:
    descending, nulls_first = e["descending"], e["nulls_first"]
    # The default is NULLS LAST for ascending keys, NULLS FIRST for descending ones.
    nulls = "first" if nulls_first and not descending else "last" if descending and not nulls_first else None
    column = e["column"]
    return IndexElement(
        column=column,
        # pg_get_indexdef parenthesises an expression unless it is a function call; the
        # renderer adds one pair back, so the text PostgreSQL stores is the same.
        expression=None if column is not None else deparse.unwrap(e["text"]),
        opclass=e["opclass"], collation=e["collation"], descending=descending, nulls=nulls,
    )


def build_triggers(rows, notes: Notes) -> list[Trigger]:
    triggers = []
    for row in rows:
        label = f"{row['name']} on {_name(row['schema'], row['table'])}"
        if row["has_from_table"]:
            notes.unsupported("constraint trigger with FROM (a referenced table)", label)
            continue
        tgtype = row["tgtype"]
        timing = "BEFORE" if tgtype & TRIGGER_BEFORE else "INSTEAD OF" if tgtype & TRIGGER_INSTEAD else "AFTER"
        when = None
        if row["has_when"]:
            when = deparse.trigger_when(row["definition"], row["quoted_name"], row["quoted_table"])
        arguments = bytes(row["argument_bytes"]).split(b"\0")[:row["argument_count"]]
        triggers.append(Trigger(
            schema=row["schema"], table=row["table"], name=row["name"], timing=timing,
            events=tuple(event for event, bit in TRIGGER_EVENTS if tgtype & bit),
            function=QualifiedName(row["function_schema"], row["function_name"]),
            for_each="ROW" if tgtype & TRIGGER_ROW else "STATEMENT",
            update_columns=tuple(row["update_columns"]), when=when,
            arguments=tuple(a.decode("utf-8") for a in arguments), constraint=row["is_constraint_trigger"],
            deferrable=row["deferrable"], initially_deferred=row["initially_deferred"],
            old_table=row["old_table"], new_table=row["new_table"], enabled=TRIGGER_ENABLED[row["tgenabled"]],
            comment=row["comment"],
        ))
    return triggers


def _collation(row):
    """A column's collation: a name (pg_catalog's), or a QualifiedName (a user-defined one)."""
    if row["collation"] is not None and row["collation_schema"] is not None:
        return QualifiedName(row["collation_schema"], row["collation"])
    return row["collation"]
