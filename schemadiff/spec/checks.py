"""Semantic checks of a loaded spec: every problem is collected, none stops the others.

Each check returns Problems located at the declaring line of the offending object.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from pglast import ast, parse_sql
from pglast.parser import ParseError

from ..errors import Problem
from ..model.owners import owned_objects
from ..model import (
    Catalog, CompositeType, DefaultPrivileges, Domain, EnumType, ExclusionConstraint, Extension, ForeignKey, Function,
    CronJob, MaterializedView,
    Policy, PrimaryKey, QualifiedName, Table, Trigger,
    UniqueConstraint,
)
from ..quote import dollar_quote, ident, qualified
from . import fragments
from .build import partition_key
from .names import MAX_IDENTIFIER_BYTES

PARTITION_SUFFIX = "_p20240101_00"  # the longest name maintain_partitions gives a partition


@lru_cache(maxsize=1)
def builtin_functions() -> frozenset[str]:
    text = resources.files("schemadiff.spec").joinpath("pg_builtin_functions.txt").read_text()
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _problem(obj, message: str, warning: bool = False) -> Problem:
    origin = obj.origin
    file, line = (origin.file, origin.line) if origin else ("<spec>", 0)
    return Problem(file, line, 0, message, warning)


def table_label(table: Table) -> str:
    return f'table "{table.schema}.{table.name}"'


def run_checks(catalog: Catalog, platform: Catalog) -> list[Problem]:
    """Return every semantic problem of `catalog`; `platform` holds the external objects."""
    problems = []
    for check in (
        _duplicates, _foreign_keys, _keys_and_partitions, _indexes, _roles, _matview_refresh,
        _cron_jobs, _security_definer, _triggers, _partition_policies, _types, _typed_tables, _access_methods,
    ):
        problems.extend(check(catalog, platform))
    return problems


def _duplicates(catalog: Catalog, platform: Catalog) -> list[Problem]:
    groups = {
        "relation": [*catalog.tables, *catalog.views, *catalog.materialized_views, *catalog.sequences],
        "index": catalog.indexes, "function": catalog.functions, "policy": catalog.policies,
        "trigger": catalog.triggers, "cron job": catalog.cron_jobs, "role": catalog.roles,
        "schema": catalog.schemas, "extension": catalog.extensions, "type": catalog.types,
    }
    problems = []
    for label, objects in groups.items():
        seen = set()
        for obj in objects:  # normalized: a later declaration follows the earlier one
            if obj.key in seen:
                problems.append(_problem(obj, f"{label} {_name(obj)} is declared more than once"))
            seen.add(obj.key)
    for table in catalog.tables:
        seen = set()
        for column in table.columns:
            if column.name in seen:
                problems.append(_problem(column, f'{table_label(table)}: column "{column.name}" is declared more than once'))
            seen.add(column.name)
    return problems


def _name(obj) -> str:
    """Return how messages name an object: "schema.name", or "name" on "schema.table"."""
    if isinstance(obj, (Policy, Trigger)):
        return f'"{obj.name}" on "{obj.schema}.{obj.table}"'
    if isinstance(obj, DefaultPrivileges):
        return f"default privileges {obj.display_name}"
    if isinstance(obj, CronJob) and obj.name is None:
        return obj.label
    if getattr(obj, "schema", None) and not isinstance(obj, Extension):
        return f'"{obj.schema}.{obj.name}"'
    return f'"{obj.name}"'


def _foreign_keys(catalog: Catalog, platform: Catalog) -> list[Problem]:
    problems = []
    for table in catalog.tables:
        columns = _relation_columns(catalog, table.schema, table.name)
        for fk in (c for c in table.constraints if isinstance(c, ForeignKey)):
            for column in fk.columns:
                if column not in columns:
                    problems.append(_problem(fk, f'{table_label(table)}: foreign key "{fk.name}" uses unknown column "{column}"'))
            if fk.on_delete_columns and fk.on_delete not in ("SET NULL", "SET DEFAULT"):
                problems.append(_problem(fk, f'{table_label(table)}: foreign key "{fk.name}": on_delete_columns needs on_delete SET NULL or SET DEFAULT'))
            for column in fk.on_delete_columns:
                if column not in fk.columns:
                    problems.append(_problem(fk, f'{table_label(table)}: foreign key "{fk.name}": on_delete_columns names "{column}", not one of its columns'))
            target = catalog.relation(fk.references.schema, fk.references.name)
            if not isinstance(target, Table):
                problems.append(_problem(fk, f'{table_label(table)}: foreign key "{fk.name}" references undefined table "{fk.references}"'))
                continue
            target_columns = _relation_columns(catalog, target.schema, target.name)
            for column in fk.referenced_columns:
                if column not in target_columns:
                    problems.append(_problem(
                        fk, f'{table_label(table)}: foreign key "{fk.name}" references unknown column "{column}" of table "{fk.references}"'
                    ))
            if len(fk.columns) != len(fk.referenced_columns):
                problems.append(_problem(fk, f'{table_label(table)}: foreign key "{fk.name}" has {len(fk.columns)} column(s) but references {len(fk.referenced_columns)}'))
    return problems


def _keys_and_partitions(catalog: Catalog, platform: Catalog) -> list[Problem]:
    problems = []
    for table in catalog.tables:
        columns = _relation_columns(catalog, table.schema, table.name)
        for key in (c for c in table.constraints if isinstance(c, (PrimaryKey, UniqueConstraint, ExclusionConstraint))):
            kind = {PrimaryKey: "primary key", UniqueConstraint: "unique constraint"}.get(type(key), "exclusion constraint")
            for column in (*getattr(key, "columns", ()), *key.include):
                if columns is not None and column not in columns:
                    problems.append(_problem(key, f'{table_label(table)}: {kind} "{key.name}" uses unknown column "{column}"'))
            if isinstance(key, ExclusionConstraint):
                continue
            if table.partition_by:
                missing = [c for c in table.partition_by.key if c not in key.columns]
                if missing:
                    problems.append(_problem(key, (
                        f'{table_label(table)}: {kind} "{key.name}" must include the partition key '
                        f'column(s) {", ".join(missing)}: PostgreSQL requires it on partitioned tables'
                    )))
        if table.partition_by:
            for column in table.partition_by.key:
                if columns is not None and column not in columns:
                    problems.append(_problem(table, f'{table_label(table)}: partition key uses unknown column "{column}"'))
        if table.partition_of:
            parent = catalog.relation(table.partition_of.schema, table.partition_of.name)
            if not isinstance(parent, Table):
                problems.append(_problem(table, f'{table_label(table)}: partition of undefined table "{table.partition_of}"'))
            elif parent.partition_by is None:
                problems.append(_problem(table, (
                    f'{table_label(table)}: partition of "{table.partition_of}", which has no partition_by: '
                    'give it one, or take its partitions away')))
        inherited = (("column_compression", table.column_compression), ("column_statistics", table.column_statistics),
                     ("column_storage", table.column_storage))
        if table.partition_of is None:  # (an inheritance child's: of the columns it inherits only)
            handed = _inherited_only_columns(catalog, table)
            problems += [_problem(table, f'{table_label(table)}: {key} names "{column}", not a column '
                                         'it only inherits (its own columns take theirs)')
                         for key, given in inherited for column, _ in given if column not in handed]
            inherited = ()
        named = (*((key, [c for c, _ in given]) for key, given in inherited),
                 ("column_defaults", [c for c, _ in table.column_defaults]), ("not_null_columns", table.not_null_columns))
        for key, given in named:
            for column in given:
                if columns is not None and column not in columns:
                    problems.append(_problem(table, f'{table_label(table)}: {key} names unknown column "{column}"'))
    return problems


def _inherited_only_columns(catalog: Catalog, table: Table) -> set[str]:
    """Return the names of the columns `table`'s parents (and theirs) hand down that it does not declare."""
    return {c.name for parent in catalog.ancestors(table.inherits) for c in parent.columns} - {c.name for c in table.columns}


