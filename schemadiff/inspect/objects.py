"""Extended statistics, aggregates, operators, casts, collations, conversions, text search
parsers, templates, dictionaries and configurations, rules, operator classes and families
and the database-wide kinds from the rows of sql/objects.sql (one row per object, `kind`
saying which)."""

from __future__ import annotations

from ..model import (
    Aggregate, Argument, Cast, Collation, Conversion, FunctionMember, Operator, OperatorClass, OperatorFamily,
    OperatorMember, QualifiedName, Rule, Statistics, TextSearchConfiguration,
    TextSearchDictionary, TextSearchParser, TextSearchTemplate, Transform,
)
from ..model.database import DATABASE_KINDS
from ..model.objects import OBJECT_KINDS, STATISTICS_KINDS
from ..spec.fragments import parse_definition_options
from . import acl, database, deparse
from .notes import Notes
from .owners import Owners
from .routines import ARGUMENT_MODES, PARALLEL

STATISTICS_KIND_CODES = {"d": "ndistinct", "f": "dependencies", "m": "mcv"}  # 'e': expressions, implied
AGGREGATE_KINDS = {"n": "normal", "o": "ordered", "h": "hypothetical"}
FINALFUNC_MODIFY = {"r": "read_only", "s": "shareable", "w": "read_write"}
# What PostgreSQL assumes when CREATE AGGREGATE does not say FINALFUNC_MODIFY.
DEFAULT_FINALFUNC_MODIFY = {"normal": "read_only", "ordered": "read_write", "hypothetical": "read_write"}
CAST_METHODS = {"f": "function", "b": "binary", "i": "inout"}
CAST_CONTEXTS = {"e": "explicit", "a": "assignment", "i": "implicit"}
COLLATION_PROVIDERS = {"c": "libc", "i": "icu"}
RULE_EVENTS = {"2": "UPDATE", "3": "INSERT", "4": "DELETE"}
# The Catalog field of each row kind with an owner of its own (its rows' `owner` is not NULL).
OWNED_ROW_KINDS = {
    "statistics": "statistics", "aggregate": "aggregates", "operator": "operators", "collation": "collations",
    "text search dictionary": "text_search_dictionaries", "text search configuration": "text_search_configurations",
    "operator class": "operator_classes", "operator family": "operator_families",
    "event trigger": "event_triggers", "publication": "publications",
    "foreign data wrapper": "foreign_data_wrappers", "foreign server": "foreign_servers",
    "language": "languages", "subscription": "subscriptions",
}


