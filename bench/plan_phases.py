"""Time `schemadiff plan` (spec against live) phase by phase on a synthetic catalog.

    .venv/bin/python bench/plan_phases.py --n 1000 [--embedded-shadow] [--profile out.prof]

Builds catalogs A and B of N tables (synthetic_catalog.py) on a throwaway cluster of its
own (or on SCHEMADIFF_BENCH_DSN), writes B as a spec with `schemadiff inspect`, then runs
what `schemadiff plan --spec B --db A` runs, in this process, with every phase's function
wrapped by a timer. For each phase it prints CPU time of the thread that ran it
(time.thread_time: the machine is shared, wall time is noise; the shadow and the live
inspection run at once on two threads, so their wall times overlap), CPU time of the
PostgreSQL backends the phase talked to (from /proc, when the server runs here), wall
time, statements sent, and the resident memory after it; at the end the peak RSS. `--profile` writes a cProfile of the
whole run. The cluster and databases are kept for the next run (`--rebuild` builds them
again, `--stop` stops the cluster).
The shadow database is created on the same server, as bench/catalog_diff.py does
(`--shadow`), or on an embedded cluster of its own with `--embedded-shadow`.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import os
import pathlib
import resource
import subprocess
import sys
import threading
import time
from collections import defaultdict

import psycopg

import synthetic_catalog as synth

BENCH = pathlib.Path(__file__).resolve().parent
SCHEMADIFF = pathlib.Path(sys.executable).parent / "schemadiff"
TICK = os.sysconf("SC_CLK_TCK")

# (label, module, attribute): the functions whose calls make up a phase. Functions nest
# (the shadow's inspection runs inside desired_catalog), so only leaves are listed.
PHASES = [
    ("read + YAML with positions", "schemadiff.spec.load", "load_document"),
    ("JSON Schema validation", "schemadiff.spec.load", "schema_problems"),
    ("SQL fragments (pglast)", "schemadiff.spec.load", "syntax_problems"),
    ("model build", "schemadiff.spec.build", "ModelBuilder.build"),
    ("semantic checks", "schemadiff.spec.load", "run_checks"),
    ("shadow cluster start", "schemadiff.pgcluster", "EmbeddedCluster.start"),
    ("shadow create database", "schemadiff.pgcluster", "Server.create_database"),
    ("shadow apply", "schemadiff.shadow", "_apply_objects"),
    ("shadow owners", "schemadiff.shadow", "_apply_owners"),
    ("shadow inspect", "schemadiff.shadow", "inspect_catalog"),
    ("shadow drop database", "schemadiff.pgcluster", "Server.drop_database"),
    ("shadow cluster stop", "schemadiff.pgcluster", "EmbeddedCluster.stop"),
    ("live inspect", "schemadiff.inspect", "inspect_catalog"),
    ("plan (diff, order)", "schemadiff.sources", "plan_between"),
    ("render SQL", "schemadiff.commands", "plan_sql"),
]


class Meter:
    def __init__(self):
        self.cpu = defaultdict(float)
        self.server_cpu = defaultdict(float)
        self.wall = defaultdict(float)
        self.statements = defaultdict(int)
        self.rss_after = {}
        self.local = threading.local()  # the phase each thread is in (the shadow and the live
        # inspection run at once, on two threads)

    @property
    def active(self) -> list[str]:
        if not hasattr(self.local, "active"):
            self.local.active, self.local.backends = [], set()
        return self.local.active

    def wrap(self, label, fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            if self.active:  # already inside a phase (a listed function calls another)
                return fn(*args, **kwargs)
            self.active.append(label)
            self.local.backends = set()
            cpu0, wall0 = time.thread_time(), time.perf_counter()
            before = {pid: _backend_cpu(pid) for pid in _backends_of(args)}
            try:
                return fn(*args, **kwargs)
            finally:
                self.cpu[label] += time.thread_time() - cpu0
                self.wall[label] += time.perf_counter() - wall0
                seen = set(before) | self.local.backends
                self.server_cpu[label] += sum(_backend_cpu(p) - before.get(p, 0.0) for p in seen)
                self.rss_after[label] = _rss_mb()
                self.active.pop()
        return timed

    def count(self, cursor):
        if self.active:
            self.statements[self.active[-1]] += 1
            self.local.backends.add(cursor.connection.info.backend_pid)


def _backends_of(args) -> list[int]:
    return [a.info.backend_pid for a in args if isinstance(a, psycopg.Connection)]


def _backend_cpu(pid: int) -> float:
    """Return a backend's user + system CPU seconds, 0 once it has exited (or is elsewhere)."""
    try:
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except (OSError, IndexError, ValueError):
        return 0.0


