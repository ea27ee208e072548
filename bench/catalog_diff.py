"""Benchmark schemadiff's catalog diff against peers on synthetic catalogs of N tables.

    .venv/bin/python bench/catalog_diff.py [--sizes 1000,5000,10000] [--runs 3]
    .venv/bin/python bench/catalog_diff.py --sizes 200          # smoke run (~1 minute)

Design: one throwaway PostgreSQL 15 cluster (schemadiff.pgcluster.EmbeddedCluster) holds,
for each N, two databases a few percent apart (see synthetic_catalog.py). Every tool runs
as a whole process, timed from outside (proc_measure.py), and the median of the runs is
reported. Peers (migra, results, pg-delta) come from bench/setup_peers.sh; one that is
missing or fails is reported with its reason and the benchmark goes on. The floor is what
PostgreSQL needs to answer schemadiff's own catalog queries: the SQL files of
schemadiff/inspect/sql/ run once per database in the snapshot schemadiff uses. The result
table goes to stdout and, for a run that includes N >= 1000, to docs/benchmarks.md.
Nothing is installed here; see bench/CATALOG_DIFF.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import psycopg

import catalog_report as report
import synthetic_catalog as synth
from proc_measure import Measurement, measure, method
from catalog_report import CONVERGENCE_N, mb

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent
PEERS_PY = BENCH / ".peers-venv" / "bin"
PGDELTA = BENCH / ".peers-node" / "node_modules" / ".bin" / "pgdelta"
SCHEMADIFF = pathlib.Path(sys.executable).parent / "schemadiff"
DOCS = ROOT / "docs" / "benchmarks.md"

DDL_LINE = re.compile(r"^\s*(create|alter|drop|comment|grant|revoke)\b", re.IGNORECASE | re.MULTILINE)

# Counts the statements schemadiff sends per connection, then runs its CLI in this process.
QUERY_COUNTER = r"""
import json, sys, weakref
import psycopg
counts = []  # statements per connection, in the order the connections were first used
serial = weakref.WeakKeyDictionary()  # id() is reused once a connection is gone: not a key
original = psycopg.Cursor.execute
def counting(self, query, params=None, **kw):
    if self.connection not in serial:
        serial[self.connection] = len(counts)
        counts.append(0)
    counts[serial[self.connection]] += 1
    return original(self, query, params, **kw)
