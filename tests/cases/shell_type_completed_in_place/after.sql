-- The shells completed by CREATE TYPE over the same functions (backward: the types
-- dropped, their functions with them, and shell and functions created again); a column
-- and a view use one.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE);
REVOKE USAGE ON TYPE public.myint FROM PUBLIC;
CREATE TABLE public.counts (n public.myint);
CREATE VIEW public.answer AS SELECT '42'::public.myint AS value;
CREATE TYPE public.noted;
CREATE FUNCTION public.noted_in(cstring) RETURNS public.noted AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.noted_out(public.noted) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.noted (INPUT = public.noted_in, OUTPUT = public.noted_out, INTERNALLENGTH = VARIABLE);
COMMENT ON TYPE public.noted IS 'kept when completed';
