"""YAML documents with the position of every value, and no silently duplicated keys.

PyYAML's composer gives nodes with marks; we construct plain Python data from them
ourselves so that each value's path (keys and list indexes) maps to its file position.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from ..errors import Problem, SpecError


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based
    style: str | None  # YAML scalar style: None (plain), "'", '"', "|", ">"


@dataclass
class Document:
    """Parsed YAML data plus positions of values (and of mapping keys) by path."""

    file: str
    data: object
    values: dict[tuple, Position]
    keys: dict[tuple, Position]
    lines: list[str]

    def position(self, path) -> Position:
        """Return the position of the value at `path`, or of its nearest ancestor."""
        path = tuple(path)
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, Position(1, 1, None))

    def key_position(self, path) -> Position:
        """Return the position of the mapping key that ends `path`."""
        return self.keys.get(tuple(path)) or self.position(path)


def load_document(file: str, text: str) -> Document:
    """Parse YAML text; raise SpecError naming line and column on malformed input."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 0)
        reason = exc.problem or exc.context or "malformed YAML"
        raise SpecError([Problem(file, line, column, f"invalid YAML: {reason}")]) from None
    doc = Document(file, None, {}, {}, text.splitlines())
    if root is None:
        doc.data = {}
        return doc
    builder = _Builder(doc)
    doc.data = builder.build(root, ())
    if builder.problems:
        raise SpecError(builder.problems)
    return doc


class _Builder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Problem] = []
        self.constructor = yaml.SafeLoader("")

    def build(self, node, path):
        self.doc.values[path] = _position(node)
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key_node, value_node in node.value:
                # Keys are taken as written: YAML 1.1 would read `on:` as True.
                if not isinstance(key_node, yaml.ScalarNode):
                    pos = _position(key_node)
                    self.problems.append(Problem(self.doc.file, pos.line, pos.column, "a mapping key must be a plain name"))
                    continue
                key = key_node.value
                if key in result:
                    pos = _position(key_node)
                    self.problems.append(Problem(self.doc.file, pos.line, pos.column, f'duplicate key "{key}"'))
                    continue
                self.doc.keys[path + (key,)] = _position(key_node)
                result[key] = self.build(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        return self.constructor.construct_object(node, deep=True)


def _position(node) -> Position:
    style = getattr(node, "style", None)
    return Position(node.start_mark.line + 1, node.start_mark.column + 1, style)
