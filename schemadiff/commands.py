"""The commands that talk to databases: plan, apply, check, diff, inspect."""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from .diff.hazards import Hazard
from .errors import SchemadiffError
from .platforms import external_catalog
from .render.common import RenderContext
from .apply import ApplySettings, execute_steps
from .render.plan import Timeouts, plan_json, plan_sql, plan_steps
from .sources import (
    Settings, connect, database_sources, is_dsn, load_source, plan_between, plan_spec_for_database,
)

EXIT_OK, EXIT_ERROR, EXIT_DRIFT = 0, 1, 2
FINGERPRINT = re.compile(r"^-- source-fingerprint: (\w+)$", re.MULTILINE)


def render_context(spec) -> RenderContext:
    """Return what rendering needs: every role the spec knows, its platform's included."""
    if spec is None:
        return RenderContext()
    platform = external_catalog(spec.platform)
    return RenderContext(known_roles=tuple(sorted({r.name for r in (*spec.roles, *platform.roles)})))


def _dsn(args) -> str:
    dsn = args.db or os.environ.get("DATABASE_URL")
    if not dsn:
        raise SchemadiffError("no database given: pass --db DSN or set DATABASE_URL")
    return dsn


def _settings(args) -> Settings:
    return Settings(shadow_dsn=getattr(args, "shadow", None))


def _output(text: str, path: str | None) -> None:
    if path:
        Path(path).write_text(text, encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def _warn(warnings) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)


def _timeouts(args) -> Timeouts:
    return Timeouts(lock_ms=args.lock_timeout, statement_ms=args.statement_timeout)


def cmd_plan(args) -> int:
    desired, _, plan = plan_spec_for_database(args.spec, lambda: _dsn(args), _settings(args))
    _warn(desired.warnings)
    ctx = render_context(desired.spec)
    _output(plan_json(plan, ctx) if args.format == "json" else plan_sql(plan, ctx, _timeouts(args)), args.output)
    return EXIT_OK


def _refuse_hazards(steps, allowed: frozenset[Hazard]) -> None:
    refused = [(h, s) for s in steps for h in s["hazards"] if Hazard(h) not in allowed]
    if refused:
        lines = [f"  {h}: {s['description']}\n      {s['statements'][0].splitlines()[0]}" for h, s in refused]
        raise SchemadiffError(
            "the plan has hazards that were not allowed (pass --allow-hazards NAME,... or all); nothing was changed:\n"
            + "\n".join(lines)
        )


STEP_LINE = re.compile(r"^-- \[\d+\] (.*)$", re.MULTILINE)


def _check_reviewed_plan(path: str, plan, ctx, timeouts: Timeouts) -> None:
    """Refuse a reviewed plan unless it still describes what this apply will do.

    Either the database is as it was when the plan was made (same fingerprint, same
    text), or a previous run of it stopped part-way and what is left is a subset of it.
    """
    try:
        reviewed = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SchemadiffError(f"cannot read plan {path}: {exc.strerror}") from None
    match = FINGERPRINT.search(reviewed)
    if not match:
        raise SchemadiffError(f"{path}: not a schemadiff plan (no source fingerprint)")
    if match.group(1) == plan.source_fingerprint:
        if reviewed != plan_sql(plan, ctx, timeouts):
            raise SchemadiffError(f"{path} was edited or made from another spec: plan again and review")
        return
    reviewed_steps = set(STEP_LINE.findall(reviewed))
    new_steps = [s["description"] for s in plan_steps(plan, ctx)]
    unexpected = [d for d in new_steps if d not in reviewed_steps]
    if unexpected or not new_steps:
        shown = "; ".join(unexpected[:5]) or "the database already matches the spec"
        raise SchemadiffError(
            f"the database changed since {path} was planned (fingerprint {match.group(1)}, now "
            f"{plan.source_fingerprint}): {shown}; plan again and review"
        )


def cmd_apply(args) -> int:
    try:
        allowed = Hazard.parse_list(args.allow_hazards) if args.allow_hazards else frozenset()
    except ValueError as exc:
        raise SchemadiffError(str(exc)) from None
    dsn = _dsn(args)
    desired, current, plan = plan_spec_for_database(args.spec, lambda: dsn, _settings(args))
    _warn(desired.warnings)
    ctx = render_context(desired.spec)
    if args.plan:
        _check_reviewed_plan(args.plan, plan, ctx, _timeouts(args))
    steps = plan_steps(plan, ctx)
    _refuse_hazards(steps, allowed)
    if not steps:
        print("nothing to do: the database matches the spec")
        return EXIT_OK
    execute_steps(dsn, steps, ApplySettings(timeouts=_timeouts(args), wait_for_other_apply_s=args.wait))
    print(f"applied {len(steps)} step(s) to {current.label}")
    return EXIT_OK


def cmd_check(args) -> int:
    desired, current, plan = plan_spec_for_database(args.spec, lambda: _dsn(args), _settings(args))
    _warn(desired.warnings)
    steps = plan_steps(plan, render_context(desired.spec))
    if args.format == "json":
        print(json.dumps({"in_sync": not steps, "differences": [
            {"object": s["object"], "description": s["description"], "hazards": s["hazards"]} for s in steps
        ]}, indent=2))
    elif not steps:
        print(f"{current.label} is in sync with {args.spec}")
    else:
        print(f"{current.label} has drifted from {args.spec}: {len(steps)} difference(s)")
        for step in steps:
            hazards = f"  [{', '.join(step['hazards'])}]" if step["hazards"] else ""
            print(f"  - {step['description']}{hazards}")
    return EXIT_DRIFT if steps else EXIT_OK


def cmd_diff(args) -> int:
    settings = _settings(args)
    texts = (args.source, args.to)
    # Spec sides first: their schemas are the scope a database side is inspected in.
    sides = {t: load_source(t, settings) for t in texts if not is_dsn(t)}
    for side in sides.values():
        _warn(side.warnings)
    scope = next((side.schemas for side in sides.values()), None)
    sides.update(database_sources(sorted({t for t in texts if is_dsn(t)}), scope))
    from_side, to_side = sides[args.source], sides[args.to]
    plan = plan_between(from_side, to_side)
    sys.stdout.write(plan_sql(plan, render_context(to_side.spec or from_side.spec)))
    return EXIT_DRIFT if (args.exit_code and not plan.empty) else EXIT_OK


def cmd_inspect(args) -> int:
    from .inspect import inspect_catalog
    from .spec_writer import dump_spec, secret_warnings

    from .platforms import detect_platform

    with connect(_dsn(args)) as conn:
        result = inspect_catalog(conn, args.schema or None)
        platform = detect_platform(conn, args.schema or None)
    _warn([*result.warnings, *secret_warnings(result.catalog)])
    _output(dump_spec(replace(result.catalog, platform=platform)), args.output)
    return EXIT_OK
