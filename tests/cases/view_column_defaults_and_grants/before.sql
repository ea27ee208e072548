DO $$ BEGIN CREATE ROLE case_view_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.complex_items (id integer PRIMARY KEY, name text, note text);
CREATE VIEW public.complex_items_view AS SELECT * FROM public.complex_items;
ALTER VIEW public.complex_items_view ALTER COLUMN note SET DEFAULT 'none';
GRANT SELECT (id) ON public.complex_items_view TO case_view_reader;
