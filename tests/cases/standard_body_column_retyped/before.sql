CREATE TABLE public.readings (id integer PRIMARY KEY, value integer, unit text);
CREATE FUNCTION public.peak() RETURNS integer LANGUAGE sql STABLE
  RETURN (SELECT max(value) FROM public.readings);
CREATE FUNCTION public.units() RETURNS SETOF text LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT DISTINCT unit FROM public.readings; END;
CREATE VIEW public.peaks AS SELECT public.peak() AS peak;
