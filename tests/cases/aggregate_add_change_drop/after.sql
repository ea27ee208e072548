CREATE SCHEMA "Agg Schema";
CREATE FUNCTION public.add_int(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT state + v';
CREATE AGGREGATE public.total(integer) (SFUNC = public.add_int, STYPE = integer, INITCOND = '0');
CREATE AGGREGATE public.changing(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '10', COMBINEFUNC = int4pl, PARALLEL = SAFE);
CREATE FUNCTION "Agg Schema"."Final it's"(state bigint) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT state::text';
CREATE AGGREGATE "Agg Schema"."Sum ""text"""(VARIADIC "values" integer[]) (
  SFUNC = array_cat, STYPE = integer[], INITCOND = '{}'
);
CREATE AGGREGATE "Agg Schema".count_all(*) (SFUNC = int8inc, STYPE = bigint, FINALFUNC = "Agg Schema"."Final it's", INITCOND = '0');
CREATE AGGREGATE public.pd(double precision ORDER BY anyelement) (
  SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA
);
CREATE AGGREGATE public.my_max(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
COMMENT ON AGGREGATE public.total(integer) IS 'it''s new';
COMMENT ON AGGREGATE "Agg Schema".count_all(*) IS 'counts';
CREATE VIEW public.uses_total AS SELECT public.total(x) AS t FROM generate_series(1, 3) AS x;
