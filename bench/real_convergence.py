"""Convergence on real schemas: schemadiff, pg-delta and migra side by side, one run.

    .venv/bin/python bench/real_convergence.py [--schemas pagila,chinook] [--tools schemadiff,pg-delta,migra]

For every schema of the corpus tests/real/ (see tests/real/README.md) and both directions,
empty database -> schema and schema -> empty database, each tool diffs a working database
(a copy of the start) against the target, its script is applied with psql, and three
questions are answered per tool:

- applied: did psql run the script without an error (ON_ERROR_STOP)?
- dump equal: is `pg_dump --schema-only --no-owner` of the result that of the target (each
  object's GRANT lines compared in sorted order: pg_dump prints them in the order granted)?
- re-diff empty: does the same tool, asked again, find nothing left to do?

A throwaway PostgreSQL 15 cluster (schemadiff.pgcluster.EmbeddedCluster) holds every
database. Peers come from bench/setup_peers.sh; a peer that is not installed is reported as
such. Privileges count (the dumps include them): migra runs with --with-privileges. The table
goes to stdout and to docs/real_convergence.md (--no-docs to skip).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests"))  # the corpus and its loader live with the tests

from catalog_diff import PEERS_PY, PGDELTA, QUIET, SCHEMADIFF, _diff_lines, _schema_dump, peer_versions  # noqa: E402
from real_corpus import all_schemas, converging_schemas, ensure_roles, load  # noqa: E402

DOCS = ROOT / "docs" / "real_convergence.md"
TOOLS = ("schemadiff", "pg-delta", "migra")
DIRECTIONS = ("empty -> schema", "schema -> empty")
TIMEOUT_S = 600


@dataclass
class Outcome:
    """What one tool did for one schema and direction."""

    applied: bool | None = None  # None: no script (the tool failed or is missing)
    dump_equal: bool | None = None
    rediff_empty: bool | None = None
    note: str = ""  # the first error, or how far the dumps differ

    def cell(self) -> str:
        if self.applied is None:
            return "no script"
        marks = (self.applied, self.dump_equal, self.rediff_empty)
        return " / ".join("yes" if ok else "no" if ok is False else "-" for ok in marks)

    @property
    def converged(self) -> bool:
        return bool(self.applied and self.dump_equal and self.rediff_empty)


def run(cmd: list[str], ok_codes=(0,)) -> tuple[bool, str]:
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=QUIET, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return False, f"timed out after {TIMEOUT_S} s"
    if proc.returncode not in ok_codes:
        return False, _what_failed(proc.stderr or proc.stdout) or f"exit {proc.returncode}"
    return True, proc.stdout


PSQL_PREFIX = re.compile(r"^psql:\S+?:(\d+): ")


def _what_failed(text: str) -> str:
    """Return the line that says what went wrong: psql's first ERROR (its temporary path cut
    to the line number), else a traceback's last line, else the first line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    psql_errors = [line for line in lines if "ERROR" in line]
    if psql_errors:
        return PSQL_PREFIX.sub(r"line \1: ", psql_errors[0])[:300]
    if "Traceback" in text:
        return f"traceback: {lines[-1][:300]}"
    return (lines or [""])[0][:300]


def script_of(tool: str, source: str, target: str, workdir: str) -> tuple[str | None, str]:
    """Return (path of the tool's script turning source into target, or None; error)."""
    out = os.path.join(workdir, f"{tool}.sql")
    if tool == "schemadiff":
        ok, text = run([str(SCHEMADIFF), "diff", "--from", source, "--to", target])
    elif tool == "migra":
        # exit 2: the databases differ (the script is on stdout)
        ok, text = run([str(PEERS_PY / "migra"), "--unsafe", "--with-privileges", source, target], ok_codes=(0, 2))
    else:
        plan = os.path.join(workdir, "pgdelta-plan.json")
        ok, text = run([str(PGDELTA), "plan", "--source", source, "--desired", target, "--out", plan])
        if ok:
            ok, text = run([str(PGDELTA), "render", "--plan", plan, "--out", out, "--allow-drops"])
            return (out, "") if ok else (None, text)
    if not ok:
        return None, text
    pathlib.Path(out).write_text(text)
    return out, ""


