"""Time whole processes: wall time and peak resident memory, each run in its own wrapper.

ru_maxrss of RUSAGE_CHILDREN is the maximum over every child reaped so far, so it cannot
tell one run from the previous ones. Each run therefore goes through /usr/bin/time (GNU
time: the peak RSS of that one command and its descendants, `%M`, in KiB) or, where that is
missing, through a fresh Python wrapper process that reports its own children's rusage.
Wall time is taken here with time.perf_counter around the whole process (GNU time adds
~1 ms); with the Python fallback, the wrapper's own clock is used instead.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

GNU_TIME = "/usr/bin/time"

_WRAPPER = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[2:], stdout=open(sys.argv[1], "wb"))  # stderr: inherited
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "wall": wall, "kib": peak}), file=sys.stderr)
"""


@dataclass
class Run:
    wall_s: float
    peak_mib: float
    returncode: int
    stdout_path: str
    stderr: str


@dataclass
class Measurement:
    """Several runs of one command; `error` says why there are fewer than asked, or none."""

    label: str
    runs: list[Run] = field(default_factory=list)
    error: str | None = None
    timed_out_s: float | None = None  # set when a run was abandoned at this limit

    @property
    def ok(self) -> bool:
        return bool(self.runs) and self.error is None

    @property
    def wall_s(self) -> float | None:
        return statistics.median(r.wall_s for r in self.runs) if self.runs else None

    @property
    def peak_mib(self) -> float | None:
        return statistics.median(r.peak_mib for r in self.runs) if self.runs else None

    def output(self) -> str:
        if not self.runs:
            return ""
        with open(self.runs[-1].stdout_path, encoding="utf-8", errors="replace") as f:
            return f.read()


def method() -> str:
    return "GNU time %M" if os.access(GNU_TIME, os.X_OK) else "fresh wrapper process, RUSAGE_CHILDREN"


def run_once(cmd: list[str], out_path: str, timeout_s: float, env: dict | None = None) -> Run:
    """Run `cmd` once with stdout to `out_path`; raise subprocess.TimeoutExpired past the limit."""
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as note:
        note_path = note.name
    try:
        if os.access(GNU_TIME, os.X_OK):
            wrapped = [GNU_TIME, "-f", "%M", "-o", note_path, *cmd]
            with open(out_path, "wb") as out:
                start = time.perf_counter()
                proc = subprocess.run(wrapped, stdout=out, stderr=subprocess.PIPE, timeout=timeout_s, env=env)
                wall = time.perf_counter() - start
            with open(note_path) as f:
                lines = [line for line in f.read().splitlines() if line.strip()]
            # On a non-zero exit GNU time writes "Command exited with non-zero status N" first.
            kib = int(lines[-1]) if lines and lines[-1].strip().isdigit() else 0
        else:
            wrapped = [sys.executable, "-c", _WRAPPER, out_path, *cmd]
            proc = subprocess.run(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout_s, env=env)
            report = json.loads(proc.stderr.decode().strip().splitlines()[-1])
            wall, kib = report["wall"], report["kib"]
        return Run(wall, kib / 1024, proc.returncode, out_path, proc.stderr.decode(errors="replace"))
    finally:
        os.unlink(note_path)


def measure(
    label: str,
    cmd: list[str],
    runs: int,
    workdir: str,
    *,
    timeout_s: float = 600,
    single_run_over_s: float = 120,
    env: dict | None = None,
    ok_codes: tuple[int, ...] = (0,),
) -> Measurement:
    """Run `cmd` up to `runs` times; stop at the first failure, timeout or a very slow run.

    A run slower than `single_run_over_s` is not repeated (the full benchmark must fit in
    ~20 minutes); the result then has one run, which the report shows.
    """
    result = Measurement(label)
    if shutil.which(cmd[0]) is None and not os.access(cmd[0], os.X_OK):
        result.error = f"{cmd[0]} not found"
        return result
    slug = "".join(c if c.isalnum() else "_" for c in label)
    for k in range(runs):
        out_path = os.path.join(workdir, f"{slug}.{k}.out")
        try:
            run = run_once(cmd, out_path, timeout_s, env)
        except subprocess.TimeoutExpired:
            result.error, result.timed_out_s = f"timed out after {timeout_s:.0f} s", timeout_s
            return result
        if run.returncode not in ok_codes:
            tail = " | ".join(run.stderr.strip().splitlines()[-3:])
            result.error = f"exit {run.returncode}: {tail[:400]}"
            return result
        result.runs.append(run)
        if run.wall_s > single_run_over_s:
            break
    return result
