-- A window function (prokind 'w'); a plain function turning into one is recreated.
CREATE FUNCTION public.plain_rank() RETURNS bigint WINDOW LANGUAGE sql AS $$ SELECT 1::bigint $$;
CREATE FUNCTION public.first_value_of(v integer) RETURNS integer WINDOW LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN v; END $$;
COMMENT ON FUNCTION public.first_value_of(integer) IS 'window';
