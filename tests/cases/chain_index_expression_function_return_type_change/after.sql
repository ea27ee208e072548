CREATE FUNCTION public.bucket(v integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
SELECT (v / 10)::bigint
$$;
CREATE TABLE public.t (id integer PRIMARY KEY, v integer);
CREATE INDEX t_bucket ON public.t (public.bucket(v));
