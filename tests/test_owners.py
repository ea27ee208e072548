"""Object owners (issue 7): managed where a spec names them, left alone where it does not.

tests/cases/owner_changes_on_many_kinds changes owners database to database (every owned
kind, both ways) and, through tests/test_spec_cases.py, inspect -> YAML (a top-level
`owner:`, `owner:` on the objects that differ) -> plan. These tests cover what only a spec
can say: no owner at all (nothing compared), an owner on one object only, and the plan's
hazards and order.
"""

from __future__ import annotations

from dataclasses import replace

import psycopg

from convergence import dump_schema, execute, plan_text, run_script
from schemadiff.diff.hazards import Hazard
from schemadiff.diff.owners import SetOwner
from schemadiff.model import Catalog, Column, Grant, Ownership, Rename, Schema, Table
from schemadiff.plan.planner import make_plan
from schemadiff.render.common import RenderContext
from schemadiff.render.operations import render_operation

ROLES = """
DO $$ BEGIN CREATE ROLE owners_keeper; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE owners_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
"""
LIVE = ROLES + """
CREATE TABLE public.notes (id integer PRIMARY KEY);
CREATE TABLE public.tags (id integer PRIMARY KEY);
ALTER TABLE public.notes OWNER TO owners_keeper;
ALTER TABLE public.tags OWNER TO owners_keeper;
"""
TABLES = """
tables:
  - name: notes
    columns:
      - {name: id, type: integer, nullable: false}
    primary_key: {columns: [id]}
    grants:
      - {to: owners_keeper, privileges: [SELECT]}
  - name: tags
    columns:
      - {name: id, type: integer, nullable: false}
    primary_key: {columns: [id]}
"""


def _spec(tmp_path, text: str) -> str:
    path = tmp_path / "schema.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _owner(dsn: str, table: str) -> str:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT tableowner FROM pg_tables WHERE tablename = %s", [table]).fetchone()[0]


def test_a_spec_without_owners_leaves_them_alone(db, pg_server, tmp_path):
    execute(db, LIVE)
    spec = _spec(tmp_path, "roles:\n  - name: owners_reader\nschemas:\n  - name: public\n"
                 + TABLES.replace("owners_keeper", "owners_reader"))
    shadow = pg_server.dsn("postgres")
    script, _ = plan_text(db, spec, shadow)
    assert "OWNER TO" not in script and "GRANT SELECT ON TABLE public.notes TO owners_reader;" in script
    run_script(db, script)
    assert plan_text(db, spec, shadow)[1]
    assert (_owner(db, "notes"), _owner(db, "tags")) == ("owners_keeper", "owners_keeper")


def test_an_owner_on_one_object_changes_that_one(db, second_db, pg_server, tmp_path):
    execute(db, LIVE)
    spec = _spec(tmp_path, (
        "roles:\n  - name: owners_keeper\n  - name: owners_reader\nschemas:\n  - name: public\n"
        + TABLES.replace("    primary_key: {columns: [id]}\n    grants:", "    primary_key: {columns: [id]}\n"
                         "    owner: owners_reader\n    grants:", 1)
    ))
    shadow = pg_server.dsn("postgres")
    script, _ = plan_text(db, spec, shadow)
    assert "ALTER TABLE public.notes OWNER TO owners_reader;\nGRANT SELECT ON TABLE public.notes TO owners_keeper;" in script
    assert "-- hazards: weakens-security" in script.split("set owner of table public.notes")[1].splitlines()[1]
    run_script(db, script)
    assert (_owner(db, "notes"), _owner(db, "tags")) == ("owners_reader", "owners_keeper")
    replan, empty = plan_text(db, spec, shadow)
    assert empty, replan
    # From an empty database: created, then given to its owner, the creator's grant kept.
    execute(second_db, ROLES)
    script, _ = plan_text(second_db, spec, shadow)
    run_script(second_db, script)
    assert (_owner(second_db, "notes"), _owner(second_db, "tags")) == ("owners_reader", "postgres")
    with psycopg.connect(second_db) as conn:
        assert conn.execute("SELECT has_table_privilege('owners_keeper', 'public.notes', 'SELECT')").fetchone()[0]


def test_a_top_level_owner_owns_everything_but_the_exceptions(db, second_db, pg_server, tmp_path):
    execute(db, LIVE)
    spec = _spec(tmp_path, (
        "owner: owners_reader\nroles:\n  - name: owners_keeper\n  - name: owners_reader\n"
        "schemas:\n  - name: public\n    owner: pg_database_owner\n"
        + TABLES.replace("  - name: tags\n", "  - name: tags\n    owner: owners_keeper\n")
    ))
    shadow = pg_server.dsn("postgres")
    script, _ = plan_text(db, spec, shadow)
    assert "OWNER TO owners_reader" in script and "public.tags OWNER" not in script
    run_script(db, script)
    assert (_owner(db, "notes"), _owner(db, "tags")) == ("owners_reader", "owners_keeper")
    assert plan_text(db, spec, shadow)[1]
    script, _ = plan_text(second_db, spec, shadow)
    run_script(second_db, script)
    assert dump_schema(second_db) == dump_schema(db)


