"""Statistics, aggregates, operators, casts, collations and text search dictionaries and
configurations (and, through build_database, the database-wide kinds) from spec data
(see schema.json)."""

from __future__ import annotations

from ..model import (
    Aggregate, Argument, Cast, Collation, Conversion, FunctionMember, Operator, OperatorClass, OperatorFamily,
    OperatorMember, QualifiedName, Rule, Statistics, TextSearchConfiguration,
    TextSearchDictionary, TextSearchParser, TextSearchTemplate, Transform,
)
from ..model.objects import STATISTICS_KINDS
from ..model.own_privileges import own_privileges_of
from . import build_database

DEFAULT_SCHEMA = "public"


def build_objects(builder, data: dict) -> dict[str, tuple]:
    """Return {Catalog field: objects}; `builder` gives each object its origin."""

    def each(key, make):
        return tuple(make(item, builder.origin((key, i))) for i, item in enumerate(data.get(key, [])))

    def granted(key, make):  # the kinds with grants of their own
        return tuple(
            make(item, builder.grants(item, (key, i)), builder.origin((key, i))) for i, item in enumerate(data.get(key, []))
        )

    return {
        "statistics": each("statistics", statistics),
        "aggregates": tuple(
            aggregate(item, builder.origin(path), builder.grants(item, path) if "grants" in item else None)
            for i, item in enumerate(data.get("aggregates", [])) for path in [("aggregates", i)]
        ),
        "operators": each("operators", operator), "casts": each("casts", cast),
        "transforms": each("transforms", transform),
        "collations": each("collations", collation), "conversions": each("conversions", conversion),
        "text_search_parsers": each("text_search_parsers", text_search_parser),
        "text_search_templates": each("text_search_templates", text_search_template),
        "text_search_dictionaries": each("text_search_dictionaries", text_search_dictionary),
        "text_search_configurations": each("text_search_configurations", text_search_configuration),
        "rules": each("rules", rule),
        "operator_families": each("operator_families", operator_family),
        "operator_classes": each("operator_classes", operator_class),
        "event_triggers": each("event_triggers", build_database.event_trigger),
        "access_methods": each("access_methods", build_database.access_method),
        "publications": each("publications", build_database.publication),
        "subscriptions": each("subscriptions", build_database.subscription),
        "foreign_data_wrappers": granted("foreign_data_wrappers", build_database.foreign_data_wrapper),
        "foreign_servers": granted("foreign_servers", build_database.foreign_server),
        "user_mappings": each("user_mappings", build_database.user_mapping),
        "default_privileges": granted("default_privileges", build_database.default_privileges),
        "languages": granted("languages", build_database.language),
    }


def statistics(item, origin) -> Statistics:
    schema = item.get("schema", DEFAULT_SCHEMA)
    kinds = tuple(sorted(item.get("kinds", ())))
    return Statistics(
        schema=schema, name=item["name"], table=QualifiedName(item.get("table_schema", schema), item["table"]),
        columns=tuple(item.get("columns", ())), expressions=tuple(e.strip() for e in item.get("expressions", ())),
        kinds=() if kinds == STATISTICS_KINDS else kinds, target=item.get("target"),
        comment=item.get("comment"), origin=origin,
    )


def aggregate(item, origin, grants) -> Aggregate:
    return Aggregate(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"],
        arguments=tuple(Argument(a["type"], a.get("name"), a.get("mode", "IN")) for a in item.get("arguments", ())),
        sfunc=item["sfunc"], stype=item["stype"], kind=item.get("kind", "normal"),
        direct_arguments=item.get("direct_arguments", 0), finalfunc=item.get("finalfunc"),
        finalfunc_extra=item.get("finalfunc_extra", False), finalfunc_modify=item.get("finalfunc_modify"),
        combinefunc=item.get("combinefunc"), serialfunc=item.get("serialfunc"),
        deserialfunc=item.get("deserialfunc"), initcond=item.get("initcond"), sspace=item.get("sspace", 0),
        sortop=item.get("sortop"), parallel=item.get("parallel"), msfunc=item.get("msfunc"),
        minvfunc=item.get("minvfunc"), mstype=item.get("mstype"), msspace=item.get("msspace", 0),
        mfinalfunc=item.get("mfinalfunc"), mfinalfunc_extra=item.get("mfinalfunc_extra", False),
        mfinalfunc_modify=item.get("mfinalfunc_modify"), minitcond=item.get("minitcond"),
        comment=item.get("comment"), grants=grants,
        own_privileges=own_privileges_of(Aggregate, item.get("own_privileges")), origin=origin,
    )