def _relation_columns(catalog: Catalog, schema: str, name: str) -> set[str] | None:
    """Return the column names of a table (a partition's are its root table's) or materialized
    view; None when unknown."""
    relation = catalog.relation(schema, name)
    if isinstance(relation, Table):
        return {c.name for c in catalog.root_of(relation).columns}
    if relation is not None and hasattr(relation, "query"):
        return _query_output_columns(relation.query)
    return None


def _query_output_columns(query: str) -> set[str] | None:
    try:
        stmt = parse_sql(query)[0].stmt
    except ParseError:  # reported by the syntax check
        return None
    while isinstance(stmt, ast.SelectStmt) and stmt.op and stmt.op.name != "SETOP_NONE":
        stmt = stmt.larg
    names = set()
    for target in stmt.targetList or ():
        if target.name:
            names.add(target.name)
        elif isinstance(target.val, ast.ColumnRef):
            last = target.val.fields[-1]
            if isinstance(last, ast.A_Star):
                return None
            names.add(last.sval)
        elif isinstance(target.val, ast.FuncCall):
            names.add(target.val.funcname[-1].sval)
    return names


def _indexes(catalog: Catalog, platform: Catalog) -> list[Problem]:
    problems = []
    for index in catalog.indexes:
        columns = _relation_columns(catalog, index.schema, index.table)
        if columns is None:
            if catalog.relation(index.schema, index.table) is None:
                problems.append(_problem(index, f'index "{index.name}" is on undefined table "{index.schema}.{index.table}"'))
            continue
        used = [e.column for e in index.elements if e.column] + list(index.include)
        for column in used:
            if column not in columns:
                problems.append(_problem(index, f'index "{index.name}" on "{index.schema}.{index.table}" uses unknown column "{column}"'))
    # CLUSTER ON names an index of the relation, or the constraint an index backs (a
    # partition's may be one its parent's indexes give it: not checked).
    for relation in (*catalog.tables, *catalog.materialized_views):
        if relation.cluster_on is None or getattr(relation, "partition_of", None) is not None:
            continue
        names = {i.name for i in catalog.indexes if (i.schema, i.table) == (relation.schema, relation.name)}
        names |= {c.name for c in getattr(relation, "constraints", ())
                  if isinstance(c, (PrimaryKey, UniqueConstraint, ExclusionConstraint))}
        if relation.cluster_on not in names:
            kind = "materialized view" if isinstance(relation, MaterializedView) else "table"
            problems.append(_problem(
                relation, f'{kind} "{relation.schema}.{relation.name}": cluster_on "{relation.cluster_on}" is none of its indexes'))
    return problems + _part_names_taken(catalog) + _unknown_parts(catalog)


