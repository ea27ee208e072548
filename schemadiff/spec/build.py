"""Turn validated spec data into the object model, filling in PostgreSQL's defaults."""

from __future__ import annotations

from dataclasses import replace

from ..model import (
    Argument, Catalog, CheckConstraint, Column, CompositeType, CronJob, ExclusionConstraint, ExclusionElement,
    Extension, ExtensionMember, ForeignKey, Function, Grant, IdentityOptions, Index, IndexElement, MaterializedView, Origin,
    PartitionPolicy, PartitionScheme, Policy, PrimaryKey, QualifiedName, Rename, Role, Schema, Sequence,
    Table, Trigger, UniqueConstraint, View,
)
from ..model.base import sorted_grants
from ..model.cluster import (
    MEMBER_KINDS, ROLE_ATTRIBUTES, default_schema_comment, default_schema_grants, merge_unnamed_jobs,
)
from ..model.own_privileges import own_privileges_of
from ..model.owners import Ownership, owned_objects
from ..model.routines import VIEW_OPTIONS
from ..quote import ident
from .build_database import fdw_options
from .build_objects import build_objects
from .build_types import build_types, collation, label_renames
from .names import object_name, unique_name
from .yamlsource import Document

DEFAULT_SCHEMA = "public"
# The spec's trigger `enabled` values and the model's names for them.
TRIGGER_ENABLED = {True: "origin", False: "disabled", "replica": "replica", "always": "always"}