def _rss_mb() -> float:
    return int(pathlib.Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def install(meter: Meter) -> None:
    import importlib

    import schemadiff.shadow  # noqa: F401  binds its own inspect_catalog before ours is wrapped

    for label, module_name, attribute in PHASES:
        module = importlib.import_module(module_name)
        owner, name = module, attribute
        if "." in attribute:
            cls, name = attribute.split(".")
            owner = getattr(module, cls)
        if not hasattr(owner, name):
            print(f"   (no {module_name}.{attribute}: phase {label!r} not measured)")
            continue
        setattr(owner, name, meter.wrap(label, getattr(owner, name)))
    original = psycopg.Cursor.execute

    def counting(self, query, params=None, **kw):
        meter.count(self)
        return original(self, query, params, **kw)

    psycopg.Cursor.execute = counting


def ensure_pair(server, n: int, rebuild: bool):
    names = {f"bench_a_{n}", f"bench_b_{n}"}
    with psycopg.connect(server.dsn("postgres"), autocommit=True) as conn:
        present = {r[0] for r in conn.execute("SELECT datname FROM pg_database WHERE datname = ANY(%s)", (list(names),))}
    if rebuild or present != names:
        print(f"building A and B of {n} tables ...", flush=True)
        pair = synth.build_pair(server, n)
        print(f"   built in {pair.build_s:.1f} s", flush=True)
    return server.dsn(f"bench_a_{n}"), server.dsn(f"bench_b_{n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--embedded-shadow", action="store_true")
    parser.add_argument("--profile", help="write a cProfile of the plan to this file")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--workdir", default=f"/tmp/schemadiff-plan-phases-{os.getuid()}",
                        help="the cluster's data directory and the specs go here")
    parser.add_argument("--stop", action="store_true", help="stop the cluster of --workdir and exit")
    args = parser.parse_args()

    from schemadiff.pgcluster import EmbeddedCluster, Server

    workdir = pathlib.Path(args.workdir)
    workdir.mkdir(exist_ok=True)
    os.chmod(workdir, 0o755)  # the server may run as another OS user
    if args.stop:
        EmbeddedCluster(workdir / "data").stop()
        return 0
    if os.environ.get("SCHEMADIFF_BENCH_DSN"):
        server = Server(os.environ["SCHEMADIFF_BENCH_DSN"])
    else:
        server = EmbeddedCluster(workdir / "data")
        server.start()  # left running: the next run reuses it and its databases (--stop)
    dsn_a, dsn_b = ensure_pair(server, args.n, args.rebuild)
    spec = workdir / f"spec_b_{args.n}.yaml"
    if args.rebuild or not spec.exists():
        subprocess.run([str(SCHEMADIFF), "inspect", "--db", dsn_b, "-o", str(spec)], check=True)
    print(f"spec: {spec} ({spec.stat().st_size / 2**20:.1f} MB, {len(spec.read_text().splitlines())} lines)")

    meter = Meter()
    install(meter)
    from schemadiff.cli import main as cli_main

    argv = ["plan", "--spec", str(spec), "--db", dsn_a, "-o", os.devnull]
    if not args.embedded_shadow:
        argv += ["--shadow", server.dsn("postgres")]
    profile = cProfile.Profile() if args.profile else None
    gc.collect()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    if profile:
        profile.enable()
    code = cli_main(argv)
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    print(f"\nschemadiff plan at N = {args.n} (exit {code}), load {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'phase':<28} {'CPU s':>7} {'server CPU s':>12} {'wall s':>7} {'stmts':>6} {'RSS MB':>7}")
    for label, *_ in PHASES:
        if label in meter.wall:
            print(f"{label:<28} {meter.cpu[label]:7.2f} {meter.server_cpu[label]:12.2f} {meter.wall[label]:7.2f} "
                  f"{meter.statements[label]:6d} {meter.rss_after[label]:7.0f}")
    rest = cpu - sum(meter.cpu.values())
    print(f"{'other (imports, glue)':<28} {rest:7.2f}")
    print(f"{'total (process CPU)':<28} {cpu:7.2f} {sum(meter.server_cpu.values()):12.2f} {wall:7.2f} "
          f"{sum(meter.statements.values()):6d}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return code


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH))
    sys.exit(main())
