DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE case_report; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.t (id integer);
GRANT SELECT, DELETE ON public.t TO case_app;
GRANT SELECT ON public.t TO PUBLIC;
GRANT SELECT ON public.t TO case_report;
