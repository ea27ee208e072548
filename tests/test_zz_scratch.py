import pathlib, os
from convergence import execute, plan_text

def test_show(db, second_db, pg_server):
    case = pathlib.Path("tests/cases") / os.environ["CASE"]
    a, b = (case / "before.sql"), (case / "after.sql")
    src, dst = (b, a) if os.environ.get("BACK") else (a, b)
    execute(db, src.read_text() if src.exists() else "SELECT 1")
    execute(second_db, dst.read_text() if dst.exists() else "SELECT 1")
    print(plan_text(db, second_db, pg_server.dsn("postgres"))[0])
