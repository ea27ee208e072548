"""CLUSTER ON: the index a table's (or materialized view's) CLUSTER uses.

PostgreSQL keeps the mark on the index (pg_index.indisclustered), at most one per relation;
the model keeps it on the relation (`cluster_on`), since the index may be a constraint's.
An index the plan builds, or builds again, starts unmarked: the mark is set after it,
whether or not the relation's `cluster_on` changed.
"""

from __future__ import annotations

from ..model import Catalog, ExclusionConstraint, Index, PrimaryKey, Table, UniqueConstraint
from ..model.catalog import node_key
from .operations import AddConstraint, CreateIndexConcurrently, CreateObject, Operation, SetClusterOn

_INDEXED = (PrimaryKey, UniqueConstraint, ExclusionConstraint)  # the constraints an index backs


def cluster_operations(operations: list[Operation], current: Catalog, desired: Catalog) -> list[Operation]:
    """Return `operations` followed by the CLUSTER ON changes they and the catalogs call for."""
    builders = _index_builders(operations, desired.partitions_by_parent())
    before = {r.key: r for r in (*current.tables, *current.materialized_views)}
    extra: list[Operation] = []
    for relation in (*desired.tables, *desired.materialized_views):
        old = before.get(relation.key)
        was = old.cluster_on if old is not None else None
        builder = builders.get((relation.key, relation.cluster_on)) if relation.cluster_on else None
        if relation.cluster_on == was and builder is None:
            continue
        if builder is None:  # the index exists already (or the mark just goes)
            extra.append(SetClusterOn(node_key(relation), relation))
        else:
            extra.append(SetClusterOn(builder.node, relation, stage=builder.stage))
    return list(operations) + extra


def _index_builders(operations, partitions) -> dict:
    """Return {(relation key, index name): the last operation that builds that index}."""
    found = {}
    for op in operations:
        if isinstance(op, CreateObject) and isinstance(op.obj, Index):
            found[(op.obj.table_key, op.obj.name)] = op
            # An index on a partitioned table makes one on each partition.
            found.update({(p.key, op.obj.partition_index_name(p.name)): op for p in partitions.get(op.obj.table_key, ())})
        elif isinstance(op, CreateIndexConcurrently):
            found[(op.on, op.name)] = op  # a partition's part too
        elif isinstance(op, CreateObject) and isinstance(op.obj, Table):
            found.update({(op.obj.key, c.name): op for c in op.obj.constraints if isinstance(c, _INDEXED)})
        elif isinstance(op, AddConstraint) and isinstance(op.constraint, _INDEXED):
            found[(op.table, op.constraint.name)] = op
    return found
