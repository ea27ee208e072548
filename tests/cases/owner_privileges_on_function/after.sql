-- Their owner without EXECUTE or USAGE (PUBLIC keeps its default, or loses it too), and a
-- function and a type created so.
CREATE FUNCTION public.double(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 2';
REVOKE EXECUTE ON FUNCTION public.double(integer) FROM CURRENT_USER;
CREATE PROCEDURE public.noop() LANGUAGE sql AS 'SELECT 1';
REVOKE ALL ON PROCEDURE public.noop() FROM PUBLIC, CURRENT_USER;
CREATE TYPE public.mood AS ENUM ('ok', 'sad');
REVOKE USAGE ON TYPE public.mood FROM CURRENT_USER;
CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
REVOKE USAGE ON DOMAIN public.positive FROM PUBLIC, CURRENT_USER;
CREATE FUNCTION public.triple(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x * 3';
REVOKE EXECUTE ON FUNCTION public.triple(integer) FROM CURRENT_USER;
CREATE TYPE public.pair AS (a integer, b integer);
REVOKE USAGE ON TYPE public.pair FROM CURRENT_USER;
