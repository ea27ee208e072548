-- A table column of a base type: its receive and send functions change in place (the
-- column stays); a new table and column of it are created after the type.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE);
CREATE TABLE public.readings (id integer PRIMARY KEY, value public.myint DEFAULT '7');
-- Its storage changes in place (extended <-> main): the columns that had the type's own
-- storage follow it, as a column created after ALTER TYPE ... SET would.
CREATE TYPE public.mytext;
CREATE FUNCTION public.mytext_in(cstring) RETURNS public.mytext AS 'textin' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.mytext_out(public.mytext) RETURNS cstring AS 'textout' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.mytext (INPUT = public.mytext_in, OUTPUT = public.mytext_out, INTERNALLENGTH = VARIABLE, STORAGE = extended);
CREATE TABLE public.notes (body public.mytext, pinned public.mytext, tags public.mytext[]);
ALTER TABLE public.notes ALTER COLUMN pinned SET STORAGE EXTERNAL;