def build_objects(rows, notes: Notes, owners: Owners) -> dict[str, list]:
    """Return {Catalog field: objects} for the kinds sql/objects.sql reads."""
    found: dict[str, list] = {kind: [] for kind in (*OBJECT_KINDS, *DATABASE_KINDS)}
    for row in rows:
        kind, detail = row["kind"], row["detail"]
        if kind == "statistics":
            found["statistics"].append(_statistics(row, detail))
        elif kind == "aggregate":
            found["aggregates"].append(_aggregate(row, detail))
        elif kind == "operator":
            found["operators"].append(_operator(row, detail))
        elif kind == "cast":
            found["casts"].append(_cast(row, detail))
        elif kind == "transform":
            found["transforms"].append(Transform(
                type=detail["type"], language=detail["language"], from_sql=detail["from_sql"], to_sql=detail["to_sql"],
                comment=row["comment"],
            ))
        elif kind == "collation":
            if detail["provider"] not in COLLATION_PROVIDERS:
                notes.unsupported("collation with the default provider", str(QualifiedName(row["schema"], row["name"])))
                continue
            found["collations"].append(_collation(row, detail))
        elif kind == "conversion":
            found["conversions"].append(Conversion(
                schema=row["schema"], name=row["name"], source=detail["source"], destination=detail["destination"],
                function=detail["function"], default=detail["default"], comment=row["comment"],
            ))
        elif kind == "text search parser":
            found["text_search_parsers"].append(TextSearchParser(
                schema=row["schema"], name=row["name"], start=detail["start"], gettoken=detail["gettoken"],
                end=detail["end"], lextypes=detail["lextypes"], headline=detail["headline"], comment=row["comment"],
            ))
        elif kind == "text search template":
            found["text_search_templates"].append(TextSearchTemplate(
                schema=row["schema"], name=row["name"], lexize=detail["lexize"], init=detail["init"],
                comment=row["comment"],
            ))
        elif kind == "text search dictionary":
            found["text_search_dictionaries"].append(TextSearchDictionary(
                schema=row["schema"], name=row["name"], template=detail["template"],
                options=parse_definition_options(detail["options"]) if detail["options"] else (),
                comment=row["comment"],
            ))
        elif kind == "text search configuration":
            found["text_search_configurations"].append(_text_search_configuration(row, detail))
        elif kind == "rule":
            where, actions = deparse.rule_parts(detail["definition"])
            found["rules"].append(Rule(
                schema=row["schema"], table=detail["table"], name=row["name"], event=RULE_EVENTS[detail["event"]],
                instead=detail["instead"], where=where, actions=actions,
                enabled=database.EVENT_TRIGGER_STATES[detail["enabled"]], comment=row["comment"],
            ))
        elif kind in ("operator class", "operator family"):
            _operator_class_or_family(row, detail, found)
        elif kind == "event trigger":
            found["event_triggers"].append(database.event_trigger(row, detail))
        elif kind == "publication":
            found["publications"].append(database.publication(row, detail))
        elif kind == "subscription":
            found["subscriptions"].append(database.subscription(row, detail))
        elif kind == "foreign data wrapper":
            found["foreign_data_wrappers"].append(database.foreign_data_wrapper(row, detail))
        elif kind == "foreign server":
            found["foreign_servers"].append(database.foreign_server(row, detail))
        elif kind == "user mapping":
            found["user_mappings"].append(database.user_mapping(row, detail))
        elif kind == "access method":
            found["access_methods"].append(database.access_method(row, detail))
        elif kind == "default privileges":
            found["default_privileges"].append(database.default_privileges(row, detail))
        elif kind == "language":
            found["languages"].append(database.language(row, detail))
        if kind in OWNED_ROW_KINDS:  # the object just built
            owners.add(found[OWNED_ROW_KINDS[kind]][-1], row["owner"])
    return found


def _text_search_configuration(row, d) -> TextSearchConfiguration:
    mappings: dict[str, list[str]] = {}
    for token, dictionary in d["mappings"]:  # in token, then sequence order
        mappings.setdefault(token, []).append(dictionary)
    return TextSearchConfiguration(
        schema=row["schema"], name=row["name"], parser=d["parser"],
        mappings=tuple((token, tuple(dicts)) for token, dicts in sorted(mappings.items())),
        comment=row["comment"],
    )


def _statistics(row, d) -> Statistics:
    kinds = tuple(sorted(STATISTICS_KIND_CODES[k] for k in d["kinds"] if k in STATISTICS_KIND_CODES))
    if kinds == STATISTICS_KINDS or not kinds:
        kinds = ()  # every kind that applies: how CREATE STATISTICS without a kind list is stored
    return Statistics(
        schema=row["schema"], name=row["name"], table=QualifiedName(d["table_schema"], d["table"]),
        columns=tuple(d["columns"]), expressions=tuple(d["expressions"]), kinds=kinds,
        target=None if d["target"] < 0 else d["target"], comment=row["comment"],
    )


def _finalfunc_modify(kind: str, finalfunc: str | None, code: str) -> str | None:
    """Return FINALFUNC_MODIFY (or MFINALFUNC_MODIFY), None when it says nothing: the
    kind's default, or no final function (pg_dump leaves it out then, so it is lost)."""
    modify = FINALFUNC_MODIFY[code]
    return None if finalfunc is None or modify == DEFAULT_FINALFUNC_MODIFY[kind] else modify


