"""A plan as a reviewable SQL script (psql can run it as is) or as JSON data.

Stage 0 is one transaction. Online steps (CREATE/DROP INDEX CONCURRENTLY, which cannot
run in a transaction) and validations follow, each on its own. Every step carries the
lock and statement timeouts, so no step waits behind traffic for longer than allowed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from ..diff.operations import CreateIndexConcurrently
from ..plan.planner import Plan
from ..quote import literal, qualified
from .common import RenderContext
from .operations import render_operation

PLAN_HEADER = "-- schemadiff plan"


@dataclass(frozen=True)
class Timeouts:
    """How long one statement may wait for a lock, and run, in milliseconds."""

    lock_ms: int = 2000
    statement_ms: int = 60_000  # stage 0, one transaction: DDL on a busy table must be quick
    online_statement_ms: int = 6 * 3_600_000  # index builds and validations read whole tables

    def settings(self, step: dict, local: bool) -> list[str]:
        scope = "SET LOCAL" if local else "SET"
        statement_ms = self.statement_ms if step["stage"] <= 0 else self.online_statement_ms
        return [
            f"{scope} lock_timeout = {literal(f'{self.lock_ms}ms')};",
            f"{scope} statement_timeout = {literal(f'{statement_ms}ms')};",
        ]


# The spec's SQL means `public` by unqualified names, as in the generated schema
# (deparsed text is schema-qualified and does not care). SQL function bodies are not
# checked when created, as pg_dump restores them: a body without its own search_path is
# resolved where it is called, so checking it against this transaction's path rejects
# functions that work (postgrest's corpus schema has such bodies). Plans still create
# what a body uses before the function.
TRANSACTION_SETTINGS = ("SET LOCAL search_path TO public;", "SET LOCAL check_function_bodies = off;")


def plan_steps(plan: Plan, ctx: RenderContext) -> list[dict]:
    """Return each operation with its statements, hazards and how it must run, in order."""
    if plan.owner is not None:
        ctx = replace(ctx, owner=plan.owner)
    steps = []
    for op in plan.operations:
        statements = render_operation(op, ctx)
        if not statements:
            continue
        step = {
            "object": op.node,
            "description": op.describe(),
            "hazards": sorted(h.value for h in op.hazards),
            "stage": op.stage,
            "transactional": op.transactional,
            "statements": statements,
        }
        if isinstance(op, CreateIndexConcurrently):
            # An interrupted concurrent build leaves an invalid index behind: the executor
            # drops it (by this name) before building again.
            step["index"] = qualified(op.on.schema, op.name)
            step["drop_invalid_index"] = f"DROP INDEX CONCURRENTLY IF EXISTS {step['index']};"
        steps.append(step)
    return steps


def segments(steps: list[dict]) -> list[list[dict]]:
    """Group steps the way they run: earlier stages (enum labels, which must be committed
    before they can be used) each alone, all of stage 0 together, every later step alone."""
    first = [s for s in steps if s["stage"] == 0]
    return [[s] for s in steps if s["stage"] < 0] + ([first] if first else []) + [[s] for s in steps if s["stage"] > 0]


def plan_sql(plan: Plan, ctx: RenderContext, timeouts: Timeouts = Timeouts()) -> str:
    steps = plan_steps(plan, ctx)
    lines = [
        PLAN_HEADER + "\n",
        f"-- source-fingerprint: {plan.source_fingerprint}\n",
        f"-- target-fingerprint: {plan.target_fingerprint}\n",
    ]
    if not steps:
        lines.append("-- nothing to do: the database matches the target\n")
        return "".join(lines)
    number = 0
    for segment in segments(steps):
        transactional = segment[0]["transactional"]
        lines.append("\n")
        if transactional:
            lines.append("BEGIN;\n")
        lines.extend(s + "\n" for s in timeouts.settings(segment[0], local=transactional))
        if transactional:
            lines.extend(statement + "\n" for statement in TRANSACTION_SETTINGS)
        for step in segment:
            number += 1
            lines.append(f"\n-- [{number}] {step['description']}\n")
            if step["hazards"]:
                lines.append(f"-- hazards: {', '.join(step['hazards'])}\n")
            lines.extend(statement + "\n" for statement in step["statements"])
        if transactional:
            lines.append("\nCOMMIT;\n")
    return "".join(lines)


def plan_json(plan: Plan, ctx: RenderContext) -> str:
    return json.dumps({
        "source_fingerprint": plan.source_fingerprint,
        "target_fingerprint": plan.target_fingerprint,
        "steps": plan_steps(plan, ctx),
    }, indent=2) + "\n"
