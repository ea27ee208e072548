"""Views, materialized views, functions and procedures from catalog rows."""

from __future__ import annotations

from ..model import Argument, Function, MaterializedView, QualifiedName, View
from ..model.routines import DEFAULT_ROWS, default_cost
from . import acl
from .notes import Notes
from .owners import Owners

VOLATILITY = {"v": "VOLATILE", "s": "STABLE", "i": "IMMUTABLE"}
PARALLEL = {"s": "SAFE", "r": "RESTRICTED", "u": None}  # unsafe is the default
ARGUMENT_MODES = {"i": "IN", "o": "OUT", "b": "INOUT", "v": "VARIADIC"}
VIEW_OPTIONS = {"security_invoker", "security_barrier", "check_option"}


def reloptions(options) -> dict[str, str]:
    """Return reloptions ['key=value', ...] as a dict."""
    return dict(o.partition("=")[::2] for o in options or ())


def _true(value: str | None) -> bool:
    # PostgreSQL's parse_bool: true, yes, on, 1 and unique prefixes of true/yes.
    return (value or "").lower() in {"t", "tr", "tru", "true", "y", "ye", "yes", "on", "1"}


def _query(definition: str) -> str:
    """Return pg_get_viewdef text without its leading space and trailing semicolon."""
    return definition.strip().removesuffix(";")


def build_views(rows, notes: Notes, owners: Owners) -> tuple[list[View], list[MaterializedView]]:
    views, matviews = [], []
    for row in rows:
        name = str(QualifiedName(row["schema"], row["name"]))
        options = reloptions(row["reloptions"])
        columns = row["columns"] or ()
        column_comments = tuple(sorted((c["name"], c["comment"]) for c in columns if c["comment"] is not None))
        if row["relkind"] == "m":
            matviews.append(MaterializedView(
                schema=row["schema"], name=row["name"], query=_query(row["definition"]),
                with_data=row["populated"], storage_parameters=tuple(sorted(options.items())), option_order=tuple(options),
                access_method=row["access_method"], tablespace=row["tablespace"], cluster_on=row["cluster_on"],
                comment=row["comment"], column_comments=column_comments, grants=acl.grants(row["grants"]),
                own_privileges=acl.own_privileges(row),
                column_compression=tuple(sorted((c["name"], c["compression"]) for c in columns if c["compression"])),
            ))
            owners.add(matviews[-1], row["owner"])
            continue
        other = sorted(set(options) - VIEW_OPTIONS)
        if other:
            notes.unsupported("view options", f"{', '.join(other)} on {name}")
        views.append(View(
            schema=row["schema"], name=row["name"], query=_query(row["definition"]),
            security_invoker=_true(options.get("security_invoker")),
            security_barrier=_true(options.get("security_barrier")),
            check_option=options.get("check_option"), comment=row["comment"],
            column_comments=column_comments, grants=acl.grants(row["grants"]), own_privileges=acl.own_privileges(row),
            column_defaults=tuple(sorted((c["name"], c["default"]) for c in columns if c["default"] is not None)),
            column_grants=tuple(sorted((c["name"], acl.grants(c["grants"])) for c in columns if c["grants"])),
            columns=tuple((c["name"], c["type"]) for c in columns), option_order=tuple(options),
        ))
        owners.add(views[-1], row["owner"])
    return views, matviews


def settings(proconfig) -> tuple[tuple[str, str], ...]:
    """Return proconfig ['name=value', ...] as (name, value) pairs, in their order.

    PostgreSQL stores `SET search_path = ''` as search_path="" (an empty identifier list);
    the model spells that as the empty string.
    """
    pairs = []
    for entry in proconfig or ():
        name, _, value = entry.partition("=")
        if name == "search_path" and value == '""':
            value = ""
        pairs.append((name, value))
    return tuple(pairs)


def build_functions(rows, notes: Notes, owners: Owners) -> list[Function]:
    functions = []
    for row in rows:
        kind = "procedure" if row["prokind"] == "p" else "function"
        functions.append(Function(
            schema=row["schema"], name=row["name"],
            arguments=tuple(
                Argument(a["type"], a["name"], ARGUMENT_MODES[a["mode"]], a["default"])
                for a in row["arguments"] or ()
            ),
            returns=row["returns"] if kind == "function" else None,
            language=row["language"], body=row["body"], kind=kind,
            volatility=VOLATILITY[row["provolatile"]], strict=row["strict"],
            security_definer=row["security_definer"], parallel=PARALLEL[row["proparallel"]],
            settings=settings(row["proconfig"]), leakproof=row["leakproof"], window=row["prokind"] == "w",
            cost=None if row["cost"] == default_cost(row["language"]) else row["cost"],
            rows=None if row["rows"] == (DEFAULT_ROWS if row["returns_set"] else 0) else row["rows"],
            comment=row["comment"],
            grants=acl.function_grants(row["default_acl"], row["grants"]), own_privileges=acl.own_privileges(row),
            library=row["library"],
            support=row["support"], standard_body=row["standard_body"], transforms=tuple(row["transforms"]),
        ))
        owners.add(functions[-1], row["owner"])
    return functions
