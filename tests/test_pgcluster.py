"""The embedded cluster and the database fixtures the rest of the suite relies on."""

import os
import pathlib
import shutil
import socket
import tempfile

import psycopg
import pytest

from schemadiff.pgcluster import ClusterError, EmbeddedCluster, find_pg_bindir

_seen_databases: list[str] = []


@pytest.fixture
def scratch_dir():
    """Yield an empty directory under /tmp that the server's OS user can reach."""
    path = pathlib.Path(tempfile.mkdtemp(prefix="schemadiff-test-", dir="/tmp"))
    os.chmod(path, 0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_server_preloads_pg_cron(db):
    with psycopg.connect(db) as conn:
        preload = conn.execute("SHOW shared_preload_libraries").fetchone()[0]
    assert "pg_cron" in [lib.strip() for lib in preload.split(",")]


def test_pg_cron_schedules_a_job_in_the_cron_database(cron_db):
    with psycopg.connect(cron_db, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_cron")
        conn.execute("SELECT cron.schedule('j', '* * * * *', 'SELECT 1')")
        jobs = conn.execute("SELECT jobname, schedule, command FROM cron.job").fetchall()
    assert jobs == [("j", "* * * * *", "SELECT 1")]


@pytest.mark.parametrize("run", [1, 2])
def test_each_test_gets_a_fresh_empty_database(db, run):
    with psycopg.connect(db, autocommit=True) as conn:
        name = conn.execute("SELECT current_database()").fetchone()[0]
        tables = conn.execute(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
        ).fetchone()[0]
        leftovers = conn.execute(
            "SELECT datname FROM pg_database WHERE datname = ANY(%s)", (_seen_databases,)
        ).fetchall()
        conn.execute("CREATE TABLE marker (id int)")  # must not leak into the next run
    assert tables == 0
    assert name not in _seen_databases
    assert leftovers == []  # earlier test databases were dropped
    _seen_databases.append(name)


def test_restart_keeps_data_and_reuses_a_running_server(scratch_dir):
    datadir = scratch_dir / "data"
    first = EmbeddedCluster(datadir)
    with first:
        assert first.dsn("app") == f"postgresql://postgres@127.0.0.1:{first.port}/app"
        with psycopg.connect(first.create_database("app"), autocommit=True) as conn:
            conn.execute("CREATE TABLE kept AS SELECT 42 AS answer")

    again = EmbeddedCluster(datadir)
    again.start()
    try:
        # A second handle on a running datadir reuses the server and leaves it running.
        with EmbeddedCluster(datadir) as reuser:
            assert reuser.port == again.port
        with psycopg.connect(again.dsn("app")) as conn:
            assert conn.execute("SELECT answer FROM kept").fetchone() == (42,)
    finally:
        again.stop()
    again.stop()  # idempotent


def test_wrong_bindir_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SCHEMADIFF_PG_BINDIR", str(tmp_path))
    with pytest.raises(ClusterError, match=f"initdb not found in SCHEMADIFF_PG_BINDIR={tmp_path}"):
        find_pg_bindir()
    with pytest.raises(ClusterError, match="initdb not found"):
        EmbeddedCluster(tmp_path / "data").start()


def test_port_in_use_is_a_clear_error(scratch_dir):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ClusterError, match=f"port {port} on 127.0.0.1 is already in use"):
            EmbeddedCluster(scratch_dir / "data", port=port).start()


@pytest.mark.skipif(os.geteuid() != 0, reason="the server only changes OS user when run as root")
def test_unreachable_datadir_is_a_clear_error(scratch_dir):
    os.chmod(scratch_dir, 0o700)  # root-only: the postgres OS user cannot traverse it
    with pytest.raises(ClusterError, match=f"cannot reach .*blocked at {scratch_dir}"):
        EmbeddedCluster(scratch_dir / "data").start()
