"""The object model shared by the spec loader, the inspector, the differ and the renderer."""

from .base import Grant, Origin, QualifiedName
from .catalog import Catalog, Rename
from .cluster import CronJob, Extension, ExtensionMember, Policy, Role, Schema, Sequence
from .database import (
    AccessMethod, DefaultPrivileges, EventTrigger, ForeignDataWrapper, ForeignServer, Language, Publication, PublishedTable,
    Subscription, UserMapping,
)
from .objects import (
    Aggregate, Cast, Collation, Conversion, FunctionMember, Operator, OperatorClass, OperatorFamily, OperatorMember,
    Rule, Statistics, TextSearchConfiguration, TextSearchDictionary, TextSearchParser, TextSearchTemplate, Transform,
)
from .owners import Ownership
from .routines import Argument, Function, MaterializedView, View
from .types import (
    GRANTABLE_TYPE_KINDS, TYPE_KINDS, Attribute, BaseType, CompositeType, Domain, DomainCheck, EnumType, RangeType, ShellType,
    UndefinedType, UserType,
)
from .tables import (
    CheckConstraint,
    Column,
    Constraint,
    ExclusionConstraint,
    ExclusionElement,
    ForeignKey,
    IdentityOptions,
    IdentitySequence,
    Index,
    IndexElement,
    PartitionPolicy,
    PartitionScheme,
    PrimaryKey,
    Table,
    TableForeignKey,
    Trigger,
    UniqueConstraint,
)

__all__ = [
    "AccessMethod",
    "Aggregate", "Argument", "Attribute", "BaseType", "Cast", "Catalog", "Collation", "CompositeType", "DefaultPrivileges",
    "Domain", "DomainCheck", "EnumType", "EventTrigger", "ForeignDataWrapper", "ForeignServer", "UserMapping", "Language", "Publication", "PublishedTable", "Subscription", "Operator", "OperatorClass",
    "OperatorFamily", "OperatorMember", "FunctionMember", "RangeType", "ShellType",
    "Rule", "Statistics", "TextSearchConfiguration", "TextSearchDictionary", "TYPE_KINDS", "GRANTABLE_TYPE_KINDS", "UndefinedType", "UserType",
    "Conversion", "TextSearchParser", "TextSearchTemplate", "Transform",
    "CheckConstraint", "Column", "Constraint", "CronJob",
    "ExclusionConstraint", "ExclusionElement", "Extension", "ExtensionMember", "ForeignKey", "Function", "Grant",
    "IdentityOptions", "IdentitySequence", "Index", "IndexElement", "MaterializedView", "Origin", "Ownership",
    "PartitionPolicy", "PartitionScheme",
    "Policy", "PrimaryKey", "QualifiedName", "Rename", "Role", "Schema", "Sequence", "Table", "TableForeignKey", "Trigger",
    "UniqueConstraint", "View",
]


def _without_recursion_guards() -> None:
    """Give each model dataclass its generated __repr__ without the recursion guard around
    it (the same text). The guard adds and removes (id, thread) in a set per object: a fifth
    of the fingerprint of a 5,000-table catalog (plan.planner: repr of ~300,000 objects),
    and model objects, immutable trees, cannot contain themselves."""
    import dataclasses
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith(f"{__name__}."):
            continue
        for cls in vars(module).values():
            if isinstance(cls, type) and cls.__module__ == name and dataclasses.is_dataclass(cls):
                inner = getattr(cls.__dict__.get("__repr__"), "__wrapped__", None)
                if inner is not None:
                    cls.__repr__ = inner


# Inspection shares one Column among the tables whose columns read the same (10 objects for
# the 50,000 columns of the 5,000-table benchmark, both sides of a diff): each one's text is
# made once and kept, half of a catalog's fingerprint (repr). Keyed by id, with the column
# itself (alive while kept: its id is not reused); bounded like the inspection's memo.
_COLUMN_REPRS: dict[int, tuple[Column, str]] = {}
_COLUMN_REPRS_MAX = 4096


def _remembered_repr(text_of):
    def __repr__(self) -> str:
        kept = _COLUMN_REPRS.get(id(self))
        if kept is not None and kept[0] is self:
            return kept[1]
        text = text_of(self)
        if len(_COLUMN_REPRS) >= _COLUMN_REPRS_MAX:
            _COLUMN_REPRS.clear()
        _COLUMN_REPRS[id(self)] = (self, text)
        return text

    return __repr__


_without_recursion_guards()
Column.__repr__ = _remembered_repr(Column.__repr__)
