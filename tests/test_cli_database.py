"""The database commands as a user runs them: exit codes, messages, plan files, JSON shapes.

Exit codes: 0 ok / in sync, 2 drift (check; diff --exit-code), 1 any error a user can
cause, with one `error: ...` line (or FILE:LINE: lines for spec problems) on stderr, no
traceback, and nothing changed in the database.

A small spec (one table, an index, a view) on a fresh database keeps these fast; the
desired side is built on the test server (--shadow), except in the one test that proves
the default embedded shadow works.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
import yaml

PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump"
PSQL = "/usr/lib/postgresql/15/bin/psql"
UNREACHABLE = "postgresql://postgres@127.0.0.1:1/postgres"
FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")

SPEC = """\
schemas:
  - name: public
tables:
  - name: widgets
    comment: Things we sell.
    columns:
      - {name: id, type: bigint, nullable: false}
      - {name: name, type: text, nullable: false}
      - {name: price, type: "numeric(10,2)", nullable: false, default: "0"}
    primary_key: {columns: [id]}
    checks:
      - {name: widgets_price_check, expression: price >= 0}
    indexes:
      - {name: idx_widgets_name, columns: [name]}
views:
  - name: cheap_widgets
    query: SELECT id, name FROM public.widgets WHERE price < 10
"""

# The view selects a column the table does not have: only PostgreSQL can tell.
BROKEN_SPEC = """\
schemas:
  - name: public
tables:
  - name: widgets
    columns:
      - {name: id, type: bigint, nullable: false}
      - {name: name, type: text, nullable: false}
    primary_key: {columns: [id]}
views:
  - name: widget_colours
    query: SELECT id, colour FROM public.widgets