psycopg.Cursor.execute = counting
from schemadiff.cli import main
code = main(sys.argv[1:])
print(json.dumps(counts), file=sys.stderr)
sys.exit(code)
"""


# -- the code under test ---------------------------------------------------------------


def snapshot_code(workdir: str, source: str) -> dict:
    """Freeze schemadiff's package and the flagship spec for the whole run; describe them.

    `source` is "head" (the last commit, via git archive: a coherent state even while
    someone edits the checkout) or "worktree" (the files as they are now). Every schemadiff
    process, and this one's floor queries, imports the copy through PYTHONPATH, which comes
    before the editable install's finder on sys.path.
    """
    import hashlib

    code = pathlib.Path(workdir) / "code"
    code.mkdir()
    git = ["git", "-C", str(ROOT)]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    if source == "head":
        archive = subprocess.run([*git, "archive", "--format=tar", "HEAD", "schemadiff", "schema.yaml"],
                                 capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
        dirty = False
    else:
        shutil.copytree(ROOT / "schemadiff", code / "schemadiff", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy2(ROOT / "schema.yaml", code / "schema.yaml")
        dirty = bool(subprocess.run([*git, "status", "--porcelain", "--", "schemadiff", "schema.yaml"],
                                    capture_output=True, text=True).stdout.strip())
    digest = hashlib.sha256()
    for path in sorted(p for p in code.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(code)).encode() + b"\0" + path.read_bytes())
    os.environ["PYTHONPATH"] = str(code) + os.pathsep + os.environ.get("PYTHONPATH", "")
    sys.path.insert(0, str(code))
    return {"dir": code, "commit": head or "?", "dirty": dirty, "sha256": digest.hexdigest()[:12]}


# -- the floor ------------------------------------------------------------------------


def floor_once(dsn: str, extra_setup: str = "") -> tuple[float, int]:
    """Run schemadiff's catalog queries once in its snapshot; return (seconds, statements).

    The connection is opened first and not timed (schemadiff's connect is not a catalog
    query); it is fresh, so the backend's catalog caches are as cold as schemadiff finds them.
    `extra_setup` is appended to schemadiff's SET LOCAL line (e.g. to see what JIT costs).
    """
    from schemadiff.inspect import queries as q

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        cur = conn.cursor()
        start = time.perf_counter()
        with conn.transaction():
            cur.execute(q.SESSION_SETUP + extra_setup)
            cur.execute(q.query_text(q.SCHEMA_QUERY), {"schemas": None})
            managed = [row[0] for row in cur.fetchall()]
            roles: set[str] = set()
            for name in q.KIND_QUERIES:
                cur.execute(q.query_text(name), {"schemas": managed})
                columns = [c.name for c in cur.description]
                for row in cur.fetchall():
                    record = dict(zip(columns, row))
                    roles.update(g[0] for g in record.get("grants") or ())
                    roles.update(r for r in record.get("roles") or () if r != "PUBLIC")
            cur.execute(q.query_text(q.ROLE_QUERY), {"roles": sorted(roles)})
            cur.fetchall()
        return time.perf_counter() - start, 2 + len(q.KIND_QUERIES)


def floor(dsn: str, runs: int, extra_setup: str = "") -> float:
    return statistics.median(floor_once(dsn, extra_setup)[0] for _ in range(max(runs, 3)))


# Catalog queries with many rows and joins have plan costs above jit_above_cost (100,000), so
# PostgreSQL JIT-compiles them: often more time than running them. Measured for information.
NO_JIT = "; SET LOCAL jit = off"


def count_queries(dsn_a: str, dsn_b: str, workdir: str) -> list[int]:
    """Return the statements schemadiff's diff sends on each connection it opens."""
    proc = subprocess.run(
        [sys.executable, "-c", QUERY_COUNTER, "diff", "--from", dsn_a, "--to", dsn_b],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=workdir,
    )
    try:
        return json.loads(proc.stderr.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return []


# -- the tools --------------------------------------------------------------------------


def peer_commands(dsn_a: str, dsn_b: str, workdir: str) -> dict[str, list[list[str]]]:
    """Return each peer's live-vs-live diff, as the commands that produce its script."""
    plan = os.path.join(workdir, "pgdelta-plan.json")
    return {
        "migra": [[str(PEERS_PY / "migra"), dsn_a, dsn_b, "--unsafe"]],
        "results": [[str(PEERS_PY / "results"), "dbdiff", dsn_a, dsn_b]],
        # pg-delta writes a plan artifact, then renders it as SQL: both count.
        "pg-delta": [
            [str(PGDELTA), "plan", "--source", dsn_a, "--desired", dsn_b, "--out", plan],
            [str(PGDELTA), "render", "--plan", plan, "--out", os.path.join(workdir, "pgdelta.sql"), "--allow-drops"],
        ],
    }


# migra and results exit 2 when the databases differ.
OK_CODES = {"migra": (0, 2), "results": (0, 2), "pg-delta": (0,)}
QUIET = dict(os.environ, PYTHONWARNINGS="ignore")  # schemainspect's pkg_resources warning


class Result:
    """One tool at one N: wall and peak memory medians, or why it has none."""

    def __init__(self, name: str, parts: list[Measurement], statements: int | None = None):
        self.name, self.parts, self.statements = name, parts, statements

    @property
    def error(self) -> str | None:
        return next((p.error for p in self.parts if p.error), None)

    @property
    def wall_s(self) -> float | None:
        return None if self.error else sum(p.wall_s for p in self.parts)

    @property
    def peak_mb(self) -> float | None:
        return None if self.error else mb(max(p.peak_mib for p in self.parts))

    @property
    def timed_out_s(self) -> float | None:
        """A lower bound of the wall time when a run was abandoned (earlier parts added)."""
        for k, part in enumerate(self.parts):
            if part.timed_out_s is not None:
                return part.timed_out_s + sum(p.wall_s for p in self.parts[:k])
        return None

    @property
    def runs(self) -> int:
        return min((len(p.runs) for p in self.parts), default=0)


def measure_peer(name, commands, args, workdir) -> Result:
    parts = []
    for k, cmd in enumerate(commands):
        part = measure(f"{name}.{k}", cmd, args.runs, workdir, timeout_s=args.peer_timeout,
                       single_run_over_s=args.single_run_over, env=QUIET, ok_codes=OK_CODES[name])
        parts.append(part)
        if not part.ok:
            break
    text = ""
    if all(p.ok for p in parts):
        text = (pathlib.Path(workdir) / "pgdelta.sql").read_text() if name == "pg-delta" else parts[-1].output()
    return Result(name, parts, len(DDL_LINE.findall(text)) if text else None)


def run_size(server, n: int, args, workdir: str, skip: set[str]) -> dict:
    """Build the pair for `n`, time every tool; return the row of the report."""
    print(f"\n== N = {n} tables: building A and B ...", flush=True)
    pair = synth.build_pair(server, n)
    print(f"   built in {pair.build_s:.1f} s; B differs by {sum(pair.changes.values())} changes: "
          + ", ".join(f"{v} {k}" for k, v in pair.changes.items()), flush=True)
    row: dict = {"n": n, "build_s": pair.build_s, "changes": pair.changes, "tools": {}}

    floor_a, floor_b = floor(pair.dsn_a, args.runs), floor(pair.dsn_b, args.runs)
    row["floor_a_s"], row["floor_s"] = floor_a, floor_a + floor_b
    row["floor_nojit_s"] = floor(pair.dsn_a, args.runs, NO_JIT) + floor(pair.dsn_b, args.runs, NO_JIT)
    print(f"   floor: catalog queries {floor_a:.2f} s on A, {floor_b:.2f} s on B "
          f"({row['floor_nojit_s']:.2f} s for both with jit = off)", flush=True)
    row["queries"] = count_queries(pair.dsn_a, pair.dsn_b, workdir)
    print(f"   statements per inspected database: {row['queries']}", flush=True)

    diff = measure("schemadiff diff", [str(SCHEMADIFF), "diff", "--from", pair.dsn_a, "--to", pair.dsn_b],
                   args.runs, workdir, timeout_s=args.timeout, single_run_over_s=args.single_run_over)
    row["tools"]["schemadiff diff"] = Result("schemadiff diff", [diff], _ddl_count(diff))
    _report(row["tools"]["schemadiff diff"])

    if not args.no_plan:
        spec = os.path.join(workdir, f"spec_b_{n}.yaml")
        start = time.perf_counter()
        made = subprocess.run([str(SCHEMADIFF), "inspect", "--db", pair.dsn_b, "-o", spec],
                              capture_output=True, text=True)
        row["inspect_s"] = time.perf_counter() - start
        if made.returncode != 0:
            failed = Measurement("schemadiff plan", error=f"inspect -o spec failed: {made.stderr.strip()[-300:]}")
            row["tools"]["schemadiff plan"] = Result("schemadiff plan", [failed])
        else:
            plan = measure("schemadiff plan", [str(SCHEMADIFF), "plan", "--spec", spec, "--db", pair.dsn_a,
                                               "--shadow", server.dsn("postgres")],
                           args.runs, workdir, timeout_s=args.timeout, single_run_over_s=args.single_run_over)
            row["tools"]["schemadiff plan"] = Result("schemadiff plan", [plan], _ddl_count(plan))
        _report(row["tools"]["schemadiff plan"])

    for name, commands in peer_commands(pair.dsn_a, pair.dsn_b, workdir).items():
        if name not in args.peers:
            continue
        if name in skip:
            row["tools"][name] = Result(name, [Measurement(name, error=skip[name])])
        else:
            row["tools"][name] = measure_peer(name, commands, args, workdir)
            if row["tools"][name].error and "timed out" in row["tools"][name].error:
                skip[name] = f"skipped: {row['tools'][name].error} at N={n}"
        _report(row["tools"][name])
    if not args.keep_databases:
        for db in (f"bench_a_{n}", f"bench_b_{n}"):
            server.drop_database(db)
    return row


def _ddl_count(m: Measurement) -> int | None:
    return len(DDL_LINE.findall(m.output())) if m.ok else None


def _report(result: Result) -> None:
    if result.error:
        print(f"   {result.name:<16} FAILED: {result.error}", flush=True)
    else:
        print(f"   {result.name:<16} {result.wall_s:8.2f} s  {result.peak_mb:7.0f} MB  "
              f"({result.runs} run(s), {result.statements} DDL statements)", flush=True)


# -- convergence ------------------------------------------------------------------------


def convergence(server, args, workdir: str) -> dict:
    """At N=200: apply each tool's script to a copy of A; is it then B?

    Two judges: schemadiff's own re-diff (copy vs B must be empty) and, neutral, the
    `pg_dump --schema-only` of the copy against that of B.
    """
    n = CONVERGENCE_N
    print(f"\n== convergence at N = {n}", flush=True)
    pair = synth.build_pair(server, n)
    dump_b = _schema_dump(pair.dsn_b)
    scripts = {}
    sd = os.path.join(workdir, "conv-schemadiff.sql")
    with open(sd, "w") as out:
        subprocess.run([str(SCHEMADIFF), "diff", "--from", pair.dsn_a, "--to", pair.dsn_b], stdout=out, check=True)
    scripts["schemadiff"] = (sd, False)
    for name, commands in peer_commands(pair.dsn_a, pair.dsn_b, workdir).items():
        if name not in args.peers or not all(os.access(c[0], os.X_OK) for c in commands):
            continue
        path = os.path.join(workdir, f"conv-{name}.sql")
        for cmd in commands:
            with open(path, "w") as out:
                subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, env=QUIET)
        if name == "pg-delta":
            path = os.path.join(workdir, "pgdelta.sql")
        scripts[name] = (path, name == "pg-delta")  # its SQL uses SET LOCAL: one transaction
    outcome = {}
    for name, (path, single_transaction) in scripts.items():
        dsn = synth.copy_of(server, f"bench_a_{n}", "bench_converge")
        psql = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *(["-1"] if single_transaction else []), "-d", dsn, "-f", path]
        applied = subprocess.run(psql, capture_output=True, text=True)
        if applied.returncode != 0:
            outcome[name] = {"applied": False, "error": applied.stderr.strip().splitlines()[-1:]}
        else:
            rediff = subprocess.run([str(SCHEMADIFF), "diff", "--from", dsn, "--to", pair.dsn_b],
                                    capture_output=True, text=True)
            left = [line for line in rediff.stdout.splitlines() if line.startswith("-- [")]
            dump = _schema_dump(dsn)
            differing = list(_diff_lines(dump, dump_b))
            outcome[name] = {"applied": True, "rediff_steps": left, "dump_lines_differing": len(differing),
                             "dump_sample": differing[:4]}
        print(f"   {name:<12} {report.converged_text(outcome[name])}", flush=True)
        server.drop_database("bench_converge")
    if not args.keep_databases:
        for db in (f"bench_a_{n}", f"bench_b_{n}"):
            server.drop_database(db)
    return outcome


