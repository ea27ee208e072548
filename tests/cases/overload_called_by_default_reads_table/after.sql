CREATE FUNCTION public.twice(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT n * 2$$;
CREATE TABLE public.items (id bigint NOT NULL, score integer DEFAULT 2);
CREATE FUNCTION public.twice(n bigint) RETURNS bigint LANGUAGE sql AS $$SELECT count(*) FROM public.items$$;
