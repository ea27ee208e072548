CREATE FUNCTION public.add_int(x integer, y integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + y';
CREATE FUNCTION public.same(x integer, y integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x = y';
CREATE FUNCTION public.to_point(x integer) RETURNS point LANGUAGE sql IMMUTABLE AS 'SELECT point(x, x)';
CREATE AGGREGATE public.total(integer) (SFUNC = public.add_int, STYPE = integer, INITCOND = '0');
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.same);
CREATE CAST (integer AS point) WITH FUNCTION public.to_point(integer);
CREATE TABLE public.t (a integer, b integer);
CREATE STATISTICS public.t_expr ON (public.add_int(a, b)) FROM public.t;
CREATE VIEW public.v AS SELECT public.total(a) AS total FROM public.t;
