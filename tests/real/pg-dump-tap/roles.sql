-- The roles 002_pg_dump.pl creates first (create_order 1); roles are cluster-wide, so they are
-- made here, before schema.sql loads, and are not part of what is diffed.
CREATE ROLE regress_dump_test_role;
CREATE ROLE "regress_quoted  \"" role";
