"""Extensions changed in place on a live database: ALTER EXTENSION UPDATE TO and SET
SCHEMA keep what uses them (columns of their types and the rows in them, indexes with
their operator classes), where DROP EXTENSION would need all of it gone first."""

from __future__ import annotations

import psycopg

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
