CREATE FUNCTION public.total() RETURNS bigint LANGUAGE sql AS $$
SELECT 1::bigint
$$;
