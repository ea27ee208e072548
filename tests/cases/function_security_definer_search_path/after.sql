CREATE FUNCTION public.who() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
SELECT current_user::text
$$;
