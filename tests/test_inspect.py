"""Inspection of live databases, against real PostgreSQL: facts, normal form, query count.

The key property: an inspected catalog, rendered back to SQL and applied to an empty
database, inspects as the same catalog. Where PostgreSQL's own deparsed text is not a
fixed point (CHECK ... IN lists over varchar), the test pins down exactly which objects
drift and that one more round reaches the fixed point.
"""

from __future__ import annotations

import re
from dataclasses import replace

import psycopg
import pytest

from schemadiff.generate import generate, render_script
from schemadiff.inspect import QUERY_COUNT, InspectionError, deparse, inspect_catalog
from schemadiff.inspect.queries import SESSION_SETUP
from schemadiff.model import CheckConstraint, Grant, Index, IndexElement, QualifiedName, UndefinedType
from schemadiff.model.owners import owned_objects
from schemadiff.render.cluster import sequence_owner
from schemadiff.render.common import RenderContext
from schemadiff.render.create import create
from schemadiff.render.lifecycle import with_lifecycle
from schemadiff.spec.load import load_spec

READER, MIXED = "schemadiff_inspect_reader", "Inspect Mixed Role"


# --- helpers -------------------------------------------------------------------------------


# A session whose own settings would change deparsed text if inspection did not pin them.
SESSION_OPTIONS = "-c TimeZone=Pacific/Chatham -c search_path=pg_catalog,public"


def inspect(dsn, schemas=None, autocommit=False):
    with psycopg.connect(dsn, autocommit=autocommit, options=SESSION_OPTIONS) as conn:
        return inspect_catalog(conn, schemas)


def execute(dsn, *scripts):
    with psycopg.connect(dsn, autocommit=True) as conn:
        for script in scripts:
            conn.execute(script)


def render_catalog(catalog) -> str:
    """Render every object of an inspected catalog as one script, in dependency order."""
    # render_script renders objects only; OWNED BY is a tail statement, as generate() adds it.
    ownership = [s for seq in catalog.sequences if seq.owned_by for s in sequence_owner(seq)]
    return render_script(catalog, RenderContext(), "an inspection", "re-rendered", tail=ownership)


def flagship_scripts(repo_root) -> tuple[str, str]:
    files = {f.name: f.text for f in generate(load_spec(repo_root / "schema.yaml"))}
    return files["platform_shim.sql"], files["schema.sql"]


def recreate_cron_db(pg_server) -> str:
    pg_server.drop_database(pg_server.cron_database)
    return pg_server.create_database(pg_server.cron_database)


class CountingConnection:
    """A thin proxy over a psycopg connection that records every statement executed."""

    def __init__(self, conn):
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "statements", [])

    def execute(self, query, params=None, **kwargs):
        self.statements.append(query)
        return self._conn.execute(query, params, **kwargs)

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __setattr__(self, name, value):
        setattr(self._conn, name, value)


# --- 1. the flagship spec ------------------------------------------------------------------


def test_flagship_inspects_as_the_spec_describes(cron_db, repo_root):
    shim, schema = flagship_scripts(repo_root)
    execute(cron_db, shim, schema)
    spec = with_lifecycle(load_spec(repo_root / "schema.yaml"))
    result = inspect(cron_db, ["public"])
    live = result.catalog
    assert result.warnings == ()

    spec_tables = {t.name: t for t in spec.tables}
    live_tables = {t.name: t for t in live.tables if t.partition_of is None}
    assert set(live_tables) == set(spec_tables)
    for name, table in spec_tables.items():
        got = live_tables[name]
        assert [(c.name, c.nullable) for c in got.columns] == [(c.name, c.nullable) for c in table.columns], name
        assert (got.rls_enabled, got.rls_forced) == (table.rls_enabled, table.rls_forced), name
        assert got.comment == table.comment, name
        assert {c.name for c in got.constraints} == {c.name for c in table.constraints}, name
        assert got.partition_by == table.partition_by, name
        assert got.partition_policy is None
    assert live_tables["users"].column("email").type == "character varying(255)"
    assert live_tables["users"].column("created_at").type == "timestamp with time zone"
    assert live_tables["users"].column("preferences").default == "'{}'::jsonb"
    for name in ("organizations", "reports", "users"):
        assert live_tables[name].grants == spec_tables[name].grants, name

    # Partitions the maintenance function created are tables of their own.
    partitions = [t for t in live.tables if t.partition_of is not None]
    assert {p.partition_of.name for p in partitions} == {n for n, t in spec_tables.items() if t.partition_by}
    for p in partitions:
        assert p.columns == () and p.constraints == () and p.grants == ()
        assert re.fullmatch(r"FOR VALUES FROM \('[-0-9 :]+\+00'\) TO \('[-0-9 :]+\+00'\)", p.partition_bound)

    assert {(p.table, p.name, p.command, p.roles) for p in live.policies} == {
        (p.table, p.name, p.command, p.roles) for p in spec.policies
    }
    assert {(i.table, i.name) for i in live.indexes} == {(i.table, i.name) for i in spec.indexes}
    assert {(t.table, t.name, t.timing, t.events) for t in live.triggers} == {
        (t.table, t.name, t.timing, t.events) for t in spec.triggers
    }
    assert live.cron_jobs == spec.cron_jobs
    assert [(m.name, m.with_data, m.grants) for m in live.materialized_views] == [
        (m.name, m.with_data, m.grants) for m in spec.materialized_views
    ]
    assert [(e.name, e.schema) for e in live.extensions] == [("pg_cron", "public")]
    # The roles grants name, and the objects' owner (the test's superuser); the owner of
    # schema public, the predefined pg_database_owner, is no role a spec declares.
    with psycopg.connect(cron_db) as conn:
        owner = conn.execute("SELECT current_user").fetchone()[0]
    assert {r.name: r.bypass_rls for r in live.roles} == {"authenticated": False, "service_role": True, owner: True}
    assert {o.role for o in live.owners} == {owner, "pg_database_owner"}

    # Signatures: the spec's type names as PostgreSQL spells them.
    with psycopg.connect(cron_db) as conn:
        def canonical(type_name):
            return conn.execute("SELECT format_type(%s::regtype, NULL)", [type_name]).fetchone()[0]
        expected = {(f.name, tuple(canonical(t) for t in f.identity_arguments)) for f in spec.functions}
    functions = {f.name: f for f in live.functions}
    assert {(f.name, f.identity_arguments) for f in live.functions} == expected
    assert functions["get_user_organization_id"].grants == (
        Grant("authenticated", ("EXECUTE",)), Grant("service_role", ("EXECUTE",)),
    )
    assert functions["get_user_organization_id"].settings == (("search_path", ""),)
    assert functions["get_user_organization_id"].security_definer
    assert functions["set_updated_at"].grants is None  # PostgreSQL's default: EXECUTE to PUBLIC
    assert functions["maintain_partitions"].grants == ()  # explicitly revoked from PUBLIC
    assert functions["maintain_partitions"].returns == "TABLE(change text, partition_name text)"
    assert [a.name for a in functions["maintain_partitions"].arguments] == ["p_now"]

    # Schemas: the spec's grants are public's complete set (its USAGE for PUBLIC listed).
    assert [s.name for s in live.schemas] == ["public"]
    assert live.schemas[0].grants == spec.schemas[0].grants
    assert Grant("PUBLIC", ("USAGE",)) in spec.schemas[0].grants
    # Without a list: every schema but PostgreSQL's own and pg_cron's `cron`.
    assert [s.name for s in inspect(cron_db).catalog.schemas] == ["auth", "public"]


