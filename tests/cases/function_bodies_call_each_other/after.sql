-- SQL functions whose bodies call other overloads of their name (as mathesar's
-- msar.build_unique_column_name): a body names a function, not an overload, so each of
-- these "uses" all three, a cycle. Bodies are not checked when a plan creates them
-- (check_function_bodies = off), so the plan orders them anyhow instead of failing.
CREATE FUNCTION public.label(s text, i integer) RETURNS text LANGUAGE sql
    AS $$ SELECT CASE WHEN i > 3 THEN s || i ELSE public.label(s, i + 1) END $$;
CREATE FUNCTION public.label(s text) RETURNS text LANGUAGE sql AS $$ SELECT public.label(s, 1) $$;
CREATE FUNCTION public.label(n integer) RETURNS text LANGUAGE sql AS $$ SELECT public.label(n::text) $$;
-- A body's use outside a cycle still orders the function after the table.
CREATE TABLE public.words (word text);
CREATE FUNCTION public.word_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM public.words $$;
-- Two names calling each other: only loadable with bodies unchecked, as pg_dump restores them.
SET check_function_bodies = off;
CREATE FUNCTION public.is_even(n integer) RETURNS boolean LANGUAGE sql
    AS $$ SELECT n = 0 OR public.is_odd(n - 1) $$;
CREATE FUNCTION public.is_odd(n integer) RETURNS boolean LANGUAGE sql
    AS $$ SELECT n <> 0 AND public.is_even(n - 1) $$;
