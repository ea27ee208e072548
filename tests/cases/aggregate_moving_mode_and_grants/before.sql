DO $$ BEGIN CREATE ROLE case_app; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "case reader"; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA "Win Aggs";
CREATE FUNCTION public.add_int(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT state + v';
CREATE FUNCTION public.sub_int(state integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT state - v';
-- Gains a moving-aggregate mode, keeping its grants.
CREATE AGGREGATE public.running(integer) (SFUNC = public.add_int, STYPE = integer, INITCOND = '0');
REVOKE ALL ON FUNCTION public.running(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.running(integer) TO case_app;
-- Its moving mode changes (another initial state, a final function).
CREATE AGGREGATE "Win Aggs"."Moving ""sum"""(integer) (
  SFUNC = int4pl, STYPE = integer, INITCOND = '0',
  MSFUNC = public.add_int, MINVFUNC = public.sub_int, MSTYPE = integer, MINITCOND = '0'
);
-- Only its grants change.
CREATE AGGREGATE public.pd(double precision ORDER BY anyelement) (
  SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA
);
GRANT EXECUTE ON FUNCTION public.pd(double precision, anyelement) TO case_app WITH GRANT OPTION;
CREATE AGGREGATE public.cnt(*) (SFUNC = int8inc, STYPE = bigint, INITCOND = '0');
REVOKE EXECUTE ON FUNCTION public.cnt() FROM PUBLIC;
CREATE VIEW public.windowed AS
  SELECT "Win Aggs"."Moving ""sum"""(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s
  FROM generate_series(1, 5) AS x;
-- Its result type changes (a final function): recreated, with its grants.
CREATE AGGREGATE public.summary(integer) (SFUNC = int4pl, STYPE = integer);
REVOKE ALL ON FUNCTION public.summary(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.summary(integer) TO "case reader";