def _unknown_parts(catalog: Catalog) -> list[Problem]:
    """partition_names and partition_tablespaces (of an index, or of a key's index) name
    partitions of the table, at any depth: another name is a typo the plan would ignore."""
    problems = []
    tables = {t.key: t for t in catalog.tables}
    keyed = [(i, i.table_key, f'index "{i.name}"') for i in catalog.indexes]
    keyed += [(c, t.key, f'constraint "{c.name}"') for t in catalog.tables for c in t.constraints
              if getattr(c, "partition_tablespaces", ())]
    for owner, table_key, label in keyed:
        if table_key not in tables:
            continue  # (an index on a materialized view, or an unknown table, reported above)
        partitions = {p.name for p in catalog.partitions_below(table_key)}
        for setting in ("partition_names", "partition_tablespaces"):
            for name in sorted({p for p, _ in getattr(owner, setting, ())} - partitions):
                problems.append(_problem(owner, (
                    f'{label} on "{table_key.schema}.{table_key.name}": {setting} names "{name}", '
                    'which is no partition of the table')))
    return problems


def _part_names_taken(catalog: Catalog) -> list[Problem]:
    """A partition's own index named as its parent's index names its part there: the part,
    built first, takes the name, and the partition's own index would not be created."""
    parts = {}
    for index in catalog.indexes:
        for partition in catalog.partitions_below(index.table_key):
            parts[(index.schema, partition.name, index.partition_index_name(partition.name))] = index
    problems = []
    for index in catalog.indexes:
        parent = parts.get((index.schema, index.table, index.name))
        if parent is not None:
            problems.append(_problem(index, (
                f'index "{index.name}" on "{index.schema}.{index.table}" has the name of the part of index '
                f'"{parent.name}" on that partition: name it otherwise, or give the part another name in partition_names'
            )))
    return problems