class ModelBuilder:
    """Build a Catalog from a Document whose data passed the JSON Schema."""

    def __init__(self, doc: Document, data: dict):
        self.doc = doc
        self.data = data
        self._paths: dict[int, tuple[Origin, tuple]] = {}  # id(origin) -> (origin, its spec path)

    def origin(self, path) -> Origin:
        origin = Origin(self.doc.file, self.doc.position(path).line)
        # Every object is given its own Origin here: by it, owners() finds the object's item.
        self._paths[id(origin)] = (origin, path)
        return origin

    def owners(self, catalog: Catalog) -> tuple[Ownership, ...]:
        """Return the managed owners: an object's own `owner:`, else the top-level one."""
        found = []
        for node, obj in owned_objects(catalog).items():
            item = self.data
            for step in self._paths[id(obj.origin)][1]:
                item = item[step]
            role = item.get("owner", self.data.get("owner"))
            if role is not None:
                found.append(Ownership(node, role))
        return tuple(sorted(found))

    def build(self) -> Catalog:
        data = self.data
        tables, indexes, policies, triggers = [], [], [], []
        for i, item in enumerate(data.get("tables", [])):
            path = ("tables", i)
            table = self.table(item, path)
            tables.append(table)
            indexes.extend(self.indexes(item, table.schema, table.name, path))
            for partition, p, here in self.partitions(item, table, path):
                tables.append(partition)
                indexes.extend(self.indexes(p, partition.schema, partition.name, here))
            policies.extend(self.policies(item, table, path))
            triggers.extend(self.triggers(item, table, path))
        views = []
        for i, item in enumerate(data.get("views", [])):
            views.append(self.view(item, ("views", i)))
            triggers.extend(self.triggers(item, views[-1], ("views", i)))  # INSTEAD OF
        matviews = []
        for i, item in enumerate(data.get("materialized_views", [])):
            path = ("materialized_views", i)
            schema = item.get("schema", DEFAULT_SCHEMA)
            matviews.append(MaterializedView(
                schema=schema, name=item["name"], query=item["query"],
                with_data=item.get("with_data", True),
                refresh_concurrently=item.get("refresh") == "concurrently", cluster_on=item.get("cluster_on"),
                access_method=access_method(item), tablespace=item.get("tablespace"),
                storage_parameters=tuple(sorted(storage_parameters(item.get("storage_parameters")))),
                option_order=tuple(item.get("storage_parameters", {})),
                comment=item.get("comment"), column_comments=_column_comments(item),
                column_compression=tuple(sorted(item.get("column_compression", {}).items())),
                grants=self.grants(item, path), own_privileges=own_privileges_of(MaterializedView, item.get("own_privileges")),
                origin=self.origin(path),
            ))
            indexes.extend(self.indexes(item, schema, item["name"], path))
        types = tuple(build_types(self, data))
        composites = {t.key: t for t in types if isinstance(t, CompositeType)}
        tables = [_typed_columns(t, composites) if t.of_type else t for t in tables]
        catalog = Catalog(
            platform=data.get("platform"),
            owner=data.get("owner"), owner_origin=self.origin(("owner",)) if "owner" in data else None,
            roles=tuple(self.role(r, ("roles", i)) for i, r in enumerate(data.get("roles", []))),
            schemas=tuple(
                Schema(s["name"], s["comment"] if "comment" in s else default_schema_comment(s["name"]),
                       self.grants(s, ("schemas", i)) if "grants" in s else default_schema_grants(s["name"]),
                       own_privileges_of(Schema, s.get("own_privileges")), self.origin(("schemas", i)))
                for i, s in enumerate(data.get("schemas", []))
            ),
            extensions=tuple(self.extension(e, ("extensions", i)) for i, e in enumerate(data.get("extensions", []))),
            types=types,
            sequences=tuple(self.sequence(s, ("sequences", i)) for i, s in enumerate(data.get("sequences", []))),
            tables=tuple(tables),
            indexes=tuple(indexes),
            views=tuple(views),
            materialized_views=tuple(matviews),
            functions=tuple(self.function(f, ("functions", i)) for i, f in enumerate(data.get("functions", []))),
            triggers=tuple(triggers),
            policies=tuple(policies),
            renames=tuple(sorted(self.renames(data))),
            cron_jobs=tuple(merge_unnamed_jobs(  # an unnamed job declared twice is scheduled twice
                CronJob(j.get("name"), j["schedule"], j["command"].strip(), j.get("database"),
                        origin=self.origin(("cron_jobs", i)))
                for i, j in enumerate(data.get("cron_jobs", []))
            )),
            **build_objects(self, data),
        )
        return replace(catalog, owners=self.owners(catalog)).normalize()

    @staticmethod
    def renames(data) -> list[Rename]:
        """Collect every `renamed_from` of tables and what they hold."""
        found = []
        for table in data.get("tables", []):
            schema, name = table.get("schema", DEFAULT_SCHEMA), table["name"]
            if "renamed_from" in table:
                found.append(Rename("table", schema, table["renamed_from"], name))
            for column in table.get("columns", []):
                if "renamed_from" in column:
                    found.append(Rename("column", schema, column["renamed_from"], column["name"], name))
            for policy in table.get("policies", []):
                if "renamed_from" in policy:
                    found.append(Rename("policy", schema, policy["renamed_from"], policy["name"], name))
            # A partition's own indexes and constraints are renamed as a table's are.
            for holder, here, _ in [(table, schema, ()), *partition_items(table, schema)]:
                for index in holder.get("indexes", []):
                    if "renamed_from" in index and "name" in index:
                        found.append(Rename("index", here, index["renamed_from"], index["name"]))
                constraints = [holder.get("primary_key") or {}] + [
                    c for kind in ("unique", "foreign_keys", "checks") for c in holder.get(kind, [])
                ]
                for constraint in constraints:
                    if "renamed_from" in constraint and "name" in constraint:
                        found.append(Rename("constraint", here, constraint["renamed_from"], constraint["name"], holder["name"]))
        return found + label_renames(data)

    def grants(self, item, path) -> tuple[Grant, ...]:
        return sorted_grants(
            Grant(g["to"], tuple(p.upper() for p in g["privileges"]), g.get("with_grant_option", False),
                  self.origin(path + ("grants", i)))
            for i, g in enumerate(item.get("grants", []))
        )

    def extension(self, item, path) -> Extension:
        members = []
        for i, m in enumerate(item.get("members", [])):
            kind = next(k for k in MEMBER_KINDS if k in m)  # the JSON Schema asks for exactly one
            members.append(ExtensionMember(kind, m[kind], self.grants(m, path + ("members", i)),
                                           origin=self.origin(path + ("members", i)), column=m.get("column")))
        return Extension(
            item["name"], item.get("schema"), item.get("version"), self.origin(path),
            members=tuple(sorted(members, key=lambda m: m.key)), comment=item.get("comment"),
        )

    def role(self, item, path) -> Role:
        attributes = {k: item[k] for k in ROLE_ATTRIBUTES if k in item}
        return Role(item["name"], **attributes, comment=item.get("comment"), origin=self.origin(path))

    def sequence(self, item, path) -> Sequence:
        owned = item.get("owned_by")
        return Sequence(
            schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"],
            data_type=item.get("type", "bigint"), start=item.get("start"),
            increment=item.get("increment", 1), min_value=item.get("min_value"),
            max_value=item.get("max_value"), cache=item.get("cache", 1), cycle=item.get("cycle", False),
            unlogged=item.get("unlogged", False), owned_by=(owned["table"], owned["column"]) if owned else None,
            comment=item.get("comment"), grants=self.grants(item, path),
            own_privileges=own_privileges_of(Sequence, item.get("own_privileges")), origin=self.origin(path),
        )

    def table(self, item, path) -> Table:
        name = item["name"]
        columns = tuple(
            Column(
                name=c["name"], type=c.get("type"), nullable=c.get("nullable", True),
                default=_strip(c.get("default")), identity=c.get("identity"),
                identity_options=_identity_options(c.get("identity_options"), item.get("unlogged", False)),
                generated=_strip(c.get("generated")), collation=collation(c.get("collation")),
                comment=c.get("comment"), grants=self.grants(c, path + ("columns", j)),
                identity_grants=self.grants(c.get("identity_options", {}), path + ("columns", j, "identity_options")),
                identity_own_privileges=own_privileges_of(Sequence, c.get("identity_options", {}).get("own_privileges")),
                storage=c.get("storage"), compression=c.get("compression"), statistics=c.get("statistics"),
                options=storage_parameters(c.get("options")), fdw_options=fdw_options(c.get("fdw_options")),
                origin=self.origin(path + ("columns", j)),
            )
            for j, c in enumerate(item.get("columns", []))
        )
        policy = item.get("partition_policy")
        rls = item.get("rls", {})
        return Table(
            schema=item.get("schema", DEFAULT_SCHEMA), name=name, columns=columns,
            constraints=self.constraints(item, path, item.get("schema", DEFAULT_SCHEMA)),
            partition_by=_partition_scheme(item),
            partition_policy=PartitionPolicy(policy["interval"], policy["premake"], policy["retention"]) if policy else None,
            rls_enabled=rls.get("enabled", False), rls_forced=rls.get("forced", False),
            unlogged=item.get("unlogged", False), **_physical(item),
            inherits=tuple(
                QualifiedName(p.get("schema", item.get("schema", DEFAULT_SCHEMA)), p["table"]) for p in item.get("inherits", [])
            ),
            column_statistics=tuple(sorted(item.get("column_statistics", {}).items())),
            column_compression=tuple(sorted(item.get("column_compression", {}).items())),
            column_storage=tuple(sorted(item.get("column_storage", {}).items())),
            of_type=QualifiedName(item["of_type"].get("schema", item.get("schema", DEFAULT_SCHEMA)), item["of_type"]["name"])
            if "of_type" in item else None,
            server=item["foreign"]["server"] if "foreign" in item else None,
            foreign_options=fdw_options(item.get("foreign", {}).get("options")),
            comment=item.get("comment"), grants=self.grants(item, path),
            own_privileges=own_privileges_of(Table, item.get("own_privileges")), origin=self.origin(path),
        )

    def constraints(self, item, path, schema: str) -> tuple:
        """Return the constraints of a table or partition in `schema`, where the tables its
        foreign keys reference are unless they say otherwise."""
        choose = _namer(item["name"])
        found = []
        if "primary_key" in item:
            pk = item["primary_key"]
            found.append(PrimaryKey(
                choose(pk.get("name"), [], "pkey"), tuple(pk["columns"]), **_deferral(pk), **_index_parameters(pk),
                comment=pk.get("comment"),
                origin=self.origin(path + ("primary_key",)),
            ))
        for j, u in enumerate(item.get("unique", [])):
            found.append(UniqueConstraint(
                choose(u.get("name"), u["columns"], "key"), tuple(u["columns"]),
                u.get("nulls_not_distinct", False), **_deferral(u), **_index_parameters(u), comment=u.get("comment"),
                origin=self.origin(path + ("unique", j)),
            ))
        for j, fk in enumerate(item.get("foreign_keys", [])):
            ref = fk["references"]
            found.append(ForeignKey(
                name=choose(fk.get("name"), fk["columns"], "fkey"), columns=tuple(fk["columns"]),
                references=QualifiedName(ref.get("schema", schema), ref["table"]),
                referenced_columns=tuple(ref["columns"]),
                on_delete=fk.get("on_delete", "NO ACTION"), on_update=fk.get("on_update", "NO ACTION"),
                on_delete_columns=tuple(fk.get("on_delete_columns", ())),
                **_deferral(fk), match_full=fk.get("match") == "full", valid=not fk.get("not_valid", False),
                comment=fk.get("comment"), origin=self.origin(path + ("foreign_keys", j)),
            ))
        found += self.checks(item, path, choose)
        for j, ex in enumerate(item.get("exclusions", [])):
            elements = tuple(
                ExclusionElement(ident(e["column"]) if "column" in e else f"({_strip(e['expression'])})", e["operator"])
                for e in ex["elements"]
            )
            found.append(ExclusionConstraint(
                choose(ex.get("name"), [], "excl"), ex.get("using", "gist"), elements,
                _strip(ex.get("where")), **_deferral(ex), **_index_parameters(ex), comment=ex.get("comment"),
                origin=self.origin(path + ("exclusions", j)),
            ))
        return tuple(found)

    def checks(self, item, path, choose) -> list[CheckConstraint]:
        return [
            CheckConstraint(
                choose(check.get("name"), [], "check"), _strip(check["expression"]),
                valid=not check.get("not_valid", False), no_inherit=check.get("no_inherit", False), comment=check.get("comment"),
                origin=self.origin(path + ("checks", j)),
            )
            for j, check in enumerate(item.get("checks", []))
        ]

    def partitions(self, item, parent: Table, path) -> list[tuple[Table, dict, tuple]]:
        """Return (partition, its spec item, its path) for every partition under `item`; a
        sub-partitioned partition's own are partitions of it."""
        parents = {path: parent.key}
        found = []
        for p, schema, here in partition_items(item, parent.schema, path):
            partition = Table(
                schema=schema, name=p["name"], columns=(), partition_of=parents[here[:-2]],
                partition_bound=p["bound"].strip(), constraints=self.constraints(p, here, schema),
                partition_by=_partition_scheme(p),
                column_compression=tuple(sorted(p.get("column_compression", {}).items())),
                column_defaults=tuple(sorted((c, _strip(d)) for c, d in p.get("column_defaults", {}).items())),
                not_null_columns=tuple(sorted(set(p.get("not_null_columns", ())))),
                column_statistics=tuple(sorted(p.get("column_statistics", {}).items())),
                column_storage=tuple(sorted(p.get("column_storage", {}).items())),
                **_physical(p),
                comment=p.get("comment"), grants=self.grants(p, here),
                own_privileges=own_privileges_of(Table, p.get("own_privileges")), origin=self.origin(here),
            )
            parents[here] = partition.key
            found.append((partition, p, here))
        return found

    def indexes(self, item, schema: str, table: str, path) -> list[Index]:
        found = []
        taken: set[str] = set()
        for j, ix in enumerate(item.get("indexes", [])):
            elements = tuple(self.index_element(e) for e in ix["columns"])
            hint = [e.column or "expr" for e in elements]
            name = ix.get("name") or unique_name(object_name(table, hint, "idx"), taken)
            taken.add(name)
            found.append(Index(
                schema=schema, table=table, name=name, elements=elements,
                unique=ix.get("unique", False), method=ix.get("using", "btree"),
                include=tuple(ix.get("include", ())), where=_strip(ix.get("where")),
                nulls_not_distinct=ix.get("nulls_not_distinct", False),
                storage_parameters=storage_parameters(ix.get("storage_parameters")), tablespace=ix.get("tablespace"),
                partition_names=tuple(sorted(ix.get("partition_names", {}).items())),
                # A part in the index's own tablespace is none of them (as inspected).
                partition_tablespaces=tuple(sorted(
                    (p, t) for p, t in ix.get("partition_tablespaces", {}).items() if t != ix.get("tablespace")
                )),
                comment=ix.get("comment"),
                origin=self.origin(path + ("indexes", j)),
            ))
        return found

    @staticmethod
    def index_element(spec) -> IndexElement:
        if isinstance(spec, str):
            return IndexElement(column=spec)
        return IndexElement(
            column=spec.get("column"), expression=_strip(spec.get("expression")),
            opclass=spec.get("opclass"), opclass_options=storage_parameters(spec.get("opclass_options")),
            collation=collation(spec.get("collation")),
            descending=spec.get("order") == "desc", nulls=spec.get("nulls"), statistics=spec.get("statistics"),
        )

    def policies(self, item, table: Table, path) -> list[Policy]:
        return [
            Policy(
                schema=table.schema, table=table.name, name=p["name"], command=p.get("command", "ALL"),
                permissive=p.get("permissive", True), roles=tuple(sorted(p.get("roles", ["PUBLIC"]))),
                using=_strip(p.get("using")), with_check=_strip(p.get("with_check")),
                comment=p.get("comment"), origin=self.origin(path + ("policies", j)),
            )
            for j, p in enumerate(item.get("policies", []))
        ]

    def triggers(self, item, table: Table | View, path) -> list[Trigger]:
        found = []
        partitions = _partitions_by_key(item, table.schema)
        for j, t in enumerate(item.get("triggers", [])):
            schema, _, name = t["function"].rpartition(".")
            found.append(Trigger(
                schema=table.schema, table=table.name, name=t["name"], timing=t["timing"],
                events=tuple(t["events"]), function=QualifiedName(schema or table.schema, name),
                for_each=t.get("for_each", "ROW"), update_columns=tuple(t.get("update_columns", ())),
                when=_strip(t.get("when")), arguments=tuple(t.get("arguments", ())),
                constraint=t.get("constraint", False), deferrable=t.get("deferrable", False),
                initially_deferred=t.get("initially_deferred", False),
                from_table=QualifiedName(t["from"].get("schema", table.schema), t["from"]["table"]) if "from" in t else None,
                old_table=t.get("referencing", {}).get("old_table"), new_table=t.get("referencing", {}).get("new_table"),
                enabled=TRIGGER_ENABLED[t.get("enabled", True)],
                partition_states=tuple(sorted(
                    (_partition_named(key, partitions, table.schema), TRIGGER_ENABLED[state])
                    for key, state in t.get("partition_states", {}).items()
                )),
                comment=t.get("comment"), origin=self.origin(path + ("triggers", j)),
            ))
        return found

    def view(self, item, path) -> View:
        return View(
            schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], query=_strip(item["query"]),
            security_invoker=item.get("security_invoker", False),
            security_barrier=item.get("security_barrier", False), check_option=item.get("check_option"),
            # The spec's key order is the WITH (...) order, which pg_dump shows.
            option_order=tuple(k for k in item if k in VIEW_OPTIONS),
            comment=item.get("comment"), column_comments=_column_comments(item),
            columns=tuple((c["name"], c["type"]) for c in item.get("columns", ())),
            column_defaults=tuple(sorted((c, _strip(e)) for c, e in item.get("column_defaults", {}).items())),
            column_grants=tuple(sorted(
                (c, self.grants(g, path + ("column_grants", c))) for c, g in item.get("column_grants", {}).items()
            )),
            grants=self.grants(item, path), own_privileges=own_privileges_of(View, item.get("own_privileges")),
            origin=self.origin(path),
        )

    def function(self, item, path) -> Function:
        kind = item.get("kind", "function")
        # In the order given, as proconfig keeps them: search_path first when it is a key of its own.
        settings = {"search_path": item["search_path"]} if "search_path" in item else {}
        settings.update((name, _setting_value(value)) for name, value in item.get("settings", {}).items())
        return Function(
            schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"],
            arguments=tuple(
                Argument(a["type"], a.get("name"), a.get("mode", "IN"), _strip(a.get("default")))
                for a in item.get("arguments", [])
            ),
            returns=item.get("returns", "void") if kind == "function" else None,
            language=item["language"], kind=kind,
            # A standard body is SQL that PostgreSQL prints back itself: only a string is verbatim.
            body=item["body"].strip() if item.get("standard_body") else item["body"],
            volatility=item.get("volatility", "VOLATILE"), strict=item.get("strict", False),
            security_definer=item.get("security_definer", False), parallel=item.get("parallel"),
            settings=tuple(settings.items()), leakproof=item.get("leakproof", False),
            window=item.get("window", False), cost=_float(item.get("cost")), rows=_float(item.get("rows")),
            comment=item.get("comment"),
            grants=self.grants(item, path) if "grants" in item else None,
            own_privileges=own_privileges_of(Function, item.get("own_privileges")), library=item.get("library"),
            support=item.get("support"), standard_body=item.get("standard_body", False),
            transforms=tuple(item.get("transforms", ())), origin=self.origin(path),
        )


