"""The shadow database: a spec's objects are created in a few batches, errors still name one object."""

from __future__ import annotations

import psycopg
import pytest

from schemadiff import shadow
from schemadiff.errors import SpecError
from schemadiff.shadow import desired_catalog
from schemadiff.spec.load import load_spec

DOMAINS = 2 * shadow.BATCH_OBJECTS + 50  # three batches


def _domains_spec(bad: int | None = None) -> str:
    lines = ["domains:"]
    for i in range(DOMAINS):
        lines += [f"  - name: d_{i:04d}", f"    type: {'no_such_type' if i == bad else 'integer'}"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def statements(monkeypatch):
    """Count the statements sent to PostgreSQL (the real driver, wrapped)."""
    sent = []
    original = psycopg.Cursor.execute

    def counting(self, query, params=None, **kwargs):
        sent.append(query)
        return original(self, query, params, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", counting)
    return sent


def test_the_shadow_creates_objects_in_one_round_trip_per_batch(pg_server, tmp_path, statements):
    spec = tmp_path / "schema.yaml"
    spec.write_text(_domains_spec())
    catalog = desired_catalog(load_spec(spec), pg_server.dsn("postgres"))
    assert [t.name for t in catalog.types] == [f"d_{i:04d}" for i in range(DOMAINS)]
    creating = [q for q in statements if isinstance(q, str) and "CREATE DOMAIN" in q]
    assert len(creating) == 3  # one per batch of BATCH_OBJECTS, not one per object


def test_an_object_rejected_in_a_later_batch_is_named_with_its_line(pg_server, tmp_path):
    bad = shadow.BATCH_OBJECTS + 7  # in the second batch, after objects that were fine
    spec = tmp_path / "schema.yaml"
    spec.write_text(_domains_spec(bad))
    with pytest.raises(SpecError) as raised:
        desired_catalog(load_spec(spec), pg_server.dsn("postgres"))
    (problem,) = raised.value.problems
    assert (problem.file, problem.line) == (str(spec), 2 + 2 * bad)
    assert problem.message == f'Domain public.d_{bad:04d}: PostgreSQL rejected it: type "no_such_type" does not exist'


@pytest.mark.parametrize("database", [["--db", "postgresql://nobody@127.0.0.1:1/none"], []])
def test_a_spec_postgresql_rejects_is_reported_before_the_database_is_missed(pg_server, tmp_path, capsys,
                                                                              monkeypatch, database):
    # The shadow is built while the database is inspected, on two threads; the spec's
    # error still comes first, as when the two ran one after the other.
    from schemadiff.cli import main

    monkeypatch.delenv("DATABASE_URL", raising=False)
    spec = tmp_path / "schema.yaml"
    spec.write_text("domains:\n  - name: score\n    type: no_such_type\n")
    code = main(["plan", "--spec", str(spec), *database, "--shadow", pg_server.dsn("postgres")])
    assert code == 1
    assert capsys.readouterr().err == (
        f'{spec}:2: Domain public.score: PostgreSQL rejected it: type "no_such_type" does not exist\n'
    )


BODIES = """\
schemas:
  - name: app
tables:
  - schema: app
    name: notes
    columns:
      - {name: id, type: integer}
functions:
  - name: count_notes
    returns: bigint
    language: sql
    body: SELECT count(*) FROM app.notes
  - name: count_notes_on_path
    returns: bigint
    language: sql
    search_path: app
    body: SELECT count(*) FROM notes
  - name: count_missing
    returns: bigint
    language: sql
    body: SELECT count(*) FROM app.no_such_table
  - name: count_missing_on_path
    returns: bigint
    language: sql
    search_path: app
    body: SELECT count(*) FROM no_such_table
"""


def test_a_body_naming_a_missing_table_is_reported_with_its_line_not_refused(pg_server, tmp_path):
    # Bodies are created unchecked (a body may name what is created after it, as pg_dump
    # loads them); checked once everything exists, under each function's own search_path.
    spec = tmp_path / "schema.yaml"
    spec.write_text(BODIES)
    warnings: list[str] = []
    catalog = desired_catalog(load_spec(spec), pg_server.dsn("postgres"), warnings)
    assert sorted(f.name for f in catalog.functions) == [
        "count_missing", "count_missing_on_path", "count_notes", "count_notes_on_path"]
    lines = {name: BODIES.splitlines().index(f"  - name: {name}") + 1 for name in ("count_missing", "count_missing_on_path")}
    assert warnings == [
        f"{spec}:{lines['count_missing']}: Function public.count_missing(): PostgreSQL rejects its body "
        'once every object exists: relation "app.no_such_table" does not exist',
        f"{spec}:{lines['count_missing_on_path']}: Function public.count_missing_on_path(): PostgreSQL rejects "
        'its body once every object exists: relation "no_such_table" does not exist',
    ]


def test_a_standard_body_naming_a_missing_table_is_refused_with_its_line(pg_server, tmp_path, capsys):
    # Unlike a string body, a SQL-standard one is bound when it is created: PostgreSQL
    # refuses it, so the spec cannot be planned.
    from schemadiff.cli import main

    spec = tmp_path / "schema.yaml"
    spec.write_text(
        "functions:\n  - name: count_missing\n    returns: bigint\n    language: sql\n    standard_body: true\n"
        "    body: RETURN (SELECT count(*) FROM public.no_such_table)\n"
    )
    code = main(["plan", "--spec", str(spec), "--db", "postgresql://nobody@127.0.0.1:1/none", "--shadow", pg_server.dsn("postgres")])
    assert code == 1
    assert capsys.readouterr().err == (
        f'{spec}:2: Function public.count_missing(): PostgreSQL rejected it: relation "public.no_such_table" does not exist\n'
    )


def test_plan_prints_the_body_warnings_and_still_plans(pg_server, db, tmp_path, capsys):
    from schemadiff.cli import main

    spec = tmp_path / "schema.yaml"
    spec.write_text(BODIES)
    code = main(["plan", "--spec", str(spec), "--db", db, "--shadow", pg_server.dsn("postgres")])
    out, err = capsys.readouterr()
    assert code == 0 and "CREATE OR REPLACE FUNCTION public.count_missing()" in out
    assert [line.split(": Function ")[1].split("(")[0] for line in err.splitlines()] == [
        "public.count_missing", "public.count_missing_on_path"]
    assert all(line.startswith(f"warning: {spec}:") for line in err.splitlines())
