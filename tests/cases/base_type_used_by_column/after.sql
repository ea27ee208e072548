CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_recv(internal) RETURNS public.myint AS 'int4recv' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_send(public.myint) RETURNS bytea AS 'int4send' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.myint (
  INPUT = public.myint_in, OUTPUT = public.myint_out, RECEIVE = public.myint_recv, SEND = public.myint_send,
  INTERNALLENGTH = 4, PASSEDBYVALUE
);
CREATE TABLE public.readings (id integer PRIMARY KEY, value public.myint DEFAULT '7', spare public.myint[]);
CREATE TABLE public.more (value public.myint NOT NULL);
