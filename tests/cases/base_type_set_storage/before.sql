-- Options ALTER TYPE ... SET changes in place (storage plain -> extended, receive and
-- send added); back, STORAGE cannot return to plain: the type is created again.
CREATE TYPE public.mytext;
CREATE FUNCTION public.mytext_in(cstring) RETURNS public.mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.mytext_out(public.mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.mytext (INPUT = public.mytext_in, OUTPUT = public.mytext_out, INTERNALLENGTH = VARIABLE, STORAGE = plain);
COMMENT ON TYPE public.mytext IS 'kept across';
