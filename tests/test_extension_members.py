"""Extension members' privileges and extension comments, model against model (no database).

A member is listed while its grants differ from what the extension's script left
(`initial`): the plan grants and revokes from one to the other, from the script's
privileges again when the extension is created or recreated, and nothing when it is
dropped (its members go with it).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from schemadiff.diff.extensions import moved_name
from schemadiff.diff.hazards import Hazard
from schemadiff.model import Catalog, Column, Extension, ExtensionMember, Grant, Schema, Table, View
from schemadiff.plan.planner import make_plan
from schemadiff.render.common import RenderContext
from schemadiff.render.operations import render_operation

PUBLIC_EXECUTE = (Grant("PUBLIC", ("EXECUTE",)),)
DIGEST = "ext.digest(text,text)"


def catalog(*extensions) -> Catalog:
    return Catalog(schemas=(Schema("ext"),), extensions=extensions).normalize()


def pgcrypto(*members, schema="ext", comment=None, default_comment="cryptographic functions") -> Extension:
    return Extension("pgcrypto", schema, members=members, comment=comment, default_comment=default_comment)


def digest(*grants) -> ExtensionMember:
    return ExtensionMember("function", DIGEST, tuple(grants), initial=PUBLIC_EXECUTE)


def statements(current: Catalog, desired: Catalog) -> list[str]:
    plan = make_plan(current, desired)
    return [s for op in plan.operations for s in render_operation(op, RenderContext())]


APP = Grant("app", ("EXECUTE",))


def test_a_member_granted_more_is_granted_only_the_difference():
    assert statements(catalog(pgcrypto()), catalog(pgcrypto(digest(*PUBLIC_EXECUTE, APP)))) == [
        f"GRANT EXECUTE ON FUNCTION {DIGEST} TO app;",
    ]


def test_a_member_left_out_goes_back_to_the_scripts_privileges():
    assert statements(catalog(pgcrypto(digest(APP))), catalog(pgcrypto())) == [
        f"GRANT EXECUTE ON FUNCTION {DIGEST} TO PUBLIC;",
        f"REVOKE EXECUTE ON FUNCTION {DIGEST} FROM app;",
    ]


def test_a_new_extension_is_granted_from_its_scripts_privileges_after_create():
    assert statements(catalog(), catalog(pgcrypto(digest(APP)))) == [
        "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext;",
        f"REVOKE EXECUTE ON FUNCTION {DIGEST} FROM PUBLIC;",
        f"GRANT EXECUTE ON FUNCTION {DIGEST} TO app;",
    ]


def test_a_dropped_extension_revokes_nothing():
    assert statements(catalog(pgcrypto(digest(APP))), catalog()) == ["DROP EXTENSION IF EXISTS pgcrypto;"]


def test_a_recreated_extension_is_granted_again_from_its_scripts_privileges():
    moved = pgcrypto(ExtensionMember("function", "public.digest(text,text)", (APP,), initial=PUBLIC_EXECUTE),
                     schema="public")
    fixed = replace(pgcrypto(digest(APP)), relocatable=False)  # SET SCHEMA refuses it
    assert statements(catalog(fixed), catalog(moved)) == [
        "DROP EXTENSION IF EXISTS pgcrypto;",
        "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;",
        "REVOKE EXECUTE ON FUNCTION public.digest(text,text) FROM PUBLIC;",
        "GRANT EXECUTE ON FUNCTION public.digest(text,text) TO app;",
    ]


def test_a_spec_member_of_unknown_initial_privileges_gets_its_complete_set_with_create():
    member = ExtensionMember("function", DIGEST, (APP,))  # pg_cron's: never in the shadow
    assert statements(catalog(), catalog(pgcrypto(member))) == [
        "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext;",
        f"REVOKE ALL ON FUNCTION {DIGEST} FROM PUBLIC;",
        f"GRANT EXECUTE ON FUNCTION {DIGEST} TO app;",
    ]


def test_a_comment_changed_back_is_set_to_the_control_files():
    assert statements(catalog(pgcrypto(comment="ours")), catalog(pgcrypto())) == [
        "COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';",
    ]
    assert statements(catalog(pgcrypto()), catalog(pgcrypto(comment=""))) == ["COMMENT ON EXTENSION pgcrypto IS '';"]


def test_only_the_comment_that_differs_from_the_control_files_is_compared():
    assert make_plan(catalog(pgcrypto(default_comment="a")), catalog(pgcrypto(default_comment="b"))).empty


def test_a_relocatable_extension_moves_in_place_its_members_keeping_their_grants():
    moved = pgcrypto(ExtensionMember("function", "public.digest(text,text)", (APP,), initial=PUBLIC_EXECUTE),
                     schema="public")
    plan = make_plan(catalog(replace(pgcrypto(digest(APP)), relocatable=True)), catalog(moved))
    assert [s for op in plan.operations for s in render_operation(op, RenderContext())] == [
        "ALTER EXTENSION pgcrypto SET SCHEMA public;",
    ]
    assert {h for op in plan.operations for h in op.hazards} == {Hazard.BREAKS_CLIENTS}


def test_a_version_with_an_update_path_is_updated_to_and_its_new_members_granted():
    old = replace(pgcrypto(), version="1.2", update_targets=("1.3",))
    new_member = ExtensionMember("function", "ext.gen_random_uuid()", (APP,), initial=PUBLIC_EXECUTE)
    plan = make_plan(catalog(old), catalog(replace(pgcrypto(new_member), version="1.3")))
    assert [s for op in plan.operations for s in render_operation(op, RenderContext())] == [
        "ALTER EXTENSION pgcrypto UPDATE TO '1.3';",
        # The update script's privileges are not known before it ran: the complete set.
        "REVOKE ALL ON FUNCTION ext.gen_random_uuid() FROM PUBLIC;",
        "GRANT EXECUTE ON FUNCTION ext.gen_random_uuid() TO app;",
    ]
    assert not {h for op in plan.operations for h in op.hazards}


def test_an_update_sets_listed_members_complete_grants_and_reverts_those_left_out_if_they_remain():
    old = replace(pgcrypto(digest(APP)), version="1.2", update_targets=("1.3",))
    plan = make_plan(catalog(old), catalog(replace(pgcrypto(), version="1.3")))
    rendered = [s for op in plan.operations for s in render_operation(op, RenderContext())]
    assert rendered[0] == "ALTER EXTENSION pgcrypto UPDATE TO '1.3';"
    assert rendered[1].startswith("DO $do$") and f"to_regprocedure('{DIGEST}') IS NOT NULL" in rendered[1]
    assert f"REVOKE ALL ON FUNCTION {DIGEST} FROM PUBLIC, app;" in rendered[1]
    assert f"GRANT EXECUTE ON FUNCTION {DIGEST} TO PUBLIC;" in rendered[1]
    assert len(rendered) == 2


def test_a_version_without_an_update_path_is_recreated_as_deleting_data():
    old = replace(pgcrypto(), version="1.3", update_targets=())
    plan = make_plan(catalog(old), catalog(replace(pgcrypto(), version="1.2")))
    assert [s for op in plan.operations for s in render_operation(op, RenderContext())] == [
        "DROP EXTENSION IF EXISTS pgcrypto;",
        "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext VERSION '1.2';",
    ]
    assert [op.describe() for op in plan.operations][0] == (
        "drop extension ext.pgcrypto (no update path from version 1.3 to 1.2)"
    )
    assert Hazard.DELETES_DATA in plan.operations[0].hazards


@pytest.mark.parametrize("name, moved", [
    ("public.similarity(text, text)", "ext.similarity(text, text)"),
    ("public.hstore(public.hstore, text[])", "ext.hstore(ext.hstore, text[])"),  # its types move too
    ('"Odd ""s"".x".f("Odd ""s"".x".t)', "ext.f(ext.t)"),
    ("other.public(public.t)", "other.public(ext.t)"),  # a function named like the schema stays
])
def test_a_moved_members_name_is_qualified_with_the_new_schema(name, moved):
    assert moved_name(name, 'Odd "s".x' if name.startswith('"') else "public", "ext") == moved


def test_a_column_of_a_table_member_is_granted_on_that_column():
    column = ExtensionMember("table", "ext.settings", (Grant("app", ("SELECT",)),), initial=(), column="key")
    assert statements(catalog(pgcrypto()), catalog(pgcrypto(column))) == [
        "GRANT SELECT (key) ON TABLE ext.settings TO app;",
    ]
    assert statements(catalog(), catalog(pgcrypto(column))) == [
        "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext;",
        "GRANT SELECT (key) ON TABLE ext.settings TO app;",
    ]


def test_a_view_naming_a_moved_extensions_function_is_kept_and_its_own_tables_stay_named():
    docs = Table("public", "docs", (Column("attrs", "public.hstore"),))

    def side(schema: str, table_schema: str) -> Catalog:
        query = f"SELECT {schema}.akeys(docs.attrs) AS k FROM {table_schema}.docs"
        return Catalog(
            schemas=(Schema("public"), Schema("ext")), tables=(docs,),
            extensions=(Extension("hstore", schema, relocatable=True),),
            views=(View("public", "keys", query, columns=(("k", "text[]"),)),),
        ).normalize()

    moved = make_plan(side("public", "public"), side("ext", "public"))
    assert [op.describe() for op in moved.operations] == ["move extension hstore to schema ext"]
    # public.docs is the catalog's own table: it is not taken for one of the extension's.
    assert moved_name("SELECT public.akeys(a) FROM public.docs", "public", "ext", frozenset({"docs"})) == (
        "SELECT ext.akeys(a) FROM public.docs"
    )
