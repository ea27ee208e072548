-- A table column of a base type: its receive and send functions change in place (the
-- column stays); a new table and column of it are created after the type.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE);
CREATE TABLE public.readings (id integer PRIMARY KEY, value public.myint DEFAULT '7');