def operator(item, origin) -> Operator:
    return Operator(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], left=item.get("left"), right=item["right"],
        function=item["function"], commutator=item.get("commutator"), negator=item.get("negator"),
        restrict=item.get("restrict"), join=item.get("join"), hashes=item.get("hashes", False),
        merges=item.get("merges", False), comment=item.get("comment"), origin=origin,
    )


def cast(item, origin) -> Cast:
    return Cast(
        source=item["source"], target=item["target"], method=item.get("method", "function"),
        function=item.get("function"), context=item.get("context", "explicit"), comment=item.get("comment"),
        origin=origin,
    )


def transform(item, origin) -> Transform:
    return Transform(
        type=item["type"], language=item["language"], from_sql=item.get("from_sql"), to_sql=item.get("to_sql"),
        comment=item.get("comment"), origin=origin,
    )


def collation(item, origin) -> Collation:
    return Collation(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], provider=item.get("provider", "libc"),
        locale=item.get("locale"), lc_collate=item.get("lc_collate"), lc_ctype=item.get("lc_ctype"),
        deterministic=item.get("deterministic", True), comment=item.get("comment"), origin=origin,
    )


def conversion(item, origin) -> Conversion:
    return Conversion(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], source=item["source"],
        destination=item["destination"], function=item["function"], default=item.get("default", False),
        comment=item.get("comment"), origin=origin,
    )


def text_search_parser(item, origin) -> TextSearchParser:
    return TextSearchParser(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], start=item["start"],
        gettoken=item["gettoken"], end=item["end"], lextypes=item["lextypes"], headline=item.get("headline"),
        comment=item.get("comment"), origin=origin,
    )


def text_search_template(item, origin) -> TextSearchTemplate:
    return TextSearchTemplate(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], lexize=item["lexize"], init=item.get("init"),
        comment=item.get("comment"), origin=origin,
    )


def text_search_dictionary(item, origin) -> TextSearchDictionary:
    return TextSearchDictionary(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], template=item["template"],
        options=tuple(sorted((key.lower(), str(value)) for key, value in item.get("options", {}).items())),
        comment=item.get("comment"), origin=origin,
    )


def text_search_configuration(item, origin) -> TextSearchConfiguration:
    return TextSearchConfiguration(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], parser=item.get("parser", "default"),
        mappings=tuple(sorted((token, tuple(dicts)) for token, dicts in item.get("mappings", {}).items())),
        comment=item.get("comment"), origin=origin,
    )


def rule(item, origin) -> Rule:
    return Rule(
        schema=item.get("schema", DEFAULT_SCHEMA), table=item["table"], name=item["name"], event=item["event"],
        instead=item.get("instead", False), where=item["where"].strip() if "where" in item else None,
        actions=tuple(a.strip().removesuffix(";") for a in item.get("actions", ())),
        enabled=item.get("enabled", "origin"), comment=item.get("comment"), origin=origin,
    )


def _qualified(text: str) -> QualifiedName:
    """`schema.name`, or a name alone (schema None: the search path finds it)."""
    schema, _, name = text.rpartition(".")
    return QualifiedName(schema or None, name)


def _members(item, default_type: str | None) -> dict:
    return {
        "operators": tuple(sorted(
            OperatorMember(
                m["strategy"], m.get("left", default_type), m.get("right", default_type), _qualified(m["operator"]),
                _qualified(m["order_by"]) if "order_by" in m else None,
            )
            for m in item.get("operators", ())
        )),
        "functions": tuple(sorted(
            FunctionMember(f["number"], f.get("left", default_type), f.get("right", default_type), f["function"])
            for f in item.get("functions", ())
        )),
    }


def operator_family(item, origin) -> OperatorFamily:
    return OperatorFamily(
        schema=item.get("schema", DEFAULT_SCHEMA), name=item["name"], method=item["using"],
        **_members(item, None), comment=item.get("comment"), origin=origin,
    )


def operator_class(item, origin) -> OperatorClass:
    schema = item.get("schema", DEFAULT_SCHEMA)
    family = item.get("family")
    return OperatorClass(
        schema=schema, name=item["name"], method=item["using"], type=item["type"],
        family=QualifiedName(family.get("schema", schema), family["name"]) if family else None,
        default=item.get("default", False),
        storage=item.get("storage"), **_members(item, item["type"]), comment=item.get("comment"), origin=origin,
    )
