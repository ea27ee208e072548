"""Check a YAML document against the packaged JSON Schema, with readable messages."""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from importlib import resources

from ..errors import Problem
from .yamlsource import Document

# How a list in the spec names the objects it holds, for messages.
LABELS = {
    "roles": "role", "schemas": "schema", "extensions": "extension", "sequences": "sequence",
    "tables": "table", "views": "view", "materialized_views": "materialized view",
    "functions": "function", "cron_jobs": "cron job", "columns": "column", "indexes": "index",
    "policies": "policy", "triggers": "trigger", "foreign_keys": "foreign key", "checks": "check",
    "unique": "unique constraint", "exclusions": "exclusion constraint",
    "partitions": "partition", "arguments": "argument", "grants": "grant",
    "enums": "enum", "composite_types": "composite type", "range_types": "range type", "domains": "domain",
    "base_types": "base type", "shell_types": "shell type", "labels": "label", "attributes": "attribute", "members": "member",
    "languages": "language", "transforms": "transform", "subscriptions": "subscription",
}
TOP_LEVEL_WITH_SCHEMA = {
    "sequences", "tables", "views", "materialized_views", "functions", "enums", "composite_types", "range_types",
    "domains", "base_types", "shell_types",
}


MAX_NAME_BYTES = 63


@lru_cache(maxsize=1)
def json_schema() -> dict:
    """Return the packaged JSON Schema of the spec format."""
    return json.loads(resources.files("schemadiff.spec").joinpath("schema.json").read_text())


def describe(data, path) -> str:
    """Name the object a path points into, e.g. 'table "public.users", column "email"'."""
    parts = []
    node = data
    for i, step in enumerate(path):
        if isinstance(node, list) and isinstance(step, int) and i > 0 and path[i - 1] in LABELS:
            item = node[step] if step < len(node) else None
            label = LABELS[path[i - 1]]
            name = item.get("name") if isinstance(item, dict) else item if isinstance(item, str) else None
            if isinstance(item, dict) and i == 1 and path[0] in TOP_LEVEL_WITH_SCHEMA and isinstance(name, str):
                name = f"{item.get('schema', 'public')}.{name}"
            if label == "grant" and isinstance(item, dict):
                name = item.get("to")
            parts.append(f'{label} "{name}"' if isinstance(name, str) else f"{label} #{step + 1}")
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    return ", ".join(parts)


def _validator():
    from jsonschema import Draft202012Validator  # imported on use: it is slow to import

    return Draft202012Validator(json_schema())


@lru_cache(maxsize=1)
def _fast_validator():
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(json_schema())


def is_surely_valid(data) -> bool:
    """Tell, fast, whether `data` satisfies the schema; False when it cannot tell.

    jsonschema (pure Python) takes ~2 s per 1,000 tables; jsonschema-rs checks the same
    2020-12 schema in milliseconds but words its errors its own way. So a valid spec is
    checked only here, and an invalid one (or one holding a value JSON has no type for, a
    YAML date or set: then jsonschema-rs raises) goes to jsonschema for the messages.
    """
    try:
        return _fast_validator().is_valid(data)
    except Exception:  # noqa: BLE001  whatever it cannot convert, jsonschema judges
        return False


def without_invalid_values(data):
    """Return a copy of `data` without the optional keys that break the schema, or None.

    This lets later stages check the rest of a spec that has a typo somewhere; when a
    required key is wrong the object cannot be built and None is returned.
    """
    data = copy.deepcopy(data)
    validator = _validator()
    for _ in range(100):
        errors = list(validator.iter_errors(data))
        if not errors:
            return data
        removed = False
        for error in errors:
            path = list(error.absolute_path)
            if error.validator == "additionalProperties" and isinstance(error.instance, dict):
                allowed = error.schema.get("properties", {})
                for key in [k for k in error.instance if k not in allowed]:
                    del error.instance[key]
                    removed = True
            elif path and isinstance(path[-1], str) and path[-1] not in ("name", "type"):
                parent = data
                for step in path[:-1]:
                    parent = parent[step]
                if path[-1] in parent:
                    del parent[path[-1]]
                    removed = True
            else:
                return None
        if not removed:
            return None
    return None


