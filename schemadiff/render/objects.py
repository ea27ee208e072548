"""Extended statistics, aggregates, operators, casts, collations, conversions, text search
parsers, templates, dictionaries and configurations, rules, operator families and classes.

Few of these have CREATE ... IF NOT EXISTS, so creates are guarded by a catalog check (or
use OR REPLACE / IF NOT EXISTS where PostgreSQL has it), keeping a plan safe to run twice.
"""

from __future__ import annotations

from ..model import (
    Aggregate, Cast, Collation, Conversion, Operator, OperatorClass, OperatorFamily, Rule, Statistics, Transform,
    TextSearchConfiguration, TextSearchDictionary, TextSearchParser, TextSearchTemplate,
)
from ..quote import ident, literal, operator, qualified
from .common import RenderContext, builtin_grants, comment_statement, guarded
from .create import create
from .owners import own_privilege_statements
from .references import aggregate_signature, comment_kind, grant_target, object_name
from .registry import Registry

# `alter_in_place(old, new)`: the statements that change an object without recreating it,
# for the kinds (and the attributes, see diff.catalogs) where PostgreSQL can.
alter_in_place = Registry("alter in place")


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
        statements += alter_statistics(None, stats)
    return statements + _comment(stats)


@alter_in_place.register(Statistics)
def alter_statistics(old: Statistics | None, stats: Statistics) -> list[str]:
    """Set the statistics target, the one property ALTER STATISTICS changes in place."""
    target = -1 if stats.target is None else stats.target
    return [f"ALTER STATISTICS {qualified(stats.schema, stats.name)} SET STATISTICS {target};"]


_FINALFUNC_MODIFY = {"read_only": "READ_ONLY", "shareable": "SHAREABLE", "read_write": "READ_WRITE"}


@create.register(Aggregate)
def create_aggregate(agg: Aggregate, ctx: RenderContext) -> list[str]:
    options = _state_options(
        "", agg.sfunc, agg.stype, agg.sspace, agg.finalfunc, agg.finalfunc_extra, agg.finalfunc_modify,
    )
    for key, value in (("COMBINEFUNC", agg.combinefunc), ("SERIALFUNC", agg.serialfunc),
                       ("DESERIALFUNC", agg.deserialfunc)):
        if value:
            options.append(f"{key} = {value}")
    if agg.initcond is not None:
        options.append(f"INITCOND = {literal(agg.initcond)}")
    if agg.msfunc:  # the moving-aggregate mode: its own state, and an inverse transition
        options += _state_options(
            "M", agg.msfunc, agg.mstype, agg.msspace, agg.mfinalfunc, agg.mfinalfunc_extra, agg.mfinalfunc_modify,
        ) + [f"MINVFUNC = {agg.minvfunc}"]
        if agg.minitcond is not None:
            options.append(f"MINITCOND = {literal(agg.minitcond)}")
    if agg.sortop:
        options.append(f"SORTOP = OPERATOR({agg.sortop})")
    if agg.parallel:
        options.append(f"PARALLEL = {agg.parallel}")
    if agg.kind == "hypothetical":
        options.append("HYPOTHETICAL")
    head = f"CREATE OR REPLACE AGGREGATE {aggregate_signature(agg, names=True)}"
    statements = [f"{head} (\n  {', '.join(options)}\n);"] + _comment(agg)
    return statements + builtin_grants(grant_target(agg), agg.grants, ctx) + own_privilege_statements(agg)


def _state_options(prefix: str, sfunc, stype, sspace, finalfunc, extra, modify) -> list[str]:
    """Return the options of one of an aggregate's states: the plain one (prefix "") or the
    moving-aggregate mode's ("M": MSFUNC, MSTYPE, ...)."""
    options = [f"{prefix}SFUNC = {sfunc}", f"{prefix}STYPE = {stype}"]
    if sspace:
        options.append(f"{prefix}SSPACE = {sspace}")
    if finalfunc:
        options.append(f"{prefix}FINALFUNC = {finalfunc}")
    if extra:
        options.append(f"{prefix}FINALFUNC_EXTRA")
    if modify:
        options.append(f"{prefix}FINALFUNC_MODIFY = {_FINALFUNC_MODIFY[modify]}")
    return options


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


def _create_or_replace_transform(transform: Transform) -> str:
    functions = [f"{direction} SQL WITH FUNCTION {function}"  # regprocedure text: quoted already
                 for direction, function in (("FROM", transform.from_sql), ("TO", transform.to_sql)) if function]
    return (f"CREATE OR REPLACE TRANSFORM FOR {transform.type} LANGUAGE {ident(transform.language)} "
            f"({', '.join(functions)});")


