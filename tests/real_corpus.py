"""The corpus of real schemas under tests/real/: which there are, which converge, how to load one.

Each tests/real/<name>/ holds `schema.sql` (what the project publishes, data left out) and
`SOURCE.md` (where it comes from and every edit); `roles.sql`, when present, creates the
cluster-wide roles the schema grants to (roles outlive a database, so they are not part of
what is diffed). `converging.txt` names the schemas the tests run today, one a line; the
others are listed in README.md with the step that fails and why. Used by
tests/test_real_schemas.py and bench/real_convergence.py.
"""

from __future__ import annotations

import pathlib
import subprocess

import pglast
import psycopg
from psycopg import sql

from schemadiff.pgcluster import find_pg_bindir

CORPUS = pathlib.Path(__file__).resolve().parent / "real"
MANIFEST = CORPUS / "converging.txt"


def all_schemas() -> list[str]:
    """Return the name of every schema in the corpus, sorted."""
    return sorted(p.name for p in CORPUS.iterdir() if (p / "schema.sql").is_file())


def converging_schemas() -> list[str]:
    """Return the schemas converging.txt switches on (blank lines and # comments ignored)."""
    lines = (line.split("#", 1)[0].strip() for line in MANIFEST.read_text().splitlines())
    return sorted(line for line in lines if line)


def ensure_roles(admin_dsn: str, name: str) -> list[str]:
    """Create the roles schema `name` needs that do not exist yet; return those created."""
    path = CORPUS / name / "roles.sql"
    if not path.exists():
        return []
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        before = _role_names(conn)
        for statement in pglast.split(path.read_text()):
            try:
                conn.execute(statement)
            except psycopg.errors.DuplicateObject:
                pass  # the role exists: roles are cluster-wide, another load made it
        return sorted(_role_names(conn) - before)


def drop_roles(admin_dsn: str, roles: list[str]) -> None:
    """Drop roles ensure_roles created, once no database uses them (other tests share the cluster)."""
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        for role in roles:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def _role_names(conn) -> set[str]:
    return {row[0] for row in conn.execute("SELECT rolname FROM pg_catalog.pg_roles")}


def load(dsn: str, name: str) -> None:
    """Run schema `name` into the database at `dsn` with psql, as its project runs it; stop at the first error."""
    result = subprocess.run(
        [str(find_pg_bindir() / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dsn,
         "-f", str(CORPUS / name / "schema.sql")],
        capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise AssertionError(f"{name}/schema.sql does not load on this server:\n{result.stderr[-2000:]}")
