DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE EXTENSION citext VERSION '1.5';
REVOKE EXECUTE ON FUNCTION public.citext_eq(public.citext, public.citext) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.citext_eq(public.citext, public.citext) TO case_app;
