DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "case reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Win Aggs";
CREATE FUNCTION public.add_int(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT state + v';
CREATE FUNCTION public.sub_int(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT state - v';
CREATE FUNCTION "Win Aggs".doubled(state bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT (state * 2)::integer';
CREATE FUNCTION public.add_big(state bigint, v integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT state + v';
CREATE FUNCTION public.sub_big(state bigint, v integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT state - v';
CREATE AGGREGATE public.running(integer) (
  SFUNC = public.add_int, STYPE = integer, INITCOND = '0',
  MSFUNC = public.add_int, MINVFUNC = public.sub_int, MSTYPE = integer, MSSPACE = 8, MINITCOND = '0'
);
REVOKE ALL ON FUNCTION public.running(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.running(integer) TO case_app;
CREATE AGGREGATE "Win Aggs"."Moving ""sum"""(integer) (
  SFUNC = int4pl, STYPE = integer, INITCOND = '0',
  MSFUNC = public.add_big, MINVFUNC = public.sub_big, MSTYPE = bigint,
  MFINALFUNC = "Win Aggs".doubled, MFINALFUNC_MODIFY = READ_WRITE, MINITCOND = '100'
);
GRANT EXECUTE ON FUNCTION "Win Aggs"."Moving ""sum"""(integer) TO "case reader";
CREATE AGGREGATE public.pd(double precision ORDER BY anyelement) (
  SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA
);
REVOKE EXECUTE ON FUNCTION public.pd(double precision, anyelement) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.pd(double precision, anyelement) TO case_app, "case reader";
CREATE AGGREGATE public.cnt(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
CREATE VIEW public.windowed AS
  SELECT "Win Aggs"."Moving ""sum"""(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s
  FROM generate_series(1, 5) AS x;
CREATE FUNCTION public.as_text(state integer) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT state::text';
CREATE AGGREGATE public.summary(integer) (SFUNC = int4pl, STYPE = integer, FINALFUNC = public.as_text);
REVOKE ALL ON FUNCTION public.summary(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.summary(integer) TO "case reader";
