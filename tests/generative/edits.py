"""Random edits: the second schema of a pair is the first one with a few changes.

Each edit adds, drops or alters one object (or one part of a table) and returns whether
it changed anything; `Schema.prune()` then drops what no longer has its dependencies,
as a DROP ... CASCADE would. Renames are out of scope (they need spec hints). Columns are
only added last and dropped last: PostgreSQL cannot reorder columns, so a column dropped
in the middle could not be re-added in place by the reverse plan.
"""

from __future__ import annotations

from . import catalog_kinds, more_kinds, pgdump_kinds, table_kinds
from .build import DEFAULTS, INTEGERS, NUMERIC, TEXTY, Generator, retype_targets
from .features import avoid, enabled
from .objects import (Comment, Schema, Constraint, Expr, Extension, Function, Grant, Index, Partition, Policy,
                      SchemaObj, Sequence, SequenceOwner, Table, Trigger, View)


def _drop(gen: Generator, cls) -> bool:
    obj = gen.pick(gen.schema.of(cls))
    if obj is None:
        return False
    gen.schema.remove(obj)
    return True


def drop_table(gen):
    return _drop(gen, Table)


def drop_view(gen):
    view = gen.pick([v for v in gen.schema.of(View) if not v.materialized])
    return view is not None and (gen.schema.remove(view) or True)


def drop_matview(gen):
    view = gen.pick([v for v in gen.schema.of(View) if v.materialized])
    return view is not None and (gen.schema.remove(view) or True)


def change_view(gen, materialized=False):
    view = gen.pick([v for v in gen.schema.of(View) if v.materialized == materialized])
    if view is None:
        return False
    source = gen.schema.find(("rel", *view.source))
    columns = gen.columns_of(source)
    if not columns:
        return False
    gen.fill_view(view, columns)
    return True


def add_column(gen):
    table = gen.pick(gen.tables())
    if table is None:
        return False
    table.columns.append(gen.new_column(table))
    return True


def _last_column(gen, table):
    column = table.columns[-1]
    if table.partition_by and column.name == table.partition_by[1]:
        return None
    return column


def drop_last_column(gen):
    table = gen.pick([t for t in gen.tables() if len(t.columns) > 1])
    if table is None or _last_column(gen, table) is None:
        return False
    table.columns.pop()
    return True


def _generation_sources(columns) -> set:
    """Return the names of the columns that the generated ones among `columns` are computed from."""
    return {k[3] for c in columns if c.generated is not None for k in c.generated.deps}


def change_column_type(gen):
    table = gen.pick(gen.tables())
    if table is None:
        return False
    candidates = [c for c in table.columns if c.generated is None and c.identity is None
                  and not (table.partition_by and c.name == table.partition_by[1])]
    if avoid("generated_column_base_type_change"):
        candidates = [c for c in candidates if c.name not in _generation_sources(table.columns)]
    if avoid("generated_expression_change_not_last"):
        # A generated column loses its expression with its source's old type (Table.repair):
        # the reverse plan adds it again, as the last column (seed 40000093).
        candidates = [c for c in candidates if c.name not in _generation_sources(table.columns[:-1])]
    column = gen.pick(candidates)
    if column is None:
        return False
    new_type = gen.pick(retype_targets(column.type))
    if new_type == "citext" and not gen.ensure_extension("citext"):
        return False
    column.type = new_type
    if new_type not in TEXTY:  # (only text types have collations)
        column.collation = None
        if column.type_key is not None and column.type_key[0] == "collation":
            column.type_key = None
    if column.default is not None and (column.default.deps or gen.chance(0.5)):
        column.default = gen.default_for(table, column)
    elif column.default is not None:
        options = DEFAULTS.get(new_type)
        column.default = Expr(gen.pick(options)) if options else None
    return True


def toggle_not_null(gen):
    table = gen.pick(gen.tables())
    if table is None:
        return False
    keys = {c for k in gen.schema.of(Constraint) if k.kind == "pk" and k.table == table.name for c in k.columns}
    columns = [c for c in table.columns if c.name not in keys and c.identity is None
               and not (table.partition_by and c.name == table.partition_by[1])]
    column = gen.pick(columns)
    if column is None:
        return False
    column.not_null = not column.not_null
    return True


def change_default(gen):
    table = gen.pick(gen.tables())
    if table is None:
        return False
    column = gen.pick([c for c in table.columns if c.identity is None and c.generated is None])
    if column is None:
        return False
    before = column.default
    column.default = None if before is not None and gen.chance(0.4) else gen.default_for(table, column)
    return column.default != before


