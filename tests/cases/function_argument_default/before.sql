CREATE FUNCTION public.greet(name text) RETURNS text LANGUAGE sql AS $$
SELECT 'hello ' || name
$$;
