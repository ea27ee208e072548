CREATE SCHEMA "Opc Schema";
CREATE FUNCTION public.cmp_abs(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN abs($1) < abs($2) THEN -1 WHEN abs($1) > abs($2) THEN 1 ELSE 0 END';
CREATE FUNCTION public.lt_abs(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) < abs($2)';
CREATE FUNCTION public.le_abs(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) <= abs($2)';
CREATE FUNCTION public.eq_abs(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) = abs($2)';
CREATE FUNCTION public.ge_abs(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) >= abs($2)';
CREATE FUNCTION public.gt_abs(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT abs($1) > abs($2)';
CREATE FUNCTION public.hash_abs(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT hashint4(abs($1))';
CREATE OPERATOR public.<| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.lt_abs);
CREATE OPERATOR public.<=| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.le_abs);
CREATE OPERATOR public.=| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.eq_abs);
CREATE OPERATOR public.>=| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.ge_abs);
CREATE OPERATOR public.>| (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.gt_abs);
CREATE OPERATOR CLASS public.abs_ops FOR TYPE integer USING btree AS
  OPERATOR 1 public.<|, OPERATOR 2 public.<=|, OPERATOR 3 public.=|, OPERATOR 4 public.>=|, OPERATOR 5 public.>|,
  FUNCTION 1 public.cmp_abs(integer, integer);
CREATE OPERATOR FAMILY "Opc Schema"."Hash ""abs""" USING hash;
ALTER OPERATOR FAMILY "Opc Schema"."Hash ""abs""" USING hash ADD OPERATOR 1 public.=| (integer, integer);
CREATE OPERATOR CLASS "Opc Schema".hash_abs_ops FOR TYPE integer USING hash FAMILY "Opc Schema"."Hash ""abs""" AS
  FUNCTION 1 public.hash_abs(integer);
COMMENT ON OPERATOR CLASS public.abs_ops USING btree IS 'it''s new';
COMMENT ON OPERATOR FAMILY "Opc Schema"."Hash ""abs""" USING hash IS 'quoted';
CREATE TABLE public.nums (n integer);
CREATE INDEX nums_abs ON public.nums USING hash (n "Opc Schema".hash_abs_ops);
CREATE INDEX nums_abs_btree ON public.nums (n public.abs_ops);
