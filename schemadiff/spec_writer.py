"""Write a Catalog as a spec (YAML) that loads back into the same catalog.

`schemadiff inspect` uses this to bring an existing database under management. Names
are always written out (never left to defaults) so the result does not depend on how
PostgreSQL would choose them. Lifecycle partitions and their maintenance function and
job are written as the table's `partition_policy`, which generates them again.
"""

from __future__ import annotations

from dataclasses import fields

import yaml

from .model import (
    BaseType, UndefinedType, Catalog, CheckConstraint, CompositeType, Domain, EnumType, RangeType, ExclusionConstraint, ForeignKey,
    Function, IdentityOptions, Index, PrimaryKey, QualifiedName, Role, Schema, Table, UniqueConstraint,
)
from .model.cluster import ROLE_ATTRIBUTES, default_schema_comment, default_schema_grants
from .model.catalog import node_name
from .model.database import LANGUAGE_DEFAULT, PUBLISH_DEFAULT
from .model.owners import Ownership, most_common_owner
from .model.routines import VIEW_OPTIONS
from .render.lifecycle import CRON_JOB_NAME, FUNCTION_NAME
from .render.common import in_order
from .spec.build import DEFAULT_SCHEMA, TRIGGER_ENABLED, partition_items, partition_key
from .spec.fragments import reads_itself
from .plan.source_text import reparseable_catalog
from .platforms import external_catalog
from .scope import lifecycle_policies, without_lifecycle_partitions


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value: str):
    style = "|" if "\n" in value and not any(line != line.rstrip() for line in value.splitlines()) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_spec(catalog: Catalog) -> str:
    """Return YAML text for `catalog`, deterministic for the same catalog."""
    policies = lifecycle_policies(catalog)
    # Deparsed expressions, made to parse back to what the database stores.
    catalog = reparseable_catalog(without_lifecycle_partitions(catalog, policies))
    external = {r.name for r in external_catalog(catalog.platform).roles}
    data: dict = {}
    if catalog.platform:
        data["platform"] = catalog.platform
    _put(data, "roles", [_clean({
        "name": r.name, **{k: _non_default(r, k) for k in ROLE_ATTRIBUTES}, "comment": r.comment,
    }) for r in catalog.roles if r.name not in external])
    _put(data, "schemas", [_schema(s) for s in catalog.schemas])
    _put(data, "extensions", [_extension(e) for e in catalog.extensions])
    _put(data, "access_methods", [_clean({
        "name": m.name, "type": m.type,
        "handler": m.handler.name if m.handler.schema == "pg_catalog" else str(m.handler), "comment": m.comment,
    }) for m in catalog.access_methods])
    for key, items in _type_lists(catalog.types).items():
        _put(data, key, items)
    _put(data, "sequences", [_sequence(s) for s in catalog.sequences])
    partitions = catalog.partitions_by_parent()
    _put(data, "tables", [_table(t, catalog, policies, partitions) for t in catalog.tables if t.partition_of is None])
    _put(data, "views", [_with_own_privileges(_clean({
        "name": v.name, "schema": v.schema, "query": v.query,
        **{n: True for n, _ in in_order([(n, 0) for n in VIEW_OPTIONS if getattr(v, n)], v.option_order)},
        "check_option": v.check_option, "comment": v.comment, "column_comments": dict(v.column_comments),
        "columns": [{"name": n, "type": t} for n, t in v.columns] if reads_itself(v.schema, v.name, v.query) else None,
        "column_defaults": dict(v.column_defaults),
        "column_grants": {c: {"grants": _grants(g)} for c, g in v.column_grants},
        "triggers": _triggers(catalog, v), "grants": _grants(v.grants),
    }), v) for v in catalog.views])
    _put(data, "materialized_views", [_with_own_privileges(_clean({
        "name": v.name, "schema": v.schema, "query": v.query, "with_data": None if v.with_data else False,
        "indexes": [_index(i) for i in _indexes_on(catalog, v.schema, v.name)],
        "storage_parameters": dict(in_order(v.storage_parameters, v.option_order)), "access_method": v.access_method,
        "tablespace": v.tablespace, "cluster_on": v.cluster_on,
        "comment": v.comment,
        "column_comments": dict(v.column_comments), "column_compression": dict(v.column_compression),
        "grants": _grants(v.grants),
    }), v) for v in catalog.materialized_views])
    generated = {(s.schema, FUNCTION_NAME) for s in policies} if policies else set()
    _put(data, "functions", [_function(f) for f in catalog.functions if (f.schema, f.name) not in generated])
    _put(data, "cron_jobs", [_clean({
        "name": j.name, "schedule": j.schedule, "command": j.command, "database": j.database,
    }) for j in catalog.cron_jobs if not (policies and j.name == CRON_JOB_NAME)
        for _ in range(j.copies)])  # identical unnamed jobs: one entry each, as pg_cron holds them
    _put(data, "statistics", [_clean({
        "name": st.name, "schema": st.schema, "table": st.table.name,
        "table_schema": None if st.table.schema == st.schema else st.table.schema,
        "columns": list(st.columns), "expressions": list(st.expressions), "kinds": list(st.kinds),
        "target": st.target, "comment": st.comment,
    }) for st in catalog.statistics])
    _put(data, "aggregates", [_aggregate(a) for a in catalog.aggregates])
    _put(data, "operators", [_clean({
        "name": o.name, "schema": o.schema, "left": o.left, "right": o.right, "function": o.function,
        "commutator": o.commutator, "negator": o.negator, "restrict": o.restrict, "join": o.join,
        "hashes": o.hashes or None, "merges": o.merges or None, "comment": o.comment,
    }) for o in catalog.operators])
    _put(data, "casts", [_clean({
        "source": c.source, "target": c.target, "function": c.function,
        "method": None if c.method == "function" else c.method,
        "context": None if c.context == "explicit" else c.context, "comment": c.comment,
    }) for c in catalog.casts])
    _put(data, "transforms", [_clean({
        "type": t.type, "language": t.language, "from_sql": t.from_sql, "to_sql": t.to_sql, "comment": t.comment,
    }) for t in catalog.transforms])
    _put(data, "collations", [_clean({
        "name": c.name, "schema": c.schema, "provider": c.provider, "locale": c.locale,
        "lc_collate": c.lc_collate, "lc_ctype": c.lc_ctype, "deterministic": None if c.deterministic else False,
        "comment": c.comment,
    }) for c in catalog.collations])
    _put(data, "conversions", [_clean({
        "name": c.name, "schema": c.schema, "source": c.source, "destination": c.destination, "function": c.function,
        "default": c.default or None, "comment": c.comment,
    }) for c in catalog.conversions])
    _put(data, "text_search_parsers", [_clean({
        "name": p.name, "schema": p.schema, "start": p.start, "gettoken": p.gettoken, "end": p.end,
        "lextypes": p.lextypes, "headline": p.headline, "comment": p.comment,
    }) for p in catalog.text_search_parsers])
    _put(data, "text_search_templates", [_clean({
        "name": t.name, "schema": t.schema, "init": t.init, "lexize": t.lexize, "comment": t.comment,
    }) for t in catalog.text_search_templates])
    _put(data, "text_search_dictionaries", [_clean({
        "name": d.name, "schema": d.schema, "template": d.template, "options": dict(d.options), "comment": d.comment,
    }) for d in catalog.text_search_dictionaries])
    _put(data, "text_search_configurations", [_clean({
        "name": c.name, "schema": c.schema, "parser": None if c.parser == "default" else c.parser,
        "mappings": {token: list(dicts) for token, dicts in c.mappings}, "comment": c.comment,
    }) for c in catalog.text_search_configurations])
    _put(data, "rules", [_clean({
        "name": r.name, "table": r.table, "schema": r.schema, "event": r.event, "instead": r.instead or None,
        "where": r.where, "actions": list(r.actions), "enabled": None if r.enabled == "origin" else r.enabled,
        "comment": r.comment,
    }) for r in catalog.rules])
    _put(data, "operator_families", [_clean({
        "name": f.name, "schema": f.schema, "using": f.method, **_members(f), "comment": f.comment,
    }) for f in catalog.operator_families])
    _put(data, "operator_classes", [_clean({
        "name": c.name, "schema": c.schema, "using": c.method, "type": c.type, "default": c.default or None,
        "family": {"schema": c.family.schema, "name": c.family.name}, "storage": c.storage, **_members(c),
        "comment": c.comment,
    }) for c in catalog.operator_classes])
    _put(data, "event_triggers", [_clean({
        "name": t.name, "event": t.event, "function": f"{t.function.schema}.{t.function.name}", "tags": list(t.tags),
        "enabled": None if t.enabled == "origin" else t.enabled, "comment": t.comment,
    }) for t in catalog.event_triggers])
    _put(data, "publications", [_publication(p) for p in catalog.publications])
    _put(data, "subscriptions", [_subscription(s) for s in catalog.subscriptions])
    _put(data, "foreign_data_wrappers", [_with_own_privileges(_clean({
        "name": w.name, "handler": str(w.handler) if w.handler else None,
        "validator": str(w.validator) if w.validator else None, "options": dict(w.options), "comment": w.comment,
        "grants": _grants(w.grants),
    }), w) for w in catalog.foreign_data_wrappers])
    _put(data, "foreign_servers", [_with_own_privileges(_clean({
        "name": s.name, "wrapper": s.wrapper, "type": s.type, "version": s.version, "options": dict(s.options),
        "comment": s.comment, "grants": _grants(s.grants),
    }), s) for s in catalog.foreign_servers])
    _put(data, "user_mappings", [_clean({"user": m.user, "server": m.server, "options": dict(m.options)})
                                 for m in catalog.user_mappings])
    _put(data, "default_privileges", [_default_privileges(d) for d in catalog.default_privileges])
    _put(data, "languages", [_language(lang) for lang in catalog.languages])
    return yaml.dump(_with_owners(data, catalog), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)


