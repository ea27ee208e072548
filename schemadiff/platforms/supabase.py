"""Supabase's objects: the `auth` schema with `auth.uid()` and the API roles.

On Supabase these exist already and are owned by the platform: a spec never creates or
drops them. On plain PostgreSQL (tests, the embedded database) the shim generated from
this catalog stands in for them, with `auth.uid()` behaving like Supabase's: the `sub` of
the JSON in `request.jwt.claims`, falling back to the older `request.jwt.claim.sub`.
"""

from __future__ import annotations

from ..model import Catalog, Function, Grant, Role, Schema

ROLES = ("anon", "authenticated", "service_role")

_UID_BODY = """
  SELECT coalesce(
    nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub',
    nullif(current_setting('request.jwt.claim.sub', true), '')
  )::uuid
"""


def external_catalog() -> Catalog:
    usage = tuple(Grant(role, ("USAGE",)) for role in ROLES)
    return Catalog(
        platform="supabase",
        roles=(
            Role("anon", comment="Supabase: requests without a signed-in user"),
            Role("authenticated", comment="Supabase: requests of a signed-in user"),
            Role("service_role", bypass_rls=True, comment="Supabase: trusted back-end; bypasses RLS"),
        ),
        schemas=(Schema("auth", grants=usage),),
        functions=(
            Function(
                schema="auth", name="uid", arguments=(), returns="uuid", language="sql",
                body=_UID_BODY, volatility="STABLE",
                comment="The signed-in user's id: the sub claim of the request's JWT.",
            ),
        ),
    ).normalize()
