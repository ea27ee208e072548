"""Fixture cases through the spec path: inspect -> YAML -> validate -> plan from an empty database.

tests/test_cases.py runs every case database to database. The cases named here exercise what
the spec format must carry and accept as well: routines, views and triggers whose every
attribute the YAML must hold, partitions' own keys and indexes, CLUSTER ON and schema grants,
and constructs the real-schema corpus found failing there.
Each side of each case is loaded, inspected into a spec (as `schemadiff inspect` writes it),
which must validate without error, diff empty against its source, and plan an empty
database into the same `pg_dump --schema-only`, with an empty re-plan.
"""

from __future__ import annotations

import pathlib

import psycopg
import pytest

from convergence import dump_schema, execute, plan_text, run_script
from schemadiff.inspect import inspect_catalog
from schemadiff.spec.load import check_spec
from schemadiff.spec_writer import dump_spec

CASES_DIR = pathlib.Path(__file__).parent / "cases"
SPEC_CASES = [
    # every attribute of routines, views and triggers
    "function_attributes_altered_in_place", "function_returns_setof", "function_variadic", "function_window",
    "procedure_security_and_settings", "function_inout_parameter", "function_out_parameters",
    "function_returns_table", "function_argument_default",
    "view_comment_and_grants", "view_replace_keeps_dependents", "view_options_change", "view_check_option",
    # what an inheritance child holds of the columns it only inherits
    "inheritance_child_statistics_of_inherited_columns", "inheritance_child_defaults_kept_parent_defaults_change",
    "inheritance_child_storage_of_inherited_columns",
    "matview_storage_and_column_comments", "matview_with_no_data",
    "trigger_constraint_deferrable", "trigger_transition_tables", "trigger_enable_disable_states",
    "trigger_partitioned_disabled", "trigger_when_condition", "trigger_partition_states",
    "trigger_partition_states_replaced", "trigger_partition_states_dotted_names",
    # partitions' own keys and indexes, beside their parent's
    "partition_own_foreign_key", "partition_own_unique_index", "partition_own_plain_index",
    "partition_own_primary_key", "partition_own_index_removed", "partition_own_index_becomes_attached",
    "partition_own_unique_and_exclusion", "partition_default_parent_compression", "partition_column_compression_changes",
    "partition_subpartitioned_column_statistics", "partition_column_storage_own",
    "partition_column_storage_after_retype",
    # partition keys that are more than columns: expressions (one calling a spec function), COLLATE, operator classes
    "partition_key_expression", "partition_key_collation", "partition_key_opclass", "partition_key_user_collation_and_opclass",
    # found by the real-schema corpus
    "function_empty_sql_body", "fk_references_unique_index", "function_security_definer_no_search_path",
    "function_uses_table_row_type", "grants_when_owner_is_a_known_role", "table_without_columns",
    "trigger_builtin_function",
    # SQL-standard bodies: bound to what they name, printed back by PostgreSQL
    "standard_body_add_change_drop", "standard_body_users", "standard_body_column_retyped",
    # procedural languages: handlers in pg_catalog or in a managed schema, grants, functions in them
    "language_add_change_drop", "language_own_handler", "transform_add_change_drop", "owner_privileges_on_language",
    # kinds of the "every object pg_dump knows" issue
    "aggregate_add_change_drop", "aggregate_moving_mode_and_grants", "trigger_constraint_from_table",
    "type_collation_in_other_schema", "conversion_text_search_parser_template", "type_composite_attribute_comments",
    "type_domain_check_comments", "function_internal_and_c_language",
    "base_type_new", "base_type_set_storage", "base_type_used_by_column", "base_type_dropped",
    "base_type_recreated_under_operator_and_cast", "shell_type_add_drop", "shell_type_completed_in_place",
    "shell_type_becomes_enum", "subscription_add_change_drop",
    # owners of every owned kind: a top-level owner and the objects that differ
    "owner_changes_on_many_kinds", "owner_of_public_schema",
    # an owner's own privileges (own_privileges), public's among them, on kept, created and re-owned objects
    "owner_revoked_schema_usage", "owner_revoked_table_privileges", "owner_privileges_with_new_owner",
    "owner_privileges_on_function", "owner_privileges_given_back", "owner_privileges_on_aggregate",
    "owner_privileges_on_foreign_data", "owner_privileges_on_identity_sequence",
    # CLUSTER ON, and public's grants (a fresh database's public gives PUBLIC USAGE)
    "cluster_on_matview", "cluster_on_moved_to_another_index", "cluster_on_new_table_and_index",
    "cluster_on_primary_key_rebuilt", "cluster_on_partition_index",
    "schema_public_revoke_usage", "schema_grants_change",
    # foreign keys closing a cycle (generate and the shadow split them too); foreign-data kinds
    "fk_cycle_two_tables", "fk_cycle_three_tables", "fk_cycle_self_reference_and_pair",
    "fk_cycle_through_function_default", "foreign_table_add_drop", "foreign_table_options_and_columns",
    "foreign_server_wrapper_and_mapping_options", "view_selects_from_itself",
    "view_instead_of_triggers", "view_column_defaults_and_grants",
    # extensions' members granted after CREATE EXTENSION, and extensions' comments
    "extension_member_grant", "extension_comment", "extension_member_column_grant",
    # extensions updated and moved in place, their members' grants kept
    "extension_update_member_grant", "extension_set_schema_kept_dependents",
    "extension_update_member_recreated_by_script",
    # grants on identity sequences; public without its comment (postgrest)
    "identity_sequence_grants", "public_schema_without_comment", "public_schema_dropped",
    # NOT VALID constraints and domain checks stay NOT VALID through the spec (openstreetmap)
    "constraint_added_not_valid", "type_domain_check_not_valid",
    # the index parameters of keys and exclusion constraints: INCLUDE, WITH (...)
    "constraint_index_parameters", "constraint_index_storage_in_place",
    "fk_on_delete_set_null_columns", "index_opclass_parameters",
    # typed tables: columns from the type, WITH OPTIONS their own
    "typed_table_created", "typed_table_attributes_change", "typed_table_becomes_plain",
    "typed_table_of_matching_columns", "typed_table_partitioned",
    # SQL bodies that call each other, overloads of one name among them (mathesar)
    "function_bodies_call_each_other",
    # persistence of sequences and identity sequences; owners of foreign-data wrappers and
    # servers; what a database's default privileges give the objects a plan creates, and
    # take from them
    "sequence_persistence", "identity_sequence_persistence", "foreign_wrapper_and_server_owners",
    "new_table_under_default_privileges", "created_under_revoked_public_defaults",
    # found by pg_dump's own test suite (tests/real/pg-dump-tap)
    "range_type_user_opclass", "inherited_generated_column", "cast_between_builtin_types",
    "operator_class_without_members", "publication_publishes_nothing", "partition_in_another_schema",
    "function_support", "matview_column_compression", "default_privileges_revoked_from_own_role",
    # partitions that are partitioned themselves, their own partitions nested under them
    "partition_subpartitioned", "partition_subpartitioned_own_keys", "partition_subpartitioned_index_part_names",
    "partition_column_default_own", "partition_column_default_parent_retyped", "partition_own_not_null",
    # access methods, and the tables, partitions, materialized views and indexes using them
    "access_method_add_change_drop", "table_access_method", "access_method_dropped_with_tables",
    "index_access_method_operator_class",
    # tablespaces (ts_one, ts_two: tests/conftest.py) of tables, partitions, materialized views, indexes and keys
    "tablespace_tables_indexes_and_keys", "tablespace_partitions",
    # parts of partitioned indexes (and keys' indexes) in other tablespaces than theirs (partition_tablespaces)
    "partitioned_index_part_tablespaces", "partitioned_index_part_tablespaces_subpartitioned",
    "partitioned_index_part_tablespaces_new_partitions", "partitioned_index_created_with_part_tablespaces",
    "partitioned_index_part_tablespaces_attached", "partition_own_index_attached_with_its_tablespace",
    "partitioned_key_part_tablespaces", "partitioned_key_created_with_part_tablespaces",
]
# A case without before.sql starts from an empty database: its after.sql is the only side.
SIDES = [
    (case, side) for case in SPEC_CASES for side in ("before", "after") if (CASES_DIR / case / f"{side}.sql").is_file()
]