def _catalog(owner: str | None, grants=()) -> Catalog:
    table = Table("public", "notes", columns=(Column("id", "integer"),), grants=grants)
    owners = (Ownership("Table public.notes", owner),) if owner else ()
    return Catalog(schemas=(Schema("public"),), tables=(table,), owners=owners).normalize()


def test_a_changed_owner_weakens_security_a_new_objects_does_not():
    changed = make_plan(_catalog("alice"), _catalog("bob")).operations
    assert [(type(op), op.hazards) for op in changed] == [(SetOwner, frozenset({Hazard.WEAKENS_SECURITY}))]
    assert changed[0].describe() == "set owner of table public.notes to bob (was alice)"
    created = make_plan(Catalog(schemas=(Schema("public"),)).normalize(), _catalog("bob")).operations
    assert [type(op).__name__ for op in created] == ["CreateObject", "SetOwner"]
    assert created[-1].hazards == frozenset()
    # Created by its owner: nothing to do; by another role: that role's grants are given back.
    assert render_operation(created[-1], RenderContext(owner="bob")) == []
    with_grant = make_plan(Catalog(schemas=(Schema("public"),)).normalize(),
                           _catalog("bob", (Grant("carol", ("SELECT",), True),))).operations[-1]
    assert render_operation(with_grant, RenderContext(owner="carol")) == [
        "REVOKE GRANT OPTION FOR SELECT ON TABLE public.notes FROM carol;",
        "ALTER TABLE public.notes OWNER TO bob;",
        "GRANT SELECT ON TABLE public.notes TO carol WITH GRANT OPTION;",
    ]


def test_an_unmanaged_owner_is_not_compared():
    assert make_plan(_catalog("alice"), _catalog(None)).empty


def test_a_renamed_table_is_given_its_new_owner():
    # The owner row follows the rename, so the managed owner is compared with the old
    # table's: without that the renamed table was taken for one with no owner known.
    current = _catalog("alice")
    renamed = replace(_catalog("bob"), renames=(Rename("table", "public", "old_notes", "notes"),))
    renamed = replace(renamed, tables=tuple(replace(t, name="notes") for t in renamed.tables))
    current = replace(current, tables=tuple(replace(t, name="old_notes") for t in current.tables),
                      owners=(Ownership("Table public.old_notes", "alice"),))
    ops = make_plan(current.normalize(), renamed.normalize()).operations
    assert [op.describe() for op in ops] == [
        "rename table old_notes to notes",
        "set owner of table public.notes to bob (was alice)",
    ]
    assert make_plan(current.normalize(), replace(renamed, owners=(Ownership("Table public.notes", "alice"),)).normalize()).operations[1:] == ()


def test_an_owner_on_a_function_spelled_otherwise_is_managed(db, pg_server, tmp_path):
    # The spec spells the signature `int`, PostgreSQL `integer`: the owner named on it is
    # still the function's, even when it is the role the shadow runs as (which owns every
    # object there, so only the spec's own naming says it is managed).
    execute(db, ROLES + """
        CREATE FUNCTION public.add_one(a integer, b integer[]) RETURNS integer LANGUAGE sql AS 'SELECT a + 1';
        ALTER FUNCTION public.add_one(integer, integer[]) OWNER TO owners_keeper;
        CREATE FUNCTION public.times(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a';
        CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer);
        ALTER AGGREGATE public.total(integer) OWNER TO owners_keeper;
    """)
    with psycopg.connect(db) as conn:
        applying = conn.execute("SELECT current_user").fetchone()[0]
    spec = _spec(tmp_path, f"""
roles:
  - name: owners_keeper
  - name: {applying}
schemas:
  - name: public
functions:
  - name: add_one
    arguments: [{{name: a, type: int}}, {{name: b, type: "int4[]"}}]
    returns: int
    language: sql
    body: SELECT a + 1
    owner: {applying}
  - name: times
    arguments: [{{name: a, type: int4}}]
    returns: integer
    language: sql
    body: SELECT a
    owner: owners_keeper
aggregates:
  - name: total
    arguments: [{{type: int4}}]
    sfunc: int4pl
    stype: int
    owner: {applying}
""")
    shadow = pg_server.dsn("postgres")
    script, _ = plan_text(db, spec, shadow)
    assert f"ALTER FUNCTION public.add_one(integer, integer[]) OWNER TO {applying};" in script, script
    assert "ALTER FUNCTION public.times(integer) OWNER TO owners_keeper;" in script, script
    assert f"ALTER AGGREGATE public.total(integer) OWNER TO {applying};" in script, script
    run_script(db, script)
    with psycopg.connect(db) as conn:
        owners = conn.execute(
            "SELECT proname, proowner::regrole::text FROM pg_proc WHERE proname IN ('add_one', 'times', 'total') ORDER BY 1"
        ).fetchall()
    assert owners == [("add_one", applying), ("times", "owners_keeper"), ("total", applying)]
    replan, empty = plan_text(db, spec, shadow)
    assert empty, replan


