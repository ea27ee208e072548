-- A shell type and the I/O functions that take and return it, not yet a type.
CREATE TYPE public.myint;
COMMENT ON TYPE public.myint IS 'the shell''s comment';
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.noted;
COMMENT ON TYPE public.noted IS 'kept when completed';
CREATE FUNCTION public.noted_in(cstring) RETURNS public.noted AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.noted_out(public.noted) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
