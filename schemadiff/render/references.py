"""How statements name an object: `TABLE public.users`, `FUNCTION public.f(uuid)`, ..."""

from __future__ import annotations

from ..model import (
    CompositeType, Domain, EnumType, Function, Index, MaterializedView, Policy, RangeType, Schema, Sequence, Table,
    Trigger, View,
)
from ..quote import ident, qualified


def signature(function: Function) -> str:
    """Return `schema.name(argtypes)`, how ALTER, DROP, GRANT and COMMENT name a routine."""
    types = ", ".join(a.type for a in function.arguments if a.mode != "OUT")
    return f"{qualified(function.schema, function.name)}({types})"


def object_name(obj) -> str:
    """Return the object's name as statements spell it (without the kind)."""
    if isinstance(obj, Function):
        return signature(obj)
    if isinstance(obj, Schema):
        return ident(obj.name)
    if isinstance(obj, (Policy, Trigger)):
        return f"{ident(obj.name)} ON {qualified(obj.schema, obj.table)}"
    return qualified(obj.schema, obj.name)


def comment_kind(obj) -> str:
    """Return the kind keyword COMMENT ON and DROP use."""
    if isinstance(obj, Function):
        return obj.kind.upper()
    if isinstance(obj, MaterializedView):
        return "MATERIALIZED VIEW"
    return {
        Table: "TABLE", View: "VIEW", Schema: "SCHEMA", Sequence: "SEQUENCE", Index: "INDEX",
        Policy: "POLICY", Trigger: "TRIGGER", EnumType: "TYPE", CompositeType: "TYPE", RangeType: "TYPE",
        Domain: "DOMAIN",
    }[type(obj)]


def grant_target(obj) -> str:
    """Return what GRANT and REVOKE say after ON."""
    if isinstance(obj, (Table, View, MaterializedView)):
        return f"TABLE {object_name(obj)}"
    return f"{comment_kind(obj)} {object_name(obj)}"