# The spec's lists of owned kinds and the model class each item stands for (node names).
_OWNED_LISTS = {
    "schemas": "Schema", "enums": "EnumType", "composite_types": "CompositeType", "range_types": "RangeType",
    "domains": "Domain", "base_types": "BaseType", "shell_types": "UndefinedType", "sequences": "Sequence", "tables": "Table", "views": "View",
    "materialized_views": "MaterializedView", "functions": "Function", "statistics": "Statistics",
    "aggregates": "Aggregate", "operators": "Operator", "collations": "Collation",
    "text_search_dictionaries": "TextSearchDictionary", "text_search_configurations": "TextSearchConfiguration",
    "operator_families": "OperatorFamily", "operator_classes": "OperatorClass", "event_triggers": "EventTrigger",
    "publications": "Publication", "foreign_data_wrappers": "ForeignDataWrapper", "foreign_servers": "ForeignServer",
    "languages": "Language", "subscriptions": "Subscription",
}


def _item_node(kind: str, item: dict, schema: str | None = None) -> str:
    """Return the graph node name (model.catalog.node_key) of the object a written item declares."""
    if kind in ("Schema", "EventTrigger", "Publication", "Subscription", "ForeignDataWrapper", "ForeignServer", "Language"):
        return f"{kind} {item['name']}"
    schema = item.get("schema", schema or DEFAULT_SCHEMA)
    if kind in ("OperatorClass", "OperatorFamily"):
        return f"{kind} {schema}.{item['name']} using {item['using']}"
    if kind == "Operator":
        return node_name(kind, schema, item["name"], arguments=(item.get("left") or "NONE", item["right"]))
    if kind in ("Function", "Aggregate"):
        arguments = [a["type"] for a in item.get("arguments", []) if a.get("mode") != "OUT"]
        return node_name(kind, schema, item["name"], arguments=arguments)
    return node_name(kind, schema, item["name"])


