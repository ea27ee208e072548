CREATE FUNCTION public.minmax(a integer, b integer, OUT lo integer, OUT hi integer, OUT span integer) LANGUAGE sql AS $$
SELECT least(a, b), greatest(a, b), abs(a - b)
$$;
