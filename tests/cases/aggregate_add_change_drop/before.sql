CREATE SCHEMA "Agg Schema";
CREATE FUNCTION public.add_int(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT state + v';
CREATE AGGREGATE public.total(integer) (SFUNC = public.add_int, STYPE = integer, INITCOND = '0');
CREATE AGGREGATE public.gone(integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE public.changing(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
COMMENT ON AGGREGATE public.total(integer) IS 'old note';
CREATE VIEW public.uses_total AS SELECT public.total(x) AS t FROM generate_series(1, 3) AS x;
