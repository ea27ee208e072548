"""Names PostgreSQL gives the parts of a partitioned index are its own choice, whatever the date."""

from schemadiff.inspect.tables import _chosen_name
from schemadiff.model import Index, IndexElement

INDEX = Index("public", "organization_analytics", "idx_org_updated",
              (IndexElement(column="organization_id"), IndexElement(column="last_updated")))


def test_the_plain_choice_and_the_numbered_ones_after_a_collision_are_postgres_own():
    # Daily partitions of a long table name shorten to one stem; PostgreSQL then numbers the labels.
    partition = "organization_analytics_p20261201"
    assert _chosen_name(INDEX, partition, INDEX.partition_index_name(partition), set())
    assert _chosen_name(INDEX, partition, "organization_analytics_p20261_organization_id_last_updated_idx1", set())
    # A two-digit label shortens the stem once more.
    assert _chosen_name(INDEX, partition, "organization_analytics_p2026_organization_id_last_updated_idx12", set())


def test_a_numbered_name_after_a_partitions_own_index_took_the_plain_one_is_kept():
    # The partition's own index holds the plain name: the parent's index, built first, would take
    # it, so the part's numbered name is not left to PostgreSQL.
    taken = {("public", "p1_organization_id_last_updated_idx")}
    assert _chosen_name(INDEX, "p1", "p1_organization_id_last_updated_idx1", set())
    assert not _chosen_name(INDEX, "p1", "p1_organization_id_last_updated_idx1", taken)


def test_a_name_of_its_own_is_not_postgres_choice():
    assert not _chosen_name(INDEX, "p1", "p1_by_org", set())
    assert not _chosen_name(INDEX, "p1", "p1_organization_id_last_updated_idxa", set())
    assert not _chosen_name(INDEX, "p1", "p2_organization_id_last_updated_idx1", set())
