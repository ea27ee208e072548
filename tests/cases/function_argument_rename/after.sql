CREATE FUNCTION public.double_it(amount integer) RETURNS integer LANGUAGE sql AS $$
SELECT $1 * 2
$$;
