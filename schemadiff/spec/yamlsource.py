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
    start: int = 0  # character offsets of the node in the file
    end: int = 0


@dataclass
class Document:
    """Parsed YAML data plus positions of values (and of mapping keys) by path."""

    file: str
    data: object
    values: dict[tuple, Position]
    keys: dict[tuple, Position]
    lines: list[str]
    text: str = ""

    def position(self, path) -> Position:
        """Return the position of the value at `path`, or of its nearest ancestor."""
        path = tuple(path)
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, Position(1, 1, None))

    def key_position(self, path) -> Position:
        """Return the position of the mapping key that ends `path`."""
        return self.keys.get(tuple(path)) or self.position(path)


# libyaml's parser when PyYAML has it: the pure-Python one is ~20x slower on big specs.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_document(file: str, text: str) -> Document:
    """Parse YAML text; raise SpecError naming line and column on malformed input."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError:
        # Errors are worded by the pure-Python parser, the same wherever we run.
        try:
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            raise SpecError([_yaml_problem(file, text, exc)]) from None
        raise
    doc = Document(file, None, {}, {}, text.splitlines(), text)
    if root is None:
        doc.data = {}
        return doc
    builder = _Builder(doc)
    doc.data = builder.build(root, ())
    problems = list(builder.problems)
    if builder.duplicates:
        from .validate_schema import describe  # a late import: validate_schema uses Document

        for path, key, pos in builder.duplicates:
            owner = describe(doc.data, path)
            problems.append(Problem(file, pos.line, pos.column, (f"{owner}: " if owner else "") + f'duplicate key "{key}"'))
    if problems:
        raise SpecError(problems)
    return doc


def _yaml_problem(file: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """Locate a YAML syntax error where the reader can fix it."""
    problem = exc.problem or "malformed YAML"
    context, start, mark = exc.context or "", exc.context_mark, exc.problem_mark
    if context.startswith("while parsing a flow") and start is not None:
        # An unclosed bracket: point at the bracket, not at where the reader gave up.
        opener = text[start.index] if start.index < len(text) else "["
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        return Problem(file, start.line + 1, start.column + 1, f'invalid YAML: "{opener}" is never closed ({problem}{where})')
    mark = mark or start
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 0)
    return Problem(file, line, column, f"invalid YAML: {problem}")


class _Builder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Problem] = []
        self.duplicates: list[tuple[tuple, str, Position]] = []
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
                    self.duplicates.append((path, key, _position(key_node)))
                    continue
                self.doc.keys[path + (key,)] = _position(key_node)
                result[key] = self.build(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        return self.constructor.construct_object(node, deep=True)


def _position(node) -> Position:
    style = getattr(node, "style", None)
    start, end = node.start_mark, node.end_mark
    return Position(start.line + 1, start.column + 1, style, start.index, end.index)
