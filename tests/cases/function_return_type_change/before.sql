CREATE FUNCTION public.total() RETURNS integer LANGUAGE sql AS $$
SELECT 1
$$;
