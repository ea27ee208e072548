DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
-- Column privileges on an extension's view are members of their own: granted and revoked
-- column by column, the view's own privileges left as the script gave them.
CREATE EXTENSION pg_buffercache;
GRANT SELECT (bufferid, isdirty) ON public.pg_buffercache TO case_app;
GRANT SELECT (bufferid) ON public.pg_buffercache TO PUBLIC;
