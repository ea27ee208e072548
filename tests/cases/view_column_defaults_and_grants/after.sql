DO $$ BEGIN CREATE ROLE case_view_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE public.complex_items (id integer PRIMARY KEY, name text, note text);
-- PostgREST's test.complex_items_view and limited_article_stars: a default for INSERTs
-- through the view, and column privileges.
CREATE VIEW public.complex_items_view AS SELECT * FROM public.complex_items;
ALTER VIEW public.complex_items_view ALTER COLUMN name SET DEFAULT 'Default';
GRANT SELECT (id, name), UPDATE (name) ON public.complex_items_view TO case_view_reader;
