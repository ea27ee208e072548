CREATE FUNCTION public.who() RETURNS text LANGUAGE sql AS $$
SELECT current_user::text
$$;
