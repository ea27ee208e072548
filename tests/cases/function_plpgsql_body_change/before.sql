CREATE FUNCTION public.clamp(v integer, lo integer, hi integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN greatest(lo, least(hi, v));
END
$$;
