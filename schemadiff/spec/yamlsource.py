"""YAML documents with the position of every value, and no silently duplicated keys.

We construct plain Python data ourselves, from libyaml's parser events (or, for what only
PyYAML's composer resolves, from its nodes), so that each value's path (keys and list
indexes) maps to its file position.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import yaml

from ..errors import Problem, SpecError


class Position(NamedTuple):
    # A tuple, not a dataclass: there is one per mapping and list of the file (145,000
    # at 5,000 tables; 710,000 with every value and key, once a spec has problems), and
    # a frozen dataclass is ~5x slower to make and twice the size.
    line: int  # 1-based
    column: int  # 1-based
    style: str | None  # YAML scalar style: None or "" (plain), "'", '"', "|", ">"
    start: int = 0  # character offsets of the node in the file
    end: int = 0


@dataclass
class Document:
    """Parsed YAML data plus positions of values (and of mapping keys) by path.

    Read from parser events, only mappings and lists get a position at first: that is
    all a valid spec needs (each object's origin), and scalars and keys are 4 in 5 of the
    positions (~170 MB at 5,000 tables). The first question about one of those reads the
    file again for all of them (`partial` is then False): only a spec with problems asks.
    """

    file: str
    data: object
    values: dict[tuple, Position]
    keys: dict[tuple, Position]
    text: str = ""
    partial: bool = False

    def position(self, path) -> Position:
        """Return the position of the value at `path`, or of its nearest ancestor."""
        path = tuple(path)
        if path not in self.values:
            self.every_position()
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, Position(1, 1, None))

    def key_position(self, path) -> Position:
        """Return the position of the mapping key that ends `path`."""
        self.every_position()
        return self.keys.get(tuple(path)) or self.position(path)

    def every_position(self) -> None:
        """Fill in the positions of scalars and keys, if they were left out."""
        if self.partial:
            builder = _Builder(Document(self.file, None, self.values, self.keys, self.text), every=True)
            loader = _LOADER(self.text)
            try:
                builder.from_events(loader)
            finally:
                loader.dispose()
            self.partial = False


# libyaml's parser when PyYAML has it: the pure-Python one is ~20x slower on big specs.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_document(file: str, text: str, *, composer: bool = False) -> Document:
    """Parse YAML text; raise SpecError naming line and column on malformed input.

    `composer` takes PyYAML's composer even where parser events would do (the tests
    compare the two ways).
    """
    doc = Document(file, None, {}, {}, text, partial=True)
    builder = _Builder(doc, every=False)
    loader = _LOADER(text)
    try:
        if composer:
            raise _Unusual
        root = builder.from_events(loader)
    except (_Unusual, yaml.YAMLError):
        # Anchors, aliases, several documents or a syntax error: the composer's way, as ever.
        doc = Document(file, None, {}, {}, text)
        builder = _Builder(doc, every=True)
        root = builder.from_nodes(_compose(file, text))
    finally:
        loader.dispose()
    doc.data = {} if root is _EMPTY else root
    problems = list(builder.problems)
    if builder.duplicates:
        from .validate_schema import describe  # a late import: validate_schema uses Document

        for path, key, pos in builder.duplicates:
            owner = describe(doc.data, path)
            problems.append(Problem(file, pos.line, pos.column, (f"{owner}: " if owner else "") + f'duplicate key "{key}"'))
    if problems:
        raise SpecError(problems)
    return doc


def _compose(file: str, text: str):
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError:
        # Errors are worded by the pure-Python parser, the same wherever we run.
        try:
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            raise SpecError([_yaml_problem(file, text, exc)]) from None
        raise


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


_EMPTY = object()  # a stream without a document: the spec is {}


class _Unusual(Exception):
    """The stream has what only PyYAML's composer resolves: anchors, aliases, documents after the first."""