def _roles(catalog: Catalog, platform: Catalog) -> list[Problem]:
    known = {r.name for r in catalog.roles} | {r.name for r in platform.roles} | {"PUBLIC"}
    problems = []
    for policy in catalog.policies:
        for role in policy.roles:
            if role not in known and role.upper() != "PUBLIC":
                problems.append(_problem(policy, f'policy "{policy.name}" on "{policy.schema}.{policy.table}" names unknown role "{role}"'))
    holders = [
        *catalog.schemas, *catalog.types, *catalog.tables, *catalog.views, *catalog.materialized_views,
        *catalog.sequences, *catalog.functions, *catalog.aggregates, *catalog.default_privileges,
        *(m for e in catalog.extensions for m in e.members),
    ]
    granted = [(_name(obj), obj.grants or ()) for obj in holders] + [
        (f'the identity sequence of "{t.schema}.{t.name}.{c.name}"', c.identity_grants)
        for t in catalog.tables for c in t.columns
    ]
    for name, grants in granted:
        for grant in grants:
            if grant.grantee not in known and grant.grantee.upper() != "PUBLIC":
                problems.append(_problem(grant, f'grant on {name} names unknown role "{grant.grantee}"'))
    owned = owned_objects(catalog)
    known |= {o.role for o in catalog.owners if o.role.startswith("pg_")}  # predefined: pg_database_owner
    if catalog.owner is not None and catalog.owner not in known:
        problems.append(Problem(catalog.owner_origin.file, catalog.owner_origin.line, 0,
                                f'owner names unknown role "{catalog.owner}" (declare it in roles)'))
    for ownership in catalog.owners:
        if ownership.role not in known and ownership.role != catalog.owner:
            obj = owned[ownership.node]
            problems.append(_problem(obj, f'owner of {_name(obj)} names unknown role "{ownership.role}" (declare it in roles)'))
    return problems


def _matview_refresh(catalog: Catalog, platform: Catalog) -> list[Problem]:
    refreshed = {}  # (schema, name) -> who refreshes it concurrently
    for view in catalog.materialized_views:
        if view.refresh_concurrently:
            refreshed.setdefault((view.schema, view.name), view)
    for fn in catalog.functions:
        for schema, name in _function_refs(fn).concurrent_refreshes:
            refreshed.setdefault((schema or fn.schema, name), fn)
    for job in catalog.cron_jobs:
        for schema, name in _statement_refs(job.command).concurrent_refreshes:
            refreshed.setdefault((schema or "public", name), job)
    problems = []
    for (schema, name), source in sorted(refreshed.items(), key=lambda kv: kv[0]):
        by = "" if isinstance(source, MaterializedView) else f" by {'function' if isinstance(source, Function) else 'cron job'} {_name(source)}"
        view = next((v for v in catalog.materialized_views if (v.schema, v.name) == (schema, name)), None)
        if view is None:
            continue
        suitable = [
            ix for ix in catalog.indexes
            if (ix.schema, ix.table) == (schema, name) and ix.unique and ix.where is None
            and all(e.column for e in ix.elements)
        ]
        if not suitable:
            problems.append(_problem(view, (
                f'materialized view "{schema}.{name}" is refreshed concurrently{by} but has no unique index '
                "on plain columns without WHERE; REFRESH ... CONCURRENTLY needs one"
            )))
    return problems


def probe_function_sql(fn: Function) -> str:
    """Return a CREATE FUNCTION statement good enough for pglast's PL/pgSQL parser."""
    args = ", ".join(
        (f"{a.mode} " if a.mode != "IN" else "") + (ident(a.name) + " " if a.name else "") + a.type
        for a in fn.arguments
    )
    returns = f" RETURNS {fn.returns}" if fn.returns else ""
    kind = "FUNCTION" if fn.kind == "function" else "PROCEDURE"
    return f"CREATE {kind} {qualified(fn.schema, fn.name)}({args}){returns} LANGUAGE plpgsql AS {dollar_quote(fn.body)}"


def _function_refs(fn: Function) -> fragments.References:
    try:
        if fn.language == "plpgsql":
            return fragments.parse_plpgsql_function(probe_function_sql(fn))
        if fn.standard_body:
            return fragments.parse_standard_body(fn.body)
        if fn.language == "sql":
            return fragments.parse_sql_body(fn.body)
        return fragments.References()
    except fragments.FragmentError:
        return fragments.References()  # reported by the syntax check


def _statement_refs(text: str) -> fragments.References:
    try:
        return fragments.parse_statements(text)
    except fragments.FragmentError:
        return fragments.References()


