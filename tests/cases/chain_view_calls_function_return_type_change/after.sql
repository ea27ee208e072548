CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE FUNCTION public.label(i integer) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$
SELECT ('n' || i)::varchar
$$;
CREATE VIEW public.labels AS SELECT id, public.label(id) AS label FROM public.t;