def toggle_identity(gen):
    table = gen.pick([t for t in gen.tables() if not t.partition_by])
    if table is None or not enabled("identity"):
        return False
    column = gen.pick([c for c in table.columns if c.type in INTEGERS and c.generated is None
                       and (c.identity is not None or c.default is None)])
    if column is None:
        return False
    if column.identity is None:
        if avoid("serial_to_identity") and column.default is not None:
            return False
        column.identity, column.not_null, column.default = gen.pick(["ALWAYS", "BY DEFAULT"]), True, None
    elif gen.chance(0.4):
        column.identity = "ALWAYS" if column.identity == "BY DEFAULT" else "BY DEFAULT"
    elif gen.chance(0.4) and not avoid("identity_sequence_options"):
        column.identity_options = gen.pick([None, "START WITH 100", "INCREMENT BY 2 MAXVALUE 1000"])
    else:
        column.identity, column.identity_options = None, None
    return True


def change_generated(gen):
    table = gen.pick([t for t in gen.tables() if t.columns[-1].generated is not None
                      or not avoid("generated_expression_change_not_last")])
    if table is None:
        return False
    columns = [c for c in table.columns if c.generated is not None]
    if avoid("generated_expression_change_not_last"):
        columns = [c for c in columns if c is table.columns[-1]]
    column = gen.pick(columns)
    if column is None:
        return False
    if gen.chance(0.4):
        column.generated = None  # DROP EXPRESSION: it becomes a plain column
        return True
    sources = [c for c in table.columns if c.generated is None and c.type in NUMERIC + ("text",)]
    source = gen.pick(sources)
    if source is None:
        return False
    column.type, column.generated = gen.generation(table, source)
    return True


def drop_constraint(gen):
    return _drop(gen, Constraint)


def change_check(gen):
    check = gen.pick([c for c in gen.schema.of(Constraint) if c.kind == "check"])
    if check is None:
        return False
    table = gen.schema.find(("rel", check.schema, check.table))
    column = gen.pick([c for c in table.columns if c.generated is None])
    check.definition = gen._check(check.schema, check.table, column)
    check.definition = Expr(f"CHECK ({check.definition.sql})", check.definition.deps)
    return True


def change_index(gen):
    index = gen.pick(gen.schema.of(Index))
    if index is None:
        return False
    relation = gen.schema.find(("rel", index.schema, index.table))
    replacement = gen.add_index(relation)
    if replacement is None:
        return False
    gen.schema.remove(replacement)
    index.body, index.unique = replacement.body, replacement.unique
    return True


def change_sequence(gen):
    seq = gen.pick(gen.schema.of(Sequence))
    if seq is None:
        return False
    if enabled("unlogged_sequences") and gen.chance(0.3):
        seq.unlogged = not seq.unlogged
    else:
        seq.options = gen.sequence_options()
    return True


def drop_function(gen):
    fn = gen.pick([f for f in gen.schema.of(Function) if f.returns is not None])
    return fn is not None and (gen.schema.remove(fn) or True)


def drop_procedure(gen):
    fn = gen.pick([f for f in gen.schema.of(Function) if f.returns is None])
    return fn is not None and (gen.schema.remove(fn) or True)


def change_function(gen):
    fn = gen.pick(gen.schema.of(Function))
    if fn is None:
        return False
    r = gen.rng.random()
    if fn.returns is None or fn.returns == "trigger" or r < 0.4:
        # A new body of the same shape: the same language, another constant.
        if fn.language == "plpgsql":
            fn.body = Expr(fn.body.sql.replace("BEGIN\n", "BEGIN\n  -- changed\n", 1), fn.body.deps)
        else:
            # (A block comment: a standard body goes on with "; END" after it.)
            fn.body = Expr(fn.body.sql + " /* changed */", fn.body.deps)
        return True
    if r < 0.7 and fn.returns in ("integer", "bigint", "numeric") and "::" in fn.body.sql:
        if avoid("chain_default_calls_function_return_type_change") and _called_by_default(gen, fn):
            return False
        new = gen.pick([t for t in ("integer", "bigint", "numeric") if t != fn.returns])
        fn.body = Expr(fn.body.sql.replace(f")::{fn.returns}", f")::{new}"), fn.body.deps)
        fn.returns = new
        return True
    if fn.body.deps:
        fn.volatility = "STABLE" if fn.volatility == "VOLATILE" else "VOLATILE"
    else:
        fn.volatility = gen.pick([v for v in ("IMMUTABLE", "STABLE", "VOLATILE") if v != fn.volatility])
    fn.strict = gen.chance(0.5)
    return True


def _called_by_default(gen, fn) -> bool:
    return any(c.default is not None and ("fnret", *fn.signature, fn.returns) in c.default.deps
               for t in gen.tables() for c in t.columns)


