DO $$ BEGIN CREATE ROLE case_seq_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SEQUENCE public.s;
COMMENT ON SEQUENCE public.s IS 'Ticket numbers';
GRANT USAGE, SELECT ON SEQUENCE public.s TO case_seq_user;
GRANT UPDATE ON SEQUENCE public.s TO case_seq_user;