def rediff_empty(tool: str, source: str, target: str, workdir: str) -> tuple[bool, str]:
    """Ask the tool again; return (nothing left to do?, what it still wants)."""
    if tool == "schemadiff":
        ok, text = run([str(SCHEMADIFF), "diff", "--from", source, "--to", target, "--exit-code"], ok_codes=(0, 2))
        empty = ok and "nothing to do" in text
        return empty, "" if empty else _steps(text)
    if tool == "migra":
        ok, text = run([str(PEERS_PY / "migra"), "--unsafe", "--with-privileges", source, target], ok_codes=(0, 2))
        return ok and not text.strip(), text.strip().splitlines()[0][:200] if text.strip() else ""
    plan = os.path.join(workdir, "pgdelta-replan.json")
    ok, text = run([str(PGDELTA), "plan", "--source", source, "--desired", target, "--out", plan])
    if not ok:
        return False, text
    actions = json.loads(pathlib.Path(plan).read_text()).get("actions", [])
    return not actions, f"{len(actions)} action(s) left" if actions else ""


def _steps(plan: str) -> str:
    steps = [line[3:] for line in plan.splitlines() if line.startswith("-- [")]
    return f"{len(steps)} step(s) left, first: {steps[0][:160]}" if steps else plan.strip()[:200]


def converge(server, tool: str, schema: str, direction: str, workdir: str) -> Outcome:
    """Build the start and the target, let `tool` take one to the other, judge the result."""
    work, target = server.create_database("real_work"), server.create_database("real_target")
    try:
        load(work if direction == "schema -> empty" else target, schema)
        path, error = script_of(tool, work, target, workdir)
        if path is None:
            return Outcome(note=f"diff failed: {error}")
        # pg-delta's script uses SET LOCAL: it is meant to run as one transaction.
        psql = [str(_psql()), "-X", "-q", "-v", "ON_ERROR_STOP=1", *(["-1"] if tool == "pg-delta" else []),
                "-d", work, "-f", path]
        applied, text = run(psql)
        if not applied:
            return Outcome(applied=False, note=f"apply failed: {text}")
        dump, expected = _schema_dump(work), _schema_dump(target)
        differing = list(_diff_lines(dump, expected))
        empty, left = rediff_empty(tool, work, target, workdir)
        note = f"{len(differing)} dump line(s) differ, first: {differing[0][:160]}" if differing else ""
        if left:
            note = f"{note}; re-diff: {left}" if note else f"re-diff: {left}"
        return Outcome(applied=True, dump_equal=not differing, rediff_empty=empty, note=note)
    finally:
        server.drop_database("real_work")
        server.drop_database("real_target")


def _psql() -> pathlib.Path:
    from schemadiff.pgcluster import find_pg_bindir

    return find_pg_bindir() / "psql"


def _commit() -> str:
    """Return the checkout's commit, marked when the working tree has changes."""
    git = ["git", "-C", str(ROOT)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "schemadiff"], capture_output=True, text=True).stdout
    return f"commit {head or '?'}{' plus uncommitted changes' if dirty.strip() else ''}"


def available(tool: str) -> bool:
    if tool == "schemadiff":
        return SCHEMADIFF.exists()
    return (PEERS_PY / "migra").exists() if tool == "migra" else PGDELTA.exists()


