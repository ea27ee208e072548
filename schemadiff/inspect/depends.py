"""The edges between managed objects that pg_depend records, as graph node names."""

from __future__ import annotations

from ..model.catalog import Dependency, node_name


def build_dependencies(rows) -> tuple[Dependency, ...]:
    """Return one Dependency per depends.sql row, self-references left out, sorted."""
    found = set()
    for row in rows:
        node = node_name(row["kind"], row["schema"], row["name"], row["on_table"], row["arguments"])
        uses = node_name(row["ref_kind"], row["ref_schema"], row["ref_name"], arguments=row["ref_arguments"])
        if node != uses:  # a table's default using its own columns, a view's rule its view
            found.add(Dependency(node, uses, row["ref_column"]))
    return tuple(sorted(found, key=lambda d: (d.node, d.uses, d.column or "")))
