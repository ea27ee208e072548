"""Platforms whose objects a spec uses but never manages (e.g. Supabase's auth schema)."""

from __future__ import annotations

from ..model import Catalog
from . import supabase

PLATFORMS = {"supabase": supabase.external_catalog}


def external_catalog(platform: str | None) -> Catalog:
    """Return the objects the platform provides (empty for plain PostgreSQL)."""
    factory = PLATFORMS.get(platform or "")
    return factory() if factory else Catalog()


def detect_platform(conn, inspected_schemas: list[str] | None) -> str | None:
    """Return "supabase" when the database has Supabase's auth.uid() and API roles and
    the inspection leaves the auth schema out: the spec then uses them as external."""
    if inspected_schemas is None or "auth" in inspected_schemas:
        return None
    row = conn.execute(
        "SELECT to_regprocedure('auth.uid()') IS NOT NULL"
        " AND (SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ANY(%s)) = %s",
        (list(supabase.ROLES), len(supabase.ROLES)),
    ).fetchone()
    return "supabase" if row[0] else None
