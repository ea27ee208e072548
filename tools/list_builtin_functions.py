"""Regenerate schemadiff/spec/pg_builtin_functions.txt from a PostgreSQL 15 server.

The spec checks use the list to tell a call to a built-in function from a call to a
function the spec forgot to define, without a database at hand. Run:
    python tools/list_builtin_functions.py  (starts a throwaway cluster)
"""

import os
import sys
import tempfile
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from schemadiff.pgcluster import EmbeddedCluster  # noqa: E402

QUERY = "SELECT DISTINCT proname FROM pg_catalog.pg_proc WHERE pronamespace = 'pg_catalog'::regnamespace ORDER BY 1"
TARGET = Path(__file__).resolve().parents[1] / "schemadiff" / "spec" / "pg_builtin_functions.txt"


def main() -> None:
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        os.chmod(tmp, 0o755)  # the server may run as another OS user
        names, version = _builtin_names(Path(tmp) / "data")
    header = f"# pg_catalog function names of PostgreSQL {version}; regenerate with tools/list_builtin_functions.py\n"
    TARGET.write_text(header + "".join(n + "\n" for n in names))
    print(f"{len(names)} names written to {TARGET}")


def _builtin_names(datadir):
    with EmbeddedCluster(datadir) as cluster:
        with psycopg.connect(cluster.dsn()) as conn:
            version = conn.execute("SHOW server_version_num").fetchone()[0]
            return [row[0] for row in conn.execute(QUERY)], version


if __name__ == "__main__":
    main()
