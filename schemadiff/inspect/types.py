"""Enums, composite types, range types, domains, base types and shell types left undefined
from the rows of sql/types.sql."""

from __future__ import annotations

from ..model import (
    Attribute, BaseType, CompositeType, Domain, DomainCheck, EnumType, QualifiedName, RangeType, UndefinedType,
)
from ..model.base import Grant
from ..model.types import ALIGNMENTS, STORAGES
from . import acl
from .owners import Owners

# What PostgreSQL gives a type when nobody granted anything.
TYPE_DEFAULT = (Grant("PUBLIC", ("USAGE",)),)
# The options of a base type that types.sql reads as the model keeps them.
_BASE_OPTIONS = (
    "input", "output", "receive", "send", "typmod_in", "typmod_out", "analyze", "subscript", "internallength",
    "passedbyvalue", "category", "preferred", "default", "element", "delimiter", "collatable",
)


def type_grants(default_acl: bool, rows) -> tuple[Grant, ...] | None:
    """Return a type's grants, or None when they are PostgreSQL's default."""
    if default_acl:
        return None
    found = acl.grants(rows)
    return None if found == TYPE_DEFAULT else found


def collation(name: str | None, schema: str | None):
    """Return a collation as the model keeps it: a name (pg_catalog's), or a QualifiedName."""
    return QualifiedName(schema, name) if name is not None and schema is not None else name


def build_types(rows, owners: Owners) -> list:
    types = []
    for row in rows:
        common = {
            "schema": row["schema"], "name": row["name"], "comment": row["comment"],
            "grants": type_grants(row["default_acl"], row["grants"]), "own_privileges": acl.own_privileges(row),
        }
        kind = row["kind"]
        if kind == "e":
            types.append(EnumType(labels=tuple(row["labels"]), **common))
        elif kind == "c":
            attributes = tuple(
                Attribute(a["name"], a["type"], collation(a["collation"], a["collation_schema"]))
                for a in row["attributes"] or ()
            )
            comments = tuple(sorted((a["name"], a["comment"]) for a in row["attributes"] or () if a["comment"] is not None))
            types.append(CompositeType(attributes=attributes, column_comments=comments, **common))
        elif kind == "b":
            base = row["base"]
            types.append(BaseType(
                **{option: base[option] for option in _BASE_OPTIONS},
                alignment=ALIGNMENTS[base["alignment"]], storage=STORAGES[base["storage"]], **common,
            ))
        elif kind == "p":
            types.append(UndefinedType(row["schema"], row["name"], comment=row["comment"]))
        elif kind == "r":
            types.append(RangeType(
                subtype=row["subtype"], subtype_opclass=row["subtype_opclass"], collation=collation(row["range_collation"], row["range_collation_schema"]),
                canonical=row["canonical"], subtype_diff=row["subtype_diff"],
                multirange_type_name=row["multirange_type_name"], **common,
            ))
        else:
            checks = tuple(DomainCheck(c["name"], c["expression"], c["valid"]) for c in row["checks"] or ())
            check_comments = tuple(sorted((c["name"], c["comment"]) for c in row["checks"] or () if c["comment"]))
            types.append(Domain(
                base_type=row["base_type"], default=row["default"], nullable=row["nullable"],
                collation=collation(row["domain_collation"], row["domain_collation_schema"]), checks=checks,
                check_comments=check_comments, **common,
            ))
        owners.add(types[-1], row["owner"])
    return types
