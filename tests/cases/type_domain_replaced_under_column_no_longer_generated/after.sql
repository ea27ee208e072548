-- The domain is replaced (its base type changes) while the column stops being generated:
-- DROP EXPRESSION first, then the conversion (the plan did the former alone, and the old
-- domain could not be dropped under the column).
CREATE DOMAIN public.code AS bigint;
CREATE TABLE public.t (a int, c public.code);
