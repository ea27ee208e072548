"""Run a throwaway PostgreSQL cluster on this machine.

Used by the test suite, by the CLI's demo database and as a shadow database.
The cluster is tuned for speed, not durability (fsync off): never point it at
data you care about.

Design notes:
- Our settings live in `schemadiff.conf`, included from postgresql.conf and
  rewritten on every start, so a persistent datadir picks up a new port or
  cron database without touching the rest of its configuration.
- PostgreSQL refuses to run as root. When we are root, the server runs as the
  `postgres` OS user (created by the Debian package) via runuser/setpriv.
- Only TCP on 127.0.0.1 is used by clients; the unix socket lives inside the
  datadir so we never collide with a system cluster in /var/run/postgresql.
"""

from __future__ import annotations

import os
import pathlib
import pwd
import shutil
import socket
import subprocess
import urllib.parse

import psycopg
from psycopg import sql

PG_USER = "postgres"  # both the database superuser and, when root, the OS user
LOG_NAME = "server.log"
CONF_NAME = "schemadiff.conf"
SOCKET_PATH_MAX = 107  # sun_path limit on Linux, minus the terminating NUL
START_ATTEMPTS = 3  # a port picked as free can be taken before postgres binds it
LOG_TAIL_LINES = 15


class ClusterError(Exception):
    """A cluster could not be found, created or started; the message says why."""


def find_pg_bindir(major: int = 15) -> pathlib.Path:
    """Return the directory holding initdb, pg_ctl and postgres."""
    override = os.environ.get("SCHEMADIFF_PG_BINDIR")
    if override:
        bindir = pathlib.Path(override)
        if not (bindir / "initdb").is_file():
            raise ClusterError(
                f"initdb not found in SCHEMADIFF_PG_BINDIR={override}: "
                f"point it at PostgreSQL's bin directory or unset it"
            )
        return bindir
    candidates = [pathlib.Path(f"/usr/lib/postgresql/{major}/bin")]
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(pathlib.Path(out.stdout.strip()))
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise ClusterError(
        f"initdb not found: install postgresql-{major} and postgresql-{major}-cron "
        f"(or set SCHEMADIFF_PG_BINDIR)"
    )


def _free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nobody is listening on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        # SO_REUSEADDR so that lingering TIME_WAIT sockets do not count as "in use";
        # a listening socket still makes bind fail, which is what we test for.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _conf_quote(value: str) -> str:
    """Quote a value for postgresql.conf (single quotes, doubled inside)."""
    return "'" + value.replace("'", "''") + "'"