"""


# -- helpers ------------------------------------------------------------------------------


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment.pop("DATABASE_URL", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "schemadiff", *args], capture_output=True, text=True,
        env=environment, cwd=cwd, timeout=300,
    )


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def user_error(result: subprocess.CompletedProcess, prefix: str = "error: ") -> str:
    """Assert a clean user error (exit 1, no traceback); return stderr."""
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith(prefix), result.stderr
    return result.stderr


def execute(dsn: str, text: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(text)


def dump_schema(dsn: str) -> str:
    result = subprocess.run([PG_DUMP, "--schema-only", "--dbname", dsn], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return "\n".join(l for l in result.stdout.splitlines() if not l.startswith(("\\restrict", "\\unrestrict")))


def assert_same_dump(actual: str, expected: str, what: str) -> None:
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "expected", "actual", lineterm="")
        pytest.fail(f"{what}:\n" + "\n".join(list(diff)[:60]))


@pytest.fixture
def shadow(pg_server) -> str:
    return pg_server.dsn("postgres")


@pytest.fixture
def spec(tmp_path) -> Path:
    path = tmp_path / "schema.yaml"
    path.write_text(SPEC)
    return path


def db_args(spec: Path, dsn: str, shadow: str) -> list[str]:
    return ["--spec", str(spec), "--db", dsn, "--shadow", shadow]


# -- plan ---------------------------------------------------------------------------------


def test_plan_json_has_fingerprints_and_steps(spec, db, shadow):
    result = ok(run("plan", *db_args(spec, db, shadow), "--format", "json"))
    plan = json.loads(result.stdout)
    assert FINGERPRINT.match(plan["source_fingerprint"]), plan["source_fingerprint"]
    assert FINGERPRINT.match(plan["target_fingerprint"]), plan["target_fingerprint"]
    assert plan["source_fingerprint"] != plan["target_fingerprint"]
    steps = plan["steps"]
    assert steps
    for step in steps:
        assert isinstance(step["object"], str) and step["object"]
        assert isinstance(step["description"], str) and step["description"]
        assert isinstance(step["hazards"], list) and all(isinstance(h, str) for h in step["hazards"])
        assert isinstance(step["statements"], list) and step["statements"]
        assert all(isinstance(s, str) and s.strip() for s in step["statements"])
    text = json.dumps(steps)
    for name in ("widgets", "idx_widgets_name", "cheap_widgets"):
        assert name in text
    # The same inputs give the same plan, byte for byte.
    assert ok(run("plan", *db_args(spec, db, shadow), "--format", "json")).stdout == result.stdout


def test_plan_file_is_applied_with_apply_plan(spec, db, shadow, tmp_path):
    plan_file = tmp_path / "plan.sql"
    ok(run("plan", *db_args(spec, db, shadow), "-o", str(plan_file)))
    text = plan_file.read_text()
    assert text.startswith("-- schemadiff plan")
    assert "-- source-fingerprint: " in text and "CREATE TABLE" in text
    ok(run("apply", *db_args(spec, db, shadow), "--plan", str(plan_file)))
    assert "in sync" in ok(run("check", *db_args(spec, db, shadow))).stdout


def test_apply_plan_refuses_when_the_database_changed_since(spec, db, shadow, tmp_path):
    plan_file = tmp_path / "plan.sql"
    ok(run("plan", *db_args(spec, db, shadow), "-o", str(plan_file)))
    execute(db, "CREATE TABLE public.made_by_hand (id int)")  # someone was faster
    before = dump_schema(db)
    stderr = user_error(run("apply", *db_args(spec, db, shadow), "--plan", str(plan_file)))
    assert "fingerprint" in stderr, stderr
    assert str(plan_file) in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert_same_dump(dump_schema(db), before, "a refused apply changed the database")


def test_apply_plan_refuses_an_edited_plan(spec, db, shadow, tmp_path):
    plan_file = tmp_path / "plan.sql"
    ok(run("plan", *db_args(spec, db, shadow), "-o", str(plan_file)))
    text = plan_file.read_text()
    assert "numeric(10,2)" in text
    plan_file.write_text(text.replace("numeric(10,2)", "numeric(12,2)"))
    before = dump_schema(db)
    stderr = user_error(run("apply", *db_args(spec, db, shadow), "--plan", str(plan_file)))
    assert str(plan_file) in stderr, stderr
    assert_same_dump(dump_schema(db), before, "a refused apply changed the database")

    # A statement smuggled into a reviewed plan is refused too.
    plan_file.write_text(text.replace("COMMIT;", "DROP SCHEMA public;\nCOMMIT;"))
    user_error(run("apply", *db_args(spec, db, shadow), "--plan", str(plan_file)))
    assert_same_dump(dump_schema(db), before, "a refused apply changed the database")


def test_plan_sql_run_twice_succeeds_and_the_second_run_changes_nothing(spec, db, shadow):
    # A table that exists with other columns and a looser column; its index is already
    # there. (An index still to build on an existing table is built CONCURRENTLY, which
    # PostgreSQL refuses in a multi-statement string: see the psql test below.)
    execute(db, "CREATE TABLE public.widgets (id bigint NOT NULL PRIMARY KEY, name text, legacy_code text);"
                "CREATE INDEX idx_widgets_name ON public.widgets (name);"
                "INSERT INTO public.widgets VALUES (1, 'a', 'x')")
    plan = ok(run("plan", *db_args(spec, db, shadow))).stdout
    assert "BEGIN;" in plan and "COMMIT;" in plan
    for change in ("legacy_code", "price", "NOT NULL", "widgets_price_check", "cheap_widgets"):
        assert change in plan, change
    execute(db, plan)  # psql-style: the whole text at once
    after_first = dump_schema(db)
    replan = ok(run("plan", *db_args(spec, db, shadow), "--format", "json"))
    assert json.loads(replan.stdout)["steps"] == [], replan.stdout
    execute(db, plan)
    assert_same_dump(dump_schema(db), after_first, "the second run of the plan changed the schema")
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM public.widgets").fetchone()[0] == 1


def test_plan_sql_runs_twice_in_psql(spec, db, shadow, tmp_path):
    # An index on a table that already has rows: the plan may build it online
    # (outside the transaction); psql must still run the script as it is, twice.
    execute(db, "CREATE TABLE public.widgets (id bigint NOT NULL PRIMARY KEY, name text NOT NULL, "
                "price numeric(10,2) NOT NULL DEFAULT 0); INSERT INTO public.widgets VALUES (1, 'a', 2)")
    plan_file = tmp_path / "plan.sql"
    ok(run("plan", *db_args(spec, db, shadow), "-o", str(plan_file)))
    psql = [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(plan_file), db]
    first = subprocess.run(psql, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    after_first = dump_schema(db)
    assert "in sync" in ok(run("check", *db_args(spec, db, shadow))).stdout
    second = subprocess.run(psql, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert_same_dump(dump_schema(db), after_first, "the second run of the plan changed the schema")


def test_diff_between_two_live_databases(db, pg_server):
    # Both databases are inspected at once (one thread each): each side must stay its own.
    other = pg_server.create_database("t_cli_diff_other")
    try:
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute("CREATE TABLE public.gadgets (id int PRIMARY KEY, name text NOT NULL)")
        with psycopg.connect(other, autocommit=True) as conn:
            conn.execute("CREATE TABLE public.widgets (id int PRIMARY KEY)")
        forward = ok(run("diff", "--from", other, "--to", db)).stdout
        backward = ok(run("diff", "--from", db, "--to", other)).stdout
    finally:
        pg_server.drop_database("t_cli_diff_other")
    assert "CREATE TABLE IF NOT EXISTS public.gadgets" in forward, forward
    assert "DROP TABLE IF EXISTS public.widgets" in forward, forward
    assert "CREATE TABLE IF NOT EXISTS public.widgets" in backward, backward
    assert "DROP TABLE IF EXISTS public.gadgets" in backward, backward


def test_diff_with_one_database_unreachable_is_one_line_error(db):
    stderr = user_error(run("diff", "--from", db, "--to", UNREACHABLE), "error: cannot connect")
    assert len(stderr.strip().splitlines()) == 1, stderr


# -- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["apply", "check", "inspect", "diff"])
def test_unreachable_database_is_one_line_error(command, spec, shadow):
    if command == "inspect":
        args = ["inspect", "--db", UNREACHABLE]
    elif command == "diff":
        args = ["diff", "--from", str(spec), "--to", UNREACHABLE, "--shadow", shadow]
    else:
        args = [command, *db_args(spec, UNREACHABLE, shadow)]
    stderr = user_error(run(*args), "error: cannot connect")
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert "127.0.0.1:1" in stderr


@pytest.mark.parametrize("command", ["plan", "apply", "check", "validate", "generate"])
def test_missing_spec_file_is_an_error(command, shadow, tmp_path):
    missing = tmp_path / "nowhere" / "schema.yaml"
    args = [command, "--spec", str(missing)]
    if command in ("plan", "apply", "check"):
        args += ["--db", shadow, "--shadow", shadow]  # never reached: the spec comes first
    elif command == "generate":
        args += ["-o", str(tmp_path / "out")]
    stderr = user_error(run(*args))
    assert str(missing) in stderr, stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


def test_unknown_hazard_is_named_and_nothing_changes(spec, db, shadow):
    before = dump_schema(db)
    stderr = user_error(run("apply", *db_args(spec, db, shadow), "--allow-hazards", "deletes-data,bogus"))
    assert "bogus" in stderr, stderr
    assert "deletes-data" in stderr  # the known ones are listed
    assert_same_dump(dump_schema(db), before, "apply with a bad --allow-hazards changed the database")


def test_spec_postgres_rejects_names_file_line_and_object(tmp_path, db, shadow):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN_SPEC)
    lines = BROKEN_SPEC.splitlines()
    view_lines = {i + 1 for i, l in enumerate(lines) if "widget_colours" in l or "colour FROM" in l}
    execute(db, "CREATE TABLE public.widgets (id bigint PRIMARY KEY)")
    before = dump_schema(db)
    for command in ("plan", "check", "apply"):
        result = run(command, *db_args(broken, db, shadow))
        assert result.returncode == 1, f"{command}: exit {result.returncode}\n{result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr
        located = re.search(re.escape(str(broken)) + r":(\d+):", result.stderr)
        assert located and int(located.group(1)) in view_lines, (command, result.stderr)
        assert "widget_colours" in result.stderr, result.stderr
        assert "colour" in result.stderr.replace("widget_colours", ""), result.stderr  # PostgreSQL's reason
    assert_same_dump(dump_schema(db), before, "a rejected spec changed the target database")


# -- diff and check -------------------------------------------------------------------------


def test_diff_exit_code(spec, db, shadow):
    differ = run("diff", "--from", str(spec), "--to", db, "--shadow", shadow, "--exit-code")
    assert differ.returncode == 2, f"exit {differ.returncode}\n{differ.stdout}{differ.stderr}"
    assert "DROP TABLE" in differ.stdout  # the script turns the spec's database into the empty one
    assert run("diff", "--from", str(spec), "--to", db, "--shadow", shadow).returncode == 0  # without --exit-code

    ok(run("apply", *db_args(spec, db, shadow)))
    same = ok(run("diff", "--from", str(spec), "--to", db, "--shadow", shadow, "--exit-code"))
    assert "nothing to do" in same.stdout


def test_check_json_shape(spec, db, shadow):
    drift = run("check", *db_args(spec, db, shadow), "--format", "json")
    assert drift.returncode == 2, drift.stderr
    report = json.loads(drift.stdout)
    assert set(report) == {"in_sync", "differences"}
    assert report["in_sync"] is False
    assert report["differences"]
    for difference in report["differences"]:
        assert set(difference) == {"object", "description", "hazards"}
        assert isinstance(difference["object"], str) and isinstance(difference["description"], str)
        assert isinstance(difference["hazards"], list)
    assert any("widgets" in d["object"] for d in report["differences"])

    ok(run("apply", *db_args(spec, db, shadow)))
    in_sync = ok(run("check", *db_args(spec, db, shadow), "--format", "json"))
    assert json.loads(in_sync.stdout) == {"in_sync": True, "differences": []}


def test_database_url_and_default_embedded_shadow(spec, db, shadow):
    env = {"DATABASE_URL": db}  # no --db: DATABASE_URL names the database
    drift = run("check", "--spec", str(spec), "--shadow", shadow, env=env)
    assert drift.returncode == 2, f"exit {drift.returncode}\n{drift.stdout}{drift.stderr}"
    assert "widgets" in drift.stdout
    # No --shadow either: the desired side is built on a throwaway embedded cluster.
    ok(run("apply", "--spec", str(spec), env=env))
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT to_regclass('public.cheap_widgets') IS NOT NULL").fetchone()[0]
    assert "in sync" in ok(run("check", *db_args(spec, db, shadow))).stdout


def test_spec_without_schemas_section_still_manages_its_tables(tmp_path, db, shadow):
    # `schemas:` is optional (validate accepts the spec, generate writes the table), so
    # the table in public must be planned all the same.
    spec = tmp_path / "no_schemas.yaml"
    spec.write_text(SPEC.replace("schemas:\n  - name: public\n", ""))
    ok(run("validate", "--spec", str(spec)))
    check = run("check", *db_args(spec, db, shadow))
    assert check.returncode == 2, f"an empty database reported in sync with a spec that has a table:\n{check.stdout}"



def test_serial_column_keeps_its_sequence_owned_through_the_spec(tmp_path, db, pg_server, shadow):
    # A serial's sequence is OWNED BY its column (pg_dump writes it so): the desired side,
    # built in the shadow, must say so too, or every plan from a spec loses it.
    source = pg_server.create_database("t_serial_source")
    try:
        execute(source, "CREATE SCHEMA app; CREATE TABLE app.items (id serial PRIMARY KEY, name text)")
        spec = tmp_path / "serial.yaml"
        ok(run("inspect", "--db", source, "-o", str(spec)))
        ok(run("check", *db_args(spec, source, shadow)))
        ok(run("apply", *db_args(spec, db, shadow)))
        assert_same_dump(dump_schema(db), dump_schema(source), "the database built from the spec differs")
        with psycopg.connect(db) as conn:
            owner = conn.execute("SELECT pg_get_serial_sequence('app.items', 'id')").fetchone()[0]
        assert owner == "app.items_id_seq"
    finally:
        pg_server.drop_database("t_serial_source")

def _public_acl(dsn: str) -> list:
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT array_agg(CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END"
            "                 || ':' || a.privilege_type ORDER BY 1)"
            " FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = 'public'").fetchone()[0]


def test_public_schema_grants_are_the_complete_set_through_the_spec(tmp_path, db, shadow):
    # Every new database's public schema gives PUBLIC USAGE. `grants: []` says none: the
    # shadow must not keep PostgreSQL's grant, so the plan revokes it and then finds nothing.
    fresh = _public_acl(db)
    assert "PUBLIC:USAGE" in fresh
    spec = tmp_path / "revoked.yaml"
    spec.write_text(SPEC.replace("  - name: public\n", "  - name: public\n    grants: []\n"))
    plan = ok(run("plan", *db_args(spec, db, shadow))).stdout
    assert "REVOKE USAGE ON SCHEMA public FROM PUBLIC;" in plan, plan
    ok(run("apply", *db_args(spec, db, shadow), "--allow-hazards", "breaks-clients"))
    assert "PUBLIC:USAGE" not in _public_acl(db)
    ok(run("check", *db_args(spec, db, shadow)))
    # Left out, public's grants are PostgreSQL's own again: USAGE comes back, nothing else.
    plain = tmp_path / "default.yaml"
    plain.write_text(SPEC)
    plan = ok(run("plan", *db_args(plain, db, shadow))).stdout
    assert "GRANT USAGE ON SCHEMA public TO PUBLIC;" in plan, plan
    ok(run("apply", *db_args(plain, db, shadow), "--allow-hazards", "weakens-security"))
    assert _public_acl(db) == fresh
    ok(run("check", *db_args(plain, db, shadow)))


EXTENSION_SPEC = """
roles:
  - name: case_app
