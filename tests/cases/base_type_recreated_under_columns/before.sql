-- A base type created again (its category is no ALTER TYPE ... SET option) while columns
-- use it: they wait as text (and text[]) meanwhile, their default, CHECK and the view
-- reading them dropped around it.
CREATE TYPE public.myint;
CREATE FUNCTION public.myint_in(cstring) RETURNS public.myint AS 'int4in' LANGUAGE internal IMMUTABLE STRICT;
CREATE FUNCTION public.myint_out(public.myint) RETURNS cstring AS 'int4out' LANGUAGE internal IMMUTABLE STRICT;
CREATE TYPE public.myint (INPUT = public.myint_in, OUTPUT = public.myint_out, INTERNALLENGTH = 4, PASSEDBYVALUE, CATEGORY = 'N');
CREATE TABLE public.readings (
  id integer PRIMARY KEY,
  value public.myint NOT NULL DEFAULT '7',
  spare public.myint[],
  CONSTRAINT value_text CHECK (value::text <> '')
);
CREATE VIEW public.reading_values AS SELECT id, value::text AS shown FROM public.readings;