def _function_resolver(catalog: Catalog, platform: Catalog):
    """Return a test of whether a call to `schema.name` (schema None: unqualified) can resolve.

    A function the spec and the platform do not define can still exist: a built-in of
    pg_catalog, or one of a schema the spec does not manage (or that holds an extension,
    whose functions the spec does not list).
    """
    defined = {(f.schema, f.name) for f in (*catalog.functions, *platform.functions)}
    # public is every object's default schema, managed whether or not `schemas:` lists it.
    managed = {s.name for s in catalog.schemas} | {"pg_catalog", "public"}
    managed -= {e.schema for e in catalog.extensions if e.schema}

    def known(schema: str | None, name: str) -> bool:
        if schema is None:
            return ("public", name) in defined or name in builtin_functions() or "public" not in managed
        if schema == "pg_catalog":
            return name in builtin_functions()
        return (schema, name) in defined or schema not in managed

    return known


def _cron_jobs(catalog: Catalog, platform: Catalog) -> list[Problem]:
    known = _function_resolver(catalog, platform)
    problems = []
    for job in catalog.cron_jobs:
        for schema, name in sorted(_statement_refs(job.command).functions, key=lambda r: (r[0] or "", r[1])):
            if not known(schema, name):
                shown = f"{schema}.{name}" if schema else name
                problems.append(_problem(job, f'cron job {_name(job)} calls undefined function "{shown}()"'))
    return problems


def _security_definer(catalog: Catalog, platform: Catalog) -> list[Problem]:
    # A warning, not an error: PostgreSQL accepts such functions and real schemas have them
    # (inspect must write specs that validate). A plan creating one carries the
    # weakens-security hazard, so it is applied only when that hazard is allowed.
    return [
        _problem(fn, (
            f'function "{fn.schema}.{fn.name}" is SECURITY DEFINER without a fixed search_path; '
            'add search_path (e.g. "public, pg_temp" or "") so callers cannot hijack the names it uses'
        ), warning=True)
        for fn in catalog.functions
        if fn.security_definer and fn.setting("search_path") is None
    ]


def _triggers(catalog: Catalog, platform: Catalog) -> list[Problem]:
    known = _function_resolver(catalog, platform)
    problems = []
    for trigger in catalog.triggers:
        functions = [f for f in catalog.functions if f.qualified_name == trigger.function]
        if functions:
            if not any(f.returns == "trigger" and not f.identity_arguments for f in functions):
                problems.append(_problem(trigger, f'trigger "{trigger.name}": function "{trigger.function}" must take no arguments and return trigger'))
        elif not known(trigger.function.schema, trigger.function.name):
            problems.append(_problem(trigger, f'trigger "{trigger.name}" on "{trigger.schema}.{trigger.table}" calls undefined function "{trigger.function}"'))
        if (trigger.deferrable or trigger.initially_deferred) and not trigger.constraint:
            problems.append(_problem(trigger, f'trigger "{trigger.name}": only a constraint trigger (constraint: true) can be deferrable'))
        elif trigger.initially_deferred and not trigger.deferrable:
            problems.append(_problem(trigger, f'trigger "{trigger.name}": initially_deferred needs deferrable: true'))
        problems += _partition_states(catalog, trigger)
    return problems


def _partition_states(catalog: Catalog, trigger: Trigger) -> list[Problem]:
    """A partition_states key must name a partition of the trigger's table, at any depth."""
    table = QualifiedName(trigger.schema, trigger.table)
    below = {p.key for p in catalog.partitions_below(table)}
    return [
        _problem(trigger, (
            f'trigger "{trigger.name}" on "{table}": partition_states key "{partition_key(partition, trigger.schema)}"'
            " names no partition of the table (at any depth)"
        ))
        for partition, _ in trigger.partition_states if partition not in below
    ]


