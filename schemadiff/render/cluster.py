"""Roles, schemas, extensions, sequences, policies and pg_cron jobs."""

from __future__ import annotations

from dataclasses import replace

from ..model import CronJob, Extension, ExtensionMember, Policy, Role, Schema, Sequence
from ..model.cluster import default_schema_comment
from ..quote import dollar_quote, ident, literal, qualified
from .common import RenderContext, comment_statement, grant_statements, grantee, guarded
from .create import create
from .owners import own_privilege_statements
from .references import grant_target


# The attributes CREATE ROLE gives when set (NOLOGIN and INHERIT are the defaults).
_ROLE_OPTIONS = (
    ("superuser", "SUPERUSER"), ("create_db", "CREATEDB"), ("create_role", "CREATEROLE"),
    ("replication", "REPLICATION"), ("bypass_rls", "BYPASSRLS"),
)


@create.register(Role)
def create_role(role: Role, ctx: RenderContext) -> list[str]:
    options = ["LOGIN" if role.login else "NOLOGIN"]
    options += [keyword for field, keyword in _ROLE_OPTIONS if getattr(role, field)]
    if not role.inherit:
        options.append("NOINHERIT")
    condition = f"NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {literal(role.name)})"
    statements = [guarded(condition, f"CREATE ROLE {ident(role.name)} {' '.join(options)};")]
    return statements + comment_statement("ROLE", ident(role.name), role.comment)


@create.register(Schema)
def create_schema(schema: Schema, ctx: RenderContext) -> list[str]:
    name = ident(schema.name)
    statements = [f"CREATE SCHEMA IF NOT EXISTS {name};"]
    # A schema every new database has (public) comes with a comment and grants: the comment
    # is changed only when the spec's differs (null: removed), the grants revoked first, so
    # that the spec's are the complete set there too (the shadow starts from such a database).
    # So do the default privileges ON SCHEMAS, when there are some.
    if not schema.preexisting:
        statements += comment_statement("SCHEMA", name, schema.comment)
    elif schema.comment != default_schema_comment(schema.name):
        statements.append(f"COMMENT ON SCHEMA {name} IS {literal(schema.comment)};")
    revoke = schema.preexisting or bool(ctx.default_grantees)
    if schema.grants or revoke:
        statements += grant_statements(grant_target(schema), schema.grants, ctx, revoke_first=revoke)
    return statements + own_privilege_statements(schema)


@create.register(Extension)
def create_extension(ext: Extension, ctx: RenderContext) -> list[str]:
    sql = f"CREATE EXTENSION IF NOT EXISTS {ident(ext.name)}"
    if ext.schema:
        sql += f" WITH SCHEMA {ident(ext.schema)}"
    if ext.version:
        sql += f" VERSION {literal(ext.version)}"
    statements = [sql + ";", *comment_statement("EXTENSION", ident(ext.name), ext.comment)]
    for member in ext.members:
        statements += member_grant_statements(member, ctx)
    return statements


def alter_extension(old: Extension, new: Extension, members, reverted, ctx: RenderContext) -> list[str]:
    """Return ALTER EXTENSION UPDATE TO, then SET SCHEMA, then the members' complete grants
    (see diff.operations.AlterExtension). Run a second time, all do nothing: PostgreSQL
    only notes the version already installed, and leaves an extension already in the
    schema where it is."""
    statements = []
    if old.version != new.version:
        statements.append(f"ALTER EXTENSION {ident(new.name)} UPDATE TO {literal(new.version)};")
    if old.schema != new.schema:
        statements.append(f"ALTER EXTENSION {ident(new.name)} SET SCHEMA {ident(new.schema)};")
    for member in members:
        statements += member_grant_statements(member, ctx)
    for member in reverted:
        found = f"{_LOOKUP[member.kind]}({literal(member.name)}) IS NOT NULL"
        statements.append(guarded(found, "\n    ".join(member_grant_statements(member, ctx))))
    return statements


# How a member's printed name is looked up without an error when it is gone.
_LOOKUP = {"function": "to_regprocedure", "procedure": "to_regprocedure", "table": "to_regclass",
           "sequence": "to_regclass", "type": "to_regtype"}


def member_grant_statements(member: ExtensionMember, ctx: RenderContext) -> list[str]:
    """Return the statements that give a member of a new extension its complete grants:
    revoked first from PUBLIC, every role the spec knows and those the extension's script
    granted to (when known), as on any object created with grants."""
    revoked = sorted({g.grantee for g in member.initial or ()} - {"PUBLIC", *ctx.known_roles})
    ctx = replace(ctx, known_roles=(*ctx.known_roles, *revoked))
    return grant_statements(grant_target(member), member.grants, ctx, column=member.column)


def sequence_options(seq: Sequence, *, start_always: bool = False) -> str:
    """Return the options CREATE and ALTER SEQUENCE share, every one spelled out.

    No start means the minimum (ascending) or maximum (descending): CREATE does that by
    itself, ALTER keeps the old start unless told, so it is told (`start_always`)."""
    parts = [f"AS {seq.data_type}", f"INCREMENT BY {seq.increment}"]
    parts.append(f"MINVALUE {seq.min_value}" if seq.min_value is not None else "NO MINVALUE")
    parts.append(f"MAXVALUE {seq.max_value}" if seq.max_value is not None else "NO MAXVALUE")
    start = seq.start
    if start is None and start_always:
        start = (seq.min_value or 1) if seq.increment > 0 else (seq.max_value or -1)
    if start is not None:
        parts.append(f"START WITH {start}")
    parts.append(f"CACHE {seq.cache}")
    parts.append("CYCLE" if seq.cycle else "NO CYCLE")
    return " ".join(parts)


