"""Run a pair through the convergence check in both directions, in two reused databases.

Dropping and re-creating every schema is several times faster than a new database per
side, and the two databases of a direction are reset the same way, so their dumps still
compare equal. A pair's direction fails with a signature (which direction, which step,
which error class) so that minimizing keeps chasing the same failure.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import psycopg

from convergence import assert_converges

from . import Pair
from .minimize import Unit, ddmin, sides, units_of

# Everything a pair can create lives in schemas other than the system ones, in
# extensions, in publications and languages, or in the public schema, which is re-created
# as initdb leaves it.
RESET = """
DO $reset$
DECLARE r record;
BEGIN
  FOR r IN SELECT pubname FROM pg_catalog.pg_publication LOOP
    EXECUTE format('DROP PUBLICATION %I', r.pubname);
  END LOOP;
  FOR r IN SELECT extname FROM pg_catalog.pg_extension WHERE extname <> 'plpgsql' LOOP
    EXECUTE format('DROP EXTENSION %I CASCADE', r.extname);
  END LOOP;
  FOR r IN SELECT lanname FROM pg_catalog.pg_language WHERE oid >= 16384 AND lanname <> 'plpgsql' LOOP
    EXECUTE format('DROP LANGUAGE %I CASCADE', r.lanname);
  END LOOP;
  FOR r IN SELECT nspname FROM pg_catalog.pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname);
  END LOOP;
END
$reset$;
CREATE SCHEMA public AUTHORIZATION pg_database_owner;
GRANT USAGE ON SCHEMA public TO PUBLIC;
COMMENT ON SCHEMA public IS 'standard public schema';
"""


class BuildError(Exception):
    """A side's SQL does not run: a generator bug, or a statement minimizing removed."""


@dataclass(frozen=True)
class Failure:
    direction: str  # "forward" (A -> B) or "backward" (B -> A)
    signature: str  # the step and error class, e.g. "re-plan is not empty"
    message: str

    def key(self) -> tuple[str, str]:
        return (self.direction, self.signature)


def build(dsn: str, statements) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(RESET)
        for statement in statements:
            try:
                conn.execute(statement)
            except psycopg.Error as exc:
                raise BuildError(f"{statement}\n  -> {exc}".strip()) from None


def _signature(exc: BaseException) -> str:
    if isinstance(exc, AssertionError):
        return str(exc).splitlines()[0] if str(exc) else "assertion"
    sqlstate = getattr(exc, "sqlstate", None)
    return f"{type(exc).__name__} {sqlstate}" if sqlstate else type(exc).__name__


def converge(current: str, target: str, shadow: str, direction: str) -> Failure | None:
    try:
        assert_converges(current, target, target, shadow)
    except Exception as exc:  # any failure of plan, apply or comparison is the differ's
        return Failure(direction, _signature(exc), f"{type(exc).__name__}: {exc}")
    return None


def check(before, after, dsns: tuple[str, str], shadow: str, only: str | None = None) -> Failure | None:
    """Return the first failing direction of (before, after), or None when both converge."""
    first, second = dsns
    for direction, (current, target) in (("forward", (before, after)), ("backward", (after, before))):
        if only is not None and direction != only:
            continue
        build(first, current)
        build(second, target)
        failure = converge(first, second, shadow, direction)
        if failure is not None:
            return failure
    return None


def minimize_failure(pair: Pair, failure: Failure, dsns, shadow, budget: float) -> tuple[list[str], list[str]]:
    """Return the smallest (current, target) SQL found within `budget` seconds that fails alike."""
    # Roles are cluster-wide: once created they stay, so dropping their statements would
    # seem harmless. They are kept out of minimizing and put back where a name uses them.
    roles = [s for s in pair.before + pair.after if s.startswith("DO ") and "CREATE ROLE" in s]
    units = [u for u in units_of(pair.before, pair.after) if u.statement not in roles]
    if failure.direction == "backward":
        units = [Unit(u.statement, u.in_after, u.in_before) for u in units]
    deadline = time.monotonic() + budget

    def with_roles(statements: list[str]) -> list[str]:
        used = [r for r in dict.fromkeys(roles) if _role_name(r) in "\n".join(statements)]
        return used + statements

    def fails(candidate: list[Unit]) -> bool:
        current, target = (with_roles(side) for side in sides(candidate))
        try:
            found = check(current, target, dsns, shadow, only="forward")
        except BuildError:
            return False
        return found is not None and found.signature == failure.signature

    current, target = sides(ddmin(units, fails, deadline))
    return with_roles(current), with_roles(target)


def _role_name(statement: str) -> str:
    """Return the quoted role name of a `DO $$ BEGIN CREATE ROLE name; ...` statement."""
    return statement.split("CREATE ROLE ", 1)[1].split("; EXCEPTION", 1)[0]