def _aggregate(row, d) -> Aggregate:
    kind = AGGREGATE_KINDS[d["kind"]]
    return Aggregate(
        schema=row["schema"], name=row["name"],
        arguments=tuple(Argument(a["type"], a["name"], ARGUMENT_MODES[a["mode"]]) for a in d["arguments"]),
        sfunc=d["sfunc"], stype=d["stype"], kind=kind, direct_arguments=d["direct_arguments"],
        finalfunc=d["finalfunc"], finalfunc_extra=d["finalfunc_extra"],
        finalfunc_modify=_finalfunc_modify(kind, d["finalfunc"], d["finalfunc_modify"]),
        combinefunc=d["combinefunc"], serialfunc=d["serialfunc"], deserialfunc=d["deserialfunc"],
        initcond=d["initcond"], sspace=d["sspace"], sortop=d["sortop"], parallel=PARALLEL[d["parallel"]],
        msfunc=d["msfunc"], minvfunc=d["minvfunc"], mstype=d["mstype"], msspace=d["msspace"],
        mfinalfunc=d["mfinalfunc"], mfinalfunc_extra=d["mfinalfunc_extra"],
        mfinalfunc_modify=_finalfunc_modify(kind, d["mfinalfunc"], d["mfinalfunc_modify"]),
        minitcond=d["minitcond"], comment=row["comment"], grants=acl.function_grants(d["default_acl"], d["grants"]),
        own_privileges=acl.own_privileges(d), returns=d["returns"],
    )


def _operator(row, d) -> Operator:
    return Operator(
        schema=row["schema"], name=row["name"], left=d["left"], right=d["right"], function=d["function"],
        commutator=d["commutator"], negator=d["negator"], restrict=d["restrict"], join=d["join"],
        hashes=d["hashes"], merges=d["merges"], comment=row["comment"],
    )


def _cast(row, d) -> Cast:
    return Cast(
        source=d["source"], target=d["target"], method=CAST_METHODS[d["method"]], function=d["function"],
        context=CAST_CONTEXTS[d["context"]], comment=row["comment"],
    )


def _collation(row, d) -> Collation:
    provider = COLLATION_PROVIDERS[d["provider"]]
    if provider == "icu":
        locale, lc_collate, lc_ctype = d["icu_locale"], None, None
    elif d["lc_collate"] == d["lc_ctype"]:
        locale, lc_collate, lc_ctype = d["lc_collate"], None, None
    else:
        locale, lc_collate, lc_ctype = None, d["lc_collate"], d["lc_ctype"]
    return Collation(
        schema=row["schema"], name=row["name"], provider=provider, locale=locale, lc_collate=lc_collate,
        lc_ctype=lc_ctype, deterministic=d["deterministic"], comment=row["comment"],
    )


def _operator_class_or_family(row, d, found) -> None:
    operators = tuple(sorted(
        OperatorMember(
            o["strategy"], o["left"], o["right"], QualifiedName(o["schema"], o["name"]),
            QualifiedName(o["order_by_schema"], o["order_by"]) if o["order_by"] else None,
        )
        for o in d["operators"]
    ))
    functions = tuple(sorted(FunctionMember(f["number"], f["left"], f["right"], f["function"]) for f in d["functions"]))
    if row["kind"] == "operator family":
        found["operator_families"].append(OperatorFamily(
            schema=row["schema"], name=row["name"], method=d["method"], operators=operators, functions=functions,
            comment=row["comment"],
        ))
        return
    found["operator_classes"].append(OperatorClass(
        schema=row["schema"], name=row["name"], method=d["method"], type=d["type"],
        family=QualifiedName(d["family_schema"], d["family"]), default=d["default"], storage=d["storage"],
        operators=operators, functions=functions, comment=row["comment"],
    ))
