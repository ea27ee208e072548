DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.items (id integer PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.listed AS SELECT id, name FROM public.items WHERE NOT hidden;
COMMENT ON VIEW public.listed IS 'Visible items';
COMMENT ON COLUMN public.listed.name IS 'Display name';
GRANT SELECT ON public.listed TO case_app;
-- Views over the view, and a function returning its rows: CREATE OR REPLACE keeps them all.
CREATE VIEW public.listed_names AS SELECT name FROM public.listed;
CREATE FUNCTION public.first_listed() RETURNS SETOF public.listed LANGUAGE sql AS $$ SELECT * FROM public.listed LIMIT 1 $$;