schemas:
  - name: ext
extensions:
  - name: pgcrypto
    schema: ext
    comment: hashing, as the application uses it
    members:
      # Spelled otherwise than PostgreSQL prints it: the shadow compares its own.
      - function: ext.digest( text, text )
        grants:
          - to: case_app
            privileges: [EXECUTE]
"""


def _member_acl(dsn: str) -> list:
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT array_agg(CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END"
            "                 || ':' || a.privilege_type ORDER BY 1)"
            " FROM pg_proc AS p, aclexplode(p.proacl) a"
            " WHERE p.oid = 'ext.digest(text, text)'::regprocedure AND a.grantee <> p.proowner").fetchone()[0]


def test_extension_member_grants_and_comment_through_the_spec(tmp_path, db, shadow):
    # A member's grants are its complete set, granted after CREATE EXTENSION from what the
    # extension's script left (PUBLIC's EXECUTE, revoked here); left out, it goes back there.
    spec = tmp_path / "extension.yaml"
    spec.write_text(EXTENSION_SPEC)
    ok(run("apply", *db_args(spec, db, shadow), "--allow-hazards", "breaks-clients"))
    assert _member_acl(db) == ["case_app:EXECUTE"]
    with psycopg.connect(db) as conn:
        comment = conn.execute("SELECT obj_description(oid, 'pg_extension') FROM pg_extension"
                               " WHERE extname = 'pgcrypto'").fetchone()[0]
    assert comment == "hashing, as the application uses it"
    ok(run("check", *db_args(spec, db, shadow)))
    plain = tmp_path / "plain.yaml"
    plain.write_text(EXTENSION_SPEC.split("    comment:")[0])
    plan = ok(run("plan", *db_args(plain, db, shadow))).stdout
    assert "COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';" in plan, plan
    ok(run("apply", *db_args(plain, db, shadow), "--allow-hazards", "weakens-security,breaks-clients"))
    assert _member_acl(db) == ["PUBLIC:EXECUTE"]
    ok(run("check", *db_args(plain, db, shadow)))


# -- inspect ------------------------------------------------------------------------------


def test_inspect_warns_that_user_mapping_options_are_in_the_spec(db, tmp_path):
    # Written as they are (pg_dump does the same), so a password ends up in the file: inspect
    # names each mapping and its options' names, never their values.
    execute(db, "CREATE FOREIGN DATA WRAPPER cli_fdw; CREATE SERVER cli_server FOREIGN DATA WRAPPER cli_fdw; "
                "CREATE USER MAPPING FOR PUBLIC SERVER cli_server OPTIONS (user 'reporter', password 's3cret'); "
                "CREATE USER MAPPING FOR CURRENT_USER SERVER cli_server")
    with psycopg.connect(db) as conn:
        applying = conn.execute("SELECT current_user").fetchone()[0]
    out = tmp_path / "inspected.yaml"
    result = ok(run("inspect", "--db", db, "-o", str(out)))
    warnings = [l for l in result.stderr.splitlines() if "user mapping" in l]
    assert warnings == [
        "warning: user mapping for PUBLIC server cli_server: the spec holds its options (password, user),"
        " which may include a password",
    ], result.stderr
    assert "s3cret" not in result.stderr
    mappings = yaml.safe_load(out.read_text())["user_mappings"]
    assert mappings == [
        {"user": "PUBLIC", "server": "cli_server", "options": {"password": "s3cret", "user": "reporter"}},
        {"user": applying, "server": "cli_server"},
    ]


def test_inspect_warns_about_unsupported_kinds(db, tmp_path):
    # Privileges changed on PostgreSQL's own functions are not modelled: inspect must name
    # them, never drop them silently.
    execute(db, "CREATE CONVERSION public.latin_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8; "
                "REVOKE EXECUTE ON FUNCTION pg_sleep(float8) FROM PUBLIC; "
                "CREATE TYPE public.pending; CREATE UNLOGGED SEQUENCE public.tickets; "
                "CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy'); "
                "CREATE TABLE public.people (id int PRIMARY KEY, name text); "
                "ALTER TABLE public.people CLUSTER ON people_pkey; "
                "CREATE TABLE public.counters (id int GENERATED BY DEFAULT AS IDENTITY); "
                "GRANT USAGE ON SEQUENCE public.counters_id_seq TO PUBLIC; "
                "ALTER SEQUENCE public.counters_id_seq SET UNLOGGED")
    out = tmp_path / "inspected.yaml"
    result = ok(run("inspect", "--db", db, "-o", str(out)))
    warnings = [l for l in result.stderr.splitlines() if l.startswith("warning:")]
    assert any("privileges on a system object function pg_sleep(double precision)" in w for w in warnings), result.stderr
    # modelled: enums, shell types, CLUSTER ON, conversions, unlogged sequences, an identity
    # sequence's grants and persistence
    assert not any("mood" in w or "pending" in w or "CLUSTER" in w or "latin_to_utf8" in w or "public.tickets" in w
                   or "counters" in w for w in warnings), result.stderr
    assert not any("grants on the identity sequence" in w for w in warnings), result.stderr
    spec = yaml.safe_load(out.read_text())
    assert [(t["name"], t.get("cluster_on")) for t in spec["tables"]] == [("counters", None), ("people", "people_pkey")]
    assert spec["tables"][0]["columns"][0]["identity_options"] == {
        "unlogged": True, "grants": [{"to": "PUBLIC", "privileges": ["USAGE"]}],
    }
    assert [q.get("unlogged") for q in spec["sequences"] if q["name"] == "tickets"] == [True]
    assert spec["enums"] == [{"name": "mood", "schema": "public", "labels": ["sad", "ok", "happy"]}]
    assert spec["shell_types"] == [{"name": "pending", "schema": "public"}]
    assert spec["conversions"] == [{
        "name": "latin_to_utf8", "schema": "public", "source": "LATIN1", "destination": "UTF8",
        "function": "iso8859_1_to_utf8",
    }]
