"""Role attributes: what a plan creates a missing role with, and what inspect writes back.

A foreign-data wrapper's owner must be a superuser, so a spec that declares such a role
and a wrapper it owns is only planned (the shadow creates both) and applied when the role
is created SUPERUSER. Roles are cluster-wide: they are created when missing, never altered.
"""

from __future__ import annotations

import psycopg
import yaml

from convergence import execute, run_script
from schemadiff.commands import render_context
from schemadiff.inspect import inspect_catalog
from schemadiff.render.plan import plan_sql
from schemadiff.sources import Settings, load_source, plan_for_database
from schemadiff.spec_writer import dump_spec

SPEC = """
roles:
  - name: roles_fdw_admin
    superuser: true
    create_db: true
    create_role: true
    replication: true
    inherit: false
  - name: roles_app
    login: true
    bypass_rls: true
schemas:
  - name: public
foreign_data_wrappers:
  - name: roles_fdw
    owner: roles_fdw_admin
    grants:
      - {to: roles_app, privileges: [USAGE]}  # inspect writes the roles that objects name
"""

ATTRIBUTES = """
SELECT rolname, rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolinherit, rolcanlogin, rolbypassrls
FROM pg_catalog.pg_roles WHERE rolname IN ('roles_fdw_admin', 'roles_app') ORDER BY 1
"""


def test_a_missing_role_is_created_with_its_attributes(db, pg_server, tmp_path):
    spec = tmp_path / "schema.yaml"
    spec.write_text(SPEC)
    shadow = pg_server.dsn("postgres")
    settings = Settings(shadow_dsn=shadow)
    desired = load_source(str(spec), settings)
    # The shadow is on this server: it created the roles (the wrapper's owner had to be a
    # superuser there too). Dropped again, the plan has to create them.
    execute(shadow, "DROP ROLE roles_fdw_admin; DROP ROLE roles_app;")
    script = plan_sql(plan_for_database(db, desired)[1], render_context(desired.spec))
    assert "CREATE ROLE roles_fdw_admin NOLOGIN SUPERUSER CREATEDB CREATEROLE REPLICATION NOINHERIT;" in script, script
    assert "CREATE ROLE roles_app LOGIN BYPASSRLS;" in script, script
    run_script(db, script)
    with psycopg.connect(db) as conn:
        assert conn.execute(ATTRIBUTES).fetchall() == [
            ("roles_app", False, False, False, False, True, True, True),
            ("roles_fdw_admin", True, True, True, True, False, False, False),
        ]
        owner = conn.execute(
            "SELECT fdwowner::regrole::text FROM pg_catalog.pg_foreign_data_wrapper WHERE fdwname = 'roles_fdw'"
        ).fetchone()[0]
    assert owner == "roles_fdw_admin"
    replan = plan_for_database(db, load_source(str(spec), settings))[1]
    assert replan.empty, plan_sql(replan, render_context(desired.spec))

    # Inspected, each role keeps the attributes that are not CREATE ROLE's defaults.
    with psycopg.connect(db, autocommit=True) as conn:
        written = yaml.safe_load(dump_spec(inspect_catalog(conn).catalog))
    roles = {r["name"]: r for r in written["roles"]}
    assert roles["roles_fdw_admin"] == {
        "name": "roles_fdw_admin", "superuser": True, "create_db": True, "create_role": True,
        "replication": True, "inherit": False,
    }
    assert roles["roles_app"] == {"name": "roles_app", "login": True, "bypass_rls": True}