def change_trigger(gen):
    trigger = gen.pick(gen.schema.of(Trigger))
    if trigger is None:
        return False
    relation = gen.schema.find(("rel", trigger.schema, trigger.table))
    gen.schema.remove(trigger)
    replacement = gen.add_trigger(relation, trigger.name) if relation is not None else None
    return replacement is not None


def toggle_rls(gen):
    table = gen.pick(gen.tables())
    if table is None or not enabled("rls"):
        return False
    if gen.chance(0.3):
        table.force_rls = not table.force_rls
    else:
        table.rls = not table.rls
        if not table.rls:
            for policy in [p for p in gen.schema.of(Policy) if (p.schema, p.table) == (table.schema, table.name)]:
                gen.schema.remove(policy)
    return True


def change_policy(gen):
    policy = gen.pick(gen.schema.of(Policy))
    if policy is None:
        return False
    table = gen.schema.find(("rel", policy.schema, policy.table))
    replacement = gen.add_policy(table, policy.name)
    gen.schema.remove(replacement)
    gen.schema.objects[gen.schema.objects.index(policy)] = replacement
    return True


def change_comment(gen):
    comment = gen.pick(gen.schema.of(Comment))
    if comment is None:
        return False
    text = gen.comment_text()
    changed = text != comment.text
    comment.text = text
    return changed


def drop_extension(gen):
    return _drop(gen, Extension)


def drop_schema(gen):
    return _drop(gen, SchemaObj)


def drop_partition(gen):
    return _drop(gen, Partition)


def change_partition_bound(gen):
    partition = gen.pick(gen.schema.of(Partition))
    if partition is None:
        return False
    table = gen.schema.find(("rel", *partition.parent))
    replacement = gen.add_partition(table)
    if replacement is None:
        return False
    gen.schema.remove(replacement)
    partition.bound = replacement.bound
    return True


def add_partition(gen):
    table = gen.pick(gen.tables(partitioned=True))
    return table is not None and gen.add_partition(table) is not None


def _add(name, method):
    def edit(gen):
        return method(gen) is not None
    edit.__name__ = name
    return edit


def _drop_of(cls):
    def edit(gen):
        return _drop(gen, cls)
    edit.__name__ = f"drop_{cls.__name__.lower()}"
    return edit


def change_matview(gen):
    return change_view(gen, materialized=True)


# (edit, the kind it needs): the edit generator picks among the enabled ones.
EDITS = [
    (_add("add_table", Generator.add_table), None), (drop_table, None),
    (add_column, None), (drop_last_column, None), (change_column_type, None), (toggle_not_null, None),
    (change_default, "defaults"), (toggle_identity, "identity"), (change_generated, "generated"),
    (_add("add_constraint", Generator.add_constraint_somewhere), "constraints"),
    (drop_constraint, "constraints"), (change_check, "constraints"),
    (add_partition, "partitions"), (drop_partition, "partitions"), (change_partition_bound, "partitions"),
    (_add("add_index", Generator.add_index), "indexes"), (_drop_of(Index), "indexes"), (change_index, "indexes"),
    (_add("add_sequence", Generator.add_sequence), "sequences"), (_drop_of(Sequence), "sequences"),
    (change_sequence, "sequences"), (_add("add_sequence_owner", Generator.add_sequence_owner), "sequences"),
    (_drop_of(SequenceOwner), "sequences"),
    (_add("add_view", Generator.add_view), "views"), (drop_view, "views"), (change_view, "views"),
    (_add("add_matview", lambda gen: gen.add_view(materialized=True)), "matviews"), (drop_matview, "matviews"),
    (change_matview, "matviews"),
    (_add("add_function", Generator.add_function), "functions"), (_add("add_overload", Generator.add_overload), "functions"),
    (drop_function, "functions"), (change_function, "functions"),
    (_add("add_procedure", Generator.add_procedure), "procedures"), (drop_procedure, "procedures"),
    (_add("add_trigger", Generator.add_trigger), "triggers"), (_drop_of(Trigger), "triggers"),
    (change_trigger, "triggers"),
    (toggle_rls, "rls"), (_add("add_policy", Generator.add_policy), "policies"), (_drop_of(Policy), "policies"),
    (change_policy, "policies"),
    (_add("add_grant", Generator.add_grant), "grants"), (_drop_of(Grant), "grants"),
    (_add("add_comment", Generator.add_comment), "comments"), (_drop_of(Comment), "comments"),
    (change_comment, "comments"),
    (drop_extension, "extensions"), (_add("add_schema", Generator.add_schema), "schemas"), (drop_schema, "schemas"),
] + more_kinds.EDITS + catalog_kinds.EDITS + pgdump_kinds.EDITS


