DO $$ BEGIN CREATE ROLE case_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