def _with_owners(data: dict, catalog: Catalog) -> dict:
    """Return `data` with the owners: the most common one at the top, `owner:` on the others."""
    items = []  # (node, item) of every written object that has an owner
    for key, kind in _OWNED_LISTS.items():
        for item in data.get(key, []):
            items.append((_item_node(kind, item), item))
            if kind == "Table":
                items += [(_item_node(kind, p, schema), p) for p, schema, _ in partition_items(item, item.get("schema"))]
    owners = {o.node: o.role for o in catalog.owners}
    default = most_common_owner(Ownership(node, owners[node]) for node, _ in items if node in owners)
    if default is None:
        return data
    for node, item in items:
        if owners.get(node, default) != default:
            item["owner"] = owners[node]
    at = 1 if "platform" in data else 0  # the top-level owner goes right after the platform
    return {**dict(list(data.items())[:at]), "owner": default, **dict(list(data.items())[at:])}


def _members(obj) -> dict:
    """The members of an operator class or family, every type written out."""
    return {
        "operators": [_clean({
            "strategy": m.strategy, "operator": f"{m.operator.schema}.{m.operator.name}", "left": m.left, "right": m.right,
            "order_by": f"{m.order_by.schema}.{m.order_by.name}" if m.order_by else None,
        }) for m in obj.operators],
        "functions": [{"number": f.number, "function": f.function, "left": f.left, "right": f.right} for f in obj.functions],
    }


