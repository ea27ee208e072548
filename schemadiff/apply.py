"""Running a plan on a live database, guarded.

- One apply at a time per database: a session advisory lock, waited for a bounded time.
- Stage 0 runs as one transaction: on any failure nothing has changed.
- Online steps run on their own; if one fails (or the connection dies), running the same
  plan again finishes the job: every statement is idempotent, and an invalid index left
  by an interrupted concurrent build is dropped and built again.
- lock_timeout bounds how long any statement queues behind traffic; a step that times out
  waiting for a lock is retried a bounded number of times.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

import psycopg
from psycopg import errors

from .errors import SchemadiffError
from .render.plan import TRANSACTION_SETTINGS, Timeouts, segments
from .sources import connect

ADVISORY_LOCK_KEY = 0x5C_4E_3A_01  # "schemadiff apply", the same on every database


@dataclass(frozen=True)
class ApplySettings:
    timeouts: Timeouts = field(default_factory=Timeouts)
    lock_retries: int = 5  # attempts after the first, for steps that could not get their lock
    retry_pause_s: float = 0.5
    wait_for_other_apply_s: float = 30.0
    # Called as before_statement(conn, step, statement) ahead of every plan statement:
    # progress reporting, and the tests' fault injection.
    before_statement: Callable | None = None


def execute_steps(dsn: str, steps: list[dict], settings: ApplySettings = ApplySettings()) -> None:
    with connect(dsn) as conn:
        _take_apply_lock(conn, settings)
        try:
            for segment in segments(steps):
                _run_segment(conn, segment, settings)
        finally:
            if not conn.closed:
                conn.execute("SELECT pg_advisory_unlock(%s)", (ADVISORY_LOCK_KEY,))


def _take_apply_lock(conn: psycopg.Connection, settings: ApplySettings) -> None:
    deadline = time.monotonic() + settings.wait_for_other_apply_s
    while not conn.execute("SELECT pg_try_advisory_lock(%s)", (ADVISORY_LOCK_KEY,)).fetchone()[0]:
        if time.monotonic() >= deadline:
            raise SchemadiffError(
                f"another schemadiff apply is running on this database; waited {settings.wait_for_other_apply_s:g}s, "
                "nothing was changed"
            )
        time.sleep(0.2)


def _run_segment(conn: psycopg.Connection, segment: list[dict], settings: ApplySettings) -> None:
    attempts = settings.lock_retries + 1
    running = [segment[0]]  # the step under way, for messages
    for attempt in range(1, attempts + 1):
        try:
            if segment[0]["transactional"]:
                _run_transaction(conn, segment, settings, running)
            else:
                _run_online(conn, segment[0], settings)
            return
        except errors.LockNotAvailable:
            if attempt == attempts:
                raise _failure(running[0], f"could not get a lock within lock_timeout, {attempts} attempts") from None
            time.sleep(settings.retry_pause_s * attempt)
        except psycopg.OperationalError as exc:
            raise _failure(running[0], f"connection lost: {_reason(exc)}") from None


def _run_transaction(conn, segment, settings: ApplySettings, running: list) -> None:
    with conn.transaction():
        for statement in settings.timeouts.settings(segment[0], local=True) + list(TRANSACTION_SETTINGS):
            conn.execute(statement)
        for step in segment:
            running[0] = step
            _run_statements(conn, step, settings)


def _run_online(conn, step: dict, settings: ApplySettings) -> None:
    for statement in settings.timeouts.settings(step, local=False):
        conn.execute(statement)
    if "index" in step:
        invalid = conn.execute(
            "SELECT NOT indisvalid FROM pg_catalog.pg_index WHERE indexrelid = to_regclass(%s)", (step["index"],)
        ).fetchone()
        if invalid and invalid[0]:
            conn.execute(step["drop_invalid_index"])
    _run_statements(conn, step, settings)


def _run_statements(conn, step: dict, settings: ApplySettings) -> None:
    """Run one step's statements; a statement error ends the apply, naming the step.
    Lock timeouts and lost connections propagate: the caller retries or reports them."""
    try:
        for statement in step["statements"]:
            if settings.before_statement is not None:
                settings.before_statement(conn, step, statement)
            conn.execute(statement)
    except (errors.LockNotAvailable, psycopg.OperationalError):
        raise
    except psycopg.Error as exc:
        raise _failure(step, _reason(exc)) from None


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _failure(step: dict, reason: str) -> SchemadiffError:
    if step["stage"] == 0:
        return SchemadiffError(f"{step['description']} failed, nothing was changed: {reason}")
    return SchemadiffError(
        f"{step['description']} failed: {reason}; the steps before it are applied; "
        "run the same plan again to finish (it picks up where this stopped)"
    )
