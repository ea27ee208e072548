"""Extensions changed in place on a live database: ALTER EXTENSION UPDATE TO and SET
SCHEMA keep what uses them (columns of their types and the rows in them, indexes with
their operator classes), where DROP EXTENSION would need all of it gone first; and what
an extension dropped and created again takes off before and puts back after."""

from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

from schemadiff.errors import SchemadiffError

from convergence import assert_converges, execute, plan_text

BEFORE = """
CREATE SCHEMA ext;
CREATE EXTENSION hstore VERSION '1.7';
CREATE EXTENSION pg_trgm VERSION '1.5';
CREATE TABLE public.docs (id integer PRIMARY KEY, body text NOT NULL, attrs public.hstore);
CREATE INDEX docs_body_trgm ON public.docs USING gin (body public.gin_trgm_ops);
"""


def _statements(script: str) -> list[str]:
    return [line for line in script.splitlines() if line and not line.startswith(("--", "BEGIN", "COMMIT", "SET "))]


def test_an_update_keeps_the_columns_of_its_types_and_the_indexes_of_its_operator_classes(db, second_db, pg_server):
    execute(db, BEFORE + "INSERT INTO public.docs VALUES (1, 'hello', 'a=>1');")
    execute(second_db, BEFORE.replace("'1.7'", "'1.8'").replace("'1.5'", "'1.6'"))
    script, _ = plan_text(db, second_db, pg_server.dsn("postgres"))
    assert _statements(script) == [
        "ALTER EXTENSION hstore UPDATE TO '1.8';",
        "ALTER EXTENSION pg_trgm UPDATE TO '1.6';",
    ], script
    assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT attrs -> 'a' FROM public.docs").fetchall() == [("1",)]
        assert conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'hstore'").fetchone() == ("1.8",)


def test_a_relocatable_extension_moves_with_set_schema_keeping_its_columns_and_indexes(db, second_db, pg_server):
    execute(db, BEFORE + "INSERT INTO public.docs VALUES (1, 'hello', 'a=>1');")
    execute(second_db, BEFORE.replace("EXTENSION hstore VERSION '1.7'", "EXTENSION hstore WITH SCHEMA ext VERSION '1.7'")
            .replace("public.hstore", "ext.hstore"))
    script = assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
    # The column of its type is left as it is: the type moved with it.
    assert _statements(script) == ["ALTER EXTENSION hstore SET SCHEMA ext;"], script
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT attrs::text FROM public.docs").fetchall() == [('"a"=>"1"',)]


def test_an_index_with_a_moved_extensions_operator_class_is_kept(db, second_db, pg_server):
    execute(db, BEFORE)
    execute(second_db, BEFORE.replace("EXTENSION pg_trgm VERSION '1.5'", "EXTENSION pg_trgm WITH SCHEMA ext VERSION '1.5'")
            .replace("public.gin_trgm_ops", "ext.gin_trgm_ops"))
    script = assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
    assert _statements(script) == ["ALTER EXTENSION pg_trgm SET SCHEMA ext;"], script


def test_a_downgrade_recreates_the_extension_and_rebuilds_the_index_of_its_operator_class(db, second_db, pg_server):
    execute(db, BEFORE.replace("'1.5'", "'1.6'"))
    execute(second_db, BEFORE)
    script, _ = plan_text(db, second_db, pg_server.dsn("postgres"))
    assert _statements(script) == [
        "DROP INDEX IF EXISTS public.docs_body_trgm;",
        "DROP EXTENSION IF EXISTS pg_trgm;",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public VERSION '1.5';",
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS docs_body_trgm ON public.docs USING gin (body public.gin_trgm_ops);",
    ], script
    assert "-- hazards: deletes-data" in script, script
    assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))


