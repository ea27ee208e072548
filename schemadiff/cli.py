"""The `schemadiff` command line.

Commands import what they need when they run, so `--version` and `validate` stay fast.
Every error a user can cause ends in one clear message on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from . import __version__
from .errors import SchemadiffError, SpecError

EXIT_OK, EXIT_ERROR = 0, 1


def _validate(args) -> int:
    from .spec.load import check_spec

    catalog, warnings = check_spec(args.spec)
    for warning in warnings:
        print(warning, file=sys.stderr)
    counts = {
        "tables": sum(1 for t in catalog.tables if t.partition_of is None),
        "indexes": len(catalog.indexes), "policies": len(catalog.policies),
        "functions": len(catalog.functions), "cron jobs": sum(j.copies for j in catalog.cron_jobs),
    }
    print(f"{args.spec}: valid (" + ", ".join(f"{n} {k}" for k, n in counts.items()) + ")")
    return EXIT_OK


def _generate(args) -> int:
    from .generate import generate, write_files
    from .spec.load import load_spec

    catalog = load_spec(args.spec)
    files = generate(catalog, source=Path(args.spec).name)
    if args.check:
        stale = [f.name for f in files if _read(Path(args.out) / f.name) != f.text]
        if stale:
            print(f"{args.out}/ is stale: {', '.join(stale)}; run `schemadiff generate`", file=sys.stderr)
            return EXIT_ERROR
        print(f"{args.out}/ is up to date")
        return EXIT_OK
    for path in write_files(files, Path(args.out)):
        print(f"wrote {path}")
    return EXIT_OK


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _demo(args) -> int:
    from .demo import run_demo

    return run_demo(Path(args.spec), Path(args.dir), keep_running=args.keep_running)


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a usage error; 2 means drift here, so usage errors exit 1."""

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="schemadiff", description="Declarative schema-as-code for PostgreSQL.")
    parser.add_argument("--version", action="version", version=f"schemadiff {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser("validate", help="check a spec; exit 0 when sound, 1 otherwise")
    validate.add_argument("--spec", default="schema.yaml")
    validate.set_defaults(run=_validate)

    generate = commands.add_parser("generate", help="write the SQL of a spec into generated/")
    generate.add_argument("--spec", default="schema.yaml")
    generate.add_argument("-o", "--out", default="generated", help="output directory (default: generated)")
    generate.add_argument("--check", action="store_true", help="exit 1 if the files on disk are stale")
    generate.set_defaults(run=_generate)

    demo = commands.add_parser("demo", help="apply the spec to an embedded PostgreSQL and summarize it")
    demo.add_argument("--spec", default="schema.yaml")
    demo.add_argument("--dir", default=".schemadiff/demo", help="where the embedded cluster lives")
    demo.add_argument("--keep-running", action="store_true", help="leave the server running and print its DSN")
    demo.set_defaults(run=_demo)

    def database_command(name, help_text, run, with_spec=True):
        command = commands.add_parser(name, help=help_text)
        if with_spec:
            command.add_argument("--spec", default="schema.yaml")
        command.add_argument("--db", help="target database DSN (default: $DATABASE_URL)")
        command.add_argument("--shadow", metavar="DSN", help="server for the scratch database (default: an embedded one)")
        command.set_defaults(run=run)
        return command

    def timeouts(command):
        command.add_argument("--lock-timeout", type=int, default=2000, metavar="MS",
                             help="longest wait for a lock per statement (default 2000)")
        command.add_argument("--statement-timeout", type=int, default=60000, metavar="MS",
                             help="longest run of a transactional statement (default 60000)")

    plan = database_command("plan", "print the change script that takes the database to the spec", _lazy("cmd_plan"))
    timeouts(plan)
    plan.add_argument("--format", choices=["sql", "json"], default="sql")
    plan.add_argument("-o", "--output", help="write the plan to a file")

    apply = database_command("apply", "plan (or take a reviewed plan) and run it", _lazy("cmd_apply"))
    apply.add_argument("--plan", help="a reviewed plan file from `schemadiff plan -o`")
    apply.add_argument("--allow-hazards", metavar="LIST", help="comma-separated hazards to allow, or all")
    apply.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                       help="how long to wait for another apply on the same database (default 30)")
    timeouts(apply)

    check = database_command("check", "exit 0 in sync, 2 on drift (with a report), 1 on error", _lazy("cmd_check"))
    check.add_argument("--format", choices=["text", "json"], default="text")

    diff = commands.add_parser("diff", help="print the script that turns FROM into TO (spec files or DSNs)")
    diff.add_argument("--from", dest="source", required=True, metavar="SRC")
    diff.add_argument("--to", required=True, metavar="SRC")
    diff.add_argument("--shadow", metavar="DSN")
    diff.add_argument("--exit-code", action="store_true", help="exit 2 when they differ")
    diff.set_defaults(run=_lazy("cmd_diff"))

    inspect = database_command("inspect", "write a spec (YAML) describing a live database", _lazy("cmd_inspect"), with_spec=False)
    inspect.add_argument("--schema", action="append", help="a schema to include (repeatable; default: all but PostgreSQL's own)")
    inspect.add_argument("-o", "--output", help="write the spec to a file")
    return parser


def _lazy(name: str):
    """Return a runner that imports the database commands only when one is used."""

    def run(args):
        from . import commands

        # A big catalog is hundreds of thousands of small objects that live until the end,
        # and a command leaves almost no cycles behind (a few hundred objects for a diff of
        # 5,000 tables): the cycle collector would only walk the model again and again
        # (0.7 s of 2.5 s CPU with the default thresholds, 0.2 s with raised ones). Off
        # while the command runs; reference counting still frees everything else.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return getattr(commands, name)(args)
        finally:
            if enabled:
                gc.enable()

    return run


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except SpecError as exc:
        print(exc, file=sys.stderr)  # FILE:LINE:COLUMN: message lines, as editors expect
        return EXIT_ERROR
    except SchemadiffError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `schemadiff plan | head`: the reader left, nothing to report
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
