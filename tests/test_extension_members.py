"""Extension members' privileges and extension comments, model against model (no database).

A member is listed while its grants differ from what the extension's script left
(`initial`): the plan grants and revokes from one to the other, from the script's
privileges again when the extension is created or recreated, and nothing when it is
dropped (its members go with it).
"""

from __future__ import annotations

from schemadiff.model import Catalog, Extension, ExtensionMember, Grant, Schema
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
    assert statements(catalog(pgcrypto(digest(APP))), catalog(moved)) == [
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