@create.register(Sequence)
def create_sequence(seq: Sequence, ctx: RenderContext) -> list[str]:
    name = qualified(seq.schema, seq.name)
    unlogged = "UNLOGGED " if seq.unlogged else ""
    statements = [f"CREATE {unlogged}SEQUENCE IF NOT EXISTS {name} {sequence_options(seq)};"]
    statements += comment_statement("SEQUENCE", name, seq.comment)
    statements += grant_statements(grant_target(seq), seq.grants, ctx)
    return statements + own_privilege_statements(seq)


def alter_sequence(seq: Sequence) -> list[str]:
    """Return ALTER SEQUENCE with every option. The counter stays where it is, unless it
    is outside the new bounds (PostgreSQL refuses those): then it moves to the bound."""
    name = qualified(seq.schema, seq.name)
    statement = f"ALTER SEQUENCE {name} {sequence_options(seq, start_always=True)}"
    bound, outside = (seq.min_value, "<") if seq.increment > 0 else (seq.max_value, ">")
    if bound is None:
        return [statement + ";"]
    condition = f"(SELECT last_value FROM {name}) {outside} {bound}"
    body = f"\nBEGIN\n  IF {condition} THEN\n    {statement} RESTART WITH {bound};\n  ELSE\n    {statement};\n  END IF;\nEND\n"
    return [f"DO {dollar_quote(body, 'do')};"]


def sequence_owner(seq: Sequence) -> list[str]:
    """Return the OWNED BY statement, run once the owning column exists."""
    if seq.owned_by is None:
        return [f"ALTER SEQUENCE {qualified(seq.schema, seq.name)} OWNED BY NONE;"]
    table, column = seq.owned_by
    return [f"ALTER SEQUENCE {qualified(seq.schema, seq.name)} OWNED BY {qualified(seq.schema, table)}.{ident(column)};"]


@create.register(Policy)
def create_policy(policy: Policy, ctx: RenderContext) -> list[str]:
    table = qualified(policy.schema, policy.table)
    name = ident(policy.name)
    sql = f"CREATE POLICY {name} ON {table}\n  AS {'PERMISSIVE' if policy.permissive else 'RESTRICTIVE'}"
    sql += f"\n  FOR {policy.command}\n  TO {', '.join(grantee(r) for r in policy.roles)}"
    if policy.using is not None:
        sql += f"\n  USING ({policy.using})"
    if policy.with_check is not None:
        sql += f"\n  WITH CHECK ({policy.with_check})"
    # Drop and create in the same transaction: the policy always ends up exactly as declared.
    statements = [f"DROP POLICY IF EXISTS {name} ON {table};", sql + ";"]
    return statements + comment_statement("POLICY", f"{name} ON {table}", policy.comment)


@create.register(CronJob)
def create_cron_job(job: CronJob, ctx: RenderContext) -> list[str]:
    if job.name is None:
        return [_schedule_unnamed(job)]
    # cron.schedule with a job name replaces the job of that name: safe to run again.
    if job.database is None:
        return [f"SELECT cron.schedule({literal(job.name)}, {literal(job.schedule)}, {literal(job.command)});"]
    return [
        "SELECT cron.schedule_in_database("
        f"{literal(job.name)}, {literal(job.schedule)}, {literal(job.command)}, {literal(job.database)});"
    ]


def _schedule_unnamed(job: CronJob) -> str:
    """Schedule as many copies of an unnamed job as pg_cron lacks: safe to run again."""
    scheduled = f"cron.schedule({literal(job.schedule)}, {literal(job.command)})"
    if job.database is not None:  # schedule_in_database refuses a NULL name: move the new job there
        scheduled = f"cron.alter_job({scheduled}, database := {literal(job.database)})"
    missing = f"{job.copies} - (SELECT count(*) FROM cron.job WHERE {_same_unnamed_job(job)})"
    return f"SELECT {scheduled} FROM generate_series(1, {missing});"


def unschedule_unnamed(job: CronJob, keep: int = 0) -> str:
    """Unschedule the copies of an unnamed job beyond the first `keep`: safe to run again."""
    extra = f"SELECT jobid FROM cron.job WHERE {_same_unnamed_job(job)}"
    if keep:
        extra += f" ORDER BY jobid OFFSET {int(keep)}"
    return f"SELECT cron.unschedule(jobid) FROM ({extra}) AS extra;"


def job_database(job: CronJob) -> str:
    """Return the SQL value of cron.job's `database` for `job`."""
    return "current_database()" if job.database is None else literal(job.database)


def _same_unnamed_job(job: CronJob) -> str:
    """Return the condition on cron.job's rows that are copies of unnamed `job`."""
    return (f"jobname IS NULL AND schedule = {literal(job.schedule)} AND command = {literal(job.command)}"
            f" AND database = {job_database(job)}")
