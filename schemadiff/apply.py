"""Running a plan: all its steps in one transaction, or nothing at all."""

from __future__ import annotations

import psycopg

from .errors import SchemadiffError
from .render.plan import PRELUDE
from .sources import connect


def execute_steps(dsn: str, steps: list[dict]) -> None:
    """Run rendered plan steps in one transaction; on failure name the step, change nothing."""
    with connect(dsn, autocommit=False) as conn:
        with conn.transaction():
            for statement in PRELUDE:
                conn.execute(statement)
            for number, step in enumerate(steps, 1):
                for statement in step["statements"]:
                    try:
                        conn.execute(statement)
                    except psycopg.Error as exc:
                        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                        raise SchemadiffError(
                            f"step {number} ({step['description']}) failed, nothing was changed: {reason}"
                        ) from None
