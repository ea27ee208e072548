"""A spec read from parser events gives what PyYAML's composer gives: data, positions, problems.

load_document builds from events (fast, no node tree held) and falls back to the composer
for anchors, aliases, several documents and syntax errors; `composer=True` takes that
way for everything. Both must agree on every spec the tests hold and on the YAML oddities below.
"""

from __future__ import annotations

import pathlib

import pytest

from schemadiff.errors import SpecError
from schemadiff.spec.yamlsource import load_document

TESTS = pathlib.Path(__file__).resolve().parent
FILES = sorted([*TESTS.glob("broken_specs/*.yaml"), *TESTS.glob("sound_specs/*.yaml"),
                *TESTS.glob("cases/*/*.yaml"), TESTS.parent / "schema.yaml"])
ODD = {
    "empty": "",
    "comment only": "# nothing\n",
    "explicit empty document": "---\n",
    "null document": "~\n",
    "a list": "- a\n- b\n",
    "scalars": "a: 1\nb: 1.5\nc: true\nd: null\ne: ''\nf: \"on\"\ng: 0o17\nh: 2024-01-01\ni: .nan\nj: -\nk: ~\n",
    "styles": "a: |\n  x\n  y\nb: >\n  z\nc: 'q''q'\nd: \"e\\tf\"\ne: [1, {x: y}]\nf: {}\ng: []\n",
    "explicit tags": "a: !!str 12\nb: !!int '7'\nc: !!set {x, y}\nd: !!binary aGk=\ne: ! 12\n",
    "duplicate keys": "tables:\n  - name: a\n    name: b\n    columns: [{name: x, type: int}]\n    columns: {deep: [1, 2]}\n",
    "non-scalar keys": "? [a, b]\n: 1\n? {c: d}\n: [2]\nok: 3\n",
    "anchor and alias": "a: &x {b: 1}\nc: *x\n",
    "anchored key": "&k a: 1\n",
    "anchor in a duplicate": "a: 1\na: &x [1]\nb: *x\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "unclosed bracket": "a: [1, 2\nb: 3\n",
    "bad indentation": "a:\n  b: 1\n c: 2\n",
    "unknown tag": "a: !nope 1\n",
    "tab": "a:\n\tb: 1\n",
}


def _read(text: str, file: str, composer: bool):
    """Return (data, values, keys) as load_document gives them, or how it fails."""
    try:
        doc = load_document(file, text, composer=composer)
    except SpecError as exc:
        return "error", exc.problems
    except Exception as exc:  # noqa: BLE001  both ways must fail alike
        return "exception", type(exc).__name__, str(exc)
    doc.every_position()
    return doc.data, doc.values, doc.keys


def _same(a, b) -> bool:
    if a[0] in ("error", "exception") or b[0] in ("error", "exception"):
        return a == b
    # NaN is not equal to itself: data compares by its text too.
    return (a[0] == b[0] or repr(a[0]) == repr(b[0])) and a[1:] == b[1:]


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(TESTS.parent)))
def test_every_test_spec_reads_the_same_from_events(path):
    text = path.read_text(encoding="utf-8")
    assert _same(_read(text, str(path), False), _read(text, str(path), True))


@pytest.mark.parametrize("name", sorted(ODD))
def test_yaml_oddities_read_the_same_from_events(name):
    assert _same(_read(ODD[name], "odd.yaml", False), _read(ODD[name], "odd.yaml", True))


def test_positions_point_at_values_and_keys():
    doc = load_document("s.yaml", "tables:\n  - name: a\n    comment: |\n      hi\n")
    assert doc.position(("tables", 0, "name")) == (2, 11, "", 18, 19)
    assert doc.position(("tables", 0, "comment")).style == "|"
    assert doc.key_position(("tables", 0, "comment"))[:2] == (3, 5)
    assert doc.position(("tables", 0, "nothing", 3))[:2] == (2, 5)  # the nearest ancestor


def test_a_valid_spec_keeps_positions_of_its_objects_only_until_asked_for_more():
    doc = load_document("s.yaml", "tables:\n  - name: a\n    columns:\n      - {name: id, type: int}\n")
    assert set(doc.values) == {(), ("tables",), ("tables", 0), ("tables", 0, "columns"), ("tables", 0, "columns", 0)}
    assert doc.position(("tables", 0, "columns", 0, "type"))[:2] == (4, 26)  # read again, for every value
    assert doc.key_position(("tables", 0, "columns"))[:2] == (3, 5)
    assert not doc.partial and len(doc.values) == 8