# --- 2. normal form: inspect → render → apply → inspect ------------------------------------


def _mask_checks(catalog, names):
    tables = []
    for table in catalog.tables:
        constraints = tuple(
            replace(c, expression="<drifts>") if isinstance(c, CheckConstraint) and c.name in names else c
            for c in table.constraints
        )
        tables.append(replace(table, constraints=constraints))
    return replace(catalog, tables=tuple(tables))


def test_flagship_rerenders_to_the_same_catalog(cron_db, pg_server, repo_root):
    shim, schema = flagship_scripts(repo_root)
    execute(cron_db, shim, schema)
    first = inspect(cron_db, ["public"]).catalog
    assert inspect(cron_db, ["public"], autocommit=True).catalog == first

    dsn = recreate_cron_db(pg_server)
    execute(dsn, shim, render_catalog(first))
    second = inspect(dsn, ["public"]).catalog

    # `role IN ('a', 'b')` over varchar is stored as `(role)::text = ANY ((ARRAY['a'::character
    # varying, ...])::text[])`; parsed again, that becomes `ANY (ARRAY[('a'::character
    # varying)::text, ...])`. Exactly those CHECKs drift, once.
    in_lists = {
        c.name for t in first.tables for c in t.constraints
        if isinstance(c, CheckConstraint) and "::character varying, " in c.expression
    }
    assert len(in_lists) == 6
    drifted = {
        c.name for t in first.tables for c in t.constraints
        if isinstance(c, CheckConstraint) and c not in second.relation(t.schema, t.name).constraints
    }
    assert drifted == in_lists
    assert _mask_checks(second, drifted) == _mask_checks(first, drifted)

    dsn = recreate_cron_db(pg_server)
    execute(dsn, shim, render_catalog(second))
    assert inspect(dsn, ["public"]).catalog == second


EDGE_ROLES = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER}') THEN CREATE ROLE {READER}; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{MIXED}') THEN
    CREATE ROLE "{MIXED}" LOGIN NOINHERIT;
  END IF;
END $$;
"""

EDGE_SCHEMA = f"""
CREATE EXTENSION pg_trgm WITH SCHEMA public;  -- its functions, operators and opclasses are not ours

CREATE SCHEMA "Sales Dept";
COMMENT ON SCHEMA "Sales Dept" IS 'It''s where "sales" live';
GRANT USAGE ON SCHEMA "Sales Dept" TO {READER}, "{MIXED}";

CREATE SEQUENCE "Sales Dept"."Order No" AS integer START WITH 1000 INCREMENT BY 5 MAXVALUE 999999 CACHE 10 CYCLE;
COMMENT ON SEQUENCE "Sales Dept"."Order No" IS 'order numbers';
GRANT USAGE, SELECT ON SEQUENCE "Sales Dept"."Order No" TO {READER};
CREATE SEQUENCE public.countdown INCREMENT BY -1;
CREATE SEQUENCE public.small AS smallint MINVALUE 10;

CREATE TABLE "Sales Dept"."Order" (
  "Id" bigint GENERATED ALWAYS AS IDENTITY,
  "select" text COLLATE "C" NOT NULL,
  "user" integer DEFAULT nextval('"Sales Dept"."Order No"'::regclass),
  serial_col serial,
  "quote""d" text CHECK ("quote""d" IN ('a', 'b')),
  amount numeric(10,2) DEFAULT 0 NOT NULL,
  total numeric GENERATED ALWAYS AS (amount * 2) STORED,
  placed_at timestamptz DEFAULT now(),
  tags text[] DEFAULT '{{}}',
  CONSTRAINT "Order pkey" PRIMARY KEY ("Id"),
  CONSTRAINT "order unique" UNIQUE NULLS NOT DISTINCT ("select", "user"),
  CONSTRAINT "positive amount" CHECK (amount >= 0)
);
COMMENT ON TABLE "Sales Dept"."Order" IS 'Orders; "quoted" and it''s fine';
COMMENT ON COLUMN "Sales Dept"."Order"."select" IS 'a reserved word';
ALTER TABLE "Sales Dept"."Order" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Sales Dept"."Order" FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON "Sales Dept"."Order" TO {READER};
GRANT SELECT ON "Sales Dept"."Order" TO "{MIXED}" WITH GRANT OPTION;
GRANT UPDATE ("select") ON "Sales Dept"."Order" TO {READER};