def _aggregate(agg) -> dict:
    data = _clean({
        "name": agg.name, "schema": agg.schema,
        "arguments": [_clean({"type": a.type, "name": a.name, "mode": None if a.mode == "IN" else a.mode})
                      for a in agg.arguments],
        "kind": None if agg.kind == "normal" else agg.kind, "direct_arguments": agg.direct_arguments or None,
        "sfunc": agg.sfunc, "stype": agg.stype, "sspace": agg.sspace or None, "finalfunc": agg.finalfunc,
        "finalfunc_extra": agg.finalfunc_extra or None, "finalfunc_modify": agg.finalfunc_modify,
        "combinefunc": agg.combinefunc, "serialfunc": agg.serialfunc, "deserialfunc": agg.deserialfunc,
        "initcond": agg.initcond, "sortop": agg.sortop, "parallel": agg.parallel, "msfunc": agg.msfunc,
        "minvfunc": agg.minvfunc, "mstype": agg.mstype, "msspace": agg.msspace or None, "mfinalfunc": agg.mfinalfunc,
        "mfinalfunc_extra": agg.mfinalfunc_extra or None, "mfinalfunc_modify": agg.mfinalfunc_modify,
        "minitcond": agg.minitcond, "comment": agg.comment,
    })
    return _with_own_privileges(_with_default_grants(data, agg), agg)


_ROLE_DEFAULTS = {f.name: f.default for f in fields(Role)}


def secret_warnings(catalog: Catalog) -> list[str]:
    """Return a warning for each user mapping whose options dump_spec writes: as pg_dump
    does, they are written as they are, and they may hold a password."""
    return [
        f"user mapping {m.display_name}: the spec holds its options ({', '.join(sorted(k for k, _ in m.options))}),"
        " which may include a password"
        for m in sorted(catalog.user_mappings, key=lambda m: m.key) if m.options
    ]


def _non_default(role: Role, attribute: str) -> bool | None:
    """Return a role's attribute, or None (left out) when it is CREATE ROLE's default."""
    value = getattr(role, attribute)
    return None if value == _ROLE_DEFAULTS[attribute] else value


def _put(data: dict, key: str, items: list) -> None:
    if items:
        data[key] = items


def _publication(p) -> dict:
    data = _clean({
        "name": p.name, "all_tables": p.all_tables or None,
        "tables": [_clean({"name": t.name, "schema": t.schema, "columns": list(t.columns), "where": t.where})
                   for t in p.tables],
        "schemas": list(p.schemas), "publish_via_partition_root": p.via_root or None, "comment": p.comment,
    })
    if p.publish != PUBLISH_DEFAULT:  # kept when empty: `publish: []` publishes nothing (WITH (publish = ''))
        data["publish"] = list(p.publish)
    return data


def _subscription(s) -> dict:
    data = _clean({
        "name": s.name, "connection": s.connection, "publications": list(s.publications),
        "enabled": s.enabled or None, "binary": s.binary or None, "streaming": s.streaming or None,
        "two_phase": s.two_phase or None, "disable_on_error": s.disable_on_error or None,
        "synchronous_commit": None if s.synchronous_commit == "off" else s.synchronous_commit, "comment": s.comment,
    })
    if s.slot_name != s.name:  # left out: PostgreSQL's default, a slot of its name; null: NONE
        data["slot_name"] = s.slot_name
    return data


def _clean(mapping: dict) -> dict:
    """Drop keys whose value is a default: None, empty lists."""
    return {k: v for k, v in mapping.items() if v is not None and v != [] and v != {}}