def partition_scheme(given: dict) -> PartitionScheme:
    """Return the scheme of a spec's `partition_by`: plain columns, or the key's text (the
    shadow prints it as the catalog does, so what the spec writes need not be canonical)."""
    if "key" in given:
        return PartitionScheme(given["strategy"], (), given["key"].strip())
    return PartitionScheme(given["strategy"], tuple(given["columns"]))


def _column_comments(item) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(item.get("column_comments", {}).items()))


def _setting_value(value) -> str:
    """Return a SET or storage parameter value as text: YAML's true/false as on/off."""
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def _float(value):
    return None if value is None else float(value)


def _namer(table: str):
    """Return choose(given, columns, label): the given constraint name, or a fresh one for `table`."""
    taken: set[str] = set()

    def choose(given, columns, label):
        name = given or unique_name(object_name(table, columns, label), taken)
        taken.add(name)
        return name
    return choose


def storage_parameters(given) -> tuple[tuple[str, str], ...]:
    """Return a spec's storage parameters as (name, text) pairs in the spec's order (PostgreSQL
    keeps that order, and pg_dump shows it)."""
    return tuple((name, _setting_value(value)) for name, value in (given or {}).items())


def partition_items(item, schema: str, path=()):
    """Yield (partition item, its schema, its path below `item`) for every partition of a
    table item in `schema`, depth first: a sub-partitioned partition's own follow it."""
    for j, p in enumerate(item.get("partitions", [])):
        here, own = path + ("partitions", j), p.get("schema", schema)  # a partition may live in another schema
        yield p, own, here
        yield from partition_items(p, own, here)