CREATE TABLE "Sales Dept"."Line Item" (
  "order" bigint NOT NULL,
  "Line" int GENERATED BY DEFAULT AS IDENTITY,
  during tstzrange,
  note text,
  CONSTRAINT "line of order" FOREIGN KEY ("order") REFERENCES "Sales Dept"."Order" ("Id")
    ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT "no overlap" EXCLUDE USING gist
    (during WITH &&, (tstzrange(lower(during), upper(during))) WITH &&) WHERE (note IS NOT NULL)
);

CREATE TABLE public."table" (
  "column" text,
  "Other Column" int REFERENCES public."table" ("Other Column") ON DELETE SET NULL,
  UNIQUE ("Other Column")
);
CREATE INDEX "index" ON public."table" ("column");

CREATE TABLE public.events (
  id bigint NOT NULL, "at" timestamptz NOT NULL, kind text, payload jsonb,
  PRIMARY KEY (id, "at")
) PARTITION BY RANGE ("at");
COMMENT ON TABLE public.events IS 'partitioned';
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public."events default" PARTITION OF public.events DEFAULT;
COMMENT ON TABLE public.events_2024 IS 'the 2024 partition';
CREATE INDEX events_kind_idx ON public.events (kind) WHERE kind IS NOT NULL;
CREATE INDEX "events payload" ON public.events USING gin (payload jsonb_path_ops);
CREATE INDEX events_default_at ON public."events default" ("at" DESC);
CREATE TABLE public.event_refs (
  event_id bigint, event_at timestamptz,
  FOREIGN KEY (event_id, event_at) REFERENCES public.events (id, "at")
);
CREATE TABLE public.regions (code text, name text) PARTITION BY LIST (code);
CREATE TABLE public.regions_eu PARTITION OF public.regions FOR VALUES IN ('de', 'fr');
CREATE TABLE public.buckets (id int) PARTITION BY HASH (id);
CREATE TABLE public.buckets_0 PARTITION OF public.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.buckets_1 PARTITION OF public.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE INDEX "Order lower select" ON "Sales Dept"."Order" (lower("select") DESC NULLS LAST);
CREATE INDEX "user" ON "Sales Dept"."Order" ("user" NULLS FIRST, amount DESC) INCLUDE (placed_at);
CREATE INDEX order_pattern ON "Sales Dept"."Order" ("select" text_pattern_ops);
CREATE INDEX order_coll ON "Sales Dept"."Order" ("quote""d" COLLATE "C");
CREATE INDEX order_expr ON "Sales Dept"."Order" ((amount * 2));
CREATE UNIQUE INDEX order_nnd ON "Sales Dept"."Order" ("user") NULLS NOT DISTINCT WHERE amount > 0;
CREATE INDEX order_hash ON "Sales Dept"."Order" USING hash ("select");
CREATE INDEX order_brin ON "Sales Dept"."Order" USING brin (placed_at);
CREATE INDEX order_tags ON "Sales Dept"."Order" USING gin (tags);
CREATE INDEX order_trgm ON "Sales Dept"."Order" USING gin ("quote""d" public.gin_trgm_ops);
CREATE INDEX line_during ON "Sales Dept"."Line Item" USING gist (during);
COMMENT ON INDEX "Sales Dept"."user" IS 'index named like a keyword';

