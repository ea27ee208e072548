CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE FUNCTION public.label(i integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT 'n' || i
$$;
CREATE VIEW public.labels AS SELECT id, public.label(id) AS label FROM public.t;