def _partition_scheme(item) -> PartitionScheme | None:
    """Return the PARTITION BY of a table or (sub-partitioned) partition, if any."""
    given = item.get("partition_by")
    return partition_scheme(given) if given else None


def access_method(item) -> str | None:
    """Return a table's or materialized view's `access_method`; None for heap, the default."""
    name = item.get("access_method")
    return None if name == "heap" else name


def _physical(item) -> dict:
    """Return a table's or partition's storage parameters, access method, tablespace, replica
    identity and CLUSTER ON index."""
    identity = item.get("replica_identity", "default")
    index = identity.get("index") if isinstance(identity, dict) else None
    return {
        "storage_parameters": storage_parameters(item.get("storage_parameters")), "access_method": access_method(item),
        "tablespace": item.get("tablespace"),
        "replica_identity": "index" if index else identity, "replica_identity_index": index,
        "cluster_on": item.get("cluster_on"),
    }


def _index_parameters(item) -> dict:
    """Return a key's or exclusion constraint's index parameters: INCLUDE, WITH (...) and
    USING INDEX TABLESPACE."""
    return {
        "include": tuple(item.get("include", ())), "storage_parameters": storage_parameters(item.get("storage_parameters")),
        "tablespace": item.get("tablespace"),
        # A part in the index's own tablespace is none of them (as inspected).
        "partition_tablespaces": tuple(sorted(
            (p, t) for p, t in item.get("partition_tablespaces", {}).items() if t != item.get("tablespace")
        )),
    }