CREATE FUNCTION public."select"(a integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT a + 1
$$;
CREATE FUNCTION public."select"(a text, b text DEFAULT 'x''y') RETURNS text LANGUAGE sql STABLE AS $$
SELECT a || b
$$;
COMMENT ON FUNCTION public."select"(integer) IS 'overload one';
REVOKE ALL ON FUNCTION public."select"(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public."select"(text, text) TO {READER};
CREATE FUNCTION "Sales Dept"."Touch"() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog, public SECURITY DEFINER AS $$
BEGIN NEW.placed_at := now(); RETURN NEW; END
$$;
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RETURN NEW; END
$$;
CREATE PROCEDURE public.bump(INOUT n integer, VARIADIC xs integer[]) LANGUAGE plpgsql AS $$
BEGIN n := n + 1; END
$$;
CREATE FUNCTION public.out_params(x integer, OUT doubled integer, OUT label text) LANGUAGE sql AS $$
SELECT x * 2, 'v'
$$;
CREATE FUNCTION public.table_fn(n integer) RETURNS TABLE(i integer, "Label" text) LANGUAGE sql AS $$
SELECT n, 'x'
$$;
CREATE FUNCTION public.tuned() RETURNS void LANGUAGE sql SET work_mem = '64MB' SET search_path = '' AS $$
SELECT
$$;
CREATE FUNCTION public.order_count() RETURNS bigint LANGUAGE sql STABLE AS $$
SELECT count(*) FROM "Sales Dept"."Order"
$$;
COMMENT ON FUNCTION public.order_count() IS 'used by a policy';

CREATE TRIGGER "When Trigger" BEFORE UPDATE OF amount, "select" ON "Sales Dept"."Order"
  FOR EACH ROW WHEN (OLD.amount IS DISTINCT FROM NEW.amount AND NEW."select" <> 'FOR EACH ROW WHEN (')
  EXECUTE FUNCTION "Sales Dept"."Touch"('arg one', 'it''s', '');
COMMENT ON TRIGGER "When Trigger" ON "Sales Dept"."Order" IS 'fires on amount changes';
CREATE TRIGGER stmt_trg AFTER INSERT OR DELETE OR TRUNCATE ON public.events
  FOR EACH STATEMENT EXECUTE FUNCTION public.noop();
CREATE TRIGGER events_row BEFORE INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.noop();

CREATE VIEW "Sales Dept"."Big Orders" WITH (security_barrier = true) AS
  SELECT "Id", amount, "select" FROM "Sales Dept"."Order" WHERE amount > 100
  WITH LOCAL CHECK OPTION;
CREATE VIEW "Sales Dept"."Biggest" WITH (security_invoker = on) AS
  SELECT * FROM "Sales Dept"."Big Orders" WHERE amount > 1000 AND public."select"(1) = 2;
COMMENT ON VIEW "Sales Dept"."Biggest" IS 'a view on a view';
GRANT SELECT ON "Sales Dept"."Big Orders" TO PUBLIC;
CREATE MATERIALIZED VIEW public.order_totals AS
  SELECT "user", sum(amount) AS total FROM "Sales Dept"."Order" GROUP BY "user" WITH NO DATA;
CREATE UNIQUE INDEX order_totals_user ON public.order_totals ("user");
COMMENT ON MATERIALIZED VIEW public.order_totals IS 'totals';
GRANT SELECT ON public.order_totals TO {READER};

CREATE POLICY "select" ON "Sales Dept"."Order" FOR SELECT TO {READER}, "{MIXED}" USING ("select" <> 'hidden');
CREATE POLICY "it's ""quoted""\" ON "Sales Dept"."Order" AS RESTRICTIVE FOR UPDATE
  USING (true) WITH CHECK (amount < 1000000);
CREATE POLICY p_insert ON "Sales Dept"."Order" FOR INSERT WITH CHECK (amount > public.order_count());
CREATE POLICY p_delete ON "Sales Dept"."Order" FOR DELETE TO {READER}, PUBLIC USING (true);
COMMENT ON POLICY "select" ON "Sales Dept"."Order" IS 'readers see what is not hidden';
"""


def test_hand_written_schema_rerenders_to_the_same_catalog(db, second_db):
    execute(db, EDGE_ROLES, EDGE_SCHEMA)
    result = inspect(db)
    catalog = result.catalog
    assert result.warnings == ()
    assert inspect(db, autocommit=True).catalog == catalog

    assert [s.name for s in catalog.schemas] == ["Sales Dept", "public"]
    assert [(e.name, e.schema) for e in catalog.extensions] == [("pg_trgm", "public")]
    # The roles the grants name, and the one that owns the objects (the test's superuser).
    owner = next(o.role for o in catalog.owners if o.node == 'Schema Sales Dept')
    assert {r.name: (r.login, r.inherit) for r in catalog.roles} == {
        MIXED: (True, False), READER: (False, True), owner: (True, True),
    }
    order = catalog.relation("Sales Dept", "Order")
    assert [(c.name, c.identity, c.collation) for c in order.columns[:2]] == [("Id", "always", None), ("select", None, "C")]
    assert order.column("total").generated == "(amount * (2)::numeric)"
    assert order.column("serial_col").default == "nextval('\"Sales Dept\".\"Order_serial_col_seq\"'::regclass)"
    assert [c.name for c in order.constraints] == sorted(c.name for c in order.constraints)
    assert order.grants == (Grant(MIXED, ("SELECT",), True), Grant(READER, ("INSERT", "SELECT")))
    assert order.column("select").grants == (Grant(READER, ("UPDATE",)),)  # GRANT UPDATE ("select")
    sequences = {s.name: s for s in catalog.sequences}
    assert set(sequences) == {"Order No", "Order_serial_col_seq", "countdown", "small"}  # not identities'
    assert sequences["Order_serial_col_seq"].owned_by == ("Order", "serial_col")
    assert (sequences["Order No"].start, sequences["Order No"].max_value, sequences["Order No"].min_value) == (1000, 999999, None)
    assert (sequences["countdown"].start, sequences["countdown"].min_value, sequences["countdown"].max_value) == (None, None, None)
    assert sequences["small"].min_value == 10 and sequences["small"].start is None
    partitions = {t.name: t.partition_bound for t in catalog.tables if t.partition_of}
    assert partitions == {
        "events_2024": "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')",
        "events default": "DEFAULT",
        "regions_eu": "FOR VALUES IN ('de', 'fr')",
        "buckets_0": "FOR VALUES WITH (modulus 2, remainder 0)",
        "buckets_1": "FOR VALUES WITH (modulus 2, remainder 1)",
    }
    # Constraint indexes and the partitions' copies of the parent's indexes are not indexes here.
    assert {(i.table, i.name) for i in catalog.indexes if i.schema == "public"} == {
        ("table", "index"), ("events", "events_kind_idx"), ("events", "events payload"),
        ("events default", "events_default_at"), ("order_totals", "order_totals_user"),
    }
    (trigger,) = [t for t in catalog.triggers if t.name == "When Trigger"]
    assert trigger.update_columns == ("amount", "select")
    assert trigger.when == "old.amount IS DISTINCT FROM new.amount AND new.\"select\" <> 'FOR EACH ROW WHEN ('::text"
    assert trigger.arguments == ("arg one", "it's", "")
    assert {t.name for t in catalog.triggers} == {"When Trigger", "stmt_trg", "events_row"}  # no clones
    functions = {(f.name, f.identity_arguments): f for f in catalog.functions}
    assert set(functions) == {
        ("Touch", ()), ("noop", ()), ("bump", ("integer", "integer[]")), ("out_params", ("integer",)),
        ("table_fn", ("integer",)), ("tuned", ()), ("order_count", ()),
        ("select", ("integer",)), ("select", ("text", "text")),
    }
    assert functions[("select", ("text", "text"))].grants == (Grant(READER, ("EXECUTE",)),)
    assert functions[("select", ("text", "text"))].arguments[1].default == "'x''y'::text"
    assert functions[("tuned", ())].settings == (("work_mem", "64MB"), ("search_path", ""))
    assert functions[("bump", ("integer", "integer[]"))].returns is None
    assert [a.mode for a in functions[("out_params", ("integer",))].arguments] == ["IN", "OUT", "OUT"]
    assert functions[("table_fn", ("integer",))].returns == 'TABLE(i integer, "Label" text)'
    policies = {p.name: p for p in catalog.policies}
    assert policies["select"].roles == (MIXED, READER)
    assert policies["p_delete"].roles == ("PUBLIC",)
    assert (policies["it's \"quoted\""].permissive, policies["it's \"quoted\""].command) == (False, "UPDATE")

    execute(second_db, EDGE_ROLES, render_catalog(catalog))
    again = inspect(second_db)
    assert again.catalog == catalog
    assert again.warnings == ()


# --- indexes: the inspected Index renders to the same pg_get_indexdef ---------------------

INDEX_TABLE = """
CREATE DOMAIN public.short_text AS text;  -- not inspected here: only the indexes are compared
CREATE TABLE public.t (
  id integer, name varchar(40), label public.short_text, body text, doc jsonb, tags int[],
  span int4range, at timestamptz
);
CREATE TABLE public.p (k int, v text) PARTITION BY LIST (k);
CREATE TABLE public.p1 PARTITION OF public.p FOR VALUES IN (1);
"""

INDEXES = """
CREATE INDEX t_plain ON public.t (id);
CREATE INDEX t_default_opclass ON public.t (id int4_ops, body text_ops);
CREATE INDEX t_varchar_ops ON public.t (name varchar_ops);  -- not text_ops, the default
CREATE INDEX t_varchar ON public.t (name);
CREATE INDEX t_varchar_pattern ON public.t (name varchar_pattern_ops DESC NULLS LAST);
CREATE INDEX t_domain ON public.t (label);
CREATE INDEX t_nulls ON public.t (id DESC NULLS LAST, name NULLS FIRST, at DESC);
CREATE INDEX t_collate ON public.t (body COLLATE "C", (lower(body)) COLLATE "POSIX");
CREATE INDEX t_expr ON public.t ((id + 1), lower(name), (doc ->> 'k'));
CREATE UNIQUE INDEX t_unique ON public.t (name) INCLUDE (id, at) NULLS NOT DISTINCT WHERE id > 0;
CREATE INDEX t_gin ON public.t USING gin (doc jsonb_path_ops, tags);
CREATE INDEX t_gist ON public.t USING gist (span);
CREATE INDEX t_hash ON public.t USING hash (body);
CREATE INDEX t_brin ON public.t USING brin (at);
CREATE INDEX p_v ON public.p (v text_pattern_ops);
COMMENT ON INDEX public.t_expr IS 'expressions';
"""

INDEXDEFS = """
SELECT ic.relname, pg_get_indexdef(i.indexrelid), obj_description(i.indexrelid, 'pg_class')
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE ic.relnamespace = 'public'::regnamespace ORDER BY 1
"""


def test_inspected_indexes_recreate_identical_definitions(db, second_db):
    execute(db, INDEX_TABLE, INDEXES)
    indexes = {i.name: i for i in inspect(db).catalog.indexes}
    assert "p1_v_idx" not in indexes  # attached to the partitioned index p_v
    assert indexes["t_default_opclass"] == Index(
        "public", "t", "t_default_opclass", (IndexElement(column="id"), IndexElement(column="body")),
    )
    assert [e.opclass for e in indexes["t_varchar"].elements + indexes["t_domain"].elements] == [None, None]
    assert indexes["t_varchar_ops"].elements == (IndexElement(column="name", opclass="varchar_ops"),)
    (pattern,) = indexes["t_varchar_pattern"].elements
    assert (pattern.opclass, pattern.descending, pattern.nulls) == ("varchar_pattern_ops", True, "last")
    assert [(e.descending, e.nulls) for e in indexes["t_nulls"].elements] == [(True, "last"), (False, "first"), (True, None)]
    assert [e.expression for e in indexes["t_expr"].elements] == ["id + 1", "lower(name::text)", "doc ->> 'k'::text"]
    assert [e.collation for e in indexes["t_collate"].elements] == ["C", "POSIX"]
    assert indexes["t_unique"].include == ("id", "at") and indexes["t_unique"].where == "(id > 0)"
    assert [e.opclass for e in indexes["t_gin"].elements] == ["jsonb_path_ops", None]

    execute(second_db, INDEX_TABLE)
    with psycopg.connect(second_db, autocommit=True) as conn:
        for index in indexes.values():
            for statement in create(index, RenderContext()):
                conn.execute(statement)
    with psycopg.connect(db) as a, psycopg.connect(second_db) as b:
        original = a.execute(INDEXDEFS).fetchall()
        recreated = b.execute(INDEXDEFS).fetchall()
    assert len(original) == 16  # 15 indexes and p1's attached copy of p_v
    assert recreated == original


# --- 3. a fixed number of queries ----------------------------------------------------------


def _count(dsn, schemas, autocommit):
    with psycopg.connect(dsn, autocommit=autocommit) as conn:
        before = conn.execute("SHOW search_path").fetchone()[0]
        if not autocommit:
            conn.rollback()
        proxy = CountingConnection(conn)
        result = inspect_catalog(proxy, schemas)
        # The connection is left as found: no open transaction, settings restored.
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        assert (conn.autocommit, conn.isolation_level, conn.read_only) == (autocommit, None, None)
        assert conn.execute("SHOW search_path").fetchone()[0] == before
    assert proxy.statements[0] == SESSION_SETUP
    return len(proxy.statements) - 1, result


def test_query_count_is_fixed(db, cron_db, repo_root):
    execute(db, "CREATE TABLE tiny (id int PRIMARY KEY)")
    tiny, tiny_result = _count(db, None, autocommit=False)
    assert [t.name for t in tiny_result.catalog.tables] == ["tiny"]

    shim, schema = flagship_scripts(repo_root)
    execute(cron_db, shim, schema)
    flagship, flagship_result = _count(cron_db, ["public"], autocommit=True)
    assert len(flagship_result.catalog.tables) > 30
    assert tiny == flagship == QUERY_COUNT < 25


def test_refuses_a_connection_inside_a_transaction(db):
    with psycopg.connect(db) as conn:
        conn.execute("SELECT 1")
        with pytest.raises(InspectionError, match="INTRANS"):
            inspect_catalog(conn)


def test_every_owned_object_has_its_owner(db, repo_root):
    # The owner comes from each kind's own row (no query of its own): every object of an
    # owned kind gets one, a sequence OWNED BY a column (items_id_seq) none.
    case = repo_root / "tests" / "cases" / "owner_changes_on_many_kinds" / "after.sql"
    execute(db, case.read_text(encoding="utf-8"), """
        CREATE FUNCTION owned.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN END';
        CREATE EVENT TRIGGER owned_on_ddl ON ddl_command_end EXECUTE FUNCTION owned.on_ddl();
        CREATE PUBLICATION owned_items FOR TABLE owned.items;
        ALTER PUBLICATION owned_items OWNER TO case_owner_a;
    """)
    try:
        catalog = inspect(db, ["owned"]).catalog
    finally:
        execute(db, "DROP EVENT TRIGGER owned_on_ddl")  # database-wide objects do not outlive the test
    owners = {o.node: o.role for o in catalog.owners}
    assert len(owners) == len(catalog.owners)
    assert set(owners) == set(owned_objects(catalog))
    assert "Sequence owned.items_id_seq" not in owners and owners["Sequence owned.tickets"] == "Case Owner b"
    with psycopg.connect(db) as conn:
        me = conn.execute("SELECT current_user").fetchone()[0]
    assert owners["Table owned.events"] == owners["Publication owned_items"] == "case_owner_a"
    assert owners["EventTrigger owned_on_ddl"] == me
    assert {kind for kind, _, _ in (node.partition(" ") for node in owners)} == {
        "Schema", "Table", "View", "MaterializedView", "Sequence", "EnumType", "CompositeType", "Domain",
        "Function", "Aggregate", "Operator", "OperatorFamily", "OperatorClass", "Collation",
        "TextSearchDictionary", "TextSearchConfiguration", "Statistics", "EventTrigger", "Publication",
    }


def test_names_schemas_that_do_not_exist(db):
    result = inspect(db, ("public", "nowhere"))
    assert [s.name for s in result.catalog.schemas] == ["public"]
    assert result.warnings == ("not found: schema nowhere",)


def test_deparse_helpers():
    assert deparse.closing_paren("(a + ')' + \"(\" + E'\\')') x", 0) == 23
    assert deparse.unwrap("(a + b)") == "a + b"
    assert deparse.unwrap("(a) + (b)") == "(a) + (b)"
    assert deparse.unwrap("lower(x)") == "lower(x)"
    definition = (
        'CREATE TRIGGER "ON public.t WHEN (" BEFORE UPDATE ON public.t FOR EACH ROW '
        "WHEN ((old.a <> new.a) AND new.b <> ')') EXECUTE FUNCTION public.f('x')"
    )
    assert deparse.trigger_when(definition, '"ON public.t WHEN ("', "public.t") == "(old.a <> new.a) AND new.b <> ')'"


# --- 4. what the model cannot represent is named -------------------------------------------

UNSUPPORTED = """
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TYPE public.pair AS (a int, b text);
CREATE DOMAIN public.positive AS int CHECK (VALUE > 0);
CREATE TYPE public.floatrange AS RANGE (subtype = float8);
CREATE AGGREGATE public.total(int) (sfunc = int4pl, stype = int, initcond = '0');
CREATE FUNCTION public.same(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR public.=== (leftarg = int, rightarg = int, function = public.same);
CREATE FUNCTION public.std() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
CREATE COLLATION public.c_copy FROM "C";
CREATE TEXT SEARCH CONFIGURATION public.english_copy (COPY = pg_catalog.english);
CREATE TABLE public.base (id int, n int);
ALTER TABLE public.base ADD CONSTRAINT n_positive CHECK (n > 0) NOT VALID;
CREATE TABLE public.child (extra text) INHERITS (public.base);
CREATE UNLOGGED TABLE public.scratch (id int) WITH (fillfactor = 70);
CREATE RULE ignore_deletes AS ON DELETE TO public.scratch DO INSTEAD NOTHING;
CREATE STATISTICS public.base_stats ON id, n FROM public.base;
CREATE TABLE public.part (k int) PARTITION BY LIST (k);
CREATE TABLE public.part_1 PARTITION OF public.part (CONSTRAINT own_check CHECK (k > 0)) FOR VALUES IN (1);
CREATE FUNCTION public.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE CONSTRAINT TRIGGER later AFTER INSERT ON public.base DEFERRABLE FOR EACH ROW EXECUTE FUNCTION public.trg();
CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER inspect_ddl ON ddl_command_end EXECUTE FUNCTION public.on_ddl();
CREATE PUBLICATION inspect_pub FOR TABLE public.base;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;
CREATE EXTENSION pg_trgm;
REVOKE EXECUTE ON FUNCTION public.similarity(text, text) FROM PUBLIC;
"""


def test_unsupported_objects_are_named(db):
    execute(db, UNSUPPORTED)
    with psycopg.connect(db) as conn:
        me = conn.execute("SELECT current_user").fetchone()[0]
    result = inspect(db, ["public"])
    base = next(t for t in result.catalog.tables if t.name == "base")
    assert [(c.name, c.valid) for c in base.constraints] == [("n_positive", False)]  # NOT VALID is modelled
    child = next(t for t in result.catalog.tables if t.name == "child")
    assert [str(p) for p in child.inherits] == ["public.base"] and [c.name for c in child.columns] == ["extra"]
    part_1 = next(t for t in result.catalog.tables if t.name == "part_1")
    assert [c.name for c in part_1.constraints] == ["own_check"]  # a partition's own CHECK is modelled
    assert result.warnings == ()
    # A SQL-standard body is modelled, as PostgreSQL prints it back.
    (std,) = [f for f in result.catalog.functions if f.name == "std"]
    assert (std.standard_body, std.body) == (True, "BEGIN ATOMIC\n SELECT 1;\nEND")
    # pg_dump keeps an extension member's privileges changed after CREATE EXTENSION: so does
    # the model, with those the extension's script left.
    (trgm,) = result.catalog.extensions
    assert [(m.kind, m.name, m.grants, m.initial) for m in trgm.members] == [
        ("function", "public.similarity(text,text)", (), (Grant("PUBLIC", ("EXECUTE",)),)),
    ]
    # Aggregates, operators, collations, extended statistics, text search, rules, event triggers,
    # publications and default privileges are modelled now.
    catalog = result.catalog
    # User-defined types are modelled, not warned about.
    assert {t.name for t in catalog.types} == {"mood", "pair", "positive", "floatrange"}
    assert [a.name for a in catalog.aggregates] == ["total"]
    assert [(o.name, o.function) for o in catalog.operators] == [("===", "public.same")]
    assert [c.name for c in catalog.collations] == ["c_copy"]
    assert [(s.name, s.columns) for s in catalog.statistics] == [("base_stats", ("id", "n"))]
    assert [c.name for c in catalog.text_search_configurations] == ["english_copy"]
    assert [(r.name, r.event, r.instead, r.actions) for r in catalog.rules] == [("ignore_deletes", "DELETE", True, ())]
    assert [(t.name, t.function.name) for t in catalog.event_triggers] == [("inspect_ddl", "on_ddl")]
    # FOR TABLE base publishes its inheritance children too: PostgreSQL lists each.
    assert [(p.name, [t.name for t in p.tables]) for p in catalog.publications] == [("inspect_pub", ["base", "child"])]
    assert [(d.role, d.schema, d.object_type) for d in catalog.default_privileges] == [(me, "public", "tables")]
    functions = {f.name for f in result.catalog.functions}
    assert "total" not in functions and {"std", "same", "trg", "on_ddl"} <= functions
    (later,) = [t for t in result.catalog.triggers if t.name == "later"]  # constraint triggers are modelled
    assert (later.constraint, later.deferrable, later.initially_deferred) == (True, True, False)
    # Everything a supported object needs is still there.
    assert {t.name for t in result.catalog.tables} >= {"base", "child", "scratch", "part", "part_1"}



OWNER_REVOKED = """
CREATE SCHEMA kept;
CREATE TABLE kept.t (a int);
CREATE SEQUENCE kept.q;
CREATE FUNCTION kept.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE kept.mood AS ENUM ('happy');
CREATE FOREIGN DATA WRAPPER kept_wrapper;
CREATE SERVER kept_server FOREIGN DATA WRAPPER kept_wrapper;
CREATE FOREIGN DATA WRAPPER other_wrapper;
CREATE AGGREGATE kept.total(integer) (sfunc = int4pl, stype = integer);
CREATE TABLE kept.numbered (id integer GENERATED ALWAYS AS IDENTITY);
-- What pg_dump emits and restores (pg_dump's own test suite: REVOKE ALL ON SCHEMA public
-- FROM its owner, and a role's default privileges without its own SELECT).
REVOKE ALL ON SCHEMA kept FROM CURRENT_USER;
REVOKE UPDATE, TRUNCATE ON TABLE kept.t FROM CURRENT_USER;
REVOKE USAGE ON SEQUENCE kept.q FROM CURRENT_USER;
REVOKE EXECUTE ON FUNCTION kept.f() FROM CURRENT_USER;
REVOKE USAGE ON TYPE kept.mood FROM CURRENT_USER;
REVOKE USAGE ON FOREIGN SERVER kept_server FROM CURRENT_USER;
REVOKE ALL ON FOREIGN DATA WRAPPER other_wrapper FROM CURRENT_USER;
REVOKE EXECUTE ON FUNCTION kept.total(integer) FROM CURRENT_USER;
REVOKE UPDATE ON SEQUENCE kept.numbered_id_seq FROM CURRENT_USER;
-- Not an owner's privilege lost: grants to others, a grant option taken from the owner
-- (implicit in PostgreSQL, never in the ACL), a schema's default privileges (they only add).
CREATE TABLE kept.granted (a int);
GRANT SELECT ON kept.granted TO PUBLIC;
REVOKE GRANT OPTION FOR SELECT ON kept.granted FROM CURRENT_USER;
ALTER DEFAULT PRIVILEGES IN SCHEMA kept REVOKE SELECT ON SEQUENCES FROM CURRENT_USER;
-- Last: the tables above are created with the owner's SELECT.
ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM CURRENT_USER;
"""


def test_privileges_revoked_from_their_owner_are_modelled(db):
    # The model's grants leave the owner's own out as implicit: what the owner keeps is the
    # objects' `own_privileges` (an identity sequence's: its column's
    # `identity_own_privileges`), None when it keeps all.
    execute(db, OWNER_REVOKED)
    with psycopg.connect(db) as conn:
        me = conn.execute("SELECT current_user").fetchone()[0]
    result = inspect(db, ["kept"])
    assert result.warnings == ()
    catalog = result.catalog
    assert [(s.name, s.own_privileges) for s in catalog.schemas] == [("kept", ())]
    assert [(t.name, t.own_privileges) for t in catalog.tables] == [
        ("granted", None), ("numbered", None), ("t", ("DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER")),
    ]
    assert [(s.name, s.own_privileges) for s in catalog.sequences] == [("q", ("SELECT", "UPDATE"))]
    assert [(f.name, f.own_privileges) for f in catalog.functions] == [("f", ())]
    assert [(t.name, t.own_privileges) for t in catalog.types] == [("mood", ())]
    assert [(a.name, a.own_privileges) for a in catalog.aggregates] == [("total", ())]
    assert [(c.name, c.identity_own_privileges) for t in catalog.tables for c in t.columns] == [
        ("a", None), ("id", ("SELECT", "USAGE")), ("a", None),
    ]
    assert [(w.name, w.own_privileges) for w in catalog.foreign_data_wrappers] == [("kept_wrapper", None), ("other_wrapper", ())]
    assert [(s.name, s.own_privileges) for s in catalog.foreign_servers] == [("kept_server", ())]
    # A role's own default privileges are modelled: a grant to the role names what it keeps.
    assert [(d.role, d.schema, d.object_type, d.grants) for d in result.catalog.default_privileges] == [
        (me, None, "tables", (Grant(me, ("DELETE", "INSERT", "REFERENCES", "TRIGGER", "TRUNCATE", "UPDATE")),)),
    ]

MODEL_LESS = """
CREATE EXTENSION citext;
COMMENT ON EXTENSION citext IS 'a note of our own';
CREATE EXTENSION pg_trgm;
CREATE EXTENSION pg_buffercache;
-- Modelled: a subscription (to a superuser: see test_subscriptions_are_named_to_others);
-- a shell type left undefined; an access method of the database's own, and a
-- table using it.
CREATE SUBSCRIPTION inspect_sub CONNECTION 'dbname=nowhere' PUBLICATION p WITH (connect = false);
CREATE TYPE public.shell_only;
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.t (id integer) USING heap2;
-- Modelled: unlogged sequences, and identity sequences apart from their table.
CREATE UNLOGGED SEQUENCE public.unlogged_seq;
CREATE UNLOGGED TABLE public.scratch (id serial, n integer GENERATED ALWAYS AS IDENTITY);
CREATE TABLE public.logged (n integer GENERATED ALWAYS AS IDENTITY);
ALTER SEQUENCE public.logged_n_seq SET UNLOGGED;
-- Modelled: a partition's clone of a trigger in another state than its parent's (pg_dump's own
-- test suite: measurement_y2006m3 to m5), and a partition's own column default.
CREATE TABLE public.measurement (at date NOT NULL, sales integer DEFAULT 1) PARTITION BY RANGE (at);
CREATE TABLE public.measurement_2006 PARTITION OF public.measurement (sales DEFAULT 0)
    FOR VALUES FROM ('2006-01-01') TO ('2007-01-01');
CREATE TABLE public.measurement_2007 PARTITION OF public.measurement FOR VALUES FROM ('2007-01-01') TO ('2008-01-01');
CREATE FUNCTION public.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER stamped AFTER INSERT ON public.measurement FOR EACH ROW EXECUTE FUNCTION public.stamp();
ALTER TABLE public.measurement_2006 DISABLE TRIGGER stamped;
-- Modelled: tablespaces (tests/conftest.py creates ts_one), a partitioned index's part
-- moved apart from it among them (Index.partition_tablespaces).
ALTER TABLE public.measurement_2007 SET TABLESPACE ts_one;
CREATE INDEX measurement_at_idx ON public.measurement (at) TABLESPACE ts_one;
ALTER INDEX public.measurement_2006_at_idx SET TABLESPACE pg_default;
-- Privileges changed on PostgreSQL's own objects, which pg_dump keeps (pg_dump's own test
-- suite: pg_sleep, pg_proc's columns).
REVOKE EXECUTE ON FUNCTION pg_sleep(float8) FROM PUBLIC;
GRANT SELECT (proname) ON TABLE pg_proc TO PUBLIC;
"""


def test_kinds_the_model_lacks_are_named(db):
    # What pg_dump keeps but no model object stands for: named, never in sync by omission.
    execute(db, MODEL_LESS)
    result = inspect(db)
    assert result.warnings == (
        "unsupported: privileges on a system object column proname of table pg_proc",
        "unsupported: privileges on a system object function pg_sleep(double precision)",
    )
    assert [(m.name, m.type, m.handler) for m in result.catalog.access_methods] == [
        ("heap2", "table", QualifiedName("pg_catalog", "heap_tableam_handler")),
    ]
    assert [(s.name, s.connection, s.publications) for s in result.catalog.subscriptions] == [
        ("inspect_sub", "dbname=nowhere", ("p",)),
    ]
    assert [t for t in result.catalog.types if t.name == "shell_only"] == [UndefinedType("public", "shell_only")]
    tables = {t.name: t for t in result.catalog.tables}
    assert (tables["t"].access_method, tables["logged"].access_method) == ("heap2", None)
    assert (tables["measurement_2006"].tablespace, tables["measurement_2007"].tablespace) == (None, "ts_one")
    assert [(i.name, i.tablespace, i.partition_tablespaces) for i in result.catalog.indexes] == [
        ("measurement_at_idx", "ts_one", (("measurement_2006", "pg_default"),)),
    ]
    assert tables["measurement_2006"].column_defaults == (("sales", "0"),)
    assert tables["measurement_2007"].column_defaults == ()
    # A partition's clone of a trigger firing otherwise than its parent is modelled on the parent.
    triggers = {t.name: t for t in result.catalog.triggers}
    assert triggers["stamped"].partition_states == ((QualifiedName("public", "measurement_2006"), "disabled"),)
    # A changed extension comment is modelled; the control file's own is no comment of the spec's.
    assert {e.name: e.comment for e in result.catalog.extensions} == {
        "citext": "a note of our own", "pg_buffercache": None, "pg_trgm": None,
    }


def test_subscriptions_are_named_to_others(db):
    # Only a superuser reads a subscription's connection: anyone else is told it is left out.
    execute(db, "CREATE SUBSCRIPTION feed CONNECTION 'dbname=nowhere password=secret' PUBLICATION p"
                " WITH (connect = false)",
            "DO $$ BEGIN CREATE ROLE inspect_non_superuser LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    with psycopg.connect(psycopg.conninfo.make_conninfo(db, user="inspect_non_superuser")) as conn:
        result = inspect_catalog(conn, None)
    assert result.catalog.subscriptions == ()
    assert "unsupported: subscription (readable by superusers only) feed" in result.warnings
