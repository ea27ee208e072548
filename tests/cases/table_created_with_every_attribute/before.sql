DO $$ BEGIN CREATE ROLE tables_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
