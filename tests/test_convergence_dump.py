"""The dump comparison every convergence test relies on (tests/convergence.py) stays honest.

It sorts runs of consecutive GRANT lines, since pg_dump prints an object's grants in ACL
order (the order they were granted in): only that order may be forgiven. A grant on
another object or column, or public's USAGE for PUBLIC revoked, must still count.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from convergence import dump_schema, execute

TABLES = "CREATE TABLE public.a (x int, y int); CREATE TABLE public.b (x int);"


@pytest.fixture
def roles(pg_server):
    """Create two roles; drop them after the test's databases (request this fixture first)."""
    admin = pg_server.dsn("postgres")
    names = ["dump_check_reader", "dump_check_writer"]
    with psycopg.connect(admin, autocommit=True) as conn:
        for name in names:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(name)))
    yield names
    with psycopg.connect(admin, autocommit=True) as conn:
        for name in names:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def _dumps(db, second_db, first: str, second: str) -> tuple[str, str]:
    execute(db, TABLES + first)
    execute(second_db, TABLES + second)
    return dump_schema(db), dump_schema(second_db)


def test_grant_order_on_one_object_does_not_count(roles, db, second_db):
    one, two = _dumps(
        db, second_db,
        "GRANT SELECT ON public.a TO dump_check_reader; GRANT INSERT ON public.a TO dump_check_writer;",
        "GRANT INSERT ON public.a TO dump_check_writer; GRANT SELECT ON public.a TO dump_check_reader;",
    )
    assert one == two


@pytest.mark.parametrize(("first", "second"), [
    # the same grants on other objects
    ("GRANT SELECT ON public.a TO dump_check_reader; GRANT SELECT ON public.b TO dump_check_writer;",
     "GRANT SELECT ON public.a TO dump_check_writer; GRANT SELECT ON public.b TO dump_check_reader;"),
    # the same grants on other columns
    ("GRANT SELECT (x) ON public.a TO dump_check_reader; GRANT SELECT (y) ON public.a TO dump_check_writer;",
     "GRANT SELECT (x) ON public.a TO dump_check_writer; GRANT SELECT (y) ON public.a TO dump_check_reader;"),
], ids=["objects", "columns"])
def test_grants_moved_elsewhere_count(roles, db, second_db, first, second):
    one, two = _dumps(db, second_db, first, second)
    assert one != two


def test_public_schema_revoke_counts(db, second_db):
    one, two = _dumps(db, second_db, "", "REVOKE USAGE ON SCHEMA public FROM PUBLIC;")
    assert one != two
    assert "REVOKE USAGE ON SCHEMA public FROM PUBLIC;" in two
