-- A default calls one overload, and the other reads the table: pg_depend names the
-- overload, where parsing the default only has the name (which made a false cycle).
CREATE FUNCTION public.twice(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT n * 2$$;
CREATE TABLE public.items (id bigint NOT NULL, score integer DEFAULT public.twice(1));
CREATE FUNCTION public.twice(n bigint) RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM public.items$$;
