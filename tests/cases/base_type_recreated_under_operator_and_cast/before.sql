-- A change ALTER TYPE cannot make (CATEGORY, DEFAULT): the type is dropped with its I/O
-- functions and created again, and what uses it (a function of it, an operator, casts,
-- a view) is dropped before and rebuilt after.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE);
COMMENT ON FUNCTION public.myint_in(cstring) IS 'reads one';
CREATE FUNCTION public.myint_eq(public.myint, public.myint) RETURNS boolean AS 'int4eq' LANGUAGE internal IMMUTABLE STRICT;
CREATE OPERATOR public.= (LEFTARG = public.myint, RIGHTARG = public.myint, FUNCTION = public.myint_eq, COMMUTATOR = =);
CREATE CAST (public.myint AS integer) WITHOUT FUNCTION AS ASSIGNMENT;
CREATE CAST (integer AS public.myint) WITH INOUT;
CREATE VIEW public.answers AS SELECT '42'::public.myint = '42'::public.myint AS same;
