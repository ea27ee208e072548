"""The catalog queries (one SQL file per kind under sql/) and the snapshot they run in.

Every query of one inspection runs in a single REPEATABLE READ, READ ONLY transaction, so
all of them see the same catalog. `search_path = ''` makes pg_get_expr, pg_get_viewdef and
format_type qualify every name outside pg_catalog, the same way on every database, and
`TimeZone = 'UTC'` makes timestamptz partition bounds print the same everywhere. Both are
SET LOCAL and the transaction ends before we return, so the caller's session is untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.rows import dict_row, tuple_row

from ..errors import SchemadiffError

# Resolves the managed schemas first: every other query takes their names as a parameter.
SCHEMA_QUERY = "schemas"
KIND_QUERIES = (
    "extensions", "relations", "columns", "constraints", "indexes", "policies", "views",
    "functions", "triggers", "sequences", "cron_jobs", "types", "objects", "unsupported", "depends",
)
# Last: the roles that the grants and policies read before it name.
ROLE_QUERY = "roles"
QUERY_COUNT = 1 + len(KIND_QUERIES) + 1

# Sent once, before the catalog queries, inside the snapshot transaction.
# jit off: the catalog queries cost enough to trigger JIT compilation, which takes
# longer than running them (0.7 s of 1.0 s for indexes.sql on 5,000 tables).
# work_mem: the sorts of columns.sql and constraints.sql (tens of MB at 5,000 tables)
# spilled to disk with the default 4MB. No parallel workers: starting them costs more than
# these index-driven plans gain, and diff inspects both databases at once on few cores.
SESSION_SETUP = (
    "SET LOCAL search_path = ''; SET LOCAL TimeZone = 'UTC'; SET LOCAL jit = off; "
    "SET LOCAL work_mem = '64MB'; SET LOCAL max_parallel_workers_per_gather = 0"
)


class InspectionError(SchemadiffError):
    """The database cannot be inspected as asked (e.g. the connection is mid-transaction)."""


@cache
def query_text(name: str) -> str:
    """Return the SQL of one catalog query."""
    return (resources.files(__package__) / "sql" / f"{name}.sql").read_text(encoding="utf-8")


def fetch(conn, name: str, params: dict) -> "Rows":
    """Run catalog query `name`; return its rows (dicts keyed by column name, or tuples)."""
    return Rows(conn.execute(query_text(name), params))


class Rows:
    """The rows of one catalog query, made into dicts (or tuples) while they are iterated, once.

    libpq holds a result compactly; as dicts, the 50,000 columns of a 5,000-table catalog
    take ~45 MB more. Iterating a second time is an error, not an empty result.
    """

    def __init__(self, cursor):
        self._cursor = cursor

    def __iter__(self):
        return self._stream(self._take(dict_row))

    def tuples(self) -> tuple[list[str], Iterator[tuple]]:
        """Return (column names, the rows as tuples): no dict per row, for the biggest query."""
        cursor = self._take(tuple_row)
        return [column.name for column in cursor.description], self._stream(cursor)

    def _take(self, row_factory):
        if self._cursor is None:
            raise RuntimeError("the rows of a catalog query can be iterated only once")
        cursor, self._cursor = self._cursor, None
        cursor.row_factory = row_factory
        return cursor

    @staticmethod
    def _stream(cursor):
        with cursor:
            while batch := cursor.fetchmany(1000):
                yield from batch


@contextmanager
def snapshot(conn):
    """Run the block in one read-only REPEATABLE READ transaction, then restore `conn`."""
    status = conn.info.transaction_status
    if status != TransactionStatus.IDLE:
        raise InspectionError(
            f"cannot inspect on a connection whose transaction status is {status.name}: "
            "commit or roll back first, so that every catalog query sees one snapshot"
        )
    saved = (conn.isolation_level, conn.read_only)
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    try:
        # psycopg opens it with BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY and, the
        # transaction being read-only, committing at the end changes nothing.
        with conn.transaction():
            conn.execute(SESSION_SETUP)
            yield
    finally:
        conn.isolation_level, conn.read_only = saved
