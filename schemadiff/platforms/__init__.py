"""Platforms whose objects a spec uses but never manages (e.g. Supabase's auth schema)."""

from __future__ import annotations

from ..model import Catalog
from . import supabase

PLATFORMS = {"supabase": supabase.external_catalog}


def external_catalog(platform: str | None) -> Catalog:
    """Return the objects the platform provides (empty for plain PostgreSQL)."""
    factory = PLATFORMS.get(platform or "")
    return factory() if factory else Catalog()