def _collation(collation):
    """Return a collation as the spec writes it: a name (pg_catalog's), or {schema, name}."""
    if isinstance(collation, QualifiedName):
        return {"schema": collation.schema, "name": collation.name}
    return collation


def _with_default_grants(data: dict, obj) -> dict:
    """Add the `grants` of a kind whose None means PostgreSQL's default (routines, types)."""
    if obj.grants is not None:
        data["grants"] = _grants(obj.grants)  # [] too: it revokes PostgreSQL's default for PUBLIC
    return data


def _with_own_privileges(data: dict, obj) -> dict:
    """Add the `own_privileges` of an object whose owner lacks some of its own."""
    if obj.own_privileges is not None:
        data["own_privileges"] = list(obj.own_privileges)  # [] too: the owner keeps none
    return data


def _grants(grants) -> list:
    return [_clean({"to": g.grantee, "privileges": list(g.privileges), "with_grant_option": g.with_grant_option or None})
            for g in grants or ()]


def _language(lang) -> dict:
    data = _clean({
        "name": lang.name, "handler": str(lang.handler), "inline": str(lang.inline) if lang.inline else None,
        "validator": str(lang.validator) if lang.validator else None, "trusted": lang.trusted or None,
        "comment": lang.comment,
    })
    if lang.grants != LANGUAGE_DEFAULT:
        data["grants"] = _grants(lang.grants)  # [] too: it revokes PostgreSQL's default for PUBLIC
    return _with_own_privileges(data, lang)


def _default_privileges(d) -> dict:
    # A database-wide entry's grant to its own role is what the role keeps of its own.
    own = [g for g in d.grants if d.schema is None and g.grantee == d.role]
    data = {**_clean({"role": d.role, "schema": d.schema, "on": d.object_type}),
            "grants": _grants(g for g in d.grants if g not in own)}
    if own:
        data["own_privileges"] = list(own[0].privileges)  # [] too: the role keeps none
    return data


def _schema(s: Schema) -> dict:
    data = {"name": s.name}
    if s.comment != default_schema_comment(s.name):
        data["comment"] = s.comment  # None too: public without its 'standard public schema'
    if s.grants != default_schema_grants(s.name):
        data["grants"] = _grants(s.grants)  # [] too: public's USAGE for PUBLIC revoked
    return _with_own_privileges(data, s)


def _extension(e) -> dict:
    data = _clean({"name": e.name, "schema": e.schema, "version": e.version, "comment": e.comment})
    # A member's grants are its complete set: [] too (all revoked).
    members = [{m.kind: m.name, **({"column": m.column} if m.column else {}), "grants": _grants(m.grants)}
               for m in e.members]
    return {**data, "members": members} if members else data


def _sequence(s) -> dict:
    return _with_own_privileges(_clean({
        "name": s.name, "schema": s.schema, "type": s.data_type, "start": s.start,
        "increment": None if s.increment == 1 else s.increment, "min_value": s.min_value,
        "max_value": s.max_value, "cache": None if s.cache == 1 else s.cache, "cycle": s.cycle or None,
        "unlogged": s.unlogged or None, "owned_by": {"table": s.owned_by[0], "column": s.owned_by[1]} if s.owned_by else None,
        "comment": s.comment, "grants": _grants(s.grants),
    }), s)


def _indexes_on(catalog: Catalog, schema: str, name: str) -> list[Index]:
    return [i for i in catalog.indexes if (i.schema, i.table) == (schema, name)]


def _index(index: Index) -> dict:
    columns = []
    for e in index.elements:
        if e.column and not (e.opclass or e.collation or e.descending or e.nulls):
            columns.append(e.column)
        else:
            columns.append(_clean({
                "column": e.column, "expression": e.expression, "opclass": e.opclass,
                "opclass_options": _storage_parameters(e.opclass_options), "collation": _collation(e.collation),
                "order": "desc" if e.descending else None, "nulls": e.nulls, "statistics": e.statistics,
            }))
    return _clean({
        "name": index.name, "columns": columns, "unique": index.unique or None,
        "using": None if index.method == "btree" else index.method, "include": list(index.include),
        "where": index.where, "nulls_not_distinct": index.nulls_not_distinct or None,
        "storage_parameters": _storage_parameters(index.storage_parameters), "tablespace": index.tablespace,
        "partition_names": dict(index.partition_names), "partition_tablespaces": dict(index.partition_tablespaces),
        "comment": index.comment,
    })


