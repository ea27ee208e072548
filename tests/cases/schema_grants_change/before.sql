DO $$ BEGIN CREATE ROLE case_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
GRANT USAGE ON SCHEMA app TO case_reader;