def schema_problems(doc: Document) -> list[Problem]:
    """Return one problem per JSON Schema violation, located and named."""
    problems = []
    errors = () if is_surely_valid(doc.data) else _validator().iter_errors(doc.data)
    for error in errors:
        path = tuple(error.absolute_path)
        position = doc.position(path)
        message = _message(error)
        if error.validator == "additionalProperties":
            allowed = error.schema.get("properties", {})
            for key in sorted(k for k in error.instance if k not in allowed):
                pos = doc.key_position(path + (key,))
                text = f'unknown key "{key}"; expected one of: {", ".join(sorted(allowed))}'
                problems.append(_located(doc, path, pos, text))
            continue
        problems.append(_located(doc, path, position, message))
    return problems + identifier_problems(doc)


def identifier_problems(doc: Document) -> list[Problem]:
    """Names of at most 63 characters can still exceed PostgreSQL's 63 bytes."""
    problems = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("name", "schema") and isinstance(value, str) and len(value) <= MAX_NAME_BYTES < len(value.encode()):
                    message = f"is longer than {MAX_NAME_BYTES} bytes, PostgreSQL's limit for names"
                    problems.append(_located(doc, path + (key,), doc.position(path + (key,)), message))
                walk(value, path + (key,))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, path + (i,))

    walk(doc.data, ())
    return problems


def _located(doc: Document, path, position, message) -> Problem:
    owner = describe(doc.data, path)
    key = path[-1] if path and isinstance(path[-1], str) else None
    if key and not message.startswith(("unknown key", "missing")):
        message = f'"{key}" {message}'
    text = f"{owner}: {message}" if owner else message
    return Problem(doc.file, position.line, position.column, text)


_TYPE_NAMES = {"object": "a mapping", "array": "a list", "string": "a string", "boolean": "true or false", "integer": "an integer"}


def _message(error) -> str:
    kind = error.validator
    value = error.instance
    if kind in ("oneOf", "anyOf", "not") and "x-error" in error.schema:
        return error.schema["x-error"]  # a combination's meaning, said by the schema itself
    if kind == "required":
        missing = [k for k in error.validator_value if k not in value]
        return "missing required key " + ", ".join(f'"{k}"' for k in missing)
    if kind == "type":
        expected = error.validator_value
        return f"must be {_TYPE_NAMES.get(expected, expected)}, not {_show(value)}"
    if kind == "enum":
        path = tuple(error.absolute_path)
        # An item of a list of words (own_privileges: [SELECT, USAGE]) is named by the list's key.
        listed = f'"{path[-2]}" ' if len(path) > 1 and isinstance(path[-1], int) and isinstance(path[-2], str) else ""
        return f"{listed}must be one of {', '.join(str(v) for v in error.validator_value)}; got {_show(value)}"
    if kind == "pattern":
        return f"has an invalid format: {_show(value)}"
    if kind == "minLength":
        return "must not be empty"
    if kind == "maxLength":
        return f"is longer than {error.validator_value} bytes, PostgreSQL's limit for names"
    if kind == "minItems":
        return f"needs at least {error.validator_value} item(s)"
    if kind in ("minimum", "maximum"):
        return f"is out of range: {_show(value)}"
    if kind == "not" and value == "search_path":
        return "search_path is set twice: as its own key and under settings"
    if kind == "not" and isinstance(value, dict) and "type" in value:
        return "only one of default, identity and generated may be set"
    if kind == "anyOf" and isinstance(value, dict) and "using" in error.schema.get("anyOf", [{}])[0].get("required", []):
        return "a policy needs using, with_check or both"
    if kind == "oneOf":
        return "must be a column name, or a mapping with exactly one of column or expression"
    if kind == "uniqueItems":
        return "lists the same item twice"
    if kind == "dependentRequired":  # e.g. identity_options without identity
        wanted = {key: [k for k in needs if k not in value] for key, needs in error.validator_value.items() if key in value}
        return "; ".join(f'"{key}" needs ' + " and ".join(f'"{k}"' for k in missing)
                         for key, missing in wanted.items() if missing)
    return error.message


def _show(value) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return str(value)
