"""Plans for online-sensitive changes pass squawk's checks for blocking migrations.

Each case plans a change on an existing table (real PostgreSQL, rendered by
`schemadiff.render.plan.plan_sql`), writes the plan to a file and lints it with squawk
(PostgreSQL 15, the repository's .squawk.toml). No plan may break these rules:

- require-concurrent-index-creation, constraint-missing-not-valid,
- require-lock-timeout, require-statement-timeout.

squawk does not read PL/pgSQL, and schemadiff guards most ALTER TABLEs in a DO block
(to make them idempotent). So each plan is linted twice: as written, for the four rules
above, and with every DO block replaced by the statement it guards (taken out with
pglast's PL/pgSQL parser), where every rule counts: only the four rules' exemption
below, the rules disabled in .squawk.toml (each with its reason) and the warnings a
case expects are allowed, and an expected warning must fall in a step that declares
the matching hazard, so that `apply` refuses it unless allowed.

The one exemption: `CREATE INDEX ... ON ONLY` a partitioned table. PostgreSQL cannot
build an index on a partitioned table concurrently; ON ONLY creates an empty, invalid
parent index (no build) to which the partitions' indexes, built CONCURRENTLY before, are
attached. squawk does not tell ON ONLY apart and flags require-concurrent-index-creation.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from pglast import parse_plpgsql, parse_sql
from pglast.ast import DoStmt, IndexStmt

from convergence import plan_text

REPO = Path(__file__).resolve().parent.parent
SQUAWK = Path(sys.executable).parent / "squawk"
CONFIG = REPO / ".squawk.toml"
PG_VERSION = "15.0"

REQUIRED = (
    "require-concurrent-index-creation",
    "constraint-missing-not-valid",
    "require-lock-timeout",
    "require-statement-timeout",
)

BEFORE = """
CREATE TABLE public.accounts (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.orders (id bigint PRIMARY KEY, account_id bigint, amount integer NOT NULL, note text);
CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, body text, PRIMARY KEY (id, at))
  PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
