CREATE FUNCTION public.tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
SELECT p * 0.19
$$;
