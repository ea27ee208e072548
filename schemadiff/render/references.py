"""How statements name an object: `TABLE public.users`, `FUNCTION public.f(uuid)`, ..."""

from __future__ import annotations

from ..model import (
    AccessMethod, Aggregate, BaseType, Cast, Collation, Conversion, CompositeType, Domain, EnumType, EventTrigger,
    Extension,
    ExtensionMember, ForeignDataWrapper,
    ForeignServer, Function, IdentitySequence, Index, Language, MaterializedView, UserMapping,
    Operator, OperatorClass, OperatorFamily, Policy, Publication, QualifiedName, RangeType, Rule, Schema, Subscription,
    Sequence, Statistics, Table,
    TextSearchConfiguration, TextSearchDictionary, TextSearchParser, TextSearchTemplate, Transform, Trigger, UndefinedType,
    View,
)
from ..quote import dollar_quote, ident, literal, operator, qualified
from .common import grantee, privilege_list


def signature(function: Function) -> str:
    """Return `schema.name(argtypes)`, how ALTER, DROP, GRANT and COMMENT name a routine."""
    types = ", ".join(a.type for a in function.arguments if a.mode != "OUT")
    return f"{qualified(function.schema, function.name)}({types})"


def aggregate_signature(aggregate: Aggregate, names: bool = False) -> str:
    """Return `schema.name(argtypes)`; an ordered-set aggregate's as `(direct ORDER BY aggregated)`.

    CREATE gives argument `names`; DROP and COMMENT name the aggregate by types only.
    """
    types = [
        ("VARIADIC " if a.mode == "VARIADIC" else "") + (ident(a.name) + " " if names and a.name else "") + a.type
        for a in aggregate.arguments
    ]
    if aggregate.kind == "normal":
        listed = ", ".join(types) or "*"
    else:
        direct, aggregated = types[:aggregate.direct_arguments], types[aggregate.direct_arguments:]
        listed = ", ".join(direct) + " ORDER BY " + ", ".join(aggregated)
    return f"{qualified(aggregate.schema, aggregate.name)}({listed.strip()})"


def collation_name(collation) -> str:
    """Return a column's collation as COLLATE takes it: pg_catalog's by name, others qualified."""
    if isinstance(collation, QualifiedName):
        return qualified(collation.schema, collation.name)
    return ident(collation)


def object_name(obj) -> str:
    """Return the object's name as statements spell it (without the kind)."""
    if isinstance(obj, Function):
        return signature(obj)
    if isinstance(obj, Aggregate):
        return aggregate_signature(obj)
    if isinstance(obj, Operator):
        return f"{operator(obj.schema, obj.name)} ({', '.join(obj.identity_arguments)})"
    if isinstance(obj, Cast):
        return f"({obj.source} AS {obj.target})"
    if isinstance(obj, Transform):
        return f"FOR {obj.type} LANGUAGE {ident(obj.language)}"
    if isinstance(obj, (OperatorClass, OperatorFamily)):
        return f"{qualified(obj.schema, obj.name)} USING {ident(obj.method)}"
    if isinstance(obj, (Schema, Extension, EventTrigger, Publication, Subscription, ForeignDataWrapper, ForeignServer,
                        Language, AccessMethod)):
        return ident(obj.name)
    if isinstance(obj, UserMapping):
        return f"FOR {grantee(obj.user)} SERVER {ident(obj.server)}"
    if isinstance(obj, (Policy, Trigger, Rule)):
        return f"{ident(obj.name)} ON {qualified(obj.schema, obj.table)}"
    return qualified(obj.schema, obj.name)


def comment_kind(obj) -> str:
    """Return the kind keyword COMMENT ON and DROP use."""
    if isinstance(obj, Function):
        return obj.kind.upper()
    if isinstance(obj, MaterializedView):
        return "MATERIALIZED VIEW"
    if isinstance(obj, Table) and obj.foreign:
        return "FOREIGN TABLE"
    return {
        Table: "TABLE", View: "VIEW", Schema: "SCHEMA", Extension: "EXTENSION", Sequence: "SEQUENCE", Index: "INDEX",
        Policy: "POLICY", Trigger: "TRIGGER", EnumType: "TYPE", CompositeType: "TYPE", RangeType: "TYPE",
        BaseType: "TYPE", UndefinedType: "TYPE", Domain: "DOMAIN", Statistics: "STATISTICS", Aggregate: "AGGREGATE", Operator: "OPERATOR", Cast: "CAST",
        Collation: "COLLATION", Conversion: "CONVERSION", TextSearchParser: "TEXT SEARCH PARSER",
        TextSearchTemplate: "TEXT SEARCH TEMPLATE", TextSearchDictionary: "TEXT SEARCH DICTIONARY",
        TextSearchConfiguration: "TEXT SEARCH CONFIGURATION", EventTrigger: "EVENT TRIGGER",
        Publication: "PUBLICATION", Subscription: "SUBSCRIPTION", Rule: "RULE", OperatorClass: "OPERATOR CLASS",
        OperatorFamily: "OPERATOR FAMILY", ForeignDataWrapper: "FOREIGN DATA WRAPPER", ForeignServer: "SERVER",
        Language: "LANGUAGE", Transform: "TRANSFORM",
        UserMapping: "USER MAPPING", AccessMethod: "ACCESS METHOD",
    }[type(obj)]


def grant_target(obj) -> str:
    """Return what GRANT and REVOKE say after ON."""
    if isinstance(obj, (Table, View, MaterializedView)):
        return f"TABLE {object_name(obj)}"
    if isinstance(obj, ForeignServer):
        return f"FOREIGN SERVER {object_name(obj)}"
    if isinstance(obj, ExtensionMember):
        # The name as PostgreSQL printed it (regprocedure, regclass, regtype: quoted where
        # needed, schema-qualified), as a cast's function is.
        return f"{obj.kind.upper()} {obj.name}"
    if isinstance(obj, Aggregate):
        # GRANT has no AGGREGATE: an aggregate is a FUNCTION of its argument types, in order.
        return f"FUNCTION {qualified(obj.schema, obj.name)}({', '.join(obj.identity_arguments)})"
    return f"{comment_kind(obj)} {object_name(obj)}"


def privilege_statement(obj, grant, column: str | None = None, revoke: bool = False) -> str:
    """Return the GRANT (or REVOKE) of `grant` on `obj`, or on one of its columns."""
    what = privilege_list(grant.privileges, column)
    if revoke:
        head = f"REVOKE GRANT OPTION FOR {what} ON" if grant.with_grant_option else f"REVOKE {what} ON"
        tail = f"FROM {grantee(grant.grantee)}"
    else:
        head, tail = f"GRANT {what} ON", f"TO {grantee(grant.grantee)}" + (" WITH GRANT OPTION" if grant.with_grant_option else "")
    if isinstance(obj, IdentitySequence):
        return on_identity_sequence(obj, head, tail)
    return f"{head} {grant_target(obj)} {tail};"


def on_identity_sequence(sequence: IdentitySequence, head: str, tail: str) -> str:
    """Return a DO block running `head SEQUENCE <name> tail` on a column's identity sequence,
    its name looked up: PostgreSQL chose it (table_column_seq, or another when that was taken)."""
    table = literal(qualified(sequence.table.schema, sequence.table.name))
    name = f"pg_catalog.pg_get_serial_sequence({table}, {literal(sequence.column)})"
    body = f"\nBEGIN\n  EXECUTE {literal(head + ' SEQUENCE ')} || {name} || {literal(' ' + tail)};\nEND\n"
    return f"DO {dollar_quote(body, 'do')};"
