-- A base type (pg_dump: shell type, its I/O functions, then CREATE TYPE), with every
-- option away from its default, a comment and grants; its array type comes with it.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_recv(internal) RETURNS public.myint AS 'int4recv' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_send(public.myint) RETURNS bytea AS 'int4send' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.myint (
  INPUT = public.myint_in, OUTPUT = public.myint_out, RECEIVE = public.myint_recv, SEND = public.myint_send,
  INTERNALLENGTH = 4, PASSEDBYVALUE, ALIGNMENT = int4, STORAGE = plain, CATEGORY = 'N', PREFERRED = false,
  DEFAULT = '42', DELIMITER = ';'
);
COMMENT ON TYPE public.myint IS 'an integer of our own';
REVOKE USAGE ON TYPE public.myint FROM PUBLIC;
-- A variable-length one, collatable, named in another schema, with a typmod.
CREATE SCHEMA other;
CREATE TYPE other."My Text";
CREATE FUNCTION other.mytext_in(cstring) RETURNS other."My Text" AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION other.mytext_out(other."My Text") RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE other."My Text" (
  INPUT = other.mytext_in, OUTPUT = other.mytext_out, TYPMOD_IN = varchartypmodin, TYPMOD_OUT = varchartypmodout,
  INTERNALLENGTH = VARIABLE, STORAGE = extended, CATEGORY = 'S', COLLATABLE = true
);
-- A fixed-length type subscripted like an array of its element.
CREATE TYPE public.pair;
CREATE FUNCTION public.pair_in(cstring) RETURNS public.pair AS 'int8in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.pair_out(public.pair) RETURNS cstring AS 'int8out' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.pair (INPUT = public.pair_in, OUTPUT = public.pair_out, INTERNALLENGTH = 8, ELEMENT = int4, ALIGNMENT = double);
