DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE FUNCTION public.secret() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$
SELECT 'x'
$$;
