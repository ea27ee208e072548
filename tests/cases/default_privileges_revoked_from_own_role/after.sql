DO $$ BEGIN CREATE ROLE case_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "Case Writer"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
-- Tables: the role keeps fewer still, its grant to case_reader gone; sequences: all again;
-- schemas: unchanged; types: none kept (USAGE is all there is); functions: all kept,
-- beside a grant to another role; the schema's entry gone.
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" REVOKE SELECT, TRUNCATE, TRIGGER ON TABLES FROM "Case Writer";
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" REVOKE CREATE ON SCHEMAS FROM "Case Writer";
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" GRANT EXECUTE ON FUNCTIONS TO case_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE "Case Writer" REVOKE USAGE ON TYPES FROM "Case Writer";
