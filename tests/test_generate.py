"""The generator: deterministic, up to date, and every statement parses."""

from __future__ import annotations

import subprocess
import sys

import pglast
import pytest

from schemadiff.generate import generate
from schemadiff.spec.load import load_spec


@pytest.fixture(scope="module")
def flagship_files(repo_root):
    return generate(load_spec(repo_root / "schema.yaml"))


def test_generated_directory_is_up_to_date(repo_root, flagship_files):
    for f in flagship_files:
        on_disk = (repo_root / "generated" / f.name).read_text(encoding="utf-8")
        assert on_disk == f.text, f"generated/{f.name} is stale: run `schemadiff generate`"


def test_generation_is_byte_for_byte_deterministic(repo_root, tmp_path):
    outputs = []
    for run in range(2):
        out = tmp_path / f"run{run}"
        subprocess.run(
            [sys.executable, "-m", "schemadiff", "generate", "--spec", str(repo_root / "schema.yaml"), "-o", str(out)],
            check=True, capture_output=True,
        )
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    assert set(outputs[0]) == {"schema.sql", "platform_shim.sql"}


def test_generate_check_reports_stale_files(repo_root, tmp_path):
    command = [sys.executable, "-m", "schemadiff", "generate", "--spec", str(repo_root / "schema.yaml"), "-o", str(tmp_path)]
    subprocess.run(command, check=True, capture_output=True)
    assert subprocess.run(command + ["--check"], capture_output=True).returncode == 0
    (tmp_path / "schema.sql").write_text("-- edited by hand\n")
    stale = subprocess.run(command + ["--check"], capture_output=True, text=True)
    assert stale.returncode == 1
    assert "schema.sql" in stale.stderr


def test_every_generated_statement_reparses(flagship_files):
    for f in flagship_files:
        statements = pglast.split(f.text)
        assert len(statements) > 10
        for statement in statements:
            pglast.parse_sql(statement)


def test_objects_come_after_what_they_use(flagship_files):
    text = next(f.text for f in flagship_files if f.name == "schema.sql")

    def at(fragment):
        position = text.find(fragment)
        assert position >= 0, fragment
        return position

    assert at("CREATE TABLE IF NOT EXISTS public.organizations") < at("CREATE TABLE IF NOT EXISTS public.users")
    assert at("CREATE TABLE IF NOT EXISTS public.users") < at("FUNCTION public.get_user_organization_id")
    assert at("FUNCTION public.user_has_role") < at('CREATE POLICY "Users read themselves')
    assert at("CREATE EXTENSION IF NOT EXISTS pg_cron") < at("SELECT cron.schedule(")
    assert at("CREATE MATERIALIZED VIEW IF NOT EXISTS public.mv_learner_analytics_summary") < at(
        "CREATE UNIQUE INDEX IF NOT EXISTS idx_mv_learner_analytics_user_id"
    )


def test_schema_yaml_points_editors_at_the_packaged_json_schema(repo_root):
    first_line = (repo_root / "schema.yaml").read_text().splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=./schemadiff/spec/schema.json"
    assert (repo_root / "schemadiff" / "spec" / "schema.json").is_file()