@create.register(Transform)
def create_transform(transform: Transform, ctx: RenderContext) -> list[str]:
    return [_create_or_replace_transform(transform)] + _comment(transform)  # OR REPLACE: a second run finds it


@alter_in_place.register(Transform)
def alter_transform(old: Transform, new: Transform) -> list[str]:
    return [_create_or_replace_transform(new)]


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


def _exists(catalog: str, prefix: str, obj) -> str:
    """Return a condition: `catalog` has obj (by schema and name, and index method if it has one)."""
    condition = (
        f"EXISTS (SELECT FROM pg_catalog.{catalog} WHERE {prefix}name = {literal(obj.name)} "
        f"AND {prefix}namespace = {literal(ident(obj.schema))}::pg_catalog.regnamespace"
    )
    if hasattr(obj, "method"):
        condition += f" AND {prefix}method = (SELECT oid FROM pg_catalog.pg_am WHERE amname = {literal(obj.method)})"
    return condition + ")"


def _options(pairs) -> list[str]:
    return [f"{ident(key)} = {literal(value)}" for key, value in pairs]


@create.register(Conversion)
def create_conversion(conv: Conversion, ctx: RenderContext) -> list[str]:
    default = " DEFAULT" if conv.default else ""
    statement = (
        f"CREATE{default} CONVERSION {qualified(conv.schema, conv.name)} "
        f"FOR {literal(conv.source)} TO {literal(conv.destination)} FROM {conv.function};"
    )
    return [guarded("NOT " + _exists("pg_conversion", "con", conv), statement)] + _comment(conv)


@create.register(TextSearchParser)
def create_text_search_parser(p: TextSearchParser, ctx: RenderContext) -> list[str]:
    options = [f"START = {p.start}", f"GETTOKEN = {p.gettoken}", f"END = {p.end}", f"LEXTYPES = {p.lextypes}"]
    if p.headline:
        options.append(f"HEADLINE = {p.headline}")
    statement = f"CREATE TEXT SEARCH PARSER {qualified(p.schema, p.name)} ({', '.join(options)});"
    return [guarded("NOT " + _exists("pg_ts_parser", "prs", p), statement)] + _comment(p)


@create.register(TextSearchTemplate)
def create_text_search_template(t: TextSearchTemplate, ctx: RenderContext) -> list[str]:
    options = ([f"INIT = {t.init}"] if t.init else []) + [f"LEXIZE = {t.lexize}"]
    statement = f"CREATE TEXT SEARCH TEMPLATE {qualified(t.schema, t.name)} ({', '.join(options)});"
    return [guarded("NOT " + _exists("pg_ts_template", "tmpl", t), statement)] + _comment(t)


@create.register(TextSearchDictionary)
def create_text_search_dictionary(d: TextSearchDictionary, ctx: RenderContext) -> list[str]:
    options = ", ".join([f"TEMPLATE = {d.template}"] + _options(d.options))
    statement = f"CREATE TEXT SEARCH DICTIONARY {qualified(d.schema, d.name)} ({options});"
    return [guarded("NOT " + _exists("pg_ts_dict", "dict", d), statement)] + _comment(d)


@alter_in_place.register(TextSearchDictionary)
def alter_text_search_dictionary(old: TextSearchDictionary, new: TextSearchDictionary) -> list[str]:
    # An option named without a value goes back to the template's default.
    wanted = dict(new.options)
    removed = [ident(key) for key, _ in old.options if key not in wanted]
    options = ", ".join(_options(new.options) + removed)
    return [f"ALTER TEXT SEARCH DICTIONARY {qualified(new.schema, new.name)} ({options});"]


def _mapping_statements(name: str, old_mappings, new_mappings) -> list[str]:
    """Statements that take a configuration's mappings from `old_mappings` to `new_mappings`.

    Each changed token's mapping is dropped (IF EXISTS) before it is added: ADD MAPPING
    fails on a mapping that exists, and a plan must be safe to run again.
    """
    old, new = dict(old_mappings or ()), dict(new_mappings)
    statements = []
    for token in sorted(set(old) | set(new)):
        if old.get(token) == new.get(token):
            continue
        if old_mappings is not None:
            statements.append(f"ALTER TEXT SEARCH CONFIGURATION {name} DROP MAPPING IF EXISTS FOR {ident(token)};")
        if token in new:
            statements.append(
                f"ALTER TEXT SEARCH CONFIGURATION {name} ADD MAPPING FOR {ident(token)} WITH {', '.join(new[token])};"
            )
    return statements


