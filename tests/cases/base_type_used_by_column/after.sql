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
CREATE TYPE public.mytext;
CREATE FUNCTION public.mytext_in(cstring) RETURNS public.mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.mytext_out(public.mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.mytext (INPUT = public.mytext_in, OUTPUT = public.mytext_out, INTERNALLENGTH = VARIABLE, STORAGE = main);
CREATE TABLE public.notes (body public.mytext, pinned public.mytext, tags public.mytext[]);
ALTER TABLE public.notes ALTER COLUMN pinned SET STORAGE EXTERNAL;
