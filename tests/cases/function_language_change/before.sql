CREATE FUNCTION public.one() RETURNS integer LANGUAGE sql AS $$
SELECT 1
$$;