def test_spec_cases_exist():
    assert all((CASES_DIR / name / "after.sql").is_file() for name in SPEC_CASES)


@pytest.mark.parametrize(("case", "side"), SIDES, ids=[f"{c}-{s}" for c, s in SIDES])
def test_inspected_spec_validates_and_rebuilds(case, side, db, second_db, pg_server, tmp_path):
    execute(db, (CASES_DIR / case / f"{side}.sql").read_text())
    with psycopg.connect(db, autocommit=True) as conn:
        result = inspect_catalog(conn, None)
    assert result.warnings == ()
    spec = tmp_path / "schema.yaml"
    spec.write_text(dump_spec(result.catalog), encoding="utf-8")
    _, problems = check_spec(spec)  # raises SpecError on any error
    assert [p for p in problems if not p.warning] == []

    shadow = pg_server.dsn("postgres")
    script, empty = plan_text(db, str(spec), shadow)
    assert empty, f"the inspected spec differs from its source:\n{script}\n--- spec:\n{spec.read_text()}"
    script, _ = plan_text(second_db, str(spec), shadow)
    run_script(second_db, script)
    assert dump_schema(second_db) == dump_schema(db), f"the planned database differs:\n{script}"
    replan, replan_empty = plan_text(second_db, str(spec), shadow)
    assert replan_empty, f"re-plan is not empty:\n{replan}"
