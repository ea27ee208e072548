"""Format catalog_diff.py's results: the console table, the targets, docs/benchmarks.md."""

from __future__ import annotations

from pathlib import Path

CONVERGENCE_N = 200

# Targets (docs/benchmarks.md): live-vs-live diff of 5,000 tables.
TARGET_N = 5000
TARGET_WALL_S, TARGET_PEAK_MB = 1.5, 250
TARGET_VS_MIGRA, TARGET_VS_PGDELTA, TARGET_VS_FLOOR = 5.0, 3.0, 2.0
TARGET_SCALING = 2.2  # 10,000 tables vs 5,000
TARGET_VERSION_S, TARGET_VALIDATE_S = 0.150, 0.300


def mb(mib: float | None) -> float | None:
    """MiB (what rusage counts, in KiB) to MB (10^6 bytes), the unit of the targets."""
    return None if mib is None else mib * 1024 * 1024 / 1e6


def converged_text(o: dict) -> str:
    if not o["applied"]:
        return f"script failed to apply: {' '.join(o['error'])}"
    steps = o["rediff_steps"]
    verdict = "converges" if not steps and not o["dump_lines_differing"] else "does NOT converge"
    shown = "; ".join(s[3:] for s in steps[:3]) + (" ..." if len(steps) > 3 else "")
    sample = " / ".join(line[:90] for line in o.get("dump_sample", ()))
    return (f"{verdict}: schemadiff re-diff {len(steps)} step(s){' (' + shown + ')' if steps else ''}, "
            f"pg_dump differs in {o['dump_lines_differing']} line(s){' (`' + sample + '`)' if sample else ''}")


TOOLS = ("schemadiff diff", "schemadiff plan", "migra", "results", "pg-delta")
PEER_NOTES = {
    "migra": "`migra A B --unsafe`",
    "results": "`results dbdiff A B`",
    "pg-delta": "`pgdelta plan --source A --desired B --out plan.json` + `pgdelta render` (both processes, times added)",
}


def _s(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f} s"


def _ratio(ours: float | None, peer) -> str:
    if ours is None or peer is None:
        return "—"
    if peer.wall_s is not None:
        return f"{peer.wall_s / ours:.2f}×"
    if peer.timed_out_s is not None:
        return f"> {peer.timed_out_s / ours:.1f}×"
    return "—"


def _cell(result) -> str:
    if result is None:
        return "not run"
    if result.timed_out_s is not None:
        return f"> {result.timed_out_s:.0f} s (timed out)"
    if result.error and result.error.startswith("skipped"):
        return result.error
    if result.error:
        return "failed: " + result.error.replace("|", "/")[:160]
    runs = "" if result.runs > 1 else " (1 run)"
    return f"{result.wall_s:.2f} s, {result.peak_mb:.0f} MB{runs}"


