CREATE FUNCTION public.bump(INOUT n integer, step integer DEFAULT 1) LANGUAGE sql AS $$
SELECT n + step
$$;
