"""Schemas, extensions, sequences, policies, pg_cron jobs and roles from catalog rows."""

from __future__ import annotations

from ..model.tables import INTEGER_BOUNDS
from ..model import CronJob, Extension, ExtensionMember, Policy, QualifiedName, Role, Schema, Sequence
from ..model.cluster import merge_unnamed_jobs
from . import acl
from .notes import Notes
from .owners import Owners

POLICY_COMMANDS = {"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}


def build_schemas(rows, owners: Owners) -> list[Schema]:
    schemas = []
    for r in rows:
        schemas.append(Schema(r["name"], r["comment"], acl.grants(r["grants"]), acl.own_privileges(r)))
        owners.add(schemas[-1], r["owner"])
    return schemas


def build_extensions(rows) -> list[Extension]:
    extensions = []
    for r in rows:
        members = []
        for m in r["members"] or ():
            grants, initial = acl.grants(m["grants"]), acl.grants(m["initial"])
            if grants != initial:  # not just another order, grantor or owner's privilege
                members.append(ExtensionMember(m["kind"], m["name"], grants, initial, column=m["column"]))
        # An extension's comment is its control file's unless changed; '' when removed.
        comment = None if r["comment"] == r["default_comment"] else (r["comment"] or "")
        extensions.append(Extension(
            r["name"], r["schema"], r["version"], members=tuple(sorted(members, key=lambda m: m.key)),
            comment=comment, default_comment=r["default_comment"],
            relocatable=r["relocatable"], update_targets=tuple(r["update_targets"] or ()),
            types=tuple(r["types"] or ()),
        ))
    return extensions


def build_sequences(rows, notes: Notes, owners: Owners) -> list[Sequence]:
    sequences = []
    for row in rows:
        low, high = INTEGER_BOUNDS[row["data_type"]]
        ascending = row["increment"] > 0
        default_min, default_max = (1, high) if ascending else (low, -1)
        # START defaults to the sequence's own minimum (ascending) or maximum (descending).
        default_start = row["min_value"] if ascending else row["max_value"]
        owned_by = None
        if row["owner_table"] is not None:
            if row["owner_schema"] == row["schema"]:
                owned_by = (row["owner_table"], row["owner_column"])
            else:
                notes.unsupported(
                    "sequence owned by a column of another schema",
                    f"{QualifiedName(row['schema'], row['name'])} OWNED BY "
                    f"{QualifiedName(row['owner_schema'], row['owner_table'])}.{row['owner_column']}",
                )
        sequences.append(Sequence(
            schema=row["schema"], name=row["name"], data_type=row["data_type"],
            start=None if row["start"] == default_start else row["start"],
            increment=row["increment"],
            min_value=None if row["min_value"] == default_min else row["min_value"],
            max_value=None if row["max_value"] == default_max else row["max_value"],
            cache=row["cache"], cycle=row["cycle"], unlogged=row["relpersistence"] == "u", owned_by=owned_by, comment=row["comment"],
            grants=acl.grants(row["grants"]), own_privileges=acl.own_privileges(row),
        ))
        if owned_by is None:  # else ALTER TABLE ... OWNER TO takes it along (model/owners.py)
            owners.add(sequences[-1], row["owner"])
    return sequences


def build_policies(rows) -> list[Policy]:
    return [
        Policy(
            schema=r["schema"], table=r["table"], name=r["name"], command=POLICY_COMMANDS[r["polcmd"]],
            permissive=r["permissive"], roles=tuple(sorted(r["roles"])), using=r["using"],
            with_check=r["with_check"], comment=r["comment"],
        )
        for r in rows
    ]


def build_cron_jobs(rows) -> list[CronJob]:
    # An unnamed job (`cron.schedule(schedule, command)`) is known by what it does.
    return merge_unnamed_jobs(CronJob(row["name"], row["schedule"], row["command"], row["database"]) for row in rows)


def build_roles(rows) -> list[Role]:
    return [Role(**r) for r in rows]  # the query's columns are the model's fields


def build_unsupported(rows, notes: Notes) -> None:
    for row in rows:
        notes.unsupported(row["kind"], row["name"])