def _storage_parameters(pairs) -> dict:
    """Return {name: value}, numbers written as numbers when that reads back as the same text."""
    def value(text: str):
        for number in (int, float):
            try:
                if str(number(text)) == text:
                    return number(text)
            except ValueError:
                pass
        return text
    return {name: value(text) for name, text in pairs}


def _identity_options(column) -> dict | None:
    """Return a column's `identity_options`: its sequence's options, grants and own privileges."""
    options = column.identity_options or IdentityOptions()
    data = _clean({
        "start": options.start, "increment": None if options.increment == 1 else options.increment,
        "min_value": options.min_value, "max_value": options.max_value,
        "cache": None if options.cache == 1 else options.cache, "cycle": options.cycle or None,
        "unlogged": options.unlogged, "grants": _grants(column.identity_grants),
    })
    if column.identity_own_privileges is not None:
        data["own_privileges"] = list(column.identity_own_privileges)  # [] too: the owner keeps none
    return data or None


def _deferral(constraint) -> dict:
    return {"deferrable": constraint.deferrable or None, "initially_deferred": constraint.initially_deferred or None}


def _not_valid(constraint) -> bool | None:
    # Written only when true: a spec without the key wants the constraint validated.
    return None if constraint.valid else True


def _partition_by(scheme) -> dict | None:
    """Return a table's or partition's PARTITION BY as the spec's key, if it has one."""
    if scheme is None:
        return None
    if scheme.expression is not None:
        return {"strategy": scheme.strategy, "key": scheme.expression}
    return {"strategy": scheme.strategy, "columns": list(scheme.key)}


def _physical(table: Table) -> dict:
    """Return a table's or partition's storage parameters, access method, replica identity and
    CLUSTER ON index, as spec keys."""
    identity = table.replica_identity
    return {
        "storage_parameters": _storage_parameters(table.storage_parameters), "access_method": table.access_method,
        "tablespace": table.tablespace,
        "replica_identity": {"index": table.replica_identity_index} if identity == "index" else (
            None if identity == "default" else identity),
        "cluster_on": table.cluster_on,
    }


def _index_parameters(constraint) -> dict:
    return {
        "include": list(constraint.include), "storage_parameters": _storage_parameters(constraint.storage_parameters),
        "tablespace": constraint.tablespace, "partition_tablespaces": dict(constraint.partition_tablespaces),
    }


def _constraints(constraints) -> dict:
    """Return a table's or partition's constraints as the spec's keys, by kind."""
    pk = next((c for c in constraints if isinstance(c, PrimaryKey)), None)
    return {
        "primary_key": _clean({
            "name": pk.name, "columns": list(pk.columns), **_deferral(pk), **_index_parameters(pk), "comment": pk.comment,
        }) if pk else None,
        "unique": [_clean({
            "name": c.name, "columns": list(c.columns), "nulls_not_distinct": c.nulls_not_distinct or None,
            **_deferral(c), **_index_parameters(c), "comment": c.comment,
        }) for c in constraints if isinstance(c, UniqueConstraint)],
        "foreign_keys": [_clean({
            "name": c.name, "columns": list(c.columns),
            "references": {"schema": c.references.schema, "table": c.references.name, "columns": list(c.referenced_columns)},
            "on_delete": None if c.on_delete == "NO ACTION" else c.on_delete, "on_delete_columns": list(c.on_delete_columns),
            "on_update": None if c.on_update == "NO ACTION" else c.on_update,
            "match": "full" if c.match_full else None, "not_valid": _not_valid(c), **_deferral(c), "comment": c.comment,
        }) for c in constraints if isinstance(c, ForeignKey)],
        "checks": [_clean({"name": c.name, "expression": c.expression, "not_valid": _not_valid(c), "no_inherit": c.no_inherit or None,
                            "comment": c.comment})
                   for c in constraints if isinstance(c, CheckConstraint)],
        "exclusions": [_clean({
            "name": c.name, "using": c.method,
            "elements": [{"expression": e.expression, "operator": e.operator} for e in c.elements], "where": c.where,
            **_deferral(c), **_index_parameters(c), "comment": c.comment,
        }) for c in constraints if isinstance(c, ExclusionConstraint)],
    }