class Server:
    """Create and drop databases on a running server reached by a superuser DSN.

    `cron_database` names the database pg_cron is configured for
    (cron.database_name), the only one where CREATE EXTENSION pg_cron works.
    """

    def __init__(self, admin_dsn: str, *, cron_database: str = "postgres"):
        self._admin_dsn = admin_dsn
        self.cron_database = cron_database

    def dsn(self, dbname: str = "postgres") -> str:
        """Return a DSN for `dbname` on this server."""
        return psycopg.conninfo.make_conninfo(self._admin_dsn, dbname=dbname)

    def _admin(self, statement: sql.Composed) -> None:
        # CREATE/DROP DATABASE cannot run inside a transaction block.
        try:
            with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
                conn.execute(statement)
        except psycopg.Error as exc:
            raise ClusterError(f"{statement.as_string()} failed: {exc}") from exc

    def create_database(self, name: str) -> str:
        """Create database `name` and return its DSN."""
        self._admin(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.dsn(name)

    def drop_database(self, name: str) -> None:
        """Drop database `name` if it exists, disconnecting its sessions. PostgreSQL refuses
        while the database holds a subscription: those are dropped first, their slots let go
        of (slot_name = NONE) rather than dropped on a publisher a scratch database has none
        of its own on."""
        drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        try:
            self._admin(drop)
        except ClusterError as exc:
            if not isinstance(exc.__cause__, psycopg.errors.ObjectInUse):
                raise
            self._drop_subscriptions(name)
            self._admin(drop)

    def _drop_subscriptions(self, name: str) -> None:
        with psycopg.connect(self.dsn(name), autocommit=True) as conn:
            held = conn.execute(
                "SELECT s.subname FROM pg_catalog.pg_subscription AS s JOIN pg_catalog.pg_database AS d"
                " ON d.oid = s.subdbid WHERE d.datname = pg_catalog.current_database() ORDER BY 1"
            ).fetchall()
            for (subscription,) in held:
                for statement in ("ALTER SUBSCRIPTION {} DISABLE", "ALTER SUBSCRIPTION {} SET (slot_name = NONE)",
                                  "DROP SUBSCRIPTION {}"):
                    conn.execute(sql.SQL(statement).format(sql.Identifier(subscription)))


class EmbeddedCluster(Server):
    """Own a private PostgreSQL cluster in `datadir`, created on first start."""

    def __init__(
        self,
        datadir: pathlib.Path,
        *,
        cron_database: str = "postgres",
        port: int | None = None,
    ):
        # No admin DSN: dsn() is overridden, since the port is only known after start().
        super().__init__("", cron_database=cron_database)
        self.datadir = pathlib.Path(datadir).absolute()
        self._requested_port = port
        self._port: int | None = None
        self._bindir: pathlib.Path | None = None
        self._launched = False  # True when this object started the server

    # -- public interface -------------------------------------------------

    @property
    def port(self) -> int:
        """Return the TCP port the server listens on (after start)."""
        if self._port is None:
            raise ClusterError(f"cluster in {self.datadir} is not started")
        return self._port

    def dsn(self, dbname: str = "postgres") -> str:
        """Return a DSN for `dbname` on this cluster."""
        name = urllib.parse.quote(dbname, safe="")
        return f"postgresql://{PG_USER}@127.0.0.1:{self.port}/{name}"

    def start(self) -> None:
        """Initialise the datadir if needed and start the server, or reuse a running one."""
        self._bindir = find_pg_bindir()
        self._prepare_datadir()
        if self._running():
            self._port = self._port_from_pidfile()
            return
        if self._requested_port is not None and not _port_free(self._requested_port):
            raise ClusterError(f"port {self._requested_port} on 127.0.0.1 is already in use")
        if not (self.datadir / "PG_VERSION").exists():
            self._initdb()
        attempts = 1 if self._requested_port is not None else START_ATTEMPTS
        for attempt in range(attempts):
            port = self._requested_port or _free_port()
            self._write_conf(port)
            offset = self._log_size()
            result = self._pg_ctl("start", "-w", "-t", "60", "-l", str(self.datadir / LOG_NAME))
            if result.returncode == 0:
                self._port, self._launched = port, True
                self._ensure_cron_database()
                return
            tail = self._log_tail(offset)
            if "could not bind" in tail and attempt + 1 < attempts:
                continue  # someone grabbed the port between our probe and postgres' bind
            raise ClusterError(self._start_failure(port, tail or result.stderr))

    def stop(self) -> None:
        """Stop the server if it is running (fast shutdown)."""
        if self._bindir is None:
            self._bindir = find_pg_bindir()
        if (self.datadir / "PG_VERSION").exists() and self._running():
            result = self._pg_ctl("stop", "-m", "fast", "-w")
            if result.returncode != 0 and self._running():
                raise ClusterError(f"pg_ctl stop failed: {result.stderr.strip()}")
        self._port, self._launched = None, False

    def __enter__(self) -> EmbeddedCluster:
        self.start()
        return self

    def __exit__(self, *exc_info) -> None:
        # A server that was already running when we came (e.g. the demo cluster
        # used by another shell) is not ours to stop.
        if self._launched:
            self.stop()

    # -- running commands -------------------------------------------------

    def _as_server_user(self) -> list[str]:
        """Return the command prefix that runs a program as the server's OS user."""
        if os.geteuid() != 0:
            return []
        if shutil.which("runuser"):
            return ["runuser", "-u", PG_USER, "--"]
        if shutil.which("setpriv"):
            return ["setpriv", f"--reuid={PG_USER}", f"--regid={PG_USER}", "--init-groups", "--"]
        raise ClusterError("running as root but neither runuser nor setpriv is available")

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess:
        cmd = [*self._as_server_user(), str(self._bindir / program), *args]
        # cwd "/" because the server user may not be able to enter our cwd.
        return subprocess.run(
            cmd, capture_output=True, text=True, cwd="/", stdin=subprocess.DEVNULL
        )

    def _pg_ctl(self, action: str, *args: str) -> subprocess.CompletedProcess:
        return self._run("pg_ctl", action, "-D", str(self.datadir), *args)

    def _running(self) -> bool:
        # pg_ctl checks that the pid in postmaster.pid is alive: a stale file is "not running".
        return self._pg_ctl("status").returncode == 0

    # -- datadir ----------------------------------------------------------

    def _prepare_datadir(self) -> None:
        """Create the datadir and, when root, hand it to the server's OS user."""
        if self.datadir.exists() and any(self.datadir.iterdir()):
            if not (self.datadir / "PG_VERSION").exists():
                raise ClusterError(
                    f"{self.datadir} is not empty and is not a PostgreSQL data directory"
                )
        self.datadir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            return
        try:
            pw = pwd.getpwnam(PG_USER)
        except KeyError:
            raise ClusterError(
                f"running as root, but there is no '{PG_USER}' OS user to run the server: "
                f"install postgresql-15 or run as a normal user"
            ) from None
        if self.datadir.stat().st_uid != pw.pw_uid:
            os.chown(self.datadir, pw.pw_uid, pw.pw_gid)
        probe = subprocess.run(
            [*self._as_server_user(), "test", "-w", str(self.datadir)], capture_output=True, cwd="/"
        )
        if probe.returncode != 0:
            blocked = next(
                (p for p in reversed(self.datadir.parents) if not os.stat(p).st_mode & 0o001),
                self.datadir.parent,
            )
            raise ClusterError(
                f"OS user '{PG_USER}' cannot reach {self.datadir} (blocked at {blocked}): "
                f"make its parent directories traversable (chmod o+x) or use another directory"
            )

    def _initdb(self) -> None:
        result = self._run(
            "initdb", "-D", str(self.datadir), "-U", PG_USER, "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions",
        )  # fmt: skip
        if result.returncode != 0:
            lines = (result.stderr or result.stdout).strip().splitlines()
            tail = "\n".join(lines[-LOG_TAIL_LINES:])
            raise ClusterError(f"initdb failed for {self.datadir}\n{tail}")
        with open(self.datadir / "postgresql.conf", "a") as conf:
            conf.write(f"\ninclude_if_exists = {_conf_quote(CONF_NAME)}\n")

    def _write_conf(self, port: int) -> None:
        socket_dir = str(self.datadir)
        if len(f"{socket_dir}/.s.PGSQL.{port}") > SOCKET_PATH_MAX:
            socket_dir = ""  # too long for a unix socket path; clients use TCP anyway
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(port),
            "unix_socket_directories": socket_dir,
            "max_connections": "100",
            "shared_preload_libraries": "pg_cron",
            "cron.database_name": self.cron_database,
            # pg_cron's default 'localhost' may resolve to ::1, where we do not listen.
            "cron.host": "127.0.0.1",
            # Throwaway cluster: trade durability for speed.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        path = self.datadir / CONF_NAME
        path.write_text("".join(f"{k} = {_conf_quote(v)}\n" for k, v in settings.items()))
        if os.geteuid() == 0:
            pw = pwd.getpwnam(PG_USER)
            os.chown(path, pw.pw_uid, pw.pw_gid)

    def _port_from_pidfile(self) -> int:
        # postmaster.pid line 4 is the port (see PostgreSQL's pidfile.h).
        try:
            return int((self.datadir / "postmaster.pid").read_text().splitlines()[3])
        except (OSError, IndexError, ValueError) as exc:
            raise ClusterError(
                f"cannot read the port of the server running in {self.datadir}: {exc}"
            ) from exc

    def _ensure_cron_database(self) -> None:
        """Create the cron database so pg_cron's launcher does not fail in a loop."""
        try:
            with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
                exists = conn.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", (self.cron_database,)
                ).fetchone()
        except psycopg.Error as exc:
            raise ClusterError(
                f"cannot connect to the new server in {self.datadir}: {exc}"
            ) from exc
        if not exists:
            self.create_database(self.cron_database)

    # -- diagnostics ------------------------------------------------------

    def _log_size(self) -> int:
        try:
            return (self.datadir / LOG_NAME).stat().st_size
        except FileNotFoundError:
            return 0

    def _log_tail(self, offset: int) -> str:
        """Return the last lines the server logged since `offset`."""
        try:
            with open(self.datadir / LOG_NAME, "rb") as log:
                log.seek(offset)
                lines = log.read().decode(errors="replace").strip().splitlines()
        except FileNotFoundError:
            return ""
        return "\n".join(lines[-LOG_TAIL_LINES:])

    def _start_failure(self, port: int, tail: str) -> str:
        if 'could not access file "pg_cron"' in tail:
            reason = "pg_cron is not installed for this PostgreSQL: install postgresql-15-cron"
        elif "could not bind" in tail:
            reason = f"port {port} on 127.0.0.1 is already in use"
        else:
            reason = f"PostgreSQL failed to start in {self.datadir}"
        return f"{reason}\n--- tail of {self.datadir / LOG_NAME} ---\n{tail.strip()}"
