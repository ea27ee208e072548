CREATE FUNCTION public.f(a integer) RETURNS integer LANGUAGE sql AS $$
SELECT a + 1
$$;