def table(rows: list[dict]) -> str:
    """Return the main table: one line per N, wall and peak memory per tool, and ratios."""
    head = ["N tables", "floor A+B", "floor, jit off", *TOOLS, "diff ÷ floor", "migra ÷ diff", "results ÷ diff", "pg-delta ÷ diff", "queries/db"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        tools = row["tools"]
        diff = tools.get("schemadiff diff")
        ours = diff.wall_s if diff else None
        cells = [f"{row['n']:,}", _s(row["floor_s"]), _s(row.get("floor_nojit_s"))]
        cells += [_cell(tools.get(t)) for t in TOOLS]
        cells.append("—" if ours is None else f"{ours / row['floor_s']:.2f}×")
        cells += [_ratio(ours, tools.get(p)) for p in ("migra", "results", "pg-delta")]
        cells.append(", ".join(str(q) for q in row["queries"]) or "?")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def targets(rows: list[dict], fixed: dict) -> list[tuple[str, str, str]]:
    """Return (target, measured, verdict) for each target."""
    by_n = {r["n"]: r for r in rows}
    out = []

    def verdict(ok: bool | None) -> str:
        return "not measured" if ok is None else ("met" if ok else "NOT met")

    row = by_n.get(TARGET_N)
    diff = row["tools"].get("schemadiff diff") if row else None
    ours = diff.wall_s if diff else None
    out.append((f"live-vs-live diff of {TARGET_N:,} tables ≤ {TARGET_WALL_S} s", _s(ours),
                verdict(None if ours is None else ours <= TARGET_WALL_S)))
    peak = diff.peak_mb if diff else None
    out.append((f"… and ≤ {TARGET_PEAK_MB} MB peak", "—" if peak is None else f"{peak:.0f} MB",
                verdict(None if peak is None else peak <= TARGET_PEAK_MB)))
    for peer, goal in (("migra", TARGET_VS_MIGRA), ("pg-delta", TARGET_VS_PGDELTA)):
        result = row["tools"].get(peer) if row else None
        theirs = result.wall_s if result else None
        ratio = None if ours is None or theirs is None else theirs / ours
        if ratio is None and result is not None and result.timed_out_s is not None and ours is not None:
            bound = result.timed_out_s / ours  # the peer timed out: its speed-up is at least this
            out.append((f"≥ {goal:g}× faster than {peer} ({TARGET_N:,} tables)", f"> {bound:.1f}× ({peer} timed out)",
                        verdict(True) if bound >= goal else "not measured"))
            continue
        out.append((f"≥ {goal:g}× faster than {peer} ({TARGET_N:,} tables)",
                    "—" if ratio is None else f"{ratio:.2f}× ({_s(theirs)} vs {_s(ours)})",
                    verdict(None if ratio is None else ratio >= goal)))
    if row and ours is not None:
        ratio = ours / row["floor_s"]
        out.append((f"≤ {TARGET_VS_FLOOR:g}× the floor ({TARGET_N:,} tables; floor = catalog queries on A and B)",
                    f"{ratio:.2f}× ({_s(ours)} vs {_s(row['floor_s'])}; {ours / row['floor_a_s']:.2f}× the queries on A alone"
                    + (f"; {ours / row['floor_nojit_s']:.2f}× the floor with jit = off" if row.get("floor_nojit_s") else "") + ")",
                    verdict(ratio <= TARGET_VS_FLOOR)))
    else:
        out.append((f"≤ {TARGET_VS_FLOOR:g}× the floor", "—", verdict(None)))
    counts = {tuple(r["queries"]) for r in rows}
    constant = len(counts) == 1 and bool(next(iter(counts)))
    out.append(("constant query count", "; ".join(f"N={r['n']:,}: {r['queries']}" for r in rows),
                verdict(constant if rows else None)))
    big = by_n.get(2 * TARGET_N)
    t_big = big["tools"]["schemadiff diff"].wall_s if big else None
    ratio = None if t_big is None or ours is None else t_big / ours
    out.append((f"{2 * TARGET_N:,} tables ≤ {TARGET_SCALING}× the {TARGET_N:,}-table time",
                "—" if ratio is None else f"{ratio:.2f}× ({_s(t_big)})", verdict(None if ratio is None else ratio <= TARGET_SCALING)))
    for label, goal in (("schemadiff --version", TARGET_VERSION_S), ("schemadiff validate", TARGET_VALIDATE_S)):
        m = fixed.get(label)
        wall = m.wall_s if m and m.ok else None
        name = "`--version`" if "version" in label else "validate of the flagship (schema.yaml)"
        out.append((f"{name} < {goal * 1000:.0f} ms", "—" if wall is None else f"{wall * 1000:.0f} ms",
                    verdict(None if wall is None else wall < goal)))
    return out


def targets_text(rows, fixed) -> str:
    lines = ["targets:"]
    for goal, measured, verdict in targets(rows, fixed):
        lines.append(f"  [{verdict}] {goal}: {measured}")
    return "\n".join(lines)


def render(info: dict, rows: list[dict], fixed: dict, converge: dict, args, elapsed_s: float) -> str:
    """Return docs/benchmarks.md."""
    v = info["versions"]
    out = [
        "# Benchmarks: catalog diff",
        "",
        "Written by `bench/catalog_diff.py` (how it works: `bench/CATALOG_DIFF.md`). Re-run with",
        "",
        "    bench/setup_peers.sh                                  # migra, results, pg-delta",
        f"    .venv/bin/python bench/catalog_diff.py --sizes {','.join(str(r['n']) for r in rows)} --runs {args.runs}",
        "",
        "## Machine",
        "",
        f"- CPU: {info['cpu']}, {info['cores']} cores; memory {info['memory_gib']} GiB; Linux {info['kernel']}",
        f"- load average at start / end: {info.get('load_start', '?')} / {info.get('load_end', '?')}"
        " (other work on the machine, e.g. test suites, slows the tools and the floor, not all equally)",
        f"- date: {info['date']}; total benchmark time {elapsed_s / 60:.1f} min",
        f"- schemadiff under test: {info['code_text']}",
        "- versions: " + ", ".join(f"{k} {val}" for k, val in v.items()),
        f"- timing: whole processes, wall time by `time.perf_counter`, peak RSS by {info['timing']}; "
        f"median of {args.runs} runs (a run over {args.single_run_over:.0f} s is not repeated: marked \"1 run\"); "
        "memory in MB (10⁶ bytes) of the client process only, the server's is not counted",
        "- PostgreSQL: one embedded throwaway cluster (fsync off) on the same machine; both databases ANALYZEd",
        "",
        "## What is compared",
        "",
        "Catalog A has N tables in `public`, each with 10 columns, a primary key, a foreign key to the",
        "previous table, a CHECK, an index, RLS enabled with a policy and a comment, plus N/5 views and N/5",
        "SQL functions. B is A with 2 % of the tables given each of: a column added, a column dropped, the",
        "index redefined, the policy's USING changed, the comment changed; and 4 % of the views and of the",
        "functions redefined.",
        "",
        "- **schemadiff diff**: `schemadiff diff --from A --to B` (live vs live)",
        "- **schemadiff plan**: `schemadiff plan --spec specB.yaml --db A --shadow <admin DSN>` (spec vs live:",
        "  the spec written by `schemadiff inspect --db B`; the shadow database is created on the same server)",
        *(f"- **{k}**: {text}" for k, text in PEER_NOTES.items()),
        "- **floor**: schemadiff's own catalog queries (`schemadiff/inspect/sql/*.sql`) run once per",
        "  database through psycopg in the same REPEATABLE READ snapshot with schemadiff's own `SET LOCAL`s",
        "  (`inspect.queries.SESSION_SETUP`: search_path, TimeZone, jit off, work_mem, no parallel workers),",
        "  rows fetched, connection time excluded, one database after the other. A live-vs-live diff must",
        "  inspect both databases (it does so at once, on two connections), so its floor is the sum over A",
        "  and B. **floor, jit off**: the same with `SET LOCAL jit = off` added again (now the same thing:",
        "  kept so that older reports compare).",
        "- **queries/db**: statements schemadiff's diff sends on each database connection (the snapshot's",
        "  `SET LOCAL` line plus the catalog queries), counted by wrapping `psycopg.Cursor.execute`.",
        "",
        "## Results",
        "",
        "Cells: median wall time, median peak RSS. Ratios: the peer's time ÷ schemadiff diff's (above 1: schemadiff is faster).",
        "",
        table(rows),
        "",
        "DDL statements in each tool's output (a sanity check that every tool found the differences):",
        "",
    ]
    for row in rows:
        counts = ", ".join(f"{name} {r.statements}" for name, r in row["tools"].items() if r.statements is not None)
        extra = f"; `schemadiff inspect -o` of B took {row['inspect_s']:.1f} s" if "inspect_s" in row else ""
        out.append(f"- N={row['n']:,}: {counts} (databases built in {row['build_s']:.0f} s{extra})")
    out += ["", "Fixed costs (median of 10 runs):", ""]
    for label, m in fixed.items():
        out.append(f"- `{label}`: " + (f"{m.wall_s * 1000:.0f} ms, {mb(m.peak_mib):.0f} MB" if m.ok else f"failed: {m.error}"))
    out += ["", "## Targets", "", "| target | measured | |", "|---|---|---|"]
    out += [f"| {g} | {m} | {verdict} |" for g, m, verdict in targets(rows, fixed)]
    notes = Path(__file__).with_name("PROFILE_NOTES.md")
    if notes.exists():  # what was profiled and changed: kept by hand, carried into every report
        out += ["", "## What was measured and changed", "", notes.read_text(encoding="utf-8").rstrip()]
    if converge:
        out += [
            "",
            f"## Convergence (N = {CONVERGENCE_N})",
            "",
            "Each tool's script applied with psql to a copy of A; then `schemadiff diff copy → B` must be",
            "empty and `pg_dump --schema-only` of the copy must equal B's.",
            "",
        ]
        out += [f"- {name}: {converged_text(o)}" for name, o in converge.items()]
    return "\n".join(out) + "\n"
