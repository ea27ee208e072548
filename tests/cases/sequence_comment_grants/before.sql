DO $$ BEGIN CREATE ROLE case_seq_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SEQUENCE public.s;
