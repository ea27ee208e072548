"""The edges between managed objects that pg_depend records, as graph node names."""

from __future__ import annotations

from ..model.catalog import Dependency, node_name


def build_dependencies(rows) -> tuple[Dependency, ...]:
    """Return the Dependencies of depends.sql's rows, each once, sorted."""
    found = {
        (node_name(row["kind"], row["schema"], row["name"], row["on_table"], row["arguments"]),
         node_name(row["ref_kind"], row["ref_schema"], row["ref_name"], arguments=row["ref_arguments"]),
         row["ref_column"] or "")
        for row in rows
    }
    return tuple(Dependency(node, uses, column or None) for node, uses, column in sorted(found))
