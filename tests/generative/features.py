"""What the generator may produce: one switch per kind, one switch per known differ bug.

KINDS lists what schemadiff supports today; switch one off to narrow a hunt. FUTURE_KINDS
are written but off until the differ supports them (others are adding them): switching
one on is the one-line change that puts it under test.

AVOID names constructs that do not converge yet. Each is a known bug with a case in
tests/cases_unsupported/ (named after the switch, or given in the comment); the generator
leaves the construct out while the switch is True. Set it to False once the case passes.
"""

from __future__ import annotations

KINDS = {
    "schemas": True,
    "extensions": True,
    "sequences": True,
    "identity": True,
    "generated": True,
    "defaults": True,
    "constraints": True,
    "exclusion": True,
    "partitions": True,
    "indexes": True,
    "views": True,
    "matviews": True,
    "functions": True,
    "procedures": True,
    "triggers": True,
    "rls": True,
    "policies": True,
    "grants": True,
    "comments": True,
}

FUTURE_KINDS = {
    "enums": False,
    "domains": False,
    "composite_types": False,
    "range_types": False,
    "statistics": False,
    "reloptions": False,
    "column_storage": False,
}

AVOID = {
    # Known before this generator existed (cases in tests/cases_unsupported/).
    "generated_column_base_type_change": True,
    "chain_generated_column_with_comment_and_index": True,
    "chain_default_calls_function_return_type_change": True,
    "constraint_comment": True,
    "view_comment_and_grants": True,  # comments on view (and materialized view) columns
    "partition_grants_and_comment": True,
    "identity_sequence_options": True,
    "serial_to_identity": True,
    "table_column_grant": True,
    # PostgreSQL 15 cannot reorder columns, so only the last column may be rebuilt
    # (a changed generation expression is a drop and re-add): not a bug, a limit.
    "generated_expression_change_not_last": True,
}


def enabled(name: str) -> bool:
    """Return True when kind `name` may be generated."""
    if name in KINDS:
        return KINDS[name]
    return FUTURE_KINDS[name]


def avoid(name: str) -> bool:
    """Return True while the known bug `name` must be kept out of generated pairs."""
    return AVOID[name]