def _schema_dump(dsn: str) -> list[str]:
    """pg_dump's lines, each object's GRANT lines sorted as the tests compare them (their order
    is the order they were granted in, meaningless to PostgreSQL), before the comment lines
    that separate objects are dropped."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:  # once, not a new entry per dump
        sys.path.insert(0, tests)
    from convergence import sorted_grant_runs

    out = subprocess.run(["pg_dump", "--schema-only", "--no-owner", "-d", dsn], capture_output=True, text=True, check=True)
    lines = sorted_grant_runs(out.stdout.splitlines())
    return [line for line in lines if line and not line.startswith(("--", "\\restrict", "\\unrestrict"))]


def _diff_lines(a: list[str], b: list[str]):
    import difflib

    return (line for line in difflib.unified_diff(a, b, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---")))


# -- fixed costs ------------------------------------------------------------------------


def startup(workdir: str, spec: pathlib.Path) -> dict:
    """Median of 10 runs of `--version` and of `validate` of the flagship spec."""
    out = {}
    for label, cmd in {
        "schemadiff --version": [str(SCHEMADIFF), "--version"],
        "schemadiff validate": [str(SCHEMADIFF), "validate", "--spec", str(spec)],
    }.items():
        out[label] = measure(label, cmd, 10, workdir, timeout_s=60)
        m = out[label]
        print(f"   {label:<22} " + (f"{m.wall_s * 1000:6.0f} ms  {mb(m.peak_mib):5.0f} MB" if m.ok else f"FAILED: {m.error}"))
    return out


# -- machine and versions ---------------------------------------------------------------


def machine(server) -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    mem_kib = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    with psycopg.connect(server.dsn("postgres")) as conn:
        pg = conn.execute("SHOW server_version").fetchone()[0]
    from schemadiff import __version__

    versions = {"schemadiff": __version__, "PostgreSQL": pg, "Python": platform.python_version(),
                "psycopg": psycopg.__version__}
    versions.update(peer_versions())
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem_kib / 1024 / 1024, 1),
            "kernel": platform.release(), "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "versions": versions, "timing": method()}


def _code_text(code: dict) -> str:
    if code["dirty"] is None:
        return "the live checkout"
    changes = " plus uncommitted changes" if code["dirty"] else ""
    return f"commit {code['commit']}{changes}, frozen copy sha256 {code['sha256']}"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def peer_versions() -> dict:
    found = {}
    python = PEERS_PY / "python"
    if python.exists():
        code = ("import importlib.metadata as m, json\n"
                "out = {}\n"
                "for n in ('migra', 'schemainspect', 'sqlbag', 'SQLAlchemy', 'psycopg2-binary', 'results'):\n"
                "    try: out[n] = m.version(n)\n"
                "    except m.PackageNotFoundError: pass\n"
                "print(json.dumps(out))")
        proc = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
        if proc.returncode == 0:
            found.update(json.loads(proc.stdout))
    package = BENCH / ".peers-node" / "node_modules" / "@supabase" / "pg-delta" / "package.json"
    if package.exists():
        found["@supabase/pg-delta"] = json.loads(package.read_text())["version"]
        node = shutil.which("node")
        if node:
            found["node"] = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000,10000", help="comma-separated table counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median reported)")
    parser.add_argument("--peers", default="migra,results,pg-delta", help="peers to run (comma-separated, or none)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before one run of schemadiff is abandoned")
    parser.add_argument("--peer-timeout", type=float, default=180,
                        help="seconds before one run of a peer is abandoned (then skipped at larger N)")
    parser.add_argument("--single-run-over", type=float, default=30,
                        help="a run slower than this many seconds is not repeated (keeps a full run ~20 min)")
    parser.add_argument("--no-plan", action="store_true", help="skip `schemadiff plan` (spec vs live)")
    parser.add_argument("--no-convergence", action="store_true", help=f"skip the convergence check at N={CONVERGENCE_N}")
    parser.add_argument("--docs", help=f"write the report here (default: {DOCS.relative_to(ROOT)} when a size >= 1000 runs)")
    parser.add_argument("--no-docs", action="store_true", help="do not write the report")
    parser.add_argument("--code", choices=["head", "worktree", "live"], default="head",
                        help="schemadiff under test: a copy of the last commit (default), a copy of the "
                             "working tree taken at the start, or the live checkout as it changes")
    parser.add_argument("--keep-databases", action="store_true", help="leave the databases (and the cluster) behind")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    args.peers = set() if args.peers == "none" else {p.strip() for p in args.peers.split(",")}
    docs = None if args.no_docs else pathlib.Path(args.docs) if args.docs else DOCS if max(sizes) >= 1000 else None

    workdir = tempfile.mkdtemp(prefix="schemadiff-bench-out-")
    if args.code == "live":
        code = {"dir": ROOT, "commit": "live checkout", "dirty": None, "sha256": "-"}
    else:
        code = snapshot_code(workdir, args.code)
    from schemadiff.pgcluster import EmbeddedCluster

    if not PEERS_PY.exists() and not PGDELTA.exists():
        print("note: no peers installed; run bench/setup_peers.sh to compare with migra, results and pg-delta")
    parent = pathlib.Path(tempfile.mkdtemp(prefix="schemadiff-bench-"))
    os.chmod(parent, 0o755)  # the server may run as the postgres OS user
    cluster = EmbeddedCluster(parent / "data")
    started = time.perf_counter()
    try:
        cluster.start()
        info = machine(cluster)
        info["load_start"] = _load()
        info["code"] = code
        info["code_text"] = _code_text(code)
        print(f"schemadiff code: {info['code_text']}")
        print(f"machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB; "
              f"PostgreSQL {info['versions']['PostgreSQL']}; timing by {info['timing']}")
        print("versions: " + ", ".join(f"{k} {v}" for k, v in info["versions"].items()))
        print("\n== fixed costs (median of 10)")
        fixed = startup(workdir, pathlib.Path(code["dir"]) / "schema.yaml")
        converge = {} if args.no_convergence else convergence(cluster, args, workdir)
        skip: dict[str, str] = {}
        rows = [run_size(cluster, n, args, workdir, skip) for n in sizes]
        elapsed = time.perf_counter() - started
        info["load_end"] = _load()
        text = report.render(info, rows, fixed, converge, args, elapsed)
        print("\n" + report.table(rows))
        print(report.targets_text(rows, fixed))
        if docs:
            docs.parent.mkdir(parents=True, exist_ok=True)
            docs.write_text(text, encoding="utf-8")
            print(f"\nwrote {docs}")
        print(f"total time {elapsed / 60:.1f} min")
    finally:
        if args.keep_databases:
            print(f"cluster left running: {cluster.dsn('postgres')} (datadir {cluster.datadir})")
        else:
            cluster.stop()
            shutil.rmtree(parent, ignore_errors=True)
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
