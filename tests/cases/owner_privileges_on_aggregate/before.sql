-- Aggregates whose owner holds its EXECUTE, but one that it revoked from itself.
CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE public.biggest(integer) (SFUNC = int4larger, STYPE = integer);
REVOKE EXECUTE ON FUNCTION public.biggest(integer) FROM CURRENT_USER;
CREATE AGGREGATE public.smallest(integer) (SFUNC = int4smaller, STYPE = integer);