def _partition(p: Table, parent: Table, catalog: Catalog, partitions: dict) -> dict:
    """Return a partition as a spec item, a sub-partitioned one with its own partitions
    (`partitions`: {parent key: its partitions})."""
    return _with_own_privileges(_clean({
        "name": p.name, "schema": p.schema if p.schema != parent.schema else None, "bound": p.partition_bound,
        "partition_by": _partition_by(p.partition_by), **_constraints(p.constraints), **_physical(p),
        "column_compression": dict(p.column_compression), "column_defaults": dict(p.column_defaults),
        "not_null_columns": list(p.not_null_columns),
        "column_statistics": dict(p.column_statistics), "column_storage": dict(p.column_storage),
        "indexes": [_index(i) for i in _indexes_on(catalog, p.schema, p.name)],
        "comment": p.comment, "grants": _grants(p.grants),
        "partitions": [_partition(child, p, catalog, partitions) for child in partitions.get(p.key, [])],
    }), p)


def _columns(table: Table) -> list[dict]:
    """Return a table's columns as spec items; a typed table's take their type and collation
    from the type, and only those with something of their own are listed."""
    columns = [_clean({
        "name": c.name, "type": c.type, "nullable": None if c.nullable else False, "default": c.default,
        "identity": c.identity, "identity_options": _identity_options(c),
        "generated": c.generated, "collation": _collation(c.collation),
        "storage": c.storage, "compression": c.compression,
        "statistics": c.statistics, "options": _storage_parameters(c.options), "fdw_options": dict(c.fdw_options),
        "comment": c.comment, "grants": _grants(c.grants),
    }) for c in table.columns]
    if table.of_type is None:
        return columns
    typed = [{k: v for k, v in c.items() if k not in ("type", "collation")} for c in columns]
    return [c for c in typed if len(c) > 1]


def _table(table: Table, catalog: Catalog, policies, partitions: dict) -> dict:
    policy = policies.get(table.key)
    return _with_own_privileges(_clean({
        "name": table.name, "schema": table.schema, "unlogged": table.unlogged or None,
        "foreign": _clean({"server": table.server, "options": dict(table.foreign_options)}) if table.foreign else None,
        "inherits": [{"schema": p.schema, "table": p.name} for p in table.inherits],
        "column_statistics": dict(table.column_statistics),
        "column_compression": dict(table.column_compression), "column_storage": dict(table.column_storage),
        "of_type": {"schema": table.of_type.schema, "name": table.of_type.name} if table.of_type else None,
        **_physical(table), "comment": table.comment, "columns": _columns(table),
        **_constraints(table.constraints),
        "partition_by": _partition_by(table.partition_by),
        "partitions": [_partition(p, table, catalog, partitions) for p in partitions.get(table.key, [])],
        "partition_policy": {"interval": policy.interval, "premake": policy.premake, "retention": policy.retention} if policy else None,
        "indexes": [_index(i) for i in _indexes_on(catalog, table.schema, table.name)],
        "rls": _clean({"enabled": table.rls_enabled or None, "forced": table.rls_forced or None}),
        "policies": [_clean({
            "name": p.name, "command": p.command, "permissive": None if p.permissive else False,
            "roles": list(p.roles), "using": p.using, "with_check": p.with_check, "comment": p.comment,
        }) for p in catalog.policies if (p.schema, p.table) == (table.schema, table.name)],
        "triggers": _triggers(catalog, table),
        "grants": _grants(table.grants),
    }), table)


def _trigger_enabled(state: str):
    """Return the spec's `enabled` value for a model trigger state."""
    return {v: k for k, v in TRIGGER_ENABLED.items()}[state]


def _triggers(catalog: Catalog, relation) -> list:
    """The triggers on a table or a view (INSTEAD OF)."""
    return [_clean({
        "name": t.name, "timing": t.timing, "events": list(t.events), "update_columns": list(t.update_columns),
        "for_each": t.for_each, "when": t.when, "function": f"{t.function.schema}.{t.function.name}",
        "arguments": list(t.arguments), "constraint": t.constraint or None, "deferrable": t.deferrable or None,
        "initially_deferred": t.initially_deferred or None,
        "from": {"schema": t.from_table.schema, "table": t.from_table.name} if t.from_table else None,
        "referencing": _clean({"old_table": t.old_table, "new_table": t.new_table}),
        "enabled": None if t.enabled == "origin" else _trigger_enabled(t.enabled),
        "partition_states": {partition_key(part, t.schema): _trigger_enabled(state) for part, state in t.partition_states},
        "comment": t.comment,
    }) for t in catalog.triggers if (t.schema, t.table) == (relation.schema, relation.name)]


