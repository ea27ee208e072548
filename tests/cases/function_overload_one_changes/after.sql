CREATE FUNCTION public.fmt(v integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT v::text
$$;
CREATE FUNCTION public.fmt(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT '<' || v || '>'
$$;
