CREATE FUNCTION public.bump(INOUT n integer) LANGUAGE sql AS $$
SELECT n + 1
$$;
