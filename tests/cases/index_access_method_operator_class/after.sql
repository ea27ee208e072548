-- An index access method, its operator class and an index using both: created in that
-- order, dropped the other way. (A copy of hash: one of btree trips btree's own checks.)
CREATE ACCESS METHOD hash2 TYPE INDEX HANDLER hashhandler;
CREATE OPERATOR CLASS public.int4_hash2_ops DEFAULT FOR TYPE integer USING hash2 AS
  OPERATOR 1 =, FUNCTION 1 hashint4(integer);
CREATE TABLE public.readings (id integer, value integer);
CREATE INDEX readings_value_idx ON public.readings USING hash2 (value);
