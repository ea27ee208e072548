"""The spec's enums, composite types, range types, domains, base types and shell types as
model objects."""

from __future__ import annotations

from ..model import (
    Attribute, BaseType, CompositeType, Domain, DomainCheck, EnumType, QualifiedName, RangeType, Rename, UndefinedType,
)
from ..model.own_privileges import own_privileges_of
from .names import object_name, unique_name

DEFAULT_SCHEMA = "public"
# The spec's list of each kind of type, and how one item becomes a model object.
TYPE_LISTS = ("enums", "composite_types", "range_types", "domains", "base_types", "shell_types")


def collation(value):
    """A `collation` (of a column, attribute, range or domain): a name, or {schema, name}
    for a user-defined collation."""
    if isinstance(value, dict):
        return QualifiedName(value.get("schema", DEFAULT_SCHEMA), value["name"])
    return value


def label_name(label) -> str:
    return label if isinstance(label, str) else label["name"]


def build_types(builder, data) -> list:
    """Return the types of the spec, in the order they are declared."""
    found = []
    for kind in TYPE_LISTS:
        for i, item in enumerate(data.get(kind, [])):
            path = (kind, i)
            common = {
                "schema": item.get("schema", DEFAULT_SCHEMA), "name": item["name"], "comment": item.get("comment"),
                "grants": builder.grants(item, path) if "grants" in item else None,
                # USAGE for every kind of type: EnumType stands for them all.
                "own_privileges": own_privileges_of(EnumType, item.get("own_privileges")), "origin": builder.origin(path),
            }
            found.append(_BUILDERS[kind](builder, item, path, common))
    return found


def _enum(builder, item, path, common) -> EnumType:
    return EnumType(labels=tuple(label_name(label) for label in item["labels"]), **common)


def _composite(builder, item, path, common) -> CompositeType:
    attributes = tuple(Attribute(a["name"], a["type"].strip(), collation(a.get("collation"))) for a in item["attributes"])
    comments = tuple(sorted((a["name"], a["comment"]) for a in item["attributes"] if "comment" in a))
    return CompositeType(attributes=attributes, column_comments=comments, **common)


def _range(builder, item, path, common) -> RangeType:
    return RangeType(
        subtype=item["subtype"].strip(), subtype_opclass=item.get("subtype_opclass"), collation=collation(item.get("collation")),
        canonical=item.get("canonical"), subtype_diff=item.get("subtype_diff"),
        multirange_type_name=item.get("multirange_type_name"), **common,
    )


def _domain(builder, item, path, common) -> Domain:
    taken: set[str] = set()
    checks, comments = [], []
    for j, check in enumerate(item.get("checks", [])):
        # Unnamed, PostgreSQL calls them <domain>_check, <domain>_check1, ...
        name = check.get("name") or unique_name(object_name(item["name"], [], "check"), taken)
        taken.add(name)
        checks.append(DomainCheck(
            name, check["expression"].strip(), valid=not check.get("not_valid", False),
            origin=builder.origin(path + ("checks", j)),
        ))
        if "comment" in check:
            comments.append((name, check["comment"]))
    default = item.get("default")
    return Domain(
        base_type=item["type"].strip(), default=default.strip() if default else None,
        nullable=item.get("nullable", True), collation=collation(item.get("collation")),
        checks=tuple(sorted(checks, key=lambda c: c.name)), check_comments=tuple(sorted(comments)), **common,
    )


def _base(builder, item, path, common) -> BaseType:
    # Options left out take PostgreSQL's defaults, which the model's defaults are.
    options = {k: v for k, v in item.items() if k not in ("schema", "name", "comment", "grants", "own_privileges", "owner")}
    if options.get("internallength") == "variable":
        options["internallength"] = -1
    if "element" in options:
        options["element"] = options["element"].strip()
    return BaseType(**options, **common)


def _shell(builder, item, path, common) -> UndefinedType:
    # The schema allows no grants: `common`'s are None.
    return UndefinedType(**common)


_BUILDERS = {
    "enums": _enum, "composite_types": _composite, "range_types": _range, "domains": _domain, "base_types": _base,
    "shell_types": _shell,
}


def label_renames(data) -> list[Rename]:
    """Collect the `renamed_from` of enum labels."""
    return [
        Rename("enum label", item.get("schema", DEFAULT_SCHEMA), label["renamed_from"], label["name"], item["name"])
        for item in data.get("enums", [])
        for label in item["labels"]
        if isinstance(label, dict) and "renamed_from" in label
    ]
