DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION public.n() RETURNS bigint LANGUAGE sql AS $$
SELECT 1::bigint
$$;
REVOKE EXECUTE ON FUNCTION public.n() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.n() TO case_app;
COMMENT ON FUNCTION public.n() IS 'A number';
