CREATE SCHEMA "Op Schema";
CREATE FUNCTION public.same(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE FUNCTION public.differ(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 <> $2';
CREATE FUNCTION public.neg(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE FUNCTION "Op Schema"."Text Same"(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR public.=== (
  LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.same, COMMUTATOR = ===, NEGATOR = !==,
  RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR public.!== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.differ);
CREATE OPERATOR "Op Schema".=~= (LEFTARG = text, RIGHTARG = text, FUNCTION = "Op Schema"."Text Same");
COMMENT ON OPERATOR public.=== (integer, integer) IS 'it''s new';
COMMENT ON OPERATOR "Op Schema".=~= (text, text) IS 'text';
