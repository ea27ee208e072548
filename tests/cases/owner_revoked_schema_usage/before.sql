-- Schemas whose owners hold all their own privileges, as CREATE SCHEMA leaves them.
DO $$ BEGIN CREATE ROLE case_own_schema_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_own_schema_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA kept AUTHORIZATION case_own_schema_owner;
GRANT USAGE ON SCHEMA kept TO case_own_schema_reader;
CREATE TABLE kept.items (id integer PRIMARY KEY);
CREATE SCHEMA closed AUTHORIZATION case_own_schema_owner;
