"""Owners: the `owner` column of each owned kind's rows, as the catalog's Ownership rows.

Each builder of an owned kind (model/owners.py) hands over the objects it built with
their row's owner; no query of its own re-reads pg_class, pg_proc, pg_type, ... for it.
"""

from __future__ import annotations

from ..model.catalog import node_key
from ..model.owners import Ownership


class Owners:
    """Collect the owner of each object an inspection builds; sorted by node in the result."""

    def __init__(self):
        self._found: list[Ownership] = []

    def add(self, obj, role: str) -> None:
        self._found.append(Ownership(node_key(obj), role))

    def result(self) -> tuple[Ownership, ...]:
        return tuple(sorted(self._found))
