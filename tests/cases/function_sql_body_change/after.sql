CREATE FUNCTION public.tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
SELECT round(p * 0.2, 2)
$$;
