CREATE FUNCTION public.bucket(v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
SELECT v / 10
$$;
CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE INDEX t_bucket ON public.t (public.bucket(v));
