-- A schema with default privileges goes: they are reverted before the schema is
-- dropped, and a second run of the plan (schema gone) skips them.
DO $$ BEGIN CREATE ROLE case_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA reports;
CREATE TABLE reports.daily (id integer PRIMARY KEY);
ALTER DEFAULT PRIVILEGES IN SCHEMA reports GRANT SELECT ON TABLES TO case_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reports GRANT EXECUTE ON FUNCTIONS TO case_reader;
