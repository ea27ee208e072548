CREATE TYPE public.mytext;
CREATE FUNCTION public.mytext_in(cstring) RETURNS public.mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.mytext_out(public.mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.mytext_recv(internal) RETURNS public.mytext AS 'textrecv' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.mytext_send(public.mytext) RETURNS bytea AS 'textsend' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.mytext (
  INPUT = public.mytext_in, OUTPUT = public.mytext_out, RECEIVE = public.mytext_recv, SEND = public.mytext_send,
  INTERNALLENGTH = VARIABLE, STORAGE = extended
);
COMMENT ON TYPE public.mytext IS 'kept across';