def known_bug(first: Schema, second: Schema) -> str | None:
    """Return the AVOID switch a pair would trip, or None. These bugs show in either
    direction: an object on one side only that uses what changes between the sides, or a
    table that owns a sequence or is published and changes its persistence."""
    one = {o.key: o for o in first.objects}
    two = {o.key: o for o in second.objects}
    retyped, redefined = set(), set()
    for key in one.keys() & two.keys():
        a, b = one[key], two[key]
        if isinstance(a, Table):
            types = {c.name: c.type for c in b.columns}
            retyped |= {(a.schema, a.name, c.name) for c in a.columns if types.get(c.name, c.type) != c.type}
        elif isinstance(a, View) and a.statements() != b.statements():
            redefined.add(key)
        if isinstance(a, Table) and a.unlogged != b.unlogged:
            for switch, cls in (("unlogged_table_owns_sequence", SequenceOwner),
                                ("unlogged_table_leaves_publication", catalog_kinds.Publication)):
                if avoid(switch) and any(isinstance(o, cls) and _names_table(o, a) for o in first.objects + second.objects):
                    return switch
    only = [one.get(key) or two.get(key) for key in one.keys() ^ two.keys()]
    found = table_kinds.known_bug(one, two)
    if found is not None:
        return found
    if avoid("partition_rebound_with_new_parent_column") and _rebound_under_new_column(one, two):
        return "partition_rebound_with_new_parent_column"
    if avoid("partitioned_column_compression_new_partition") and _compression_under_new_partition(first, second, only):
        return "partitioned_column_compression_new_partition"
    if avoid("trigger_when_in_list_on_varchar") and any(
            _when_in_list_on_varchar(t) and (t.key not in one or t.key not in two or one[t.key] != two[t.key])
            for t in first.objects + second.objects if isinstance(t, Trigger)):
        return "trigger_when_in_list_on_varchar"
    defaults = [d for d in first.objects + second.objects if isinstance(d, catalog_kinds.DefaultPrivilege)]
    if avoid("new_table_under_default_privileges") and any(
            isinstance(t, Table) and (t.schema, "TABLES") == (d.schema, d.object_type) for d in defaults for t in only):
        return "new_table_under_default_privileges"
    for key in one.keys() ^ two.keys():
        obj = one.get(key) or two.get(key)
        needs = obj.deps()
        if avoid("second_run_alters_type_under_new_dependent") and any(
                k[0] in ("col", "type") and k[1:4] in retyped for k in needs):
            return "second_run_alters_type_under_new_dependent"
        if avoid("second_run_drops_view_under_new_dependent") and needs & redefined:
            return "second_run_drops_view_under_new_dependent"
    return None


def _when_in_list_on_varchar(trigger: Trigger) -> bool:
    """Whether a trigger's WHEN compares a varchar column with IN (...)."""
    when = trigger.when
    return when is not None and " IN (" in when.sql and any(
        k[0] == "type" and k[-1].startswith("varchar") for k in when.deps)


def _rebound_under_new_column(one: dict, two: dict) -> bool:
    """Whether a partition kept on both sides changes its bound while its parent's columns change."""
    for key in one.keys() & two.keys():
        a, b = one[key], two[key]
        if isinstance(a, Partition) and isinstance(b, Partition) and a.bound.sql != b.bound.sql:
            parents = [side.get(("rel", *a.parent)) for side in (one, two)]
            if all(isinstance(p, Table) for p in parents) and \
                    {c.name for c in parents[0].columns} != {c.name for c in parents[1].columns}:
                return True
    return False


def _compression_under_new_partition(first: Schema, second: Schema, only: list) -> bool:
    """Whether a partitioned table's column has a COMPRESSION while a partition of it is on one side only."""
    parents = {p.parent for p in only if isinstance(p, Partition)}
    return any(isinstance(o, more_kinds.TableSetting) and o.option == "compression" and (o.schema, o.table) in parents
               for o in first.objects + second.objects)


def _names_table(obj, table: Table) -> bool:
    """Whether a sequence owner or publication names `table`."""
    if isinstance(obj, SequenceOwner):
        return (obj.schema, obj.table) == (table.schema, table.name)
    return (table.schema, table.name) in obj.tables


def edit(gen: Generator, count: int) -> list[str]:
    """Apply `count` random edits that change something; return their names."""
    pool = [(e, kind) for e, kind in EDITS if kind is None or enabled(kind)]
    done, attempts = [], 0
    while len(done) < count and attempts < 50:
        attempts += 1
        chosen, _ = gen.pick(pool)
        if chosen(gen):
            done.append(chosen.__name__)
        gen.schema.prune()
    return done