"""

# case: (the change that makes the target, {squawk rule that must fire: the hazard its step declares})
CASES = {
    "index_on_existing_table": ("CREATE INDEX orders_note_idx ON public.orders (note);", {}),
    "unique_index_on_existing_table": ("CREATE UNIQUE INDEX orders_note_key ON public.orders (note);", {}),
    "index_on_partitioned_table": ("CREATE INDEX events_body_idx ON public.events (body);", {}),
    "foreign_key": (
        "ALTER TABLE public.orders ADD CONSTRAINT orders_account_id_fkey "
        "FOREIGN KEY (account_id) REFERENCES public.accounts (id);", {}),
    "check": ("ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0);", {}),
    "set_not_null": ("ALTER TABLE public.orders ALTER COLUMN account_id SET NOT NULL;", {}),
    # A rewrite under ACCESS EXCLUSIVE that schemadiff does not avoid: it must say so.
    "column_type_change": (
        "ALTER TABLE public.orders ALTER COLUMN amount TYPE bigint;", {"changing-column-type": "rewrites-table"}),
    "add_column_with_default": ("ALTER TABLE public.orders ADD COLUMN status text NOT NULL DEFAULT 'new';", {}),
}


# -- squawk ---------------------------------------------------------------------------------

def squawk(path: Path) -> list[dict]:
    """Return squawk's violations for one file, with 1-based line numbers."""
    assert SQUAWK.is_file(), f"squawk is not installed in this virtualenv ({SQUAWK}): pip install squawk-cli"
    result = subprocess.run(
        [str(SQUAWK), "--config", str(CONFIG), "--pg-version", PG_VERSION, "--reporter", "json", str(path)],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode in (0, 1), result.stderr  # 1: violations found
    violations = json.loads(result.stdout or "[]")
    for v in violations:
        v["line"] += 1  # squawk counts lines from 0
    return violations


def squawk_config_excluded() -> list[str]:
    import tomllib

    return tomllib.loads(CONFIG.read_text(encoding="utf-8")).get("excluded_rules", [])


# -- plans --------------------------------------------------------------------------------

def _guarded_statements(body: str) -> list[str]:
    """Return the SQL statements a DO block's body runs (its guards' THEN branches)."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "PLpgSQL_stmt_execsql" in node:
                found.append(node["PLpgSQL_stmt_execsql"]["sqlstmt"]["PLpgSQL_expr"]["query"])
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(parse_plpgsql(f"DO $body$ {body} $body$"))
    return found


def expand_guards(script: str) -> str:
    """Return the plan with each DO block replaced by the statements it guards (the rest,
    comments included, unchanged)."""
    raw = script.encode()
    parts, position = [], 0
    for raw_stmt in parse_sql(script):
        if not isinstance(raw_stmt.stmt, DoStmt):
            continue
        start = raw_stmt.stmt_location
        body = next(arg.arg.sval for arg in raw_stmt.stmt.args if arg.defname == "as")
        statements = _guarded_statements(body)
        assert statements, f"a DO block that runs no statement:\n{body}"
        parts += [raw[position:start].decode(), ";\n".join(statements)]  # the block's own ';' follows
        position = start + raw_stmt.stmt_len
    parts.append(raw[position:].decode())
    return "".join(parts)


def statement_at(script: str, line: int, column: int) -> str:
    """Return the statement of `script` at 1-based `line`, 0-based `column` ('' if none:
    squawk puts file-wide violations at the top)."""
    raw = script.encode()
    offset = len("".join(script.splitlines(keepends=True)[: line - 1]).encode()) + column
    for raw_stmt in parse_sql(script):
        end = raw_stmt.stmt_location + raw_stmt.stmt_len if raw_stmt.stmt_len else len(raw)
        if raw_stmt.stmt_location <= offset <= end:
            return raw[raw_stmt.stmt_location:end].decode()
    return ""


def step_hazards_at(script: str, line: int) -> tuple[str, set[str]]:
    """Return the `-- [n] description` step that holds 1-based `line`, and its hazards."""
    header, hazards = "", set()
    for text in script.splitlines()[:line]:
        if text.startswith("-- ["):
            header, hazards = text, set()
        elif text.startswith("-- hazards: "):
            hazards = set(text.removeprefix("-- hazards: ").split(", "))
    return header, hazards


def is_on_only_partitioned(statement: str, dsn: str) -> bool:
    """True for CREATE INDEX (not CONCURRENTLY) ON ONLY a partitioned table of `dsn`."""
    if not statement:
        return False
    (raw_stmt,) = parse_sql(statement)
    node = raw_stmt.stmt
    if not isinstance(node, IndexStmt) or node.concurrent or node.relation.inh:
        return False
    name = f"{node.relation.schemaname or 'public'}.{node.relation.relname}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        kind = conn.execute("SELECT relkind FROM pg_catalog.pg_class WHERE oid = to_regclass(%s)", (name,)).fetchone()
    return kind == ("p",)


def build(dsn: str, *scripts: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        for script in scripts:
            conn.execute(script)


@pytest.mark.parametrize("case", sorted(CASES))
def test_plan_passes_squawk(case, db, second_db, pg_server, tmp_path):
    change, expected = CASES[case]
    build(db, BEFORE)
    build(second_db, BEFORE, change)
    script, empty = plan_text(db, second_db, pg_server.dsn("postgres"))
    assert not empty
    as_written = tmp_path / f"{case}.sql"
    as_written.write_text(script, encoding="utf-8")
    expanded_text = expand_guards(script)
    expanded = tmp_path / f"{case}.expanded.sql"
    expanded.write_text(expanded_text, encoding="utf-8")

    def exempt(v, text) -> bool:
        return v["rule_name"] == "require-concurrent-index-creation" and is_on_only_partitioned(
            statement_at(text, v["line"], v["column"]), db)

    def shown(v, text) -> str:
        return f"{v['rule_name']} at line {v['line']}: {statement_at(text, v['line'], v['column'])}"

    # As written: the four rules.
    broken = [shown(v, script) for v in squawk(as_written) if v["rule_name"] in REQUIRED and not exempt(v, script)]
    assert broken == [], f"{case}: {broken}\n{script}"

    # Guards expanded: every rule.
    violations = squawk(expanded)
    unexpected = [
        shown(v, expanded_text) for v in violations
        if not exempt(v, expanded_text) and v["rule_name"] not in expected
    ]
    assert unexpected == [], f"{case}: {unexpected}\n{expanded_text}"
    for rule, hazard in expected.items():
        hits = [v for v in violations if v["rule_name"] == rule]
        assert hits, f"{case}: squawk no longer reports {rule}"
        for v in hits:
            step, hazards = step_hazards_at(expanded_text, v["line"])
            assert hazard in hazards, f"{case}: {rule} at line {v['line']} in {step!r}, which declares {hazards}"


def test_squawk_knows_the_rules_and_the_config_keeps_them(tmp_path):
    """The four rules exist under these names in this squawk, fire on a blocking
    migration, and the repository's config does not disable them."""
    assert not set(REQUIRED) & set(squawk_config_excluded())
    naive = tmp_path / "naive.sql"
    naive.write_text(
        "CREATE INDEX orders_note_idx ON public.orders (note);\n"
        "ALTER TABLE public.orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0);\n"
        "ALTER TABLE public.orders ADD CONSTRAINT orders_account_id_fkey "
        "FOREIGN KEY (account_id) REFERENCES public.accounts (id);\n",
        encoding="utf-8",
    )
    fired = {v["rule_name"] for v in squawk(naive)}
    assert set(REQUIRED) <= fired, fired


def test_guard_expansion_keeps_every_statement():
    script = (
        "BEGIN;\nSET LOCAL lock_timeout = '2000ms';\n-- [1] step\n"
        "DO $do$\nBEGIN\n  IF NOT EXISTS (SELECT 1) THEN\n"
        "    ALTER TABLE public.t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\n  END IF;\nEND\n$do$;\n"
        "CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON public.t (a);\nCOMMIT;\n"
    )
    expanded = expand_guards(script)
    assert "DO $do$" not in expanded
    assert "-- [1] step\nALTER TABLE public.t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\n" in expanded
    assert [type(s.stmt).__name__ for s in parse_sql(expanded)] == [
        "TransactionStmt", "VariableSetStmt", "AlterTableStmt", "IndexStmt", "TransactionStmt",
    ]
