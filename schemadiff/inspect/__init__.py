"""Read a live PostgreSQL database into the object model.

    result = inspect_catalog(conn, schemas=["public"])
    result.catalog   # a normalized Catalog, comparable with one built from a spec
    result.warnings  # what exists but the model cannot represent yet, by name

Design: a fixed set of catalog queries (sql/<kind>.sql, one per kind, QUERY_COUNT in all)
runs in one read-only REPEATABLE READ snapshot, whatever the number of objects; the
managed schema names travel as a query parameter. Python only maps rows to model objects.
Text is PostgreSQL's own canonical form (format_type, pg_get_expr, pg_get_viewdef,
pg_get_indexdef, pg_get_triggerdef) printed with an empty search_path, so a database and
a shadow database built from a spec deparse the same objects identically. Objects that
belong to extensions, and copies PostgreSQL derives itself (partitions' inherited
constraints, indexes and triggers; constraint indexes; identity sequences), are left out.
"""

from .inspector import InspectionResult, inspect_catalog
from .queries import QUERY_COUNT, InspectionError

__all__ = ["QUERY_COUNT", "InspectionError", "InspectionResult", "inspect_catalog"]
