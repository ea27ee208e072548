CREATE FUNCTION public.q() RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN $x$it's$x$;
END
$$;
