"""`create(obj, ctx)`: the idempotent statements that bring one object into existence.

Every statement can run again safely (IF NOT EXISTS, OR REPLACE, guarded DO blocks,
or a drop-if-exists right before the create), so a generated script applies twice.
"""

from .registry import Registry

create = Registry("create")

# The per-kind modules register themselves on import.
from . import cluster, database, objects, routines, tables, types  # noqa: E402,F401