def _restricted(owner: str | None, own_privileges, grants=()) -> Catalog:
    catalog = _catalog(owner, grants)
    return replace(catalog, tables=tuple(replace(t, own_privileges=own_privileges) for t in catalog.tables))


def test_own_privileges_go_to_the_owner_after_it_changes():
    # Kept owner: granted or revoked what it gains or loses; revoking its own weakens nothing.
    kept = make_plan(_restricted("alice", ("SELECT",)), _restricted("alice", None)).operations
    assert [op.describe() for op in kept] == [
        "grant DELETE, INSERT, REFERENCES, TRIGGER, TRUNCATE, UPDATE on table public.notes to alice",
    ]
    revoked = make_plan(_restricted("alice", None), _restricted("alice", ("SELECT",))).operations
    assert [op.hazards for op in revoked] == [frozenset({Hazard.BREAKS_CLIENTS})]
    # A new owner: after ALTER ... OWNER TO, which hands it alice's entry merged with its
    # own grant (UPDATE), so that a second run of the script does the same again.
    changed = make_plan(_restricted("alice", ("SELECT",), (Grant("bob", ("UPDATE",)),)),
                        _restricted("bob", ("INSERT", "SELECT"))).operations
    assert changed[0].grant.with_grant_option  # diff.owners: only the grant option of the new owner's grant
    assert [op.describe() for op in changed] == [
        "revoke UPDATE on table public.notes from bob",
        "set owner of table public.notes to bob (was alice)",
        "revoke UPDATE on table public.notes from bob",
        "grant INSERT on table public.notes to bob",
    ]
    # A new object: its CREATE revokes from the creating role what the owner lacks.
    created = make_plan(Catalog(schemas=(Schema("public"),)).normalize(), _restricted(None, ("SELECT",))).operations
    assert render_operation(created[0], RenderContext())[-1] == (
        "REVOKE DELETE, INSERT, REFERENCES, TRIGGER, TRUNCATE, UPDATE ON TABLE public.notes FROM CURRENT_USER;"
    )


def test_own_privileges_count_what_the_old_owner_is_granted_before_it_changes():
    # Granted to alice, the owner still, before ALTER ... OWNER TO: its entry, INSERT
    # among it then, goes to bob, who is to keep SELECT only; alice is granted INSERT again after.
    changed = make_plan(_restricted("alice", ("SELECT",)),
                        _restricted("bob", ("SELECT",), (Grant("alice", ("INSERT",)),))).operations
    assert [op.describe() for op in changed] == [
        "grant INSERT on table public.notes to alice",
        "set owner of table public.notes to bob (was alice)",
        "revoke INSERT on table public.notes from bob",
    ]
    assert render_operation(changed[1], RenderContext())[-1] == "GRANT INSERT ON TABLE public.notes TO alice;"


def _numbered(owner: str, own_privileges, grants=()) -> Catalog:
    column = Column("id", "integer", nullable=False, identity="always", identity_grants=grants,
                    identity_own_privileges=own_privileges)
    catalog = _catalog(owner)
    return replace(catalog, tables=tuple(replace(t, columns=(column,)) for t in catalog.tables))


def test_own_privileges_on_an_identity_sequence_are_its_tables_owners():
    kept = make_plan(_numbered("alice", ("USAGE",)), _numbered("alice", None)).operations
    assert [op.describe() for op in kept] == [
        "grant SELECT, UPDATE on the identity sequence of column public.notes.id to alice",
    ]
    # A new owner: after ALTER TABLE ... OWNER TO (which takes the sequence along), merged
    # with what it was granted there; what alice is granted there is given back to it after.
    changed = make_plan(_numbered("alice", ("USAGE",), (Grant("bob", ("UPDATE",)),)),
                        _numbered("bob", ("SELECT",), (Grant("alice", ("SELECT",)),))).operations
    assert [op.describe() for op in changed] == [
        "grant SELECT on the identity sequence of column public.notes.id to alice",
        "revoke UPDATE on the identity sequence of column public.notes.id from bob",
        "set owner of table public.notes to bob (was alice)",
        "revoke UPDATE, USAGE on the identity sequence of column public.notes.id from bob",
    ]
    assert "GRANT SELECT ON SEQUENCE " in render_operation(changed[2], RenderContext())[-1]
    # A new table: its CREATE revokes from the creating role what the owner lacks.
    created = make_plan(Catalog(schemas=(Schema("public"),)).normalize(), _numbered("bob", ("SELECT",))).operations
    assert "EXECUTE 'REVOKE UPDATE, USAGE ON SEQUENCE ' || " in render_operation(created[0], RenderContext())[-1]