USED = """
CREATE EXTENSION hstore VERSION '1.8';
CREATE EXTENSION citext;
CREATE TABLE public.docs (
  id integer PRIMARY KEY,
  attrs public.hstore NOT NULL DEFAULT 'a=>0'::public.hstore CHECK (attrs ? 'a'),
  history public.hstore[],
  tag public.citext
);
CREATE VIEW public.doc_attrs AS SELECT id, attrs -> 'a' AS a FROM public.docs;
CREATE INDEX docs_attrs ON public.docs USING gist (attrs);
"""


def test_a_recreated_extension_s_columns_wait_in_their_text_form(db, second_db, pg_server):
    # No script leads from hstore 1.8 down to 1.7: it is dropped and created again.
    execute(db, USED + "INSERT INTO public.docs VALUES (1, 'a=>1, b=>2', ARRAY['x=>y']::public.hstore[], 'Mixed');")
    execute(second_db, USED.replace("'1.8'", "'1.7'"))
    script, _ = plan_text(db, second_db, pg_server.dsn("postgres"))
    statements = _statements(script)
    first = [s for s in statements if "TYPE text" in s]
    assert len(first) == 2 and all("TYPE text USING attrs::text" in s or "TYPE text[] USING history::text[]" in s
                                   for s in first), script
    drop = statements.index("DROP EXTENSION IF EXISTS hstore;")
    create = next(i for i, s in enumerate(statements) if s.startswith("CREATE EXTENSION IF NOT EXISTS hstore"))
    assert all(statements.index(s) < drop for s in first), script
    back = [i for i, s in enumerate(statements) if "USING attrs::public.hstore" in s or "USING history::public.hstore[]" in s]
    assert len(back) == 2 and min(back) > create, script
    assert not any("tag" in s for s in statements), script  # citext stays: only hstore is recreated
    assert "-- hazards: deletes-data" in script and "rewrites-table" in script, script
    assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT attrs -> 'b', history[1] -> 'x', tag = 'MIXED' FROM public.docs").fetchall() == [
            ("2", "y", True),
        ]
        assert conn.execute("SELECT a FROM public.doc_attrs").fetchall() == [("1",)]
        assert conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'hstore'").fetchone() == ("1.7",)


