DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION pg_stat_statements VERSION '1.10';
REVOKE SELECT ON public.pg_stat_statements FROM PUBLIC;
GRANT SELECT ON public.pg_stat_statements TO case_app;
REVOKE EXECUTE ON FUNCTION public.pg_stat_statements(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.pg_stat_statements(boolean) TO case_app;