def render(results: dict, tools: list[str], info: dict) -> str:
    """Return the Markdown report: the side-by-side table, the totals, then every note."""
    lines = [
        "# Convergence on real schemas",
        "",
        f"Written by `bench/real_convergence.py` on {info['date']} ({info['elapsed_s']:.0f} s); "
        f"PostgreSQL {info['pg']}; " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()) + ".",
        "",
        "Each tool diffs a database holding the start against one holding the target; its script is",
        "applied with `psql -v ON_ERROR_STOP=1` (pg-delta's with `-1`). *applied*: psql ran it without",
        "an error; *dump*: `pg_dump --schema-only --no-owner` of the result equals the target's (each",
        "object's GRANT lines in sorted order, as the tests compare them: pg_dump prints them in the",
        "order they were granted, which means nothing to PostgreSQL); *re-diff*:",
        "the same tool then finds nothing left to do. The schemas are those of `tests/real/`",
        "(sources and edits in each `SOURCE.md`); *in tests* marks those `tests/real/converging.txt`",
        "switches on.",
        "",
        "Each cell: applied / dump equal / re-diff empty (`-`: not reached).",
        "",
        "| schema | direction | " + " | ".join(tools) + " |",
        "|---|---|" + "---|" * len(tools),
    ]
    switched_on = set(converging_schemas())
    for (schema, direction), row in results.items():
        label = f"{schema} (in tests)" if schema in switched_on else schema
        lines.append(f"| {label} | {direction} | " + " | ".join(row[t].cell() for t in tools) + " |")
    lines += ["", "Converged (applied, dump equal, re-diff empty), out of " f"{len(results)}:", ""]
    for tool in tools:
        lines.append(f"- {tool}: {sum(row[tool].converged for row in results.values())}")
    lines += ["", "## Notes", ""]
    for (schema, direction), row in results.items():
        for tool in tools:
            if row[tool].note:
                lines.append(f"- {schema}, {direction}, {tool}: {row[tool].note}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schemas", help="comma-separated corpus schemas (default: all of tests/real/)")
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated, from " + ", ".join(TOOLS))
    parser.add_argument("--no-docs", action="store_true", help=f"do not write {DOCS.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    schemas = args.schemas.split(",") if args.schemas else all_schemas()
    tools = [t for t in args.tools.split(",") if t]
    unknown = sorted(set(tools) - set(TOOLS)) + sorted(set(schemas) - set(all_schemas()))
    if unknown:
        parser.error(f"unknown tool or schema: {', '.join(unknown)}")
    missing = [t for t in tools if not available(t)]
    if missing:
        print(f"note: not installed: {', '.join(missing)} (run bench/setup_peers.sh); left out")
        tools = [t for t in tools if t not in missing]

    from schemadiff.pgcluster import EmbeddedCluster

    parent = pathlib.Path(tempfile.mkdtemp(prefix="schemadiff-real-"))
    os.chmod(parent, 0o755)  # the server may run as the postgres OS user
    workdir = tempfile.mkdtemp(prefix="schemadiff-real-out-")
    cluster = EmbeddedCluster(parent / "data")
    started = time.perf_counter()
    results: dict = {}
    try:
        cluster.start()
        for schema in schemas:
            ensure_roles(cluster.dsn("postgres"), schema)
            for direction in DIRECTIONS:
                row = results[(schema, direction)] = {}
                for tool in tools:
                    row[tool] = converge(cluster, tool, schema, direction, workdir)
                print(f"{schema:<22} {direction:<16} " + "  ".join(f"{t}: {row[t].cell()}" for t in tools), flush=True)
        import psycopg

        with psycopg.connect(cluster.dsn("postgres")) as conn:
            pg = conn.execute("SHOW server_version").fetchone()[0]
    finally:
        cluster.stop()
        shutil.rmtree(parent, ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)
    from schemadiff import __version__

    info = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "elapsed_s": time.perf_counter() - started, "pg": pg,
            "versions": {"schemadiff": f"{__version__} ({_commit()})", **peer_versions()}}
    text = render(results, tools, info)
    print("\n" + text)
    if not args.no_docs:
        DOCS.write_text(text, encoding="utf-8")
        print(f"wrote {DOCS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
