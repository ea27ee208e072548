"""Shared pieces of the object model.

Every object kind is a frozen dataclass whose equality comes from its fields; `origin`
(where in the spec it was declared) never counts. Collections are tuples kept sorted by
`normalize()` so that two models describing the same database compare equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Origin:
    """Where an object was declared: a spec file and 1-based line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


def origin_field():
    """Return a dataclass field for source locations that never affects equality."""
    return field(default=None, compare=False, repr=False)


@dataclass(frozen=True, order=True)
class Grant:
    """Privileges held by one grantee on one object ('PUBLIC' is a grantee too)."""

    grantee: str
    privileges: tuple[str, ...]
    with_grant_option: bool = False
    origin: Origin | None = origin_field()

    def normalize(self) -> "Grant":
        return Grant(self.grantee, tuple(sorted(set(self.privileges))), self.with_grant_option, self.origin)


def sorted_grants(grants) -> tuple[Grant, ...]:
    """Return grants normalized and in a stable order."""
    return tuple(sorted(g.normalize() for g in grants))


@dataclass(frozen=True, order=True)
class QualifiedName:
    """A schema-qualified object name."""

    schema: str
    name: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.name}"


class SchemaObject:
    """Mixin for the kinds named by schema and name alone: their key is that QualifiedName.

    No fields of its own (the dataclass declares `schema` and `name`), no instance dict.
    """

    __slots__ = ()

    @property
    def key(self) -> QualifiedName:
        return QualifiedName(self.schema, self.name)
