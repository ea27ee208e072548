"""Typed changes of user-defined types: enum labels, composite attributes, domains, base
types' settable options, and the rename that lets a type be replaced while the columns
that use it are converted."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import BaseType, CompositeType, Domain, DomainCheck, EnumType, QualifiedName
from .hazards import Hazard
from .operations import DROP, AlterColumn, Operation, object_label


@dataclass(frozen=True)
class AddEnumValue(Operation):
    """ALTER TYPE ... ADD VALUE, placed before or after a label that exists by then.

    A label added in a transaction cannot be used before that transaction commits
    ("unsafe use of new value"), and the main transaction of a plan may use it (a
    default, a check, a view): these run first, each committed on its own.
    """

    type: EnumType = None
    label: str = ""
    before: str | None = None
    after: str | None = None

    stage = -1

    def describe(self) -> str:
        where = f" before {self.before!r}" if self.before is not None else f" after {self.after!r}"
        return f"add value {self.label!r} to {object_label(self.type)}{where}"


@dataclass(frozen=True)
class RenameType(Operation):
    """Move a type that must be replaced out of the way: its dependents keep working while
    the new type is created and its columns are converted; the old one is dropped last."""

    type: object = None
    new_name: str = ""

    # With the drops, right after those of its dependents: a function is dropped by its
    # signature, which names the type, and must be gone before the name moves.
    phase = DROP

    def describe(self) -> str:
        return f"rename {object_label(self.type)} to {self.new_name} (replaced by a new definition below)"


@dataclass(frozen=True)
class AlterCompositeType(Operation):
    """ADD, DROP and ALTER ATTRIBUTE in one ALTER TYPE."""

    old: CompositeType = None
    new: CompositeType = None
    cascade: bool = False  # typed tables are of it: CASCADE changes their columns too

    @property
    def hazards(self):
        old = {a.name: a for a in self.old.attributes}
        new = {a.name for a in self.new.attributes}
        hazards = {Hazard.BREAKS_CLIENTS} if any(name not in new for name in old) else set()
        if self.cascade and hazards:  # the typed tables' columns go with their rows' values
            hazards.add(Hazard.DELETES_DATA)
        if self.cascade and any(a.name in old and old[a.name] != a for a in self.new.attributes):
            hazards.add(Hazard.REWRITES_TABLE)  # the typed tables' columns are retyped
        return frozenset(hazards)

    def describe(self) -> str:
        return f"alter attributes of {object_label(self.new)}"


@dataclass(frozen=True)
class AlterBaseType(Operation):
    """ALTER TYPE ... SET (RECEIVE = ..., STORAGE = ...): the options PostgreSQL changes in
    place (BaseType.SETTABLE), on the type and the domains over it. A new storage applies
    to columns created after it: `columns` (table key, column name) are set to it too."""

    old: BaseType = None
    new: BaseType = None
    columns: tuple[tuple[QualifiedName, str], ...] = ()

    def changed(self) -> tuple[str, ...]:
        return tuple(o for o in BaseType.SETTABLE if getattr(self.old, o) != getattr(self.new, o))

    def describe(self) -> str:
        return f"alter {object_label(self.new)}: set {', '.join(self.changed())}"


@dataclass(frozen=True)
class AlterDomain(Operation):
    """ALTER DOMAIN ... SET/DROP DEFAULT and SET/DROP NOT NULL."""

    old: Domain = None
    new: Domain = None

    @property
    def hazards(self):
        # SET NOT NULL checks every column of the domain under lock.
        return frozenset({Hazard.LONG_LOCK}) if self.old.nullable and not self.new.nullable else frozenset()

    def describe(self) -> str:
        parts = []
        if self.old.default != self.new.default:
            parts.append("default")
        if self.old.nullable != self.new.nullable:
            parts.append("NOT NULL" if not self.new.nullable else "allow NULL")
        return f"alter {object_label(self.new)}: {', '.join(parts)}"


@dataclass(frozen=True)
class AddDomainCheck(Operation):
    domain: Domain = None
    check: DomainCheck = None
    not_valid: bool = True  # existing values are checked later, by ValidateDomainCheck

    def describe(self) -> str:
        later = " (NOT VALID: existing values are checked in a later step)" if self.not_valid else ""
        return f"add constraint {self.check.name} to {object_label(self.domain)}{later}"


@dataclass(frozen=True)
class ValidateDomainCheck(Operation):
    domain: Domain = None
    name: str = ""

    stage = 2

    @property
    def hazards(self):
        return frozenset({Hazard.LONG_LOCK})  # ALTER DOMAIN VALIDATE scans every column of the domain

    def describe(self) -> str:
        return f"validate constraint {self.name} of {object_label(self.domain)}"


@dataclass(frozen=True)
class DropDomainCheck(Operation):
    domain: Domain = None
    check: DomainCheck = None

    phase = DROP

    def describe(self) -> str:
        return f"drop constraint {self.check.name} of {object_label(self.domain)}"


@dataclass(frozen=True)
class AttributeSource:
    """Where one attribute of a replaced composite type takes its value from."""

    name: str  # the attribute of the new type
    type: str
    kept: bool  # False: a new attribute, NULL
    through_text: bool  # its type is replaced too: no cast between the old and new type


@dataclass(frozen=True)
class ConvertCompositeColumn(AlterColumn):
    """Convert a column of a replaced composite type attribute by attribute, which keeps
    the values whose text form the new type would not read (an attribute added, a
    numeric attribute that became integer)."""

    sources: tuple[AttributeSource, ...] = ()

    def describe(self) -> str:
        target = f"the new {self.new.type}"
        return f"alter column {self.new.name} of table {self.table}: convert to {target} attribute by attribute"
