"""Names PostgreSQL gives the parts of a partitioned index are its own choice, whatever the date."""

from schemadiff.inspect.tables import _chosen_name
from schemadiff.model import Index, IndexElement

INDEX = Index("public", "organization_analytics", "idx_org_updated",
              (IndexElement(column="organization_id"), IndexElement(column="last_updated")))


def test_the_plain_choice_and_the_numbered_ones_after_a_collision_are_postgres_own():
    # Daily partitions of a long table name shorten to one stem; PostgreSQL then numbers the labels.
    partition = "organization_analytics_p20261201"
    assert _chosen_name(INDEX, partition, INDEX.partition_index_name(partition))
    assert _chosen_name(INDEX, partition, "organization_analytics_p20261_organization_id_last_updated_idx1")
    # A two-digit label shortens the stem once more.
    assert _chosen_name(INDEX, partition, "organization_analytics_p2026_organization_id_last_updated_idx12")


def test_a_name_of_its_own_is_not_postgres_choice():
    assert not _chosen_name(INDEX, "p1", "p1_by_org")
    assert not _chosen_name(INDEX, "p1", "p1_organization_id_last_updated_idxa")
    assert not _chosen_name(INDEX, "p1", "p2_organization_id_last_updated_idx1")
