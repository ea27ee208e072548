-- 'medium' goes: the functions that take or return the type are dropped and created again around it.
CREATE TYPE public.level AS ENUM ('low', 'high');
CREATE FUNCTION public.next_level(current public.level) RETURNS public.level
  LANGUAGE sql IMMUTABLE AS $$ SELECT 'high'::public.level $$;
CREATE FUNCTION public.levels() RETURNS SETOF public.level LANGUAGE sql AS $$ SELECT unnest(enum_range(NULL::public.level)) $$;
