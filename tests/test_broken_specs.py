"""`schemadiff validate` on broken specs: exit code 1, nothing on stdout, exact problems on stderr.

Each case is tests/broken_specs/<name>.yaml with <name>.expected beside it: the exact stderr,
one `FILE:LINE[:COLUMN]: message` line per problem, with `{file}` standing for the spec path.
tests/sound_specs/ holds specs that are valid however unusual (what real schemas do): exit
code 0, their <name>.expected the exact stderr (warnings only, often none).
The command runs as a subprocess, the way a user or CI runs it.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

REPO = pathlib.Path(__file__).resolve().parent.parent
CASES_DIR = pathlib.Path(__file__).resolve().parent / "broken_specs"
CASES = sorted(CASES_DIR.glob("*.yaml"))
SOUND_DIR = pathlib.Path(__file__).resolve().parent / "sound_specs"
SOUND_CASES = sorted(SOUND_DIR.glob("*.yaml"))

SOUND_SPEC = """\
tables:
  - name: accounts
    columns:
      - {name: id, type: integer, nullable: false}
    primary_key: {columns: [id]}
"""


def validate(spec: str) -> subprocess.CompletedProcess:
    """Run `schemadiff validate --spec SPEC` from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "schemadiff", "validate", "--spec", spec],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=60,
    )


def test_every_case_has_its_expected_output():
    specs = {p.stem for p in CASES}
    expected = {p.stem for p in CASES_DIR.glob("*.expected")}
    assert len(specs) >= 20
    assert specs == expected
    assert SOUND_CASES and {p.stem for p in SOUND_CASES} == {p.stem for p in SOUND_DIR.glob("*.expected")}


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_broken_spec_is_reported(case: pathlib.Path):
    spec = case.relative_to(REPO).as_posix()
    expected = case.with_suffix(".expected").read_text(encoding="utf-8").replace("{file}", spec)

    result = validate(spec)

    assert result.stderr.splitlines() == expected.splitlines()
    assert result.stdout == ""
    assert result.returncode == 1


@pytest.mark.parametrize("case", SOUND_CASES, ids=[p.stem for p in SOUND_CASES])
def test_sound_spec_is_valid(case: pathlib.Path):
    spec = case.relative_to(REPO).as_posix()
    expected = case.with_suffix(".expected").read_text(encoding="utf-8").replace("{file}", spec)

    result = validate(spec)

    assert result.stderr.splitlines() == expected.splitlines()
    assert result.stdout.startswith(f"{spec}: valid (")
    assert result.returncode == 0


def test_sound_minimal_spec_is_valid(tmp_path: pathlib.Path):
    spec = tmp_path / "schema.yaml"
    spec.write_text(SOUND_SPEC, encoding="utf-8")

    result = validate(str(spec))

    assert result.stderr == ""
    assert result.stdout == f"{spec}: valid (1 tables, 0 indexes, 0 policies, 0 functions, 0 cron jobs)\n"
    assert result.returncode == 0
