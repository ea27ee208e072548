CREATE FUNCTION public.one() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN 1;
END
$$;