def _number(value: float | None):
    """Return a cost or rows estimate as YAML writes it best: 100, not 100.0."""
    return int(value) if value is not None and value.is_integer() else value


def _settings(fn: Function) -> dict:
    """Return search_path alone as its own key, else every setting under `settings`, in order."""
    if [name for name, _ in fn.settings] == ["search_path"]:
        return {"search_path": fn.settings[0][1]}
    return {"settings": dict(fn.settings)}


def _function(fn: Function) -> dict:
    data = _clean({
        "name": fn.name, "schema": fn.schema, "kind": None if fn.kind == "function" else fn.kind,
        "arguments": [_clean({"name": a.name, "type": a.type, "mode": None if a.mode == "IN" else a.mode, "default": a.default})
                      for a in fn.arguments],
        "returns": fn.returns, "language": fn.language, "transforms": list(fn.transforms),
        "volatility": None if fn.volatility == "VOLATILE" else fn.volatility,
        "strict": fn.strict or None, "security_definer": fn.security_definer or None, "parallel": fn.parallel,
        "leakproof": fn.leakproof or None, "window": fn.window or None,
        "cost": _number(fn.cost), "rows": _number(fn.rows), "support": fn.support, **_settings(fn),
        "standard_body": fn.standard_body or None, "body": fn.body, "library": fn.library, "comment": fn.comment,
    })
    return _with_own_privileges(_with_default_grants(data, fn), fn)


def _base_type_options(t: BaseType) -> dict:
    """Return a base type's options, those equal to PostgreSQL's defaults left out."""
    defaults = BaseType(t.schema, t.name, t.input, t.output)
    return {"input": t.input, "output": t.output} | {
        f.name: getattr(t, f.name) for f in fields(BaseType)
        if f.name not in ("schema", "name", "comment", "grants", "own_privileges", "origin") and getattr(t, f.name) != getattr(defaults, f.name)
    }


def _type_lists(types) -> dict[str, list]:
    """Return the spec's `enums`, `composite_types`, `range_types`, `domains`, `base_types`
    and `shell_types`."""
    found: dict[str, list] = {
        "enums": [], "composite_types": [], "range_types": [], "domains": [], "base_types": [], "shell_types": [],
    }
    for t in types:
        data = {"name": t.name, "schema": t.schema}
        if isinstance(t, EnumType):
            data["labels"] = list(t.labels)  # even none: an enum may have no labels
            found["enums"].append(data)
        elif isinstance(t, CompositeType):
            comments = dict(t.column_comments)
            data["attributes"] = [_clean({
                "name": a.name, "type": a.type, "collation": _collation(a.collation), "comment": comments.get(a.name),
            }) for a in t.attributes]
            found["composite_types"].append(data)
        elif isinstance(t, RangeType):
            data.update(_clean({
                "subtype": t.subtype, "subtype_opclass": t.subtype_opclass, "collation": _collation(t.collation),
                "canonical": t.canonical, "subtype_diff": t.subtype_diff, "multirange_type_name": t.multirange_type_name,
            }))
            found["range_types"].append(data)
        elif isinstance(t, Domain):
            comments = dict(t.check_comments)
            data.update(_clean({
                "type": t.base_type, "default": t.default, "nullable": None if t.nullable else False,
                "collation": _collation(t.collation), "checks": [_clean({
                    "name": c.name, "expression": c.expression, "not_valid": _not_valid(c), "comment": comments.get(c.name),
                }) for c in t.checks],
            }))
            found["domains"].append(data)
        elif isinstance(t, BaseType):
            data.update(_base_type_options(t))
            found["base_types"].append(data)
        elif isinstance(t, UndefinedType):
            found["shell_types"].append(data)
        if t.comment is not None:
            data["comment"] = t.comment
        _with_own_privileges(_with_default_grants(data, t), t)
    return found
