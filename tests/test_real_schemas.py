"""Real schemas published by open-source projects (tests/real/), through every path schemadiff offers.

For each schema switched on in tests/real/converging.txt, on real PostgreSQL 15:

1. it loads as published (tests/real/<name>/SOURCE.md lists the edits, if any);
2. `inspect` describes all of it: no `unsupported:` warning (otherwise the steps below would
   agree by leaving objects out);
3. the inspected spec (YAML) diffs empty against the database it came from;
4. a plan from an empty database to that spec, applied, builds the same `pg_dump --schema-only`;
5. a live diff from an empty database to the schema converges (apply, equal dumps, empty
   re-diff, a second run changes nothing), and so does the diff from the schema to an empty database.

Every corpus schema must load (test_every_corpus_schema_loads), whether it converges or not.
SCHEMADIFF_REAL_ALL=1 runs the convergence tests over the whole corpus, to see which step fails
for the schemas not switched on yet (tests/real/README.md records it).
"""

from __future__ import annotations

import itertools
import os

import psycopg
import pytest

from convergence import assert_converges, dump_schema, plan_text, run_script
from real_corpus import CORPUS, all_schemas, converging_schemas, drop_roles, ensure_roles, load
from schemadiff.inspect import inspect_catalog
from schemadiff.spec_writer import dump_spec

SCHEMAS = all_schemas() if os.environ.get("SCHEMADIFF_REAL_ALL") else converging_schemas()
_counter = itertools.count(1)


@pytest.fixture
def new_database(pg_server):
    """Return a function that creates a fresh empty database; all are dropped afterwards."""
    made = []

    def create() -> str:
        name = f"t_real_{next(_counter)}"
        pg_server.drop_database(name)
        made.append(name)
        return pg_server.create_database(name)

    yield create
    for name in made:
        pg_server.drop_database(name)


@pytest.fixture
def schema(request, pg_server):
    """Yield the parametrized schema's name, its roles created; drop the roles it created afterwards.

    Set up before `db`, so torn down after it: the roles are dropped once no database uses them.
    """
    admin = pg_server.dsn("postgres")
    created = ensure_roles(admin, request.param)
    yield request.param
    drop_roles(admin, created)


@pytest.fixture
def loaded(schema, db) -> str:
    """Load the parametrized schema into the test's database; return its DSN."""
    load(db, schema)
    return db


def loaded_schemas():
    return pytest.mark.parametrize("schema", SCHEMAS, indirect=True)


def test_manifest_names_corpus_schemas():
    corpus = set(all_schemas())
    assert len(corpus) >= 8
    assert set(converging_schemas()) <= corpus, "converging.txt names a schema that tests/real/ lacks"
    readme = (CORPUS / "README.md").read_text()
    for name in corpus:
        assert (CORPUS / name / "SOURCE.md").is_file(), f"{name} has no SOURCE.md"
        assert f"| {name} |" in readme, f"tests/real/README.md has no row for {name}"


@pytest.mark.parametrize("schema", all_schemas(), indirect=True)
def test_every_corpus_schema_loads(schema, loaded):
    with psycopg.connect(loaded) as conn:
        relations = conn.execute(
            "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"
        ).fetchone()[0]
    assert relations > 0, f"{schema} created no relation"


def inspected_spec(dsn: str, tmp_path) -> tuple[str, tuple[str, ...]]:
    """Inspect the whole database as `schemadiff inspect` does; return (YAML path, warnings)."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        result = inspect_catalog(conn, None)
    path = tmp_path / "inspected.yaml"
    path.write_text(dump_spec(result.catalog), encoding="utf-8")
    return str(path), result.warnings


@loaded_schemas()
def test_inspect_reports_nothing_unsupported(loaded, tmp_path):
    _, warnings = inspected_spec(loaded, tmp_path)
    assert warnings == (), "inspect cannot represent:\n" + "\n".join(warnings)


@loaded_schemas()
def test_inspected_spec_diffs_empty_against_its_source(loaded, tmp_path, pg_server):
    spec, _ = inspected_spec(loaded, tmp_path)
    script, empty = plan_text(loaded, spec, pg_server.dsn("postgres"))
    assert empty, f"the inspected spec differs from the database it came from:\n{script}"


@loaded_schemas()
def test_plan_from_empty_database_rebuilds_the_schema(loaded, tmp_path, pg_server, new_database):
    spec, _ = inspected_spec(loaded, tmp_path)
    shadow = pg_server.dsn("postgres")
    empty = new_database()
    script, _ = plan_text(empty, spec, shadow)
    run_script(empty, script)
    assert dump_schema(empty) == dump_schema(loaded), f"the planned database differs:\n{script}"
    replan, replan_empty = plan_text(empty, spec, shadow)
    assert replan_empty, f"re-plan is not empty:\n{replan}"


@loaded_schemas()
def test_live_diff_from_empty_database_converges(loaded, pg_server, new_database):
    assert_converges(new_database(), loaded, loaded, pg_server.dsn("postgres"))


@loaded_schemas()
def test_live_diff_to_empty_database_converges(loaded, pg_server, new_database):
    empty = new_database()
    assert_converges(loaded, empty, empty, pg_server.dsn("postgres"))