class _Builder:
    """Build plain data and the positions of its values and keys.

    From parser events in the common case: the composer would build a tree of nodes, two
    marks each, that lives until the whole file is read (4 s and ~300 MB for a spec of
    5,000 tables); events are dropped as they are read (0.6 s). From nodes otherwise
    (`from_nodes`): both ways give the same data, positions and problems.
    """

    def __init__(self, doc: Document, every: bool):
        self.doc = doc
        self.every = every  # False: positions of mappings and lists only (see Document)
        self.problems: list[Problem] = []
        self.duplicates: list[tuple[tuple, str, Position]] = []
        self.constructor = yaml.SafeLoader("")

    # -- from events --------------------------------------------------------------

    def from_events(self, loader):
        """Build from a loader's events; raise _Unusual for what only the composer handles."""
        get = loader.get_event
        get()  # StreamStart
        if type(get()) is yaml.StreamEndEvent:
            return _EMPTY
        root = self._node(get, get(), ())  # after DocumentStart
        get()  # DocumentEnd
        if type(get()) is not yaml.StreamEndEvent:
            raise _Unusual
        return root

    def _node(self, get, event, path):
        if event.anchor is not None:  # an anchor, or an alias (whose anchor is its name)
            raise _Unusual
        start = event.start_mark
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if self.every:
                self.doc.values[path] = Position(start.line + 1, start.column + 1, event.style, start.index,
                                                 event.end_mark.index)
            return self._scalar(event)
        every = self.every
        if kind is yaml.SequenceStartEvent:
            result = []
            while type(end := get()) is not yaml.SequenceEndEvent:
                if not every and type(end) is yaml.ScalarEvent and end.anchor is None:
                    result.append(self._scalar(end))  # no position, so no path to make
                else:
                    result.append(self._node(get, end, path + (len(result),)))
        else:
            result = {}
            keys = self.doc.keys
            while type(end := get()) is not yaml.MappingEndEvent:
                if end.anchor is not None:
                    raise _Unusual
                if type(end) is not yaml.ScalarEvent:
                    self._skip(get, end)
                    mark = end.start_mark
                    self.problems.append(Problem(self.doc.file, mark.line + 1, mark.column + 1,
                                                 "a mapping key must be a plain name"))
                    self._skip(get, get())
                    continue
                name = end.value  # taken as written: YAML 1.1 would read `on:` as True
                if name in result:
                    self.duplicates.append((path, name, _event_position(end)))
                    self._skip(get, get())
                    continue
                if every:
                    keys[path + (name,)] = _event_position(end)
                value = get()
                if not every and type(value) is yaml.ScalarEvent and value.anchor is None:
                    result[name] = self._scalar(value)
                else:
                    result[name] = self._node(get, value, path + (name,))
        self.doc.values[path] = Position(start.line + 1, start.column + 1, None, start.index, end.end_mark.index)
        return result

    def _skip(self, get, event) -> None:
        """Read past a node that is not built (a duplicate's value, a key that is no name)."""
        depth = 0
        while True:
            if isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif event.anchor is not None:
                raise _Unusual
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            if not depth:
                return
            event = get()

    def _scalar(self, event):
        tag, value = event.tag, event.value
        if tag is None or tag == "!":
            # What the composer does before a node is constructed (Resolver.resolve, inlined:
            # this runs for every value of the file).
            tag = STR_TAG
            if event.implicit[0]:
                for candidate, pattern in _IMPLICIT.get(value[:1], ()):
                    if pattern.match(value):
                        tag = candidate
                        break
        if tag == STR_TAG:
            return value
        return self._construct(yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style))

    def _construct(self, node):
        value = self.constructor.construct_object(node, deep=True)
        self.constructor.constructed_objects.clear()  # its memo would keep every node alive
        return value

    # -- from nodes -----------------------------------------------------------------

    def from_nodes(self, root):
        return _EMPTY if root is None else self._build(root, ())

    def _build(self, node, path):
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
                result[key] = self._build(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self._build(item, path + (i,)) for i, item in enumerate(node.value)]
        return self._construct(node)


STR_TAG = yaml.SafeLoader.DEFAULT_SCALAR_TAG
# SafeLoader's implicit resolvers by first character ("" for the empty value); it has no
# wildcard (None) or path resolvers, which Resolver.resolve would also consult.
_IMPLICIT = dict(yaml.SafeLoader.yaml_implicit_resolvers)
assert None not in _IMPLICIT and not yaml.SafeLoader.yaml_path_resolvers


def _event_position(event) -> Position:
    mark = event.start_mark
    return Position(mark.line + 1, mark.column + 1, event.style, mark.index, event.end_mark.index)


def _position(node) -> Position:
    style = getattr(node, "style", None)
    start, end = node.start_mark, node.end_mark
    return Position(start.line + 1, start.column + 1, style, start.index, end.index)
