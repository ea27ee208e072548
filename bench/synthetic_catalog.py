"""Synthetic catalogs for the catalog-diff benchmark: two databases a few percent apart.

Catalog A for N tables (all in `public`):
- table t_NNNNN: 10 columns, a primary key, a foreign key to the previous table (the
  first one references itself), a CHECK, an index, RLS enabled with one policy (TO the
  cluster role `bench_reader`), a comment;
- N/5 views v_NNNNN (each over one table) and N/5 SQL functions f_NNNNN.

Catalog B is A with, for every 50th table of each kind of change (2 % each): a column
added, a column dropped, an index redefined, a policy's USING changed, a comment
changed; and every 25th view and function (4 % each) redefined.

Speed: A is built in batches of statements (one round trip and one implicit transaction
per batch; small enough that the lock table never overflows), B is a file-level copy of A
(CREATE DATABASE ... TEMPLATE) followed by the few changes. Both are ANALYZEd, catalogs
included, as autovacuum would leave a database that has been up for a while.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import psycopg
from psycopg import sql

ROLE = "bench_reader"
BATCH_TABLES = 250  # ~5 relation locks per table: far below the shared lock table's 6,400 slots
CHANGE_EVERY_TABLE = 50
CHANGE_EVERY_ROUTINE = 25


def table(i: int) -> str:
    return f"t_{i:05d}"


def qualified(name: str) -> str:
    # Every name here is generated lower-case ASCII: quoting would change nothing.
    return f"public.{name}"


def table_ddl(i: int) -> str:
    """Return the statements that create table i with its index, policy and comment."""
    t = table(i)
    parent = table(i - 1) if i > 1 else t  # the first table references itself
    return f"""
CREATE TABLE public.{t} (
    id bigint NOT NULL,
    parent_id bigint,
    owner_id uuid NOT NULL,
    name text NOT NULL,
    status text NOT NULL DEFAULT 'new',
    amount numeric(12,2) NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz,
    payload jsonb,
    flag boolean NOT NULL DEFAULT false,
    CONSTRAINT {t}_pkey PRIMARY KEY (id),
    CONSTRAINT {t}_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.{parent} (id),
    CONSTRAINT {t}_amount_check CHECK (amount >= 0)
);
CREATE INDEX {t}_owner_idx ON public.{t} (owner_id, created_at);
ALTER TABLE public.{t} ENABLE ROW LEVEL SECURITY;
CREATE POLICY {t}_owner ON public.{t} FOR SELECT TO {ROLE}
    USING (owner_id = current_setting('app.user_id')::uuid);
COMMENT ON TABLE public.{t} IS 'synthetic table {i}';
"""


def view_sql(j: int, changed: bool) -> str:
    where = "status <> 'archived'" if changed else "status = 'active'"
    return (
        f"CREATE OR REPLACE VIEW public.v_{j:05d} AS "
        f"SELECT id, owner_id, name, amount FROM public.{table(5 * j)} WHERE {where};\n"
    )


def function_sql(j: int, changed: bool) -> str:
    expression = "amount * 2" if changed else "amount"
    return (
        f"CREATE OR REPLACE FUNCTION public.f_{j:05d}(p_owner uuid) RETURNS numeric "
        f"LANGUAGE sql STABLE AS $$SELECT coalesce(sum({expression}), 0) "
        f"FROM public.{table(5 * j - 4)} WHERE owner_id = p_owner$$;\n"
    )


def changes_sql(n: int) -> tuple[str, dict[str, int]]:
    """Return the script that turns A into B, and how many objects of each kind it changes."""
    out, counts = [], dict.fromkeys(
        ("column added", "column dropped", "index changed", "policy changed",
         "comment changed", "view changed", "function changed"), 0)  # fmt: skip
    for i in range(1, n + 1):
        t, kind = table(i), i % CHANGE_EVERY_TABLE
        if kind == 1:
            out.append(f"ALTER TABLE public.{t} ADD COLUMN note text;")
            counts["column added"] += 1
        elif kind == 2:
            out.append(f"ALTER TABLE public.{t} DROP COLUMN payload;")
            counts["column dropped"] += 1
        elif kind == 3:
            out.append(f"DROP INDEX public.{t}_owner_idx;")
            out.append(f"CREATE INDEX {t}_owner_idx ON public.{t} (owner_id, updated_at);")
            counts["index changed"] += 1
        elif kind == 4:
            out.append(
                f"ALTER POLICY {t}_owner ON public.{t} "
                f"USING (owner_id = current_setting('app.user_id')::uuid AND NOT flag);"
            )
            counts["policy changed"] += 1
        elif kind == 5:
            out.append(f"COMMENT ON TABLE public.{t} IS 'synthetic table {i}, revised';")
            counts["comment changed"] += 1
    for j in range(1, n // 5 + 1):
        if j % CHANGE_EVERY_ROUTINE == 1:
            out.append(view_sql(j, changed=True))
            counts["view changed"] += 1
        elif j % CHANGE_EVERY_ROUTINE == 2:
            out.append(function_sql(j, changed=True))
            counts["function changed"] += 1
    return "\n".join(out), counts


def catalog_a_batches(n: int):
    """Yield catalog A's DDL in batches, each one round trip."""
    for start in range(1, n + 1, BATCH_TABLES):
        yield "".join(table_ddl(i) for i in range(start, min(start + BATCH_TABLES, n + 1)))
    routines = [view_sql(j, False) + function_sql(j, False) for j in range(1, n // 5 + 1)]
    for start in range(0, len(routines), 1000):
        yield "".join(routines[start:start + 1000])


@dataclass(frozen=True)
class Pair:
    n: int
    dsn_a: str
    dsn_b: str
    build_s: float
    changes: dict[str, int]


def ensure_role(admin_dsn: str) -> None:
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(ROLE)))


def _copy_database(admin_dsn: str, name: str, template: str) -> None:
    # CREATE DATABASE ... TEMPLATE fails while anyone (autovacuum, too) is connected to the
    # template: retry for a few seconds.
    statement = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template))
    for attempt in range(50):
        try:
            with psycopg.connect(admin_dsn, autocommit=True) as conn:
                conn.execute(statement)
            return
        except psycopg.errors.ObjectInUse:
            time.sleep(0.2)
    raise RuntimeError(f"cannot copy database {template}: it stays in use")


def build_pair(server, n: int) -> Pair:
    """Create databases bench_a_<n> and bench_b_<n> on `server` (dropped first if present)."""
    admin = server.dsn("postgres")
    ensure_role(admin)
    name_a, name_b = f"bench_a_{n}", f"bench_b_{n}"
    started = time.perf_counter()
    for name in (name_b, name_a):
        server.drop_database(name)
    dsn_a = server.create_database(name_a)
    with psycopg.connect(dsn_a, autocommit=True) as conn:
        for batch in catalog_a_batches(n):
            conn.execute(batch)
        conn.execute("ANALYZE")
    _copy_database(admin, name_b, name_a)
    dsn_b = server.dsn(name_b)
    script, counts = changes_sql(n)
    with psycopg.connect(dsn_b, autocommit=True) as conn:
        conn.execute(script)
        conn.execute("ANALYZE")
    return Pair(n, dsn_a, dsn_b, time.perf_counter() - started, counts)


def copy_of(server, source_dsn_name: str, name: str) -> str:
    """Return the DSN of a fresh copy of database `source_dsn_name` called `name`."""
    server.drop_database(name)
    _copy_database(server.dsn("postgres"), name, source_dsn_name)
    return server.dsn(name)
