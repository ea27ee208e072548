"""The fast JSON Schema check (jsonschema-rs) never passes a spec that jsonschema rejects.

A spec it passes is not looked at by jsonschema at all, so a value the two read
differently (a regex class, a number's type) would let a bad spec through without a
message. Every spec the tests hold, and mutations of each value in them, are judged by
both; and the specs that are valid must take the fast path, or big specs are slow again.
"""

from __future__ import annotations

import copy
import pathlib
import random

import pytest
import yaml
from jsonschema import Draft202012Validator

from schemadiff.spec.validate_schema import is_surely_valid, json_schema

TESTS = pathlib.Path(__file__).resolve().parent
SPECS = sorted([*TESTS.glob("broken_specs/*.yaml"), *TESTS.glob("sound_specs/*.yaml"), TESTS.parent / "schema.yaml"])
ODD_VALUES = [
    None, 0, -1, 1.5, 1.0, 10**30, True, "", "x", "a\x1cb c d e f", "a b c d e\n", "Ü" * 64, [], [1, 1.0], {},
    {"name": "x"}, ["x", "x"],
]


def _load(path: pathlib.Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return None  # a YAML syntax case: no data to validate


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, path + (key,))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _paths(item, path + (i,))


def _replaced(data, path, value):
    data = copy.deepcopy(data)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return data


def _mutations(data, rng: random.Random, limit: int):
    paths = [p for p in _paths(data) if p]
    if len(paths) * len(ODD_VALUES) > limit:
        paths = rng.sample(paths, limit // len(ODD_VALUES))
    for path in paths:
        for value in ODD_VALUES:
            yield _replaced(data, path, value)
        if isinstance(path[-1], str):
            yield _replaced(data, path[:-1] + ("no_such_key",), 1)


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.stem)
def test_the_fast_check_passes_only_what_jsonschema_passes(path):
    data = _load(path)
    if not isinstance(data, dict):
        return
    validator = Draft202012Validator(json_schema())
    rng = random.Random(path.stem)
    for candidate in [data, *_mutations(data, rng, limit=600)]:
        if is_surely_valid(candidate):
            assert not list(validator.iter_errors(candidate)), f"{path.name}: jsonschema-rs passed {candidate!r:.300}"


def test_valid_specs_take_the_fast_path():
    for path in SPECS:
        data = _load(path)
        if isinstance(data, dict) and not list(Draft202012Validator(json_schema()).iter_errors(data)):
            assert is_surely_valid(data), path.name
