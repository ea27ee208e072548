"""pg_cron jobs without a name (`SELECT cron.schedule('*/5 * * * *', 'VACUUM')`).

An unnamed job is known by what it does: its schedule, command and database. pg_cron may
hold identical ones, each of which runs, so they are counted (CronJob.copies): a plan
schedules or unschedules the difference, and running it again changes nothing.
The live tests use the pg_cron database (cron.database_name), the only one where
CREATE EXTENSION pg_cron works, as the cron_db fixture recreates it.
"""

from __future__ import annotations

import psycopg
import yaml
from psycopg.conninfo import conninfo_to_dict

from convergence import execute, plan_text, run_script
from schemadiff.inspect import inspect_catalog
from schemadiff.model import Catalog, CronJob
from schemadiff.plan.planner import make_plan
from schemadiff.quote import literal
from schemadiff.render.common import RenderContext
from schemadiff.render.operations import render_operation
from schemadiff.spec.load import check_spec, load_spec_text
from schemadiff.spec_writer import dump_spec

VACUUM = CronJob(None, "*/5 * * * *", "VACUUM")
HOURLY = CronJob(None, "0 * * * *", "SELECT 1")
NAMED = CronJob("nightly", "0 3 * * *", "SELECT 2")

SPEC = """\
cron_jobs:
  - name: nightly
    schedule: "0 3 * * *"
    command: SELECT 2
  - schedule: "*/5 * * * *"
    command: VACUUM
  - schedule: "0 * * * *"
    command: SELECT 1
  - schedule: "*/5 * * * *"
    command: VACUUM
"""

# The live database the convergence test starts from, and the spec's jobs it goes to.
BEFORE_SQL = """
CREATE EXTENSION pg_cron;
SELECT cron.schedule('nightly', '0 3 * * *', 'SELECT 2');
SELECT cron.schedule('*/5 * * * *', 'VACUUM');
SELECT cron.schedule('*/5 * * * *', 'VACUUM');
SELECT cron.schedule('0 * * * *', 'SELECT 1');
"""
AFTER_JOBS = [
    {"name": "nightly", "schedule": "0 3 * * *", "command": "SELECT 2"},
    {"schedule": "*/5 * * * *", "command": "VACUUM"},  # one copy of two
    {"schedule": "0 2 * * *", "command": "SELECT 1"},  # rescheduled: another job
    {"schedule": "@daily", "command": "ANALYZE"},  # new, twice
    {"schedule": "@daily", "command": "ANALYZE"},
]


def cron_rows(dsn: str) -> list[tuple]:
    """Return pg_cron's jobs of this database, duplicates kept (job ids left out)."""
    with psycopg.connect(dsn) as conn:
        return sorted(conn.execute(
            "SELECT coalesce(jobname, ''), schedule, command, database, active FROM cron.job"
            " WHERE database = current_database()"
        ).fetchall())


def jobs_of(rows) -> list[tuple]:
    return sorted((j.get("name", ""), j["schedule"], j["command"]) for j in rows)


def descriptions(current: tuple, desired: tuple) -> list[str]:
    plan = make_plan(Catalog(cron_jobs=current).normalize(), Catalog(cron_jobs=desired).normalize())
    return [op.describe() for op in plan.operations]


def test_spec_counts_identical_unnamed_jobs_and_writes_each_back():
    catalog = load_spec_text(SPEC)
    assert catalog.cron_jobs == (NAMED, CronJob(None, "*/5 * * * *", "VACUUM", copies=2), HOURLY)
    written = yaml.safe_load(dump_spec(catalog))["cron_jobs"]
    assert jobs_of(written) == jobs_of(yaml.safe_load(SPEC)["cron_jobs"])
    assert load_spec_text(dump_spec(catalog)) == catalog


def test_unnamed_jobs_diff_by_what_they_do():
    twice = CronJob(None, VACUUM.schedule, VACUUM.command, copies=2)
    assert descriptions((VACUUM, NAMED), (VACUUM, NAMED)) == []
    assert descriptions((), (twice,)) == ['schedule 2 copies of cron job unnamed "*/5 * * * *" "VACUUM"']
    assert descriptions((twice,), ()) == ['unschedule cron job unnamed "*/5 * * * *" "VACUUM"']
    assert descriptions((VACUUM,), (twice,)) == [
        'schedule 1 more of cron job unnamed "*/5 * * * *" "VACUUM" (2 copies in all)']
    assert descriptions((twice,), (VACUUM,)) == ['unschedule 1 of 2 copies of cron job unnamed "*/5 * * * *" "VACUUM"']
    # Another schedule is another job: the old one goes, the new one comes.
    moved = CronJob(None, "0 2 * * *", VACUUM.command)
    assert sorted(descriptions((VACUUM,), (moved,))) == [
        'schedule cron job unnamed "0 2 * * *" "VACUUM"', 'unschedule cron job unnamed "*/5 * * * *" "VACUUM"',
    ]


def test_unnamed_job_in_another_database_is_moved_there():
    job = CronJob(None, "@hourly", "SELECT 1", database="other")
    plan = make_plan(Catalog().normalize(), Catalog(cron_jobs=(job,)).normalize())
    (statement,) = render_operation(plan.operations[0], RenderContext())
    assert statement.startswith("SELECT cron.alter_job(cron.schedule('@hourly', 'SELECT 1'), database := 'other')")
    assert "database = 'other'" in statement


