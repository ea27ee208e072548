CREATE TYPE public.level AS ENUM ('low', 'medium', 'high');
CREATE FUNCTION public.next_level(current public.level) RETURNS public.level
  LANGUAGE sql IMMUTABLE AS $$ SELECT CASE current WHEN 'low' THEN 'medium'::public.level ELSE 'high' END $$;
CREATE FUNCTION public.levels() RETURNS SETOF public.level LANGUAGE sql AS $$ SELECT unnest(enum_range(NULL::public.level)) $$;
GRANT USAGE ON TYPE public.level TO PUBLIC;
