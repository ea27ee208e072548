"""A plan as a reviewable SQL script or as JSON data."""

from __future__ import annotations

import json

from ..plan.planner import Plan
from .common import RenderContext
from .operations import render_operation

PLAN_HEADER = "-- schemadiff plan"
# Inside the plan's transaction: the spec's SQL means `public` by unqualified names,
# as in the generated schema (deparsed text is schema-qualified and does not care).
PRELUDE = ("SET LOCAL search_path TO public;",)


def plan_steps(plan: Plan, ctx: RenderContext) -> list[dict]:
    """Return each operation with its statements and hazards, in order."""
    steps = []
    for op in plan.operations:
        steps.append({
            "object": op.node,
            "description": op.describe(),
            "hazards": sorted(h.value for h in op.hazards),
            "statements": render_operation(op, ctx),
        })
    return [s for s in steps if s["statements"]]


def plan_sql(plan: Plan, ctx: RenderContext) -> str:
    """Return the plan as one transaction, each step introduced by what it changes."""
    steps = plan_steps(plan, ctx)
    lines = [
        PLAN_HEADER + "\n",
        f"-- source-fingerprint: {plan.source_fingerprint}\n",
        f"-- target-fingerprint: {plan.target_fingerprint}\n",
    ]
    if not steps:
        lines.append("-- nothing to do: the database matches the target\n")
        return "".join(lines)
    lines.append("BEGIN;\n")
    lines.extend(statement + "\n" for statement in PRELUDE)
    for number, step in enumerate(steps, 1):
        lines.append(f"\n-- [{number}] {step['description']}\n")
        if step["hazards"]:
            lines.append(f"-- hazards: {', '.join(step['hazards'])}\n")
        lines.extend(statement + "\n" for statement in step["statements"])
    lines.append("\nCOMMIT;\n")
    return "".join(lines)


def plan_json(plan: Plan, ctx: RenderContext) -> str:
    return json.dumps({
        "source_fingerprint": plan.source_fingerprint,
        "target_fingerprint": plan.target_fingerprint,
        "steps": plan_steps(plan, ctx),
    }, indent=2) + "\n"
