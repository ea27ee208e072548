"""Shared fixtures: one PostgreSQL server per session, a fresh database per test.

The server comes from, in order: $SCHEMADIFF_TEST_DSN (a superuser DSN to a
server with pg_cron preloaded), a Docker engine via testcontainers, or an
embedded cluster started from the local PostgreSQL 15 binaries.
"""

from __future__ import annotations

import itertools
import os
import pathlib
import pwd
import re
import shutil
import subprocess
import tempfile

import psycopg
import pytest
from psycopg import sql

from schemadiff.pgcluster import PG_USER, EmbeddedCluster, Server

CRON_DATABASE = "schemadiff_cron"
_db_counter = itertools.count(1)
GENERATIVE_SEED = 20261201  # CI's fixed seed for tests/test_generative.py
GENERATIVE_PAIRS = 200


def pytest_addoption(parser):
    group = parser.getgroup("generative", "tests/test_generative.py: random schema pairs")
    group.addoption("--seed", type=int, default=GENERATIVE_SEED,
                    help=f"seed of the first pair (default {GENERATIVE_SEED}); pair i uses seed + i")
    group.addoption("--pairs", type=int, default=GENERATIVE_PAIRS,
                    help=f"number of pairs (default {GENERATIVE_PAIRS})")
    group.addoption("--minimize-seconds", type=float, default=120.0,
                    help="time a failing pair may spend shrinking its SQL (default 120)")


def pytest_xdist_auto_num_workers(config):
    """No workers against a server given by DSN (-n auto runs the tests in this process):
    roles and the cron database belong to the whole server, which parallel tests would
    share. Each worker otherwise starts a server of its own."""
    return 0 if os.environ.get("SCHEMADIFF_TEST_DSN") else None


def _docker_available() -> bool:
    """Return True if a Docker engine answers quickly (the CLI alone is not enough)."""
    if not (os.environ.get("DOCKER_HOST") or os.path.exists("/var/run/docker.sock")):
        return False
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _external_server(dsn: str) -> Server:
    with psycopg.connect(dsn, autocommit=True) as conn:
        cron_database = conn.execute("SHOW cron.database_name").fetchone()[0]
    return Server(dsn, cron_database=cron_database)


def _container_server():
    """Start postgres:15 with pg_cron in Docker; return (server, container) or None."""
    try:
        from testcontainers.community.postgres import PostgresContainer
    except ImportError:
        try:
            from testcontainers.postgres import PostgresContainer
        except ImportError:
            return None
    # The official postgres:15 image does not ship pg_cron, so install it from the
    # image's own PGDG apt source before handing over to the normal entrypoint.
    boot = (
        "apt-get update -qq && apt-get install -y -qq postgresql-15-cron >/dev/null && "
        "exec docker-entrypoint.sh postgres -c shared_preload_libraries=pg_cron "
        f"-c cron.database_name={CRON_DATABASE}"
    )
    container = PostgresContainer(
        "postgres:15", username="postgres", dbname="postgres", driver=None
    ).with_command(["bash", "-c", boot])
    container.start()
    server = Server(container.get_connection_url(), cron_database=CRON_DATABASE)
    server.create_database(CRON_DATABASE)
    return server, container


@pytest.fixture(scope="session")
def pg_server():
    """Yield a server with pg_cron preloaded: .dsn(), .create_database(), .drop_database()."""
    dsn = os.environ.get("SCHEMADIFF_TEST_DSN")
    if dsn:
        yield _external_server(dsn)
        return
    started = _container_server() if _docker_available() else None
    if started:
        server, container = started
        try:
            yield server
        finally:
            container.stop()
        return
    # Under /tmp, traversable by the 'postgres' OS user that the server runs as when we
    # are root (pytest's tmp_path is not): the datadir and the tablespaces' directories.
    parent = pathlib.Path(tempfile.mkdtemp(prefix="schemadiff-pg-", dir="/tmp"))
    os.chmod(parent, 0o755)
    cluster = EmbeddedCluster(parent / "data", cron_database=CRON_DATABASE)
    try:
        cluster.start()
        _create_tablespaces(cluster, parent / "tablespaces")
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(parent, ignore_errors=True)


# The tablespaces cases name (tests/cases/*tablespace*): cluster objects, which a spec
# names and never creates. The embedded cluster has them; a server from
# $SCHEMADIFF_TEST_DSN or Docker must have them already for those cases.
TABLESPACES = ("ts_one", "ts_two")


def _create_tablespaces(cluster: EmbeddedCluster, where: pathlib.Path) -> None:
    """Create TABLESPACES in directories of `where` that the server's OS user owns."""
    where.mkdir()
    os.chmod(where, 0o755)
    owner = pwd.getpwnam(PG_USER) if os.geteuid() == 0 else None  # the server runs as PG_USER when we are root
    with psycopg.connect(cluster.dsn(), autocommit=True) as conn:  # CREATE TABLESPACE: no transaction block
        for name in TABLESPACES:
            directory = where / name
            directory.mkdir()
            if owner is not None:
                os.chown(directory, owner.pw_uid, owner.pw_gid)
            statement = sql.SQL("CREATE TABLESPACE {} LOCATION {}").format(sql.Identifier(name), sql.Literal(str(directory)))
            conn.execute(statement)


@pytest.fixture
def db(pg_server, request):
    """Yield the DSN of a fresh, empty database, dropped after the test."""
    yield from _fresh_database(pg_server, request)


@pytest.fixture
def second_db(pg_server, request):
    """Yield the DSN of another fresh, empty database (a target to compare with), dropped after the test."""
    yield from _fresh_database(pg_server, request)


def _fresh_database(pg_server, request):
    slug = re.sub(r"[^a-z0-9_]+", "_", request.node.name.lower())
    name = f"t_{next(_db_counter)}_{slug}"[:63]  # NAMEDATALEN - 1
    dsn = pg_server.create_database(name)
    try:
        yield dsn
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def cron_db(pg_server):
    """Yield the DSN of a freshly recreated cron database (where pg_cron can be created)."""
    # FORCE also disconnects pg_cron's launcher, which keeps a session in this database.
    pg_server.drop_database(pg_server.cron_database)
    yield pg_server.create_database(pg_server.cron_database)


@pytest.fixture(scope="session")
def repo_root() -> pathlib.Path:
    """Return the repository root."""
    return pathlib.Path(__file__).resolve().parent.parent