@create.register(TextSearchConfiguration)
def create_text_search_configuration(c: TextSearchConfiguration, ctx: RenderContext) -> list[str]:
    name = qualified(c.schema, c.name)
    # Created with its mappings in one guarded block, so that running it again does nothing.
    statements = [f"CREATE TEXT SEARCH CONFIGURATION {name} (PARSER = {c.parser});"]
    statements += _mapping_statements(name, None, c.mappings)
    block = "\n    ".join(statements)
    return [guarded("NOT " + _exists("pg_ts_config", "cfg", c), block)] + _comment(c)


@alter_in_place.register(TextSearchConfiguration)
def alter_text_search_configuration(old: TextSearchConfiguration, new: TextSearchConfiguration) -> list[str]:
    return _mapping_statements(qualified(new.schema, new.name), old.mappings, new.mappings)


_RULE_STATES = {"origin": "ENABLE", "replica": "ENABLE REPLICA", "always": "ENABLE ALWAYS", "disabled": "DISABLE"}


@create.register(Rule)
def create_rule(rule: Rule, ctx: RenderContext) -> list[str]:
    table = qualified(rule.schema, rule.table)
    sql = f"CREATE OR REPLACE RULE {ident(rule.name)} AS ON {rule.event} TO {table}"
    if rule.where is not None:
        sql += f"\n  WHERE {rule.where}"
    sql += "\n  DO INSTEAD " if rule.instead else "\n  DO ALSO "
    if not rule.actions:
        sql += "NOTHING"
    elif len(rule.actions) == 1:
        sql += rule.actions[0]
    else:
        sql += "(\n" + ";\n".join(rule.actions) + "\n)"
    statements = [sql + ";"]
    if rule.enabled != "origin":
        statements += alter_rule(None, rule)
    return statements + _comment(rule)


@alter_in_place.register(Rule)
def alter_rule(old: Rule | None, new: Rule) -> list[str]:
    return [f"ALTER TABLE {qualified(new.schema, new.table)} {_RULE_STATES[new.enabled]} RULE {ident(new.name)};"]


def _members(obj) -> list[str]:
    """Return the OPERATOR and FUNCTION items of an operator class or family."""
    items = []
    for m in obj.operators:
        text = f"OPERATOR {m.strategy} {operator(m.operator.schema, m.operator.name)} ({m.left}, {m.right})"
        if m.order_by is not None:
            text += f" FOR ORDER BY {qualified(m.order_by.schema, m.order_by.name)}"
        items.append(text)
    items += [f"FUNCTION {f.number} ({f.left}, {f.right}) {f.function}" for f in obj.functions]
    return items


@create.register(OperatorFamily)
def create_operator_family(family: OperatorFamily, ctx: RenderContext) -> list[str]:
    name = f"{qualified(family.schema, family.name)} USING {ident(family.method)}"
    # Created with its members in one guarded block: ADD fails on a member that exists.
    statements = [f"CREATE OPERATOR FAMILY {name};"]
    members = _members(family)
    if members:
        statements.append(f"ALTER OPERATOR FAMILY {name} ADD\n      " + ",\n      ".join(members) + ";")
    block = guarded("NOT " + _exists("pg_opfamily", "opf", family), "\n    ".join(statements))
    return [block] + _comment(family)


@create.register(OperatorClass)
def create_operator_class(opclass: OperatorClass, ctx: RenderContext) -> list[str]:
    default = " DEFAULT" if opclass.default else ""
    family = f" FAMILY {qualified(opclass.family.schema, opclass.family.name)}" if opclass.family else ""
    items = _members(opclass) + ([f"STORAGE {opclass.storage}"] if opclass.storage else [])
    # A class without members still needs an item after AS: STORAGE of its own type, which
    # PostgreSQL records as no storage type (pg_dump writes the same).
    items = items or [f"STORAGE {opclass.type}"]
    sql = (
        f"CREATE OPERATOR CLASS {qualified(opclass.schema, opclass.name)}{default} FOR TYPE {opclass.type} "
        f"USING {ident(opclass.method)}{family} AS\n      " + ",\n      ".join(items) + ";"
    )
    return [guarded("NOT " + _exists("pg_opclass", "opc", opclass), sql)] + _comment(opclass)
