DO $$ BEGIN CREATE ROLE case_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "Case Writer"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
-- The role's own privileges in its database-wide default privileges (pg_dump's own test
-- suite: FOR ROLE regress_dump_test_role REVOKE SELECT ON TABLES FROM regress_dump_test_role).
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" REVOKE SELECT ON TABLES FROM "Case Writer";
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" GRANT SELECT ON TABLES TO case_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" REVOKE UPDATE ON SEQUENCES FROM "Case Writer";
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" REVOKE CREATE ON SCHEMAS FROM "Case Writer";
-- A schema's entry only adds to the database-wide one: its grant to the role is a grant.
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" IN SCHEMA public GRANT SELECT ON TABLES TO "Case Writer";
