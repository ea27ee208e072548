CREATE SCHEMA "Op Schema";
CREATE FUNCTION public.same(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION public.differ(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION public.neg(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.same);
CREATE OPERATOR public.~~~ (RIGHTARG = integer, FUNCTION = public.neg);
COMMENT ON OPERATOR public.=== (integer, integer) IS 'old note';
