CREATE FUNCTION public.add_int(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
CREATE FUNCTION public.same(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT a = b';
CREATE FUNCTION public.to_point(a integer) RETURNS point LANGUAGE sql IMMUTABLE AS 'SELECT point(a, a)';
CREATE AGGREGATE public.total(integer) (SFUNC = public.add_int, STYPE = integer, INITCOND = '0');
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.same);
CREATE CAST (integer AS point) WITH FUNCTION public.to_point(integer);
CREATE TABLE public.t (a integer, b integer);
CREATE STATISTICS public.t_expr ON (public.add_int(a, b)) FROM public.t;
CREATE VIEW public.v AS SELECT public.total(a) AS total FROM public.t;