def test_inspect_captures_unnamed_jobs_and_the_spec_round_trips(cron_db, pg_server, tmp_path):
    execute(cron_db, BEFORE_SQL)
    with psycopg.connect(cron_db, autocommit=True) as conn:
        result = inspect_catalog(conn, None)
    assert result.warnings == ()  # no "unnamed cron job" left out
    assert result.catalog.cron_jobs == (NAMED, CronJob(None, "*/5 * * * *", "VACUUM", copies=2), HOURLY)

    spec = tmp_path / "schema.yaml"
    spec.write_text(dump_spec(result.catalog), encoding="utf-8")
    written = yaml.safe_load(spec.read_text())["cron_jobs"]
    assert jobs_of(written) == [("", "*/5 * * * *", "VACUUM"), ("", "*/5 * * * *", "VACUUM"),
                                ("", "0 * * * *", "SELECT 1"), ("nightly", "0 3 * * *", "SELECT 2")]
    loaded, problems = check_spec(spec)
    assert [p for p in problems if not p.warning] == []
    assert loaded.cron_jobs == result.catalog.cron_jobs
    script, empty = plan_text(cron_db, str(spec), pg_server.dsn("postgres"))
    assert empty, f"the inspected spec differs from its source:\n{script}"


def test_unnamed_jobs_converge_both_ways(cron_db, pg_server, tmp_path):
    execute(cron_db, BEFORE_SQL)
    before_rows = cron_rows(cron_db)
    with psycopg.connect(cron_db, autocommit=True) as conn:
        base = yaml.safe_load(dump_spec(inspect_catalog(conn, None).catalog))
    before, after = tmp_path / "before.yaml", tmp_path / "after.yaml"
    before.write_text(yaml.safe_dump(base), encoding="utf-8")
    after.write_text(yaml.safe_dump({**base, "cron_jobs": AFTER_JOBS}), encoding="utf-8")
    database = cron_rows(cron_db)[0][3]
    after_rows = sorted((j.get("name", ""), j["schedule"], j["command"], database, True) for j in AFTER_JOBS)

    shadow = pg_server.dsn("postgres")
    for target, expected in ((after, after_rows), (before, before_rows)):
        script, empty = plan_text(cron_db, str(target), shadow)
        assert not empty
        run_script(cron_db, script)
        assert cron_rows(cron_db) == expected, f"after applying:\n{script}"
        replan, empty = plan_text(cron_db, str(target), shadow)
        assert empty, f"re-plan is not empty:\n{replan}\nafter applying:\n{script}"
        run_script(cron_db, script)  # a second run changes nothing
        assert cron_rows(cron_db) == expected, f"a second run of the plan changed the jobs:\n{script}"


def test_unnamed_jobs_scheduled_from_nothing(cron_db, pg_server, tmp_path):
    execute(cron_db, BEFORE_SQL)
    expected = cron_rows(cron_db)
    with psycopg.connect(cron_db, autocommit=True) as conn:
        spec_text = dump_spec(inspect_catalog(conn, None).catalog)
    spec = tmp_path / "schema.yaml"
    spec.write_text(spec_text, encoding="utf-8")
    pg_server.drop_database(pg_server.cron_database)  # the only database pg_cron takes
    empty_db = pg_server.create_database(pg_server.cron_database)
    script, _ = plan_text(empty_db, str(spec), pg_server.dsn("postgres"))
    run_script(empty_db, script)
    run_script(empty_db, script)  # twice: still two copies, not four
    assert cron_rows(empty_db) == expected, script


def test_jobs_for_other_databases_converge_and_the_undeclared_stay(cron_db, db, pg_server, tmp_path):
    # Jobs scheduled from the pg_cron database to run elsewhere: inspect reads them with
    # their database; a spec manages those of the databases its own jobs name (a re-plan
    # used to schedule them again, never seeing them) and leaves the others alone.
    reports = conninfo_to_dict(db)["dbname"]
    execute(cron_db, "CREATE EXTENSION pg_cron;"
            " SELECT cron.schedule_in_database('theirs', '0 4 * * *', 'VACUUM', 'postgres');"
            " SELECT cron.alter_job(cron.schedule('@daily', 'ANALYZE'), database := 'postgres');"
            f" SELECT cron.schedule_in_database('old report', '0 5 * * *', 'SELECT 5', {literal(reports)})")
    with psycopg.connect(cron_db, autocommit=True) as conn:
        inspected = inspect_catalog(conn, None).catalog
    assert set(inspected.cron_jobs) == {
        CronJob(None, "@daily", "ANALYZE", database="postgres"),
        CronJob("theirs", "0 4 * * *", "VACUUM", database="postgres"),
        CronJob("old report", "0 5 * * *", "SELECT 5", database=reports),
    }
    spec = tmp_path / "schema.yaml"
    spec.write_text(yaml.safe_dump({"extensions": [{"name": "pg_cron"}], "cron_jobs": [
        {"name": "new report", "schedule": "0 6 * * *", "command": "SELECT 6", "database": reports},
        {"name": "here", "schedule": "@hourly", "command": "SELECT 1"},
    ]}), encoding="utf-8")
    shadow = pg_server.dsn("postgres")
    script, _ = plan_text(cron_db, str(spec), shadow)
    run_script(cron_db, script)
    replan, empty = plan_text(cron_db, str(spec), shadow)
    assert empty, f"re-plan is not empty:\n{replan}\nafter applying:\n{script}"
    with psycopg.connect(cron_db) as conn:
        rows = sorted(conn.execute("SELECT coalesce(jobname, ''), schedule, command, database FROM cron.job").fetchall())
    here = cron_rows(cron_db)[0][3]
    assert rows == sorted([
        ("", "@daily", "ANALYZE", "postgres"), ("theirs", "0 4 * * *", "VACUUM", "postgres"),  # not the spec's
        ("new report", "0 6 * * *", "SELECT 6", reports), ("here", "@hourly", "SELECT 1", here),
    ]), script
