DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION pg_buffercache;
GRANT SELECT (relfilenode) ON public.pg_buffercache TO case_app;