def _deferral(item) -> dict:
    return {"deferrable": item.get("deferrable", False), "initially_deferred": item.get("initially_deferred", False)}


def _identity_options(given, table_unlogged: bool) -> IdentityOptions | None:
    """Return the sequence options of `identity_options` (its grants and own_privileges are
    the column's `identity_grants` and `identity_own_privileges`; a persistence that is the table's is no option); None when every one
    is left out."""
    unlogged = given.get("unlogged") if given else None
    options = IdentityOptions(
        start=given.get("start"), increment=given.get("increment", 1), min_value=given.get("min_value"),
        max_value=given.get("max_value"), cache=given.get("cache", 1), cycle=given.get("cycle", False),
        unlogged=None if unlogged == table_unlogged else unlogged,
    ) if given else None
    return None if options == IdentityOptions() else options


def _strip(text):
    """Trim the trailing newline YAML block scalars add; None stays None."""
    return text.strip() if isinstance(text, str) else text


def _typed_columns(table: Table, composites: dict) -> Table:
    """Return a typed table with its type's attributes as columns, in order, each with what
    the spec says of it. A column the type lacks stays last, untyped, for checks._typed_tables
    to report (as does a type the spec does not declare)."""
    composite = composites.get(table.of_type)
    if composite is None:
        return table
    said = {c.name: c for c in table.columns}
    columns = [
        replace(said[a.name], type=a.type, collation=a.collation) if a.name in said else Column(a.name, a.type, collation=a.collation)
        for a in composite.attributes
    ]
    attributes = {a.name for a in composite.attributes}
    return replace(table, columns=(*columns, *(c for c in table.columns if c.name not in attributes)))


def partition_key(partition: QualifiedName, schema: str) -> str:
    """Return how a partition_states key of a trigger in `schema` names `partition`: by its
    name alone when it is in that schema, else as "schema.name"."""
    return partition.name if partition.schema == schema else f"{partition.schema}.{partition.name}"


def _partitions_by_key(item, schema: str) -> dict[str, QualifiedName]:
    """Return {partition_states key: the partition it names} for the partitions of a table
    item in `schema`, at any depth. A name may hold dots, so a key is looked up, not split;
    should a key spell two partitions, the one in `schema` named by it alone wins."""
    partitions = [QualifiedName(own, p["name"]) for p, own, _ in partition_items(item, schema)]
    found = {f"{p.schema}.{p.name}": p for p in partitions}
    found.update((p.name, p) for p in partitions if p.schema == schema)
    return found


def _partition_named(key: str, partitions: dict[str, QualifiedName], schema: str) -> QualifiedName:
    """Return the partition a partition_states key names; a key that names none of them is
    split at its first dot, and checks report that it is no partition of the table."""
    if key in partitions:
        return partitions[key]
    part_schema, dot, name = key.partition(".")
    return QualifiedName(part_schema, name) if dot else QualifiedName(schema, key)