def _partition_policies(catalog: Catalog, platform: Catalog) -> list[Problem]:
    problems = []
    for table in catalog.tables:
        if table.partition_policy is None:
            continue
        if table.partition_by is None or table.partition_by.strategy != "range" or len(table.partition_by.key) != 1:
            problems.append(_problem(table, f"{table_label(table)}: partition_policy needs partition_by with strategy range on one column"))
            continue
        column = table.column(table.partition_by.key[0])
        if column is not None and "time" not in column.type.lower() and "date" not in column.type.lower():
            problems.append(_problem(table, f'{table_label(table)}: partition_policy needs a date or timestamp partition key; "{column.name}" is {column.type}'))
        if len((table.name + PARTITION_SUFFIX).encode()) > MAX_IDENTIFIER_BYTES:
            problems.append(_problem(table, f"{table_label(table)}: name too long for time partitions (at most {MAX_IDENTIFIER_BYTES - len(PARTITION_SUFFIX)} bytes)"))
    return problems


def _types(catalog: Catalog, platform: Catalog) -> list[Problem]:
    """Enum labels, composite attributes and domain checks must each be unique."""
    problems = []
    for t in catalog.types:
        if isinstance(t, EnumType):
            kind, parts, what = "enum", t.labels, "label"
        elif isinstance(t, CompositeType):
            kind, parts, what = "composite type", [a.name for a in t.attributes], "attribute"
        elif isinstance(t, Domain):
            kind, parts, what = "domain", [c.name for c in t.checks], "check"
        else:
            continue
        for name in sorted({p for p in parts if list(parts).count(p) > 1}):
            problems.append(_problem(t, f'{kind} {_name(t)}: {what} "{name}" is declared more than once'))
        if isinstance(t, EnumType):
            problems += [
                _problem(t, f'{kind} {_name(t)}: label "{label}" is longer than {MAX_IDENTIFIER_BYTES} bytes')
                for label in t.labels if len(label.encode()) > MAX_IDENTIFIER_BYTES
            ]
    return problems


def _typed_tables(catalog: Catalog, platform: Catalog) -> list[Problem]:
    """A typed table is of a composite type the spec declares, and its columns are that
    type's attributes (spec.build._typed_columns has given them their types)."""
    composites = {t.key for t in catalog.types if isinstance(t, CompositeType)}
    problems = []
    for table in catalog.tables:
        if table.of_type is None:
            continue
        if table.of_type not in composites:
            problems.append(_problem(table, f"{table_label(table)}: of_type {table.of_type} is not a composite type of the spec"))
            continue
        problems += [
            _problem(c, f'{table_label(table)}: column "{c.name}" is not an attribute of its type {table.of_type}')
            for c in table.columns if c.type is None
        ]
    return problems


# PostgreSQL's own access methods, by type.
BUILTIN_ACCESS_METHODS = {"table": ("heap",), "index": ("brin", "btree", "gin", "gist", "hash", "spgist")}


def _access_methods(catalog: Catalog, platform: Catalog) -> list[Problem]:
    """A table's or materialized view's `access_method` is a table access method and an
    index's `using` an index one: PostgreSQL's own, one of access_methods, or (when the spec
    declares extensions) maybe an extension's, which only the database knows. A partitioned
    table has none in PostgreSQL 15."""
    declared = {m.name: m.type for m in catalog.access_methods}
    problems = []

    def wrong(name: str, wanted: str) -> str | None:
        if name in BUILTIN_ACCESS_METHODS[wanted] or declared.get(name) == wanted:
            return None
        if name in declared or any(name in names for names in BUILTIN_ACCESS_METHODS.values()):
            return f'"{name}" is an access method of another type than {wanted}'
        if catalog.extensions:
            return None  # perhaps an extension's
        return (f'"{name}" is none of access_methods (nor PostgreSQL\'s own): declare it there, '
                "or the extension that creates it")

    for relation in (*catalog.tables, *catalog.materialized_views):
        kind = "materialized view" if isinstance(relation, MaterializedView) else "table"
        label = f'{kind} "{relation.schema}.{relation.name}"'
        if relation.access_method is None:
            continue
        if getattr(relation, "partition_by", None) is not None:
            problems.append(_problem(relation, f"{label}: a partitioned table has no access_method (PostgreSQL 15 "
                                               "refuses one): set it on its partitions"))
        elif (message := wrong(relation.access_method, "table")) is not None:
            problems.append(_problem(relation, f"{label}: access_method {message}"))
    for index in catalog.indexes:
        if (message := wrong(index.method, "index")) is not None:
            problems.append(_problem(index, f'index "{index.name}" on "{index.schema}.{index.table}": using {message}'))
    return problems
