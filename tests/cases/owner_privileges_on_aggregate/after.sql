-- The owner without its EXECUTE (PUBLIC keeps its default, or loses it too), given it back,
-- and an aggregate created so.
CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer);
REVOKE EXECUTE ON FUNCTION public.total(integer) FROM CURRENT_USER;
CREATE AGGREGATE public.biggest(integer) (SFUNC = int4larger, STYPE = integer);
CREATE AGGREGATE public.smallest(integer) (SFUNC = int4smaller, STYPE = integer);
REVOKE ALL ON FUNCTION public.smallest(integer) FROM PUBLIC, CURRENT_USER;
CREATE AGGREGATE public.product(integer) (SFUNC = int4mul, STYPE = integer, INITCOND = '1');
REVOKE EXECUTE ON FUNCTION public.product(integer) FROM CURRENT_USER;
