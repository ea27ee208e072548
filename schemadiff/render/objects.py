"""Extended statistics, aggregates, operators, casts and collations.

None of these has CREATE ... IF NOT EXISTS in every form, so creates are guarded by a
catalog check (or use OR REPLACE / IF NOT EXISTS where PostgreSQL has it), keeping a plan
safe to run twice.
"""

from __future__ import annotations

from ..model import Aggregate, Cast, Collation, Operator, Statistics
from ..quote import ident, literal, operator, qualified
from .common import RenderContext, comment_statement, guarded
from .create import create
from .references import aggregate_signature, comment_kind, object_name


def _comment(obj) -> list[str]:
    return comment_statement(comment_kind(obj), object_name(obj), obj.comment)


@create.register(Statistics)
def create_statistics(stats: Statistics, ctx: RenderContext) -> list[str]:
    name = qualified(stats.schema, stats.name)
    kinds = f" ({', '.join(stats.kinds)})" if stats.kinds else ""
    elements = [ident(c) for c in stats.columns] + [f"({e})" for e in stats.expressions]
    table = qualified(stats.table.schema, stats.table.name)
    statements = [f"CREATE STATISTICS IF NOT EXISTS {name}{kinds} ON {', '.join(elements)} FROM {table};"]
    if stats.target is not None:
        statements += alter_statistics(stats)
    return statements + _comment(stats)


def alter_statistics(stats: Statistics) -> list[str]:
    """Set the statistics target, the one property ALTER STATISTICS changes in place."""
    target = -1 if stats.target is None else stats.target
    return [f"ALTER STATISTICS {qualified(stats.schema, stats.name)} SET STATISTICS {target};"]


_FINALFUNC_MODIFY = {"read_only": "READ_ONLY", "shareable": "SHAREABLE", "read_write": "READ_WRITE"}


@create.register(Aggregate)
def create_aggregate(agg: Aggregate, ctx: RenderContext) -> list[str]:
    options = [f"SFUNC = {agg.sfunc}", f"STYPE = {agg.stype}"]
    if agg.sspace:
        options.append(f"SSPACE = {agg.sspace}")
    if agg.finalfunc:
        options.append(f"FINALFUNC = {agg.finalfunc}")
    if agg.finalfunc_extra:
        options.append("FINALFUNC_EXTRA")
    if agg.finalfunc_modify:
        options.append(f"FINALFUNC_MODIFY = {_FINALFUNC_MODIFY[agg.finalfunc_modify]}")
    for key, value in (("COMBINEFUNC", agg.combinefunc), ("SERIALFUNC", agg.serialfunc),
                       ("DESERIALFUNC", agg.deserialfunc)):
        if value:
            options.append(f"{key} = {value}")
    if agg.initcond is not None:
        options.append(f"INITCOND = {literal(agg.initcond)}")
    if agg.sortop:
        options.append(f"SORTOP = OPERATOR({agg.sortop})")
    if agg.parallel:
        options.append(f"PARALLEL = {agg.parallel}")
    if agg.kind == "hypothetical":
        options.append("HYPOTHETICAL")
    head = f"CREATE OR REPLACE AGGREGATE {aggregate_signature(agg, names=True)}"
    return [f"{head} (\n  {', '.join(options)}\n);"] + _comment(agg)


@create.register(Operator)
def create_operator(op: Operator, ctx: RenderContext) -> list[str]:
    options = [f"FUNCTION = {op.function}"]
    if op.left:
        options.append(f"LEFTARG = {op.left}")
    options.append(f"RIGHTARG = {op.right}")
    for key, value in (("COMMUTATOR", op.commutator), ("NEGATOR", op.negator)):
        if value:
            options.append(f"{key} = OPERATOR({value})")
    for key, value in (("RESTRICT", op.restrict), ("JOIN", op.join)):
        if value:
            options.append(f"{key} = {value}")
    if op.hashes:
        options.append("HASHES")
    if op.merges:
        options.append("MERGES")
    statement = f"CREATE OPERATOR {operator(op.schema, op.name)} ({', '.join(options)});"
    # A commutator or negator created earlier may have left this operator as a shell
    # (no function yet): CREATE OPERATOR completes a shell, so only a real one counts.
    signature = f"{operator(op.schema, op.name)}({', '.join(op.identity_arguments)})"
    exists = (
        "NOT EXISTS (SELECT FROM pg_catalog.pg_operator WHERE oid = "
        f"pg_catalog.to_regoperator({literal(signature)}) AND oprcode <> 0)"
    )
    return [guarded(exists, statement)] + _comment(op)


_CAST_CONTEXT = {"explicit": "", "assignment": " AS ASSIGNMENT", "implicit": " AS IMPLICIT"}


@create.register(Cast)
def create_cast(cast: Cast, ctx: RenderContext) -> list[str]:
    if cast.method == "function":
        how = f"WITH FUNCTION {cast.function}"
    else:
        how = "WITHOUT FUNCTION" if cast.method == "binary" else "WITH INOUT"
    statement = f"CREATE CAST ({cast.source} AS {cast.target}) {how}{_CAST_CONTEXT[cast.context]};"
    exists = (
        "NOT EXISTS (SELECT FROM pg_catalog.pg_cast WHERE castsource = "
        f"{literal(cast.source)}::pg_catalog.regtype AND casttarget = {literal(cast.target)}::pg_catalog.regtype)"
    )
    return [guarded(exists, statement)] + _comment(cast)


@create.register(Collation)
def create_collation(coll: Collation, ctx: RenderContext) -> list[str]:
    options = [f"provider = {coll.provider}"]
    if coll.locale is not None:
        options.append(f"locale = {literal(coll.locale)}")
    if coll.lc_collate is not None:
        options.append(f"lc_collate = {literal(coll.lc_collate)}")
    if coll.lc_ctype is not None:
        options.append(f"lc_ctype = {literal(coll.lc_ctype)}")
    if not coll.deterministic:
        options.append("deterministic = false")
    statement = f"CREATE COLLATION IF NOT EXISTS {qualified(coll.schema, coll.name)} ({', '.join(options)});"
    return [statement] + _comment(coll)

