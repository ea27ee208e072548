CREATE FUNCTION public.start_level() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
SELECT 1::bigint
$$;
CREATE TABLE public.t (id integer PRIMARY KEY, level bigint NOT NULL DEFAULT public.start_level());