def _apply_refused(db, second_db, pg_server, tmp_path) -> subprocess.CompletedProcess:
    """Run `apply` of second_db's inspected spec on db through the CLI; return its refusal
    (exit 1, no traceback)."""
    spec = tmp_path / "schema.yaml"
    cli = [sys.executable, "-m", "schemadiff"]
    subprocess.run([*cli, "inspect", "--db", second_db, "-o", str(spec)], check=True, capture_output=True, timeout=300)
    result = subprocess.run(
        [*cli, "apply", "--spec", str(spec), "--db", db, "--shadow", pg_server.dsn("postgres"), "--allow-hazards", "all"],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return result


def test_a_recreated_extension_under_a_domain_is_refused_naming_it(db, second_db, pg_server, tmp_path):
    domain = "CREATE DOMAIN public.attrs AS public.hstore;\nCREATE TABLE public.t (a public.attrs);\n"
    execute(db, "CREATE EXTENSION hstore VERSION '1.8';\n" + domain)
    execute(second_db, "CREATE EXTENSION hstore VERSION '1.7';\n" + domain)
    result = _apply_refused(db, second_db, pg_server, tmp_path)
    assert "extension hstore must be dropped and created again (no update path from version 1.8 to 1.7)" in result.stderr
    assert "type public.attrs use it" in result.stderr, result.stderr
    with psycopg.connect(db) as conn:  # nothing applied
        assert conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'hstore'").fetchone() == ("1.8",)


NAMED = """
CREATE SCHEMA ext;
CREATE EXTENSION hstore;
CREATE TABLE public.docs (id integer PRIMARY KEY, attrs public.hstore);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY has_a ON public.docs USING (attrs OPERATOR(public.?) 'a'::text);
CREATE VIEW public.doc_attrs AS SELECT id, attrs OPERATOR(public.->) 'a' AS a, attrs::text AS t FROM public.docs;
CREATE VIEW public.casts AS SELECT 'a=>1'::public.hstore AS h;
CREATE MATERIALIZED VIEW public.keys AS SELECT id, public.akeys(attrs) AS k FROM public.docs;
CREATE FUNCTION public.first(h public.hstore) RETURNS text LANGUAGE sql AS $$ SELECT h OPERATOR(public.->) 'a' $$;
CREATE FUNCTION public.wrap(h public.hstore) RETURNS public.hstore LANGUAGE sql AS $$ SELECT $1 $$;
CREATE VIEW public.over AS SELECT public.first(attrs) AS f, public.wrap(attrs) AS w FROM public.docs;
"""


def test_views_policies_and_signatures_naming_a_moved_extension_s_objects_are_kept(db, second_db, pg_server):
    execute(db, NAMED + "INSERT INTO public.docs VALUES (1, 'a=>1');")
    execute(second_db, NAMED.replace("EXTENSION hstore", "EXTENSION hstore WITH SCHEMA ext")
            .replace("public.hstore", "ext.hstore").replace("public.akeys", "ext.akeys").replace("OPERATOR(public.", "OPERATOR(ext."))
    script = assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
    # The views, the materialized view and the policy follow the objects; first()'s body is
    # source text naming the old schema: replaced, keeping the view that calls it.
    assert [s for s in _statements(script) if not s.startswith(("  ", "AS "))] == [
        "ALTER EXTENSION hstore SET SCHEMA ext;",
        "CREATE OR REPLACE FUNCTION public.first(h ext.hstore)",
    ], script
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT a, t FROM public.doc_attrs").fetchall() == [("1", '"a"=>"1"')]
        assert conn.execute("SELECT f FROM public.over").fetchall() == [("1",)]


CALLERS = """
CREATE EXTENSION pg_trgm VERSION '1.6';
CREATE TABLE public.docs (
  id integer PRIMARY KEY,
  name text NOT NULL CHECK (public.similarity(name, 'x') >= 0),
  score real DEFAULT public.similarity('a', 'b'),
  near real GENERATED ALWAYS AS (public.similarity(name, 'abc')) STORED
);
CREATE INDEX docs_near ON public.docs (near);
CREATE VIEW public.doc_trigrams AS SELECT id, public.show_trgm(name) AS trigrams FROM public.docs;
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY near_abc ON public.docs USING (name OPERATOR(public.%) 'abc');
"""


def test_a_recreated_extension_s_callers_are_taken_off_before_and_put_back_after(db, second_db, pg_server):
    # No script leads from pg_trgm 1.6 down to 1.5: DROP EXTENSION refuses while a default,
    # a generated column, a CHECK, a view or a policy calls its functions or operators.
    execute(db, CALLERS + "INSERT INTO public.docs (id, name, score) VALUES (1, 'abc', 0.25);")
    execute(second_db, CALLERS.replace("'1.6'", "'1.5'"))
    script, _ = plan_text(db, second_db, pg_server.dsn("postgres"))
    statements = _statements(script)
    drop = statements.index("DROP EXTENSION IF EXISTS pg_trgm;")
    create = next(i for i, s in enumerate(statements) if s.startswith("CREATE EXTENSION IF NOT EXISTS pg_trgm"))

    def at(prefix):
        return next(i for i, s in enumerate(statements) if s.lstrip().startswith(prefix))

    for before in ("DROP POLICY IF EXISTS near_abc", "DROP VIEW IF EXISTS public.doc_trigrams",
                   "ALTER TABLE public.docs ALTER COLUMN score DROP DEFAULT", "ALTER TABLE public.docs DROP COLUMN IF EXISTS near",
                   "ALTER TABLE IF EXISTS public.docs DROP CONSTRAINT IF EXISTS docs_name_check",
                   "DROP INDEX IF EXISTS public.docs_near"):
        assert at(before) < drop, (before, script)
    for after in ("CREATE POLICY near_abc", "CREATE OR REPLACE VIEW public.doc_trigrams",
                  "ALTER TABLE public.docs ALTER COLUMN score SET DEFAULT public.similarity(",
                  "ALTER TABLE public.docs ADD COLUMN IF NOT EXISTS near real GENERATED ALWAYS AS (public.similarity(",
                  "ALTER TABLE public.docs ADD CONSTRAINT docs_name_check CHECK", "CREATE INDEX CONCURRENTLY IF NOT EXISTS docs_near"):
        assert at(after) > create, (after, script)
    # The generated column is computed again.
    assert ("drop column near of table public.docs (rebuilt: it calls extension pg_trgm, which is dropped and created "
            "again)\n-- hazards: rewrites-table\n") in script, script
    assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT score, near FROM public.docs").fetchall() == [(0.25, 1.0)]
        assert conn.execute("SELECT count(*) FROM public.doc_trigrams").fetchone() == (1,)
        assert conn.execute("SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm'").fetchone() == ("1.5",)


def test_an_exclusion_constraint_on_a_recreated_extension_s_operator_class_is_added_again(db, second_db, pg_server):
    # pg_depend names the constraint's index as the user of btree_gist's gist_int4_ops.
    table = "CREATE TABLE public.rooms (id integer, EXCLUDE USING gist (id WITH =));\n"
    execute(db, "CREATE EXTENSION btree_gist VERSION '1.7';\n" + table + "INSERT INTO public.rooms VALUES (1);")
    execute(second_db, "CREATE EXTENSION btree_gist VERSION '1.6';\n" + table)
    script, _ = plan_text(db, second_db, pg_server.dsn("postgres"))
    statements = _statements(script)
    drop = statements.index("DROP EXTENSION IF EXISTS btree_gist;")
    assert statements.index("ALTER TABLE IF EXISTS public.rooms DROP CONSTRAINT IF EXISTS rooms_id_excl;") < drop, script
    assert "add constraint rooms_id_excl to table public.rooms\n-- hazards: long-lock" in script, script
    assert_converges(db, second_db, second_db, pg_server.dsn("postgres"))
    with psycopg.connect(db) as conn:
        with pytest.raises(psycopg.errors.ExclusionViolation):
            conn.execute("INSERT INTO public.rooms VALUES (1)")


def _refused_under_downgraded_trgm(db, second_db, pg_server, schema: str) -> str:
    """Return the message the plan from pg_trgm 1.6 to 1.5 under `schema` is refused with."""
    execute(db, "CREATE EXTENSION pg_trgm VERSION '1.6';\n" + schema)
    execute(second_db, "CREATE EXTENSION pg_trgm VERSION '1.5';\n" + schema)
    with pytest.raises(SchemadiffError) as refused:
        plan_text(db, second_db, pg_server.dsn("postgres"))
    return str(refused.value)


def test_a_recreated_extension_under_a_partition_key_is_refused_at_plan_time_naming_it(db, second_db, pg_server):
    # A partition key cannot be taken off its table and put back.
    message = _refused_under_downgraded_trgm(db, second_db, pg_server, (
        "CREATE TABLE public.events (name text) PARTITION BY RANGE (public.similarity(name, 'abc'));"))
    assert ("extension pg_trgm must be dropped and created again, but table public.events uses it other than through "
            "a column default, a generated column, a CHECK or a column of its types (a partition key?)" in message), message


def test_a_recreated_extension_under_a_domain_s_check_is_refused_at_plan_time_naming_it(db, second_db, pg_server):
    message = _refused_under_downgraded_trgm(db, second_db, pg_server, (
        "CREATE DOMAIN public.near_abc AS text CHECK (public.similarity(VALUE, 'abc') > 0.1);"))
    assert ("extension pg_trgm must be dropped and created again (no update path from version 1.6 to 1.5), but "
            "domain public.near_abc use it" in message), message
